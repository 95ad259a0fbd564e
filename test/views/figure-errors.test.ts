import { describe, expect, it } from 'vitest';
import { checkFigure } from '../../src/domain/figure-input.js';
import { figureErrors } from '../../src/views/figure-errors.js';
import { factsOf, PLAN } from '../support/command-context.js';

const bad = {
  zone: 'xuwei',
  indicator: 'gdp',
  period: '2030-01',
  value: '12美元',
  note: '',
  source: 'javascript:alert(1)',
};

describe('figure errors under their fields', () => {
  const checked = checkFigure(bad, PLAN, '2026-11-28', factsOf());
  if (checked.ok) throw new Error('expected problems');

  it.each([
    [
      'zh',
      {
        figure_period: '不能填报尚未到来的月份。',
        figure_value: '单位不对：该指标的单位是亿元。',
        figure_source: '链接须以 http:// 或 https:// 开头。',
      },
    ],
    [
      'en',
      {
        figure_period: 'That month has not come yet.',
        figure_value: 'Wrong unit: this indicator is in 100 million yuan.',
        figure_source: 'A link must start with http:// or https://.',
      },
    ],
  ] as const)('speak the user language (%s)', (lang, expected) => {
    expect(figureErrors(checked.problems, 'gdp', PLAN, lang)).toEqual(expected);
  });

  it('asks for a note, naming the figure it is ten times off', () => {
    const before = factsOf([{ zone: 'xuwei', indicator: 'gdp', period: '2025-10', value: 800 }]);
    const wild = checkFigure({ ...bad, period: '2025-11', value: '9000', source: '' }, PLAN, '2026-11-28', before);
    if (wild.ok) throw new Error('expected a problem');
    expect(figureErrors(wild.problems, 'gdp', PLAN, 'zh').figure_value).toBe(
      '与已报数据（800亿元，2025年10月）相差十倍以上。如确认无误，请在备注中说明。',
    );
  });
});
