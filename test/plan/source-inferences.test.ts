import { describe, expect, it } from 'vitest';
import type { Inference } from '../../src/plan/types.js';
import { governingPhrase, type Item, obligationScopes, said, sentenceOf } from './obligations.js';
import { correctSource, loadPlan, parseSource, readRawSource } from './source-text.js';

const source = parseSource(correctSource(readRawSource()));
const { file, data } = loadPlan();
const document = source.lines.join('\n');
const everyItem = obligationScopes(source, file).flatMap((scope) =>
  scope.items.map((item) => ({ scope, item, key: said(item).key })),
);

/** What the encoding reads into an item beyond its words. */
type Reading = 'due' | 'owner' | 'every-year' | 'base-year' | 'main-indicators' | 'county';

// Every reading the encoding makes, by item; the tests below hold each to the source text.
const READINGS: Record<string, Reading[]> = {
  'goal-gdp-others-double': ['base-year'],
  'goal-budget-revenue-double': ['base-year'],
  'goal-foreign-trade-double': ['base-year'],
  'goal-hitech-double': ['base-year'],
  'goal-gdp-growth-lead': ['due', 'main-indicators', 'county'],
  'goal-budget-revenue-growth-lead': ['due', 'main-indicators', 'county'],
  'goal-foreign-trade-growth-lead': ['due', 'main-indicators', 'county'],
  'goal-hitech-growth-lead': ['due', 'main-indicators', 'county'],
  'goal-rank-gain': ['every-year'],
  't1-responsibilities': ['owner'],
  't5-provincial-zone-budgets': ['due'],
  't6-national-leading-industries': ['due'],
  't6-provincial-leading-industries': ['due'],
  't9-platform-targets': ['due'],
  't10-national-talent': ['due'],
  't10-provincial-talent': ['due'],
  't11-hitech-net-increase': ['base-year'],
  't13-projects-10bn-kaifaqu-xuwei': ['every-year'],
  't13-projects-10bn-lianyun-haiyang': ['every-year'],
  't13-projects-5bn-others': ['every-year'],
  't25-credit-supervision': ['owner'],
  't28-xuwei-clean-heating': ['due'],
  't28-urban-infrastructure-link': ['due', 'owner'],
  's3-city-progress-meeting': ['owner', 'every-year'],
  's3-county-zone-meeting': ['every-year'],
};

const readingsOf = (key: string) => READINGS[key] ?? [];
const quoted = (note: string) => [...note.matchAll(/“([^”]+)”/gu)].map((m) => m[1] as string);

/** Names the plan uses for a zone or unit that the encoding only takes to be it, as its note quotes them. */
const readAs = (entity: { aliases: string[]; inferred?: Inference }) =>
  entity.inferred ? quoted(entity.inferred.zh).filter((q) => entity.aliases.includes(q)) : [];

/** Whether a sentence names who acts: a unit or zone by a name the encoding does not merely read in, or a group of zones. */
function namesAnActor(sentence: string): boolean {
  const names = [...file.units, ...file.zones].flatMap((e) => {
    const own = 'shortName' in e ? [e.name, e.shortName] : [e.name];
    const inferredNames = readAs(e);
    return [...own, ...e.aliases.filter((a) => !inferredNames.includes(a))];
  });
  const groups = ['各开发区', '全市开发区', '国家级开发区', '省级开发区', '其他开发区'];
  return [...names, ...groups].some((n) => sentence.includes(n));
}

/** The readings an item's words call for, from the source alone. */
function calledFor({ scope, item }: { scope: { text: string }; item: Item }): Reading[] {
  const { says } = said(item);
  const phrase = governingPhrase(scope.text, says)?.[0];
  const total = 'target' in item && item.target.kind === 'cumulative';
  const out: Reading[] = [];
  // No date, a period (期间) that is not the window of a total, or a year to start in: the day is a reading.
  if (phrase === undefined || (/期间/.test(phrase) && !total) || /年开工/.test(phrase)) out.push('due');
  if ('milestone' in item && !namesAnActor(sentenceOf(scope.text, says))) out.push('owner');
  if (phrase === '每年') out.push('every-year');
  if ('target' in item && ['multiple', 'increase'].includes(item.target.kind)) out.push('base-year');
  // 主要指标 names no indicator; 所在县区 names no county, nor whom a zone in none is held to.
  if (says.includes('主要指标')) out.push('main-indicators');
  if (says.includes('所在县区')) out.push('county');
  return out;
}

describe('what the encoding reads into the plan', () => {
  it.each(everyItem)('$key is marked where, and only where, its words leave something to read in', (entry) => {
    const readings = calledFor(entry);
    expect(readings.sort()).toEqual([...readingsOf(entry.key)].sort());
    const { inferred } = said(entry.item);
    if (readings.length === 0) return expect(inferred).toBeUndefined();
    expect(inferred?.zh).toBeTruthy();
    expect(inferred?.en).toBeTruthy();
  });

  it('names every item it reads into in the list above', () => {
    expect(Object.keys(READINGS).filter((key) => !everyItem.some((e) => e.key === key))).toEqual([]);
  });

  it.each(everyItem.filter((e) => readingsOf(e.key).length > 0))('$key tells the reader what it read in', (entry) => {
    const { says, inferred } = said(entry.item);
    const note = inferred as Inference;
    for (const reading of readingsOf(entry.key)) {
      if (reading === 'due') {
        expect(note.zh).toMatch(/十四五|\d{4}年/);
        expect(note.en).toMatch(/14th Five-Year|\d{4}/);
      }
      if (reading === 'every-year') {
        expect(note.zh).toMatch(/“每年”.*2022—2025年/);
        expect(note.en).toMatch(/“every year”.*2022 to 2025/);
      }
      if (reading === 'base-year') {
        expect(note.zh).toContain('2020年');
        expect(note.en).toContain('2020');
      }
      if (reading === 'main-indicators' && 'target' in entry.item) {
        // It names the target's own indicator among those the goals themselves name.
        const key = entry.item.target.indicator;
        const indicator = file.indicators.find((i) => i.key === key);
        expect(note.zh).toContain(`“主要指标”`);
        expect(note.zh).toContain(indicator?.name);
        expect(source.goals).toContain(indicator?.name);
        expect(note.en).toContain('main indicators');
      }
      if (reading === 'county') {
        expect(note.zh).toMatch(/所在县区.*市直开发区与各县区/);
        expect(note.en).toMatch(/its county's growth.*under the city itself to every county's/);
      }
      if (reading === 'owner') {
        // Either the words it reads as the owner, quoted from the plan, or that the plan names no one.
        const fromPlan = quoted(note.zh).filter((q) => says.includes(q));
        expect(fromPlan.length > 0 || /未写明由谁/.test(note.zh)).toBe(true);
      }
    }
  });

  it('keeps a yearly obligation’s note on each of its years', () => {
    const meetings = data.milestones.filter((m) => m.key.startsWith('s3-'));
    expect(meetings).toHaveLength(8);
    for (const m of meetings) expect(m.inferred?.zh).toContain('“每年”');
  });

  it('marks the zones and units the plan names only by words the encoding takes to be them', () => {
    const marked = [...file.zones, ...file.units].filter((e) => e.inferred).map((e) => ('slug' in e ? e.slug : e.key));
    expect(marked).toEqual(['xuwei', 'ndrc']);
    expect(readAs(file.zones.find((z) => z.slug === 'xuwei') ?? { aliases: [] })).toEqual(['石化产业基地']);
    expect(readAs(file.units.find((u) => u.key === 'ndrc') ?? { aliases: [] })).toEqual(['市营商环境主管部门']);
    for (const entity of [...file.zones, ...file.units]) {
      for (const name of readAs(entity)) expect(document).toContain(name);
    }
  });
});

describe('English grammar of the indicators', () => {
  // Counters: a count of them takes a singular in English for one.
  const COUNTED = ['家', '个', '人'];

  it.each(file.indicators)('$key counts one of its unit in the singular', (i) => {
    if (COUNTED.includes(i.unit)) {
      expect(i.unitEnOne).toMatch(/^[a-z]+$/);
      expect(i.unitEn).not.toBe(i.unitEnOne);
    } else expect(i.unitEnOne).toBeUndefined();
  });

  it('marks the indicators whose English names are plural nouns', () => {
    const plural = file.indicators.filter((i) => i.nameEnPlural).map((i) => i.nameEn);
    expect(plural).toEqual([
      'High-tech enterprises',
      'Leading industry directions',
      'Smart workshops, smart factories and specialized "little giant" firms',
      'Listed companies',
      'Provincial-or-higher R&D institutions',
      'Selections into national talent programmes',
      'Selections into provincial talent programmes',
      'Projects of 10 billion yuan or more',
      'Projects of 5 billion yuan or more',
      'Safety risk assessments completed',
      'Integrated visual safety-supervision information platforms built',
    ]);
  });
});
