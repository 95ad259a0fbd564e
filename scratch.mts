import { readFileSync } from 'node:fs';
import { checkPlanText } from './src/plan/check.js';
import { formatPath } from './src/plan/problems.js';
import { describeProblem } from './src/i18n/messages/plan-problems.js';
for (const f of process.argv.slice(2)) {
  const c = checkPlanText(readFileSync(f, 'utf8'));
  console.log(f, 'data:', !!c.data, 'complete:', c.complete);
  for (const x of c.findings) console.log(`${x.line}:${x.column}`, x.warning ? 'W' : 'E', formatPath(x.path), x.problem.kind, describeProblem(x.problem, 'en', x.firstLine));
}
