import type { Lang } from '../domain/lang.js';
import { isLang } from '../domain/lang.js';
import type { ChangeLog, Db, Tx } from './database.js';

export async function readLanguages(db: Db, range?: { fromId: number; toId: number }): Promise<Map<string, Lang>> {
  const people = await db.person.findMany({
    where: range ? { id: { gte: range.fromId, lte: range.toId } } : {},
    select: { slackUserId: true, lang: true },
  });
  return new Map(people.filter((p) => isLang(p.lang)).map((p) => [p.slackUserId, p.lang as Lang]));
}

export async function saveLanguage(tx: Tx, log: ChangeLog, slackUserId: string, lang: Lang): Promise<void> {
  const { id } = await tx.person.upsert({
    where: { slackUserId },
    create: { slackUserId, lang },
    update: { lang },
    select: { id: true },
  });
  log('person', { fromId: id, toId: id });
}
