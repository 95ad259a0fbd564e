import type { PlanIndex } from '../domain/plan-index.js';
import { TERMINAL_RECORDED_AS } from '../domain/records.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import type { CountyData, ProgrammeData, TaskData, UnitData, ZoneData } from '../plan/types.js';
import { mention } from './mrkdwn.js';

export const zoneName = (z: ZoneData, lang: Lang) => (lang === 'zh' ? z.name : z.nameEn);
export const zoneShort = (z: ZoneData, lang: Lang) => (lang === 'zh' ? z.shortName : z.nameEn);
export const countyName = (c: CountyData, lang: Lang) => (lang === 'zh' ? c.name : c.nameEn);

/** A figure's subject by its key, shortly: a zone's short name, a county's name, else the key. */
export function subjectShort(plan: PlanIndex, key: string, lang: Lang): string {
  const zone = plan.zone(key);
  if (zone) return zoneShort(zone, lang);
  const county = plan.county(key);
  return county ? countyName(county, lang) : key;
}

export const unitName = (u: UnitData, lang: Lang) => (lang === 'zh' ? u.name : u.nameEn);
export const taskTitle = (t: TaskData, lang: Lang) => (lang === 'zh' ? t.title : t.titleEn);
export const programmeName = (p: ProgrammeData, lang: Lang) =>
  common(lang).programme(p.number, lang === 'zh' ? p.title : p.titleEn);

/** Who entered, decided or granted something: a Slack user as a live mention, the terminal in words. */
export const actorName = (id: string, lang: Lang) =>
  id === TERMINAL_RECORDED_AS ? common(lang).terminal : mention(id);
