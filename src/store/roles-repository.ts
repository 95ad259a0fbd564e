import type { GrantRecord } from '../domain/records.js';
import type { Grant, Role } from '../domain/roles.js';
import type { ChangeLog, Db, Tx } from './database.js';

export type { GrantRecord };

/** Every grant matching, oldest first, with people, zones and units by their keys (read whole: they are few). */
async function grantsWhere(db: Db | Tx, where: { personId?: number; revokedAt?: null }): Promise<GrantRecord[]> {
  const rows = await db.roleGrant.findMany({ where, orderBy: [{ grantedAt: 'asc' }, { id: 'asc' }] });
  if (!rows.length) return [];
  const people = await db.person.findMany({
    where: where.personId === undefined ? {} : { id: where.personId },
    select: { id: true, slackUserId: true },
  });
  const zones = await db.zone.findMany({ select: { id: true, slug: true } });
  const units = await db.unit.findMany({ select: { id: true, key: true } });
  const user = new Map(people.map((p) => [p.id, p.slackUserId]));
  const zone = new Map(zones.map((z) => [z.id, z.slug]));
  const unit = new Map(units.map((u) => [u.id, u.key]));
  return rows.map((r) => ({
    id: r.id,
    userId: user.get(r.personId) ?? '',
    role: r.role as Role,
    zone: r.zoneId === null ? null : (zone.get(r.zoneId) ?? null),
    unit: r.unitId === null ? null : (unit.get(r.unitId) ?? null),
    grantedBy: r.grantedBy,
    grantedAt: r.grantedAt,
    revokedBy: r.revokedBy,
    revokedAt: r.revokedAt,
  }));
}

/** Every grant ever made, revoked ones included: the record of who changed what, and when. */
export function readGrants(db: Db): Promise<GrantRecord[]> {
  return grantsWhere(db, {});
}

/** One person's roles as the database holds them now: what every write is authorised against, in one query. */
export async function readActiveGrantsOf(db: Db | Tx, userId: string): Promise<Grant[]> {
  // One statement: every write's permission check runs it, and Prisma read the zone and the unit by two more.
  const rows = await db.$queryRaw<{ role: string; zone: string | null; unit: string | null }[]>`
    SELECT g."role", z."slug" AS "zone", u."key" AS "unit"
    FROM "RoleGrant" g JOIN "Person" p ON p."id" = g."personId"
      LEFT JOIN "Zone" z ON z."id" = g."zoneId" LEFT JOIN "Unit" u ON u."id" = g."unitId"
    WHERE p."slackUserId" = ${userId} AND g."revokedAt" IS NULL
    ORDER BY g."grantedAt", g."id"`;
  return rows.map((r) => ({ role: r.role as Role, zone: r.zone, unit: r.unit }));
}

async function scopeIds(tx: Tx, grant: Grant) {
  const zone = grant.zone ? await tx.zone.findUniqueOrThrow({ where: { slug: grant.zone } }) : null;
  const unit = grant.unit ? await tx.unit.findUniqueOrThrow({ where: { key: grant.unit } }) : null;
  return { zoneId: zone?.id ?? null, unitId: unit?.id ?? null };
}

/** Grants a role; false when the user already holds it (checked in the same transaction). */
export async function insertGrant(
  tx: Tx,
  log: ChangeLog,
  userId: string,
  grant: Grant,
  by: string,
  at: Date,
): Promise<boolean> {
  const ids = await scopeIds(tx, grant);
  const person = await tx.person.upsert({
    where: { slackUserId: userId },
    create: { slackUserId: userId, lang: 'zh' },
    update: {},
  });
  const held = await tx.roleGrant.findFirst({
    where: { personId: person.id, role: grant.role, ...ids, revokedAt: null },
    select: { id: true },
  });
  if (held) return false;
  const { id } = await tx.roleGrant.create({
    data: { personId: person.id, role: grant.role, ...ids, grantedBy: by, grantedAt: at },
    select: { id: true },
  });
  log('grant', { fromId: id, toId: id });
  return true;
}

/** Marks active grants revoked; the rows stay. Returns how many there were. */
export async function markRevoked(
  tx: Tx,
  log: ChangeLog,
  userId: string,
  grant: Grant,
  by: string,
  at: Date,
): Promise<number> {
  const ids = await scopeIds(tx, grant);
  const { count } = await tx.roleGrant.updateMany({
    where: { person: { slackUserId: userId }, role: grant.role, ...ids, revokedAt: null },
    data: { revokedBy: by, revokedAt: at },
  });
  if (count) log('grant');
  return count;
}
