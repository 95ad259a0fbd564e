import type { Db, Tx } from './database.js';

/** Prisma's unique-constraint violation: someone took the same key first. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown })?.code === 'P2002';
}

/** Takes a receipt key inside a write; throws a unique violation when it was taken before. */
export async function takeReceipt(tx: Tx, key: string, outcome: string | null, at: Date): Promise<void> {
  await tx.receipt.create({ data: { key, outcome, at } });
}

export async function setReceiptOutcome(tx: Tx, key: string, outcome: string): Promise<void> {
  await tx.receipt.update({ where: { key }, data: { outcome } });
}

export async function readReceipt(db: Db, key: string): Promise<{ outcome: string | null; at: Date } | null> {
  return db.receipt.findUnique({ where: { key }, select: { outcome: true, at: true } });
}

/**
 * Takes over a receipt whose first holder never recorded an outcome and has
 * been silent since `staleBefore` (it crashed mid-way): true when this caller
 * now holds it.
 */
export async function reclaimReceipt(tx: Tx, key: string, staleBefore: Date, at: Date): Promise<boolean> {
  const { count } = await tx.receipt.updateMany({
    where: { key, outcome: null, at: { lt: staleBefore } },
    data: { at },
  });
  return count === 1;
}

/** Slack retries within minutes; a day's receipts cover every retry and double click. */
export async function pruneReceipts(tx: Tx, before: Date): Promise<void> {
  await tx.receipt.deleteMany({ where: { at: { lt: before } } });
}
