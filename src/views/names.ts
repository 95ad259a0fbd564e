import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import type { ProgrammeData, TaskData, UnitData, ZoneData } from '../plan/types.js';

export const zoneName = (z: ZoneData, lang: Lang) => (lang === 'zh' ? z.name : z.nameEn);
export const zoneShort = (z: ZoneData, lang: Lang) => (lang === 'zh' ? z.shortName : z.nameEn);
export const unitName = (u: UnitData, lang: Lang) => (lang === 'zh' ? u.name : u.nameEn);
export const taskTitle = (t: TaskData, lang: Lang) => (lang === 'zh' ? t.title : t.titleEn);
export const programmeName = (p: ProgrammeData, lang: Lang) =>
  common(lang).programme(p.number, lang === 'zh' ? p.title : p.titleEn);
