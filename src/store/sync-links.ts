type Row = Record<string, unknown>;

/** The slice of a Prisma model delegate that link rows need. */
export interface LinkDelegate<W extends Row, R extends Row> {
  findMany(args: { where: W }): Promise<R[]>;
  deleteMany(args: { where: W }): Promise<unknown>;
  createMany(args: { data: R[] }): Promise<unknown>;
}

/** Rows per statement, so a plan of any size stays within SQLite's 999 parameters. */
const CHUNK = 200;

async function inChunks<T>(items: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await write(items.slice(i, i + CHUNK));
}

function signature(rows: Row[], keys: string[]): string {
  return rows
    .map((r) => JSON.stringify(keys.map((k) => r[k] ?? null)))
    .sort()
    .join('\n');
}

/**
 * Makes the link rows under `where` exactly `desired`, writing nothing when they
 * already match, so that loading an unchanged plan changes nothing.
 */
export async function syncLinks<W extends Row, R extends Row>(
  delegate: LinkDelegate<W, R>,
  where: W,
  desired: R[],
): Promise<void> {
  const existing = await delegate.findMany({ where });
  const keys = Object.keys(desired[0] ?? existing[0] ?? {});
  if (signature(existing, keys) === signature(desired, keys)) return;
  await delegate.deleteMany({ where });
  await inChunks(desired, (data) => delegate.createMany({ data }));
}

/** The slice of an alias delegate (PlanZoneAlias, PlanUnitAlias) that alias syncing needs. */
export interface AliasDelegate<W extends Row, R extends { alias: string }> {
  findMany(args: { where: W }): Promise<R[]>;
  deleteMany(args: { where: W & { alias: { in: string[] } } }): Promise<unknown>;
  createMany(args: { data: R[] }): Promise<unknown>;
}

/**
 * Aliases are unique among one plan's zones (or units), so stale ones are
 * removed before new ones are added: an alias can then move from one zone to another.
 */
export async function syncAliases<W extends Row, R extends { alias: string }>(
  delegate: AliasDelegate<W, R>,
  where: W,
  desired: R[],
): Promise<void> {
  const existing = await delegate.findMany({ where });
  const keys = Object.keys(desired[0] ?? {}) as (keyof R)[];
  const same = (a: R, b: R) => keys.every((k) => a[k] === b[k]);
  const wanted = new Map(desired.map((d) => [d.alias, d]));
  const stale = existing.filter((e) => {
    const d = wanted.get(e.alias);
    return !d || !same(d, e);
  });
  await inChunks(
    stale.map((e) => e.alias),
    (aliases) => delegate.deleteMany({ where: { ...where, alias: { in: aliases } } }),
  );
  const kept = new Set(existing.filter((e) => !stale.includes(e)).map((e) => e.alias));
  const missing = desired.filter((d) => !kept.has(d.alias));
  await inChunks(missing, (data) => delegate.createMany({ data }));
}
