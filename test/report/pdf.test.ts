import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildAssessment } from '../../src/domain/assessment/report.js';
import { monthlyRanking } from '../../src/domain/ranking.js';
import { assessmentOutline } from '../../src/report/assessment-outline.js';
import { writeDocx } from '../../src/report/docx-writer.js';
import { endOfDay, rankingMonths } from '../../src/services/assessment-service.js';
import { DEFAULT_THRESHOLDS, factsOf, PLAN } from '../support/command-context.js';

/** LibreOffice's command on PATH, if it is installed: a fresh laptop has none. */
function office(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // Not in this folder.
      }
    }
  }
  return null;
}

const OFFICE = office();
const WHY = 'LibreOffice is not installed; to run it: apt-get install libreoffice-writer';
// Said where the run's output shows it, as the PostgreSQL suites say they are skipped.
if (!OFFICE) process.stderr.write(`\nThe PDF rendering test is SKIPPED: ${WHY}\n\n`);

describe(
  OFFICE ? 'the assessment report in LibreOffice' : `the assessment report in LibreOffice (skipped: ${WHY})`,
  () => {
    it.skipIf(!OFFICE)(
      'opens and renders to a PDF',
      async () => {
        const day = '2026-03-31';
        const facts = factsOf([{ zone: 'xuwei', indicator: 'gdp', period: '2025', value: 980 }]);
        const report = buildAssessment({
          plan: PLAN,
          facts,
          judging: { today: day, thresholds: DEFAULT_THRESHOLDS },
          asOf: { instant: endOfDay(day), asked: true },
          zone: 'xuwei',
          rankings: rankingMonths(PLAN, day).map((month) => ({
            ranking: monthlyRanking({ plan: PLAN, facts, month, thresholds: DEFAULT_THRESHOLDS }),
            posted: false,
          })),
        });
        const dir = mkdtempSync(join(tmpdir(), 'zonebot-pdf-'));
        const docx = join(dir, 'report.docx');
        writeFileSync(docx, await writeDocx(assessmentOutline(report, 'zh')));
        // A profile of its own, so a LibreOffice already open on the machine does not take the job.
        const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
        await promisify(execFile)(
          OFFICE as string,
          [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
          { timeout: 120_000 },
        );
        const pdf = readFileSync(join(dir, 'report.pdf'));
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(10_000);
      },
      180_000,
    );
  },
);
