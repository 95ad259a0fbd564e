import { describe, expect, it } from 'vitest';
import type { TargetEntry } from '../../src/plan/schema.js';
import { governingPhrase, type Item, obligationScopes, said, spanOf } from './obligations.js';
import {
  correctSource,
  DATE_PHRASE,
  type DateMeaning,
  dateMeaning,
  loadPlan,
  maskZoneNames,
  parseSource,
  readRawSource,
} from './source-text.js';

const source = parseSource(correctSource(readRawSource()));
const { file } = loadPlan();
const END = file.plan.endsOn;

const scopes = obligationScopes(source, file);
const everyItem = scopes.flatMap((scope) => scope.items.map((item) => ({ scope, item, key: said(item).key })));
const everyTarget = everyItem.flatMap(({ scope, item }) => ('target' in item ? [{ scope, target: item.target }] : []));

/** Date phrases that set no obligation, each with the reason. */
const NOT_OBLIGATIONS = [
  // The preamble says what the plan is for.
  '以大格局、高标准、新思路推进“十四五”期间全市省级以上开发区高质量发展',
  // Encouraged for zones that can (鼓励有条件的), not required of any.
  '鼓励有条件的开发区“十四五”期间突破行政区划',
];

function isExcused(text: string, at: number, length: number): boolean {
  return NOT_OBLIGATIONS.some((context) => {
    for (let i = text.indexOf(context); i >= 0; i = text.indexOf(context, i + 1)) {
      if (i <= at && at + length <= i + context.length) return true;
    }
    return false;
  });
}

/** The date an item is due by: the last date phrase of its sentence up to the end of what it says. */
function governingDate(text: string, says: string): DateMeaning | undefined {
  const last = governingPhrase(text, says);
  return last && dateMeaning(last);
}

function isDatedAs(item: Item, meaning: DateMeaning): boolean {
  if ('milestone' in item) {
    const { due, yearly } = item.milestone;
    return meaning.yearly ? due === '2022-12-31' && yearly?.to === 2025 : due === meaning.due && !yearly;
  }
  const { due, fromYear, kind } = item.target;
  if (meaning.yearly) return due === END && fromYear === 2022;
  // A growth lead of the goals is judged year by year from 2022, the year the plan was issued, to its end.
  const first = kind === 'cumulative' ? 2021 : kind === 'growth_lead' ? 2022 : undefined;
  return due === meaning.due && fromYear === first;
}

describe('every milestone and target', () => {
  it.each(everyItem)('$key is said once, in one sentence, where it belongs ($scope.name)', ({ scope, item }) => {
    const { says } = said(item);
    expect(says).not.toContain('。');
    expect(scope.text.split(says)).toHaveLength(2);
  });

  it.each(everyItem)('$key is due as its sentence dates it', ({ scope, item }) => {
    const meaning = governingDate(scope.text, said(item).says);
    if ('milestone' in item) expect(meaning).toBeDefined();
    expect(isDatedAs(item, meaning ?? { yearly: false, due: END })).toBe(true);
  });

  it.each(everyItem)('$key binds the zones it names', ({ scope, item }) => {
    const { says, zones } = said(item);
    const { start } = spanOf(scope.text, says);
    const named = maskZoneNames(says, file.zones).slugs;
    if (named.length > 0) return expect(zones).toEqual(named);
    if (says.includes('全市上市公司')) return expect(zones).toBe('city');
    if (says.includes('国家级开发区')) return expect(zones).toBe('national');
    if (says.includes('省级开发区')) return expect(zones).toBe('provincial');
    if (says.includes('其他开发区')) {
      // 其他 means every zone not named earlier in the same sentence.
      const sentence = scope.text.slice(scope.text.lastIndexOf('。', start) + 1, start);
      return expect(zones).toEqual({ except: maskZoneNames(sentence, file.zones).slugs });
    }
    if ('milestone' in item && actorsNamedIn(says).length > 0) return expect(zones).toBeUndefined();
    // Otherwise the subject is the plan's 开发区 in general: every zone.
    expect(zones).toBe('all');
  });
});

/** Units a sentence names as the one acting; 市级层面 is the city, whose lead for zones is 市商务局 (组织保障). */
function actorsNamedIn(says: string): string[] {
  const named = file.units.filter((u) => [u.name, ...u.aliases].some((n) => says.includes(n))).map((u) => u.key);
  return says.includes('市级层面') ? [...named, 'commerce'] : named;
}

const unitKey = (name: string) => file.units.find((u) => u.name === name || u.aliases.includes(name))?.key;

describe('milestones', () => {
  it.each(everyItem.filter(({ item }) => 'milestone' in item))(
    '$key is owed by units responsible for its part of the plan',
    ({ scope, item }) => {
      if (!('milestone' in item)) return;
      const units = item.milestone.units ?? [];
      for (const unit of units) expect(scope.units).toContain(unit);
      const actors = actorsNamedIn(item.milestone.says);
      if (actors.length > 0) expect(units.map(unitKey)).toEqual(actors);
    },
  );
});

describe('every date phrase of the source', () => {
  const matches = (text: string) =>
    [...text.matchAll(DATE_PHRASE)].filter((m) => !isExcused(text, m.index, m[0].length));

  it('that is excused still occurs in the source', () => {
    for (const context of NOT_OBLIGATIONS) expect(source.lines.join('\n')).toContain(context);
  });

  it('outside the goals, tasks and 组织保障 is excused', () => {
    const inScope = new Set([source.goals, ...source.tasks.map((t) => t.line)]);
    const outside = source.lines.slice(0, source.lines.indexOf('三、组织保障')).filter((l) => !inScope.has(l));
    expect(outside.flatMap((l) => matches(l).map((m) => m[0]))).toEqual([]);
  });

  it.each(scopes)('in $name is set by a milestone or target dated by it', ({ text, items: owned }) => {
    for (const m of matches(text)) {
      const meaning = dateMeaning(m);
      const covering = owned.filter((item) => {
        const { start, end } = spanOf(text, said(item).says);
        return start <= m.index && m.index + m[0].length <= end && isDatedAs(item, meaning);
      });
      expect(covering, `${m[0]} at ${m.index}`).not.toEqual([]);
    }
  });

  it('is in a form the date rules know', () => {
    const text = source.lines.join('\n');
    expect(text.match(/\d{4}年(?!\d{1,2}月底前|开工)/g)).toBeNull();
  });
});

describe('targets', () => {
  const targets = everyTarget.map(({ target }) => ({ key: target.key, target }));
  // Quantities the plan states in words rather than figures.
  const IN_WORDS: Record<string, number> = { 零的突破: 1, 全覆盖: 1 };
  const KIND_WORDS: Partial<Record<TargetEntry['kind'], RegExp>> = {
    multiple: /翻一?番/,
    share: /占全市比重/,
    increase: /净增/,
    cumulative: /累计/,
    yearly: /每年/,
    rank_gain: /每年.*进\d+位/,
    range: /\d—\d/,
    growth_lead: /领先.*增幅/,
  };

  /** What a target's `says` must contain for its value: the figure with its unit, or the plan's words for it. */
  function statedValue(t: TargetEntry): string | RegExp {
    const unit = file.indicators.find((i) => i.key === t.indicator)?.unit;
    if (t.kind === 'multiple') return t.value === 2 ? /翻一?番/ : `${t.value}倍`;
    if (t.kind === 'share') return `${t.value}%`;
    if (t.kind === 'range') return `${t.value}—${t.valueMax}${unit}`;
    // 领先 is a lead by any margin at all: more than 0 percentage points.
    if (t.kind === 'growth_lead') return t.value === 0 ? '领先' : `${t.value}个百分点`;
    const words = Object.entries(IN_WORDS).find(([w, v]) => t.says.includes(w) && v === t.value);
    return words ? words[0] : `${t.value}${unit}`;
  }

  it.each(targets)('$key states its value', ({ target }) => {
    const stated = statedValue(target);
    if (typeof stated === 'string') expect(target.says).toContain(stated);
    else expect(target.says).toMatch(stated);
  });

  it.each(targets)('$key is of the kind and comparator its words say', ({ target }) => {
    const words = KIND_WORDS[target.kind];
    if (words) expect(target.says).toMatch(words);
    // 突破800亿元, 超400家, 领先: strictly more; 达到, 以上, 至少, 不低于: at least.
    expect(target.comparator).toBe(/(突破|超)\d|领先/.test(target.says) ? 'gt' : 'gte');
  });

  it.each(scopes)('cover every quantity stated in $name', ({ text, items: owned }) => {
    for (const m of text.matchAll(/\d+(?:—\d+)?(?:亿美元|亿元|家|个|%|位)/g)) {
      const covered = owned.some((item) => {
        const { start, end } = spanOf(text, said(item).says);
        return 'target' in item && start <= m.index && m.index + m[0].length <= end;
      });
      expect(covered, m[0]).toBe(true);
    }
  });

  it('sum over zones only where the source speaks of all zones together', () => {
    for (const { target } of everyTarget) {
      const perZone =
        ['range', 'yearly', 'rank_gain', 'growth_lead'].includes(target.kind) || Array.isArray(target.zones);
      if (perZone) expect(target.aggregate, target.key).toBe('each');
      if (target.kind === 'multiple' || target.kind === 'share' || target.zones === 'city') {
        expect(target.aggregate, target.key).toBe(target.says.includes('其他开发区') ? 'each' : 'total');
      }
    }
  });
});
