import { TERMINAL_RECORDED_AS } from '../domain/records.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import type { ProgrammeData, TaskData, UnitData, ZoneData } from '../plan/types.js';
import { mention } from './mrkdwn.js';

export const zoneName = (z: ZoneData, lang: Lang) => (lang === 'zh' ? z.name : z.nameEn);
export const zoneShort = (z: ZoneData, lang: Lang) => (lang === 'zh' ? z.shortName : z.nameEn);
export const unitName = (u: UnitData, lang: Lang) => (lang === 'zh' ? u.name : u.nameEn);
export const taskTitle = (t: TaskData, lang: Lang) => (lang === 'zh' ? t.title : t.titleEn);
export const programmeName = (p: ProgrammeData, lang: Lang) =>
  common(lang).programme(p.number, lang === 'zh' ? p.title : p.titleEn);

/** Who entered, decided or granted something: a Slack user as a live mention, the terminal in words. */
export const actorName = (id: string, lang: Lang) =>
  id === TERMINAL_RECORDED_AS ? common(lang).terminal : mention(id);
