import { describe, expect, it } from 'vitest';
import { correctSource, loadPlan, maskZoneNames, parseSource, readRawSource } from './source-text.js';

const source = parseSource(correctSource(readRawSource()));
const { file } = loadPlan();
const document = source.lines.join('\n');

const ASCII = /^[\x20-\x7e]+$/;
const CJK = /\p{Script=Han}/u;

describe('zones', () => {
  it('are the twelve zones of the plan, at their levels and in their counties', () => {
    expect(file.zones.map((z) => [z.slug, z.level, z.county])).toEqual([
      ['kaifaqu', 'national', '市直'],
      ['gaoxin', 'national', '市直'],
      ['xuwei', 'functional', '市直'],
      ['shanghe', 'functional', '市直'],
      ['donghai', 'provincial', '东海县'],
      ['guanyun', 'provincial', '灌云县'],
      ['guannan', 'provincial', '灌南县'],
      ['ganyu', 'provincial', '赣榆区'],
      ['lianyun', 'provincial', '连云区'],
      ['ganyu-haiyang', 'provincial', '赣榆区'],
      ['huagong', 'provincial', '灌南县'],
      ['guanyun-lingang', 'provincial', '灌云县'],
    ]);
  });

  it('are each named in the source', () => {
    expect(maskZoneNames(document, file.zones).slugs).toEqual(file.zones.map((z) => z.slug));
  });

  // Words that look like a zone's name but name none: a document title, the generic 经济开发区, a status.
  const GENERIC = ['全省经济开发区', '全省高新技术产业开发区', '压实经济开发区', '省级化工园区'];

  it('cover every zone the source names', () => {
    let rest = maskZoneNames(document, file.zones).rest;
    for (const g of GENERIC) {
      expect(rest).toContain(g);
      rest = rest.replaceAll(g, '|');
    }
    expect(
      rest.match(/..(?:经济开发区|产业开发区|技术开发区|市开发区|高新区|新区|物流园|化工园区|产业区|产业基地)/g),
    ).toBeNull();
  });

  it('have ASCII slugs, English names, and names and aliases no other zone uses', () => {
    const seen = new Map<string, string>();
    for (const z of file.zones) {
      expect(z.slug).toMatch(/^[a-z0-9-]+$/);
      expect(z.nameEn).toMatch(ASCII);
      expect(z.name).toMatch(CJK);
      expect(z.shortName).toMatch(CJK);
      for (const name of new Set([z.name, z.shortName, ...z.aliases])) {
        expect(seen.get(name), name).toBeUndefined();
        seen.set(name, z.slug);
      }
    }
  });

  it('keep the source spelling of the SCO park, ASCII parentheses and all', () => {
    expect(document).toContain(file.zones.find((z) => z.slug === 'shanghe')?.name);
  });

  it.each(source.tasks)('of task $number are the zones its text names', ({ number, text }) => {
    const task = file.programmes.flatMap((p) => p.tasks).find((t) => t.number === number);
    expect(task?.zones).toEqual(maskZoneNames(text, file.zones).slugs);
  });
});

describe('units', () => {
  const named = [...new Set([...source.tasks.flatMap((t) => t.units), ...source.organisationUnits])];
  const byName = (name: string) => file.units.filter((u) => u.name === name || u.aliases.includes(name));

  it('resolve every responsible unit the source lists, each to exactly one unit', () => {
    for (const name of named) expect(byName(name), name).toHaveLength(1);
  });

  it('are only units the source lists', () => {
    for (const u of file.units) expect(named, u.name).toContain(u.name);
  });

  it('make 市商务局(自贸办) the commerce bureau, under the name task 19 writes', () => {
    expect(byName('市商务局(自贸办)').map((u) => u.key)).toEqual(['commerce']);
    expect(source.tasks[18]?.units[0]).toBe('市商务局(自贸办)');
  });

  it('are of the kind their name says', () => {
    const collective = ['各县区', '功能板块', '各省级开发区', '相关省级开发区', '市相关部门'];
    for (const u of file.units) {
      const kind = collective.includes(u.name) ? 'collective' : u.name.startsWith('市') ? 'department' : 'agency';
      expect(u.kind, u.name).toBe(kind);
      expect(u.key).toMatch(/^[a-z0-9-]+$/);
      expect(u.nameEn).toMatch(ASCII);
    }
  });
});

describe('indicators', () => {
  const used = new Set(
    [...file.targets, ...file.programmes.flatMap((p) => p.tasks.flatMap((t) => t.targets))].map((t) => t.indicator),
  );
  // The source measures the assessment only by places gained (进1位); 位次 names what is ranked.
  const NAMED_BY_US = ['provincial_rank'];

  it.each(file.indicators)('$key is measured by a target and named as the source names it', (i) => {
    expect(used.has(i.key)).toBe(true);
    expect(i.key).toMatch(/^[a-z0-9_]+$/);
    expect(i.name).toMatch(CJK);
    expect(i.nameEn).toMatch(ASCII);
    expect(i.unitEn).toMatch(ASCII);
    if (!NAMED_BY_US.includes(i.key)) expect(document).toContain(i.name);
  });

  it('rank lower-is-better only for the provincial assessment', () => {
    expect(file.indicators.filter((i) => i.lowerIsBetter).map((i) => i.key)).toEqual(['provincial_rank']);
  });

  it('are never a share of the city: shares are a target kind', () => {
    for (const i of file.indicators) expect(i.name).not.toMatch(/比重|占全市/);
  });
});
