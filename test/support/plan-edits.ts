import { readFileSync } from 'node:fs';
import { REAL_PLAN_FILE } from './plan-files.js';

/**
 * The real plan as a corrected file might have it: goal-gdp-total raised to
 * 3,600亿元, a milestone added to task 2 (t2-new-check), and 灌南经济开发区
 * (guannan) dropped, with the one task that names it (19) and its milestone.
 */
export function editedRealPlan(): string {
  const text = readFileSync(REAL_PLAN_FILE, 'utf8');
  const edited = text
    .replace(/ {2}- slug: guannan\n( {4}.*\n)+/, '')
    .replaceAll(', guannan, ganyu]', ', ganyu]')
    .replace('    value: 3500\n', '    value: 3600\n')
    .replace(
      '          - key: t2-internal-agencies\n',
      [
        '          - key: t2-new-check',
        '            due: 2023-06-30',
        '            title: 开展内设机构优化评估',
        '            titleEn: Review the optimized internal agencies',
        '            says: 2023年6月底前开展评估',
        '            zones: all',
        '          - key: t2-internal-agencies',
        '',
      ].join('\n'),
    );
  // guannan-county, the county, stays: only the zone goes.
  if (/guannan(?!-county)/.test(edited) || !edited.includes('value: 3600') || !edited.includes('t2-new-check')) {
    throw new Error('the real plan no longer has what editedRealPlan edits');
  }
  return edited;
}
