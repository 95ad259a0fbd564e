import type { Grant, Role } from '../domain/roles.js';
import type { Db } from './database.js';

export interface GrantRecord extends Grant {
  id: number;
  userId: string;
  grantedBy: string;
  grantedAt: Date;
  revokedBy: string | null;
  revokedAt: Date | null;
}

const include = { person: true, zone: true, unit: true } as const;

type Row = Awaited<ReturnType<Db['roleGrant']['findMany']>>[number] & {
  person: { slackUserId: string };
  zone: { slug: string } | null;
  unit: { key: string } | null;
};

function toRecord(r: Row): GrantRecord {
  return {
    id: r.id,
    userId: r.person.slackUserId,
    role: r.role as Role,
    zone: r.zone?.slug ?? null,
    unit: r.unit?.key ?? null,
    grantedBy: r.grantedBy,
    grantedAt: r.grantedAt,
    revokedBy: r.revokedBy,
    revokedAt: r.revokedAt,
  };
}

/** Every grant ever made, revoked ones included: the record of who changed what, and when. */
export async function readGrants(db: Db): Promise<GrantRecord[]> {
  const rows = await db.roleGrant.findMany({ include, orderBy: [{ grantedAt: 'asc' }, { id: 'asc' }] });
  return rows.map(toRecord);
}

async function scopeIds(db: Db, grant: Grant) {
  const zone = grant.zone ? await db.zone.findUniqueOrThrow({ where: { slug: grant.zone } }) : null;
  const unit = grant.unit ? await db.unit.findUniqueOrThrow({ where: { key: grant.unit } }) : null;
  return { zoneId: zone?.id ?? null, unitId: unit?.id ?? null };
}

export async function insertGrant(db: Db, userId: string, grant: Grant, by: string, at: Date): Promise<void> {
  const ids = await scopeIds(db, grant);
  await db.$transaction(async (tx) => {
    const person = await tx.person.upsert({
      where: { slackUserId: userId },
      create: { slackUserId: userId, lang: 'zh' },
      update: {},
    });
    await tx.roleGrant.create({
      data: { personId: person.id, role: grant.role, ...ids, grantedBy: by, grantedAt: at },
    });
  });
}

/** Marks active grants revoked; the rows stay. Returns how many there were. */
export async function markRevoked(db: Db, userId: string, grant: Grant, by: string, at: Date): Promise<number> {
  const ids = await scopeIds(db, grant);
  const { count } = await db.roleGrant.updateMany({
    where: { person: { slackUserId: userId }, role: grant.role, ...ids, revokedAt: null },
    data: { revokedBy: by, revokedAt: at },
  });
  return count;
}
