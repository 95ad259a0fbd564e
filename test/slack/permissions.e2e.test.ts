import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONFIRM_DONE_ACTION,
  REPORT_FIGURE_VIEW,
  REPORT_PROGRESS_VIEW,
  VERIFY_FIGURE_ACTION,
} from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { figureState, progressState, submission } from '../support/modal.js';
import { postInteraction, postSlashCommand } from '../support/slack-request.js';

const PEOPLE = {
  configAdmin: 'U0CFGADMN',
  grantedAdmin: 'U0GRADMIN',
  leadership: 'U0LEADERS',
  reporter: 'U0REPORTX',
  officer: 'U0OFFICER',
  nobody: 'U0NOBODYY',
} as const;
type Who = keyof typeof PEOPLE;
const EVERYONE = Object.keys(PEOPLE) as Who[];
const MILESTONE = 't19-ftz-linkage-plan';

/** Every action a role might try, and who may: the rest must be refused with nothing changed. */
const MATRIX: { action: string; allowed: Who[] }[] = [
  { action: 'grant a role', allowed: ['configAdmin', 'grantedAdmin'] },
  { action: 'list roles', allowed: ['configAdmin', 'grantedAdmin'] },
  { action: "submit a zone's monthly figure", allowed: ['configAdmin', 'grantedAdmin', 'reporter'] },
  { action: 'set a 2020 baseline', allowed: ['configAdmin', 'grantedAdmin'] },
  { action: 'submit a city total', allowed: ['configAdmin', 'grantedAdmin'] },
  { action: "report a zone's milestone progress", allowed: ['configAdmin', 'grantedAdmin', 'reporter', 'officer'] },
  { action: 'confirm a reported done', allowed: ['configAdmin', 'grantedAdmin', 'officer'] },
  { action: 'verify a figure in the unit field', allowed: ['configAdmin', 'grantedAdmin', 'officer'] },
];

const text = (body: unknown) => JSON.stringify(body);

describe.each(PROVIDERS)('permission matrix on $title', ({ provider, skip }) => {
  let t: TestApp;
  const zone = (line: string, who: Who) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, {
      text: line,
      user_id: PEOPLE[who],
      response_url: t.emulator.responseUrl(),
    });
  const submitFigure = (who: Who, indicator: string, period: string) =>
    postInteraction(
      t.baseUrl,
      SIGNING_SECRET,
      submission(
        PEOPLE[who],
        { callback_id: REPORT_FIGURE_VIEW, private_metadata: '{"zone":"xuwei"}' },
        // A plausible GDP, different for each person: the same value again would be no new figure.
        figureState({ indicator, period, value: String(900 + EVERYONE.indexOf(who)) }),
      ),
    );
  const submitProgress = (who: Who, state: string) =>
    postInteraction(
      t.baseUrl,
      SIGNING_SECRET,
      submission(
        PEOPLE[who],
        { callback_id: REPORT_PROGRESS_VIEW, private_metadata: '{"task":19}' },
        progressState({ milestone: MILESTONE, zone: 'xuwei', state }),
      ),
    );
  async function click(who: Who, actionId: string, value: string): Promise<string> {
    const name = `${who}-${actionId}-${value}`;
    await postInteraction(t.baseUrl, SIGNING_SECRET, {
      type: 'block_actions',
      user: { id: PEOPLE[who], username: who, name: who, team_id: 'T0000TEAM' },
      response_url: t.emulator.responseUrl(name),
      actions: [{ type: 'button', action_id: actionId, value, block_id: 'b', action_ts: '1.2' }],
    });
    return text((await t.emulator.waitForResponse(name)).body);
  }
  const db = () => t.runtime.database.db;

  /** Tries the action as someone; true when it went through, false when refused (and then nothing changed). */
  async function attempt(action: string, who: Who): Promise<boolean> {
    switch (action) {
      case 'grant a role':
        return !text((await zone(`admin grant <@U0TARGET${who.length}> leadership`, who)).json).includes('没有权限');
      case 'list roles':
        return !text((await zone('admin roles', who)).json).includes('没有权限');
      case "submit a zone's monthly figure":
        return text((await submitFigure(who, 'xuwei|gdp', '2025-11')).json).includes('"update"');
      case 'set a 2020 baseline':
        return text((await submitFigure(who, 'xuwei|gdp', '2020')).json).includes('"update"');
      case 'submit a city total':
        return text((await submitFigure(who, '*|gdp', '2025')).json).includes('"update"');
      case "report a zone's milestone progress":
        return text((await submitProgress(who, 'in_progress')).json).includes('"update"');
      case 'confirm a reported done': {
        await submitProgress('reporter', 'done');
        const pending = await db().milestoneUpdate.findFirstOrThrow({
          where: { needsConfirmation: true, confirmation: null },
        });
        const before = await db().milestoneConfirmation.count();
        const answer = await click(who, CONFIRM_DONE_ACTION, String(pending.id));
        const went = (await db().milestoneConfirmation.count()) > before;
        expect(went).toBe(!answer.includes('没有权限'));
        if (!went) await click('configAdmin', CONFIRM_DONE_ACTION, String(pending.id));
        return went;
      }
      case 'verify a figure in the unit field': {
        const trade = await t.runtime.services.figures.submit(
          { userId: null, terminal: true, configAdmin: false, grants: [] },
          {
            zone: 'xuwei',
            indicator: 'foreign_trade',
            period: '2025-10',
            value: `${100 + EVERYONE.indexOf(who)}`,
            note: '',
            source: '',
          },
        );
        const before = await db().figureVerification.count();
        const answer = await click(who, VERIFY_FIGURE_ACTION, String(trade.revision.id));
        const went = (await db().figureVerification.count()) > before;
        expect(went).toBe(!answer.includes('没有权限'));
        return went;
      }
      default:
        throw new Error(`no such action: ${action}`);
    }
  }

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'permissions', { ZONE_ADMINS: PEOPLE.configAdmin });
    await zone(`admin grant <@${PEOPLE.grantedAdmin}> admin`, 'configAdmin');
    await zone(`admin grant <@${PEOPLE.leadership}> leadership`, 'configAdmin');
    await zone(`admin grant <@${PEOPLE.reporter}> reporter 徐圩新区`, 'configAdmin');
    await zone(`admin grant <@${PEOPLE.officer}> officer 市商务局`, 'configAdmin');
  });
  afterAll(() => t?.stop());

  describe.each(MATRIX)('$action', ({ action, allowed }) => {
    it.skipIf(skip).each(EVERYONE)('%s', async (who) => {
      const figures = await db().figure.count();
      const went = await attempt(action, who);
      expect(went).toBe(allowed.includes(who));
      if (!went && action.includes('figure') && !action.includes('verify'))
        expect(await db().figure.count()).toBe(figures);
    });
  });

  it.skipIf(skip)('records every role change with who made it and when', async () => {
    const grants = await db().roleGrant.findMany({ include: { person: true } });
    expect(grants.find((g) => g.person.slackUserId === PEOPLE.reporter)).toMatchObject({
      role: 'reporter',
      grantedBy: PEOPLE.configAdmin,
      revokedAt: null,
    });
    await zone(`admin revoke <@${PEOPLE.reporter}> reporter xuwei`, 'grantedAdmin');
    const revoked = await db().roleGrant.findFirstOrThrow({ where: { person: { slackUserId: PEOPLE.reporter } } });
    expect(revoked).toMatchObject({ revokedBy: PEOPLE.grantedAdmin });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(text((await submitFigure('reporter', 'xuwei|gdp', '2025-09')).json)).toContain('没有权限');
  });
});
