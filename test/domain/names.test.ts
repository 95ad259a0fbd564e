import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/domain/names.js';
import { PLAN } from '../support/command-context.js';

const resolve = (q: string) => PLAN.zones.resolve(q);
const slugOf = (q: string) => {
  const r = resolve(q);
  return r.kind === 'found' ? r.item.slug : r.kind;
};

describe('zone names', () => {
  it('folds width, case, spaces and brackets', () => {
    expect(foldName('ＸＵＷＥＩ')).toBe('xuwei');
    expect(foldName(' Xu Wei ')).toBe('xuwei');
    expect(foldName('上合组织（连云港）国际物流园')).toBe(foldName('上合组织(连云港)国际物流园'));
  });

  it('finds every zone by slug, full name, short name, English name and each alias', () => {
    for (const z of PLAN.data.zones) {
      for (const name of [z.slug, z.name, z.shortName, z.nameEn, ...z.aliases]) expect(slugOf(name), name).toBe(z.slug);
      expect(slugOf(z.slug.toUpperCase())).toBe(z.slug);
    }
  });

  it('finds a zone from part of a name when only one zone has it', () => {
    expect(slugOf('徐圩新')).toBe('xuwei');
    expect(slugOf('海洋')).toBe('ganyu-haiyang');
  });

  it('asks which one when part of a name fits several zones', () => {
    const r = resolve('灌云');
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') expect(r.candidates.map((z) => z.slug).sort()).toEqual(['guanyun', 'guanyun-lingang']);
  });

  it('suggests the closest zones for a miss', () => {
    const r = resolve('xuwie');
    expect(r.kind).toBe('unknown');
    if (r.kind === 'unknown') expect(r.suggestions.map((z) => z.slug)).toContain('xuwei');
    const none = resolve('完全不相干的名字');
    expect(none.kind).toBe('unknown');
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (q) => {
        expect(['found', 'ambiguous', 'unknown']).toContain(resolve(q).kind);
      }),
    );
  });
});
