import type { ChangeLog, Db, Tx } from './database.js';

export interface ChannelRecord {
  purpose: string;
  /** A zone's slug for a zone's own channel, null for the city-wide ones. */
  zone: string | null;
  channelId: string;
  setBy: string;
  setAt: Date;
}

/** Every channel setting ever made, oldest first: the latest per purpose and zone counts. */
export async function readChannelSettings(db: Db): Promise<ChannelRecord[]> {
  const [rows, zones] = await Promise.all([
    db.channelSetting.findMany({ orderBy: { id: 'asc' } }),
    db.zone.findMany({ select: { id: true, slug: true } }),
  ]);
  const slug = new Map(zones.map((z) => [z.id, z.slug]));
  return rows.map((r) => ({
    purpose: r.purpose,
    zone: r.zoneId === null ? null : (slug.get(r.zoneId) ?? null),
    channelId: r.channelId,
    setBy: r.setBy,
    setAt: r.setAt,
  }));
}

export async function insertChannelSetting(tx: Tx, log: ChangeLog, record: ChannelRecord): Promise<void> {
  const zone = record.zone
    ? await tx.zone.findUniqueOrThrow({ where: { slug: record.zone }, select: { id: true } })
    : null;
  const { id } = await tx.channelSetting.create({
    data: {
      purpose: record.purpose,
      zoneId: zone?.id ?? null,
      channelId: record.channelId,
      setBy: record.setBy,
      setAt: record.setAt,
    },
    select: { id: true },
  });
  log('channel', { fromId: id, toId: id });
}
