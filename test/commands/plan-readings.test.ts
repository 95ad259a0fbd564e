import { describe, expect, it } from 'vitest';
import { COMMANDS, dispatch } from '../../commands/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { commandContext } from '../support/command-context.js';

async function answer(line: string, lang: Lang = 'zh') {
  return blocksToText((await dispatch(COMMANDS, line, commandContext({ lang }))).reply.blocks);
}

describe('answers tell what the encoding reads into the plan', () => {
  it('dates task 9’s breakdown and task 6’s leading industries only as a reading', async () => {
    expect(await answer('task 9')).toContain(
      '新建重大产业创新平台目标任务分解至开发区（方案只说“十四五”期间新建平台，未写明何时分解，按“十四五”末计）',
    );
    expect(await answer('task 9', 'en')).toContain(
      'to the zones (the plan dates only the new platforms, to the 14th Five-Year period, not their breakdown, so the end of that period, 2025, is used)',
    );
    expect(await answer('task 6')).toContain('主导产业方向1—2个（2025年12月31日前；方案未写明期限，按“十四五”末计）');
    expect(await answer('task 6', 'en')).toContain(
      'Leading industry directions 1–2 directions (by 31 Dec 2025; the plan sets no date, so the end of the 14th Five-Year period, 2025, is used)',
    );
  });

  it('reads “during the 14th Five-Year period” as by its end, and says so', async () => {
    expect(await answer('task 5')).toContain('（方案写作“十四五”期间，按期末即2025年底前计）');
    expect(await answer('task 10', 'en')).toContain(
      'at least 1 person (by 31 Dec 2025; the plan says “during the 14th Five-Year period”, taken as by its end, 2025)',
    );
  });

  it('says whom it takes for 市营商环境主管部门 and for the city’s yearly meeting', async () => {
    expect(await answer('task 25')).toContain(
      '出台监管与企业信用分级分类结合办法（方案写作“市营商环境主管部门”，按市发改委计）',
    );
    expect(await answer('unit 市商务局')).toContain(
      '（方案写作“市级层面”召开，按牵头协调的市商务局计；“每年”按2022—2025年逐年计）',
    );
    expect(await answer('unit 市营商环境主管部门')).toContain('（任务25的“市营商环境主管部门”按市发改委计）');
  });

  it('says which names it counts as 徐圩新区', async () => {
    expect(await answer('status 徐圩经济开发区')).toContain(
      '（方案中的“石化产业基地”按徐圩新区计；方案未提及的徐圩经济开发区（新区内的省级开发区）也按徐圩新区计）',
    );
  });

  it('writes English counts and agreement from the plan’s indicators', async () => {
    const text = await answer('targets', 'en');
    expect(text).toContain('High-tech enterprises double their 2020 level');
    expect(text).toContain('Gross domestic product doubles its 2020 level');
    expect(text).toContain('Selections into provincial talent programmes at least 1 person');
    expect(text).toContain('Projects of 5 billion yuan or more: at least 1 project every year');
    expect(text).toContain('Projects of 10 billion yuan or more: at least 2 projects every year');
    expect(text).not.toMatch(/\b1 (people|projects|enterprises|companies|institutions|directions)\b/);
  });
});
