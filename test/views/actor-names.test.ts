import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { ledgerCsv } from '../../src/domain/ledger.js';
import type { FigureRevision, ProgressReport } from '../../src/domain/records.js';
import type { Lang } from '../../src/i18n/lang.js';
import { ledgerText } from '../../src/i18n/messages/ledger.js';
import type { GrantRecord } from '../../src/store/roles-repository.js';
import { rolesView } from '../../src/views/admin-roles.js';
import { historyView } from '../../src/views/history.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { savedModal } from '../../src/views/report-figure.js';
import { confirmRequest, decidedMessage } from '../../src/views/report-progress.js';
import { PLAN } from '../support/command-context.js';

const AT = new Date('2026-11-28T02:00:00Z');

// Figures and roles entered at the server's terminal are stored as entered by "terminal".
const figure: FigureRevision = {
  id: 1,
  zone: 'xuwei',
  indicator: 'gdp',
  period: '2026-10',
  value: 900,
  note: null,
  source: null,
  enteredBy: 'terminal',
  enteredAt: AT,
  verifications: [{ by: 'terminal', at: AT, note: null }],
};
const report: ProgressReport = {
  id: 2,
  plan: 'lyg-2022-32',
  milestone: 't19-ftz-linkage-plan',
  zone: 'xuwei',
  state: 'done',
  note: null,
  evidence: null,
  enteredBy: 'terminal',
  enteredAt: AT,
  needsConfirmation: true,
  decision: { confirmed: true, by: 'terminal', at: AT, note: null },
};
const grant: GrantRecord = {
  id: 3,
  role: 'reporter',
  zone: 'xuwei',
  unit: null,
  userId: 'U0REPORTER',
  grantedBy: 'terminal',
  grantedAt: AT,
  revokedBy: null,
  revokedAt: null,
};

const TERMINAL: Record<Lang, string> = { zh: '服务器终端', en: 'server terminal' };

describe.each(['zh', 'en'] as const)('what the terminal did, in %s', (lang) => {
  const named = TERMINAL[lang];
  const bare = /(?<![\w-])terminal(?![\w-])/;
  const shown = (text: string) => (lang === 'en' ? text.replaceAll(named, '') : text);

  it('is shown as the server terminal in the history', () => {
    const page = { revisions: [figure], next: null };
    const shownPage = { subject: '徐圩新区', page, progress: [report], notes: [], trail: true, continued: false };
    const view = historyView({ ...shownPage, next: null, plan: PLAN, lang, canVerify: () => true });
    const text = blocksToText(view.blocks);
    expect(text.split(named).length - 1).toBe(4);
    expect(shown(text)).not.toMatch(bare);
  });

  it('is shown as the server terminal in the role changes', () => {
    const text = blocksToText(rolesView([grant], [], { user: null, zone: null }, PLAN, lang).blocks);
    expect(text).toContain(lang === 'zh' ? '服务器终端 授予 @U0REPORTER' : 'server terminal made @U0REPORTER');
    expect(shown(text)).not.toMatch(bare);
  });

  it('is shown as the server terminal in the saved form and the confirmation messages', () => {
    const saved = blocksToText(
      savedModal({ revision: figure, revisionNumber: 1, duplicate: false }, PLAN, lang).blocks as KnownBlock[],
    );
    const asked = blocksToText(confirmRequest(report, PLAN, lang).blocks);
    const decided = blocksToText(decidedMessage(report, PLAN, lang).blocks);
    for (const text of [saved, asked, decided]) {
      expect(text).toContain(named);
      expect(shown(text)).not.toMatch(bare);
    }
  });

  it('is written as the server terminal in the ledger, and a Slack user by ID', () => {
    const byUser = { ...report, id: 4, enteredBy: 'U0REPORTER', decision: null };
    const csv = ledgerCsv(PLAN, { figures: [figure], progress: [report, byUser] }, ledgerText(lang).csv, lang);
    expect(csv.split(named).length - 1).toBe(4);
    expect(csv).toContain('U0REPORTER');
    expect(shown(csv)).not.toMatch(bare);
  });
});
