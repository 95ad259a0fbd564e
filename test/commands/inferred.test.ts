import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { status } from '../../commands/status.js';
import { target } from '../../commands/targets.js';
import { task } from '../../commands/task.js';
import { tasks } from '../../commands/tasks.js';
import { unit } from '../../commands/unit.js';
import { zones } from '../../commands/zones.js';
import { PlanIndex } from '../../src/domain/plan-index.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { PlanData } from '../../src/plan/types.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { commandContext, PLAN } from '../support/command-context.js';

// The plan with one inference of each kind marked, so that every view is seen to tell it.
const data: PlanData = structuredClone(PLAN.data);
const mark = <T extends { inferred?: unknown }>(item: T | undefined, what: string) => {
  if (!item) throw new Error(`no ${what} to mark`);
  item.inferred = { zh: `推定${what}`, en: `${what} inferred` };
};
mark(
  data.milestones.find((m) => m.key === 't9-platform-targets'),
  '分解期限',
);
mark(
  data.targets.find((t) => t.key === 't6-provincial-leading-industries'),
  '主导产业期限',
);
mark(
  data.targets.find((t) => t.key === 'goal-rank-gain'),
  '起始年份',
);
mark(
  data.zones.find((z) => z.slug === 'xuwei'),
  '徐圩别名',
);
mark(
  data.units.find((u) => u.key === 'ndrc'),
  '主管部门',
);
const marked = new PlanIndex(data);

async function answer(command: typeof task, args: string[], lang: Lang = 'zh') {
  const ctx: CommandContext = { ...commandContext({ lang }), plan: marked };
  return blocksToText((await command.run(args, ctx)).blocks);
}

describe('what the encoding reads into the plan', () => {
  it('is told beside the milestone in the task, the task list and the unit', async () => {
    expect(await answer(task, ['9'])).toContain('新建重大产业创新平台目标任务分解至开发区（推定分解期限）');
    expect(await answer(task, ['9'], 'en')).toContain(
      'Break down the new major innovation platform targets to the zones (分解期限 inferred)',
    );
    expect(await answer(tasks, ['programme', '3'])).toContain(
      '任务9 加快创新平台建设 — 🔴 1项节点逾期（2025年12月31日到期；推定分解期限）',
    );
    expect(await answer(tasks, ['programme', '3'], 'en')).toContain(
      'Task 9 Speed up building innovation platforms — 🔴 1 milestone overdue (due 31 Dec 2025; 分解期限 inferred)',
    );
    expect(await answer(unit, ['counties'])).toContain(
      '· 任务9 新建重大产业创新平台目标任务分解至开发区（推定分解期限） —',
    );
  });

  it('is told with the date of a target, or after it when it has none', async () => {
    expect(await answer(task, ['6'])).toContain('主导产业方向1—2个（2025年12月31日前；推定主导产业期限）');
    expect(await answer(task, ['6'], 'en')).toContain('1–2 directions (by 31 Dec 2025; 主导产业期限 inferred)');
    expect(await answer(target, [])).toContain('省级开发区综合考评位次每年至少前进1位（推定起始年份）');
    expect(await answer(target, [], 'en')).toContain('up at least 1 place every year (起始年份 inferred)');
  });

  it('is told beside a zone and a unit where they are described', async () => {
    expect(await answer(zones, [])).toMatch(/徐圩新区 · 代号 xuwei · 市直 · 又称 .*（推定徐圩别名）/);
    expect(await answer(status, ['xuwei'])).toContain('功能板块 · 市直 · 代号 xuwei（推定徐圩别名）');
    expect(await answer(status, ['xuwei'], 'en')).toContain('functional area · slug xuwei (徐圩别名 inferred)');
    expect(await answer(unit, ['ndrc'])).toMatch(/又称 发改委、市发展改革委、市营商环境主管部门（推定主管部门）/);
  });

  it('adds nothing where the plan says it all', async () => {
    const text = await answer(task, ['19']);
    expect(text).not.toContain('推定');
  });
});
