import type { Lang } from '../i18n/lang.js';
import { isLang } from '../i18n/lang.js';
import type { Db } from './database.js';

export async function readLanguages(db: Db): Promise<Map<string, Lang>> {
  const people = await db.person.findMany({ select: { slackUserId: true, lang: true } });
  return new Map(people.filter((p) => isLang(p.lang)).map((p) => [p.slackUserId, p.lang as Lang]));
}

export async function saveLanguage(db: Db, slackUserId: string, lang: Lang): Promise<void> {
  await db.person.upsert({ where: { slackUserId }, create: { slackUserId, lang }, update: { lang } });
}
