import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { Delivery } from '../../src/jobs/delivery.js';
import { nudges } from '../../src/jobs/nudges.js';
import { runJob } from '../../src/jobs/runner.js';
import { webApiPoster } from '../../src/slack/poster.js';
import { REPORT_FIGURE_VIEW } from '../../src/views/ids.js';
import { BOT_TOKEN, SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS, preparedDatabaseUrl } from '../support/databases.js';
import { readDocx } from '../support/docx-reader.js';
import { figureState, submission } from '../support/modal.js';
import { FICTIONAL_PLAN_FILE, REAL_PLAN_FILE } from '../support/plan-files.js';
import { postInteraction, postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const REPORTER = 'U0REPORT1';
const NUDGES = 'C0NUDGES1';
const REAL = 'lyg-2022-32';
const FICTIONAL = 'fictional-2026';
const BOTH = `${REAL_PLAN_FILE},${FICTIONAL_PLAN_FILE}`;
/** 09:00 in Shanghai the day after the fictional plan's first milestone fell due. */
const DAY_AFTER_DUE = new Date('2026-10-01T01:00:00Z');

/** What the real plan answers, asked by name: these must not change when another plan arrives. */
const REAL_QUESTIONS = ['status xuwei', 'targets', 'task 19', 'tasks overdue', 'history xuwei', 'targets xuwei'];

interface Modal {
  callback_id: string;
  private_metadata?: string;
  blocks: { element?: { options?: { value: string }[] } }[];
}

describe.each(PROVIDERS)('plans side by side on $title', ({ provider, skip }) => {
  let t: TestApp;
  let url: string;
  const zone = (text: string, user = ADMIN) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, {
      text,
      user_id: user,
      response_url: t.emulator.responseUrl(),
      trigger_id: `trig-${user}`,
    });
  const answers = async (plan: string) => {
    const out: Record<string, unknown> = {};
    for (const q of REAL_QUESTIONS) out[q] = (await zone(`${q} --plan ${plan}`)).json;
    return out;
  };
  const start = (planFile: string) =>
    startTestApp(provider, 'plans', { ZONE_ADMINS: ADMIN, PLAN_FILE: planFile }, { databaseUrl: url });
  let before: Record<string, unknown>;
  let ledgerBefore: string;
  let assessmentBefore: string;
  /** The real plan's final assessment, as a reader of the document sees it. */
  const assessment = async () => {
    const { reply } = await t.runtime.runner.run({ text: `assessment --plan ${REAL}`, userId: null });
    if (!reply.file) throw new Error('no report');
    return (await readDocx(reply.file.content as Uint8Array)).text;
  };
  const ledger = async (plan: string) => {
    const index = await t.runtime.services.plan.get(plan);
    const { figures, progress } = await t.runtime.services.ledger.records(index);
    return JSON.stringify({ figures, progress });
  };

  beforeAll(async () => {
    if (skip) return;
    url = await preparedDatabaseUrl(provider, 'plans');
    // First the real plan alone, with its figures and progress, as a database of today has it.
    t = await start(REAL_PLAN_FILE);
    await zone(`admin grant <@${REPORTER}|rep> reporter 徐圩新区`);
    const admin = await t.runtime.runner.actor(ADMIN);
    const submit = (period: string, value: string) =>
      t.runtime.services.figures.submit(admin, {
        zone: 'xuwei',
        indicator: 'gdp',
        period,
        value,
        note: '',
        source: '',
      });
    await submit('2020', '300');
    await submit('2025-06', '420');
    await submit('2025', '860');
    await t.runtime.services.progress.report(admin, {
      milestone: 't19-ftz-linkage-plan',
      zone: 'xuwei',
      state: 'done',
      note: '已印发',
      evidence: '',
    });
    before = await answers(REAL);
    ledgerBefore = await ledger(REAL);
    assessmentBefore = await assessment();
    await t.stop();
    t = await start(BOTH);
  }, 120_000);
  afterAll(() => t?.stop());

  it.skipIf(skip)('lists both plans, and answers for the one in force by default', async () => {
    const listed = JSON.stringify((await zone('plans')).json);
    expect(listed).toContain('连政发〔2022〕32号');
    expect(listed).toContain('虚构示例〔2026〕1号');
    expect(listed).toContain('已结束');
    expect(listed).toContain('实施中 · *默认*');
    const status = JSON.stringify((await zone('status xuwei')).json);
    expect(status).toContain('依据 虚构示例〔2026〕1号');
    expect(status).toContain('1,600亿元');
    // The fictional plan's own zone is not the real plan's.
    expect(JSON.stringify((await zone('status shili')).json)).toContain('虚构示例园区');
    expect(JSON.stringify((await zone(`status shili --plan ${REAL}`)).json)).toContain('没有找到开发区“shili”');
  });

  it.skipIf(skip)('answers for the real plan exactly as before the fictional one was loaded', async () => {
    expect(await answers(REAL)).toEqual(before);
    expect(await ledger(REAL)).toBe(ledgerBefore);
  });

  it.skipIf(skip)('takes --plan anywhere in the line, and says which plans there are for a wrong key', async () => {
    const first = JSON.stringify((await zone(`--plan ${REAL} status xuwei`)).json);
    expect(first).toContain('依据 连政发〔2022〕32号');
    expect(JSON.stringify((await zone(`status —plan=${REAL} xuwei`)).json)).toContain('依据 连政发〔2022〕32号');
    const wrong = JSON.stringify((await zone('status xuwei --plan nosuch')).json);
    expect(wrong).toContain('没有代号为“nosuch”的方案');
    expect(wrong).toContain(`${REAL}, ${FICTIONAL}`);
    expect(JSON.stringify((await zone('status xuwei --plan')).json)).toContain('--plan 后面要写方案代号');
  });

  it.skipIf(skip)('keeps an answer’s buttons on the plan it was asked about', async () => {
    const blocks = JSON.stringify((await zone(`status xuwei --plan ${REAL}`)).json);
    expect(blocks).toContain(`"value":"report xuwei --plan ${REAL}"`);
    expect(blocks).toContain(`"value":"tasks xuwei overdue --plan ${REAL}"`);
  });

  it.skipIf(skip)('counts a figure once for every plan that tracks it, and never one after a plan’s end', async () => {
    // The 2025 annual figure is the real plan's final figure and the fictional plan's baseline.
    expect(JSON.stringify((await zone('status xuwei')).json)).toContain('860亿元（2025年） · ░░░░░░░░░░ 0%');
    t.emulator.reset();
    await zone('report xuwei', REPORTER);
    const view = (await t.emulator.waitFor('views.open')).params.view as unknown as Modal;
    expect(view.callback_id).toBe(REPORT_FIGURE_VIEW);
    expect(view.private_metadata).toBe(FICTIONAL);
    const periods = view.blocks.flatMap((b) => b.element?.options?.map((o) => o.value) ?? []);
    expect(periods).toContain('2026-10');
    expect(periods).not.toContain('2024');
    const form = { indicator: 'xuwei|gdp', period: '2026-09', value: '700' };
    const res = await postInteraction(t.baseUrl, SIGNING_SECRET, submission(REPORTER, view, figureState(form)));
    expect(res.json).toMatchObject({ response_action: 'update' });
    expect(JSON.stringify((await zone('history xuwei')).json)).toContain('700亿元');
    // Nor a figure of the fictional plan's own zone and indicator, of a period the real plan covers.
    const admin = await t.runtime.runner.actor(ADMIN);
    const own = { zone: 'shili', indicator: 'digital_enterprises', period: '2025', value: '40', note: '', source: '' };
    await t.runtime.services.figures.submit(admin, own);
    expect(JSON.stringify((await zone('history shili')).json)).toContain('40家');
    // The real plan never reads them: its answers and ledger stay as they were.
    expect(await answers(REAL)).toEqual(before);
    expect(await ledger(REAL)).toBe(ledgerBefore);
  });

  it.skipIf(skip)('checks a form against the plan it was opened for', async () => {
    t.emulator.reset();
    await zone(`report xuwei --plan ${REAL}`, REPORTER);
    const view = (await t.emulator.waitFor('views.open')).params.view as unknown as Modal;
    expect(view.private_metadata).toBe(REAL);
    const late = { indicator: 'xuwei|gdp', period: '2026-10', value: '710' };
    const refused = await postInteraction(t.baseUrl, SIGNING_SECRET, submission(REPORTER, view, figureState(late)));
    expect(JSON.stringify(refused.json)).toContain('本方案期限之后');
    // A form whose plan key was tampered with is checked against the default plan.
    const forged = { ...view, private_metadata: 'nosuch' };
    const res = await postInteraction(t.baseUrl, SIGNING_SECRET, submission(REPORTER, forged, figureState(late)));
    expect(res.json).toMatchObject({ response_action: 'update' });
  });

  it.skipIf(skip)('runs the jobs for every plan, each post claimed under its plan and naming it', async () => {
    const delivery: Delivery = t.runtime.delivery(webApiPoster(BOT_TOKEN, t.emulator.apiUrl), {
      gapMs: 5,
      wait: async () => {},
    });
    await zone(`admin channel nudges <#${NUDGES}|nudges>`);
    t.emulator.reset();
    const run = await runJob(nudges, DAY_AFTER_DUE, t.runtime.jobDeps, delivery);
    const posted = t.emulator.callsTo('chat.postMessage').filter((c) => c.params.channel === NUDGES);
    expect(posted.length).toBeGreaterThan(0);
    const text = JSON.stringify(posted.map((p) => p.params.blocks));
    expect(text).toContain('依据 虚构示例〔2026〕1号');
    expect(text).toContain(`--plan ${FICTIONAL}`);
    const claims = await t.runtime.database.db.post.findMany({ where: { job: 'nudges' }, select: { planKey: true } });
    expect(new Set(claims.map((c) => c.planKey))).toEqual(new Set([FICTIONAL]));
    expect(run.outgoing.length).toBe(claims.length);
    t.emulator.reset();
    await runJob(nudges, DAY_AFTER_DUE, t.runtime.jobDeps, delivery);
    expect(t.emulator.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it.skipIf(skip)('retires what a corrected file drops, and keeps the history that hangs on it', async () => {
    const admin = await t.runtime.runner.actor(ADMIN);
    const report = { milestone: 't1-example-plan', zone: 'xuwei', state: 'done', note: '示例规划已印发', evidence: '' };
    await t.runtime.services.progress.report(admin, report, undefined, FICTIONAL);
    const corrected = join(mkdtempSync(join(tmpdir(), 'zonebot-plan-')), 'fictional.yaml');
    const text = readFileSync(FICTIONAL_PLAN_FILE, 'utf8');
    writeFileSync(corrected, text.replace(/ {10}- key: t1-example-plan\n(?: {12}.*\n)+/, ''));
    await t.stop();
    t = await start(`${REAL_PLAN_FILE},${corrected}`);
    const status = JSON.stringify((await zone('status xuwei')).json);
    expect(status).not.toContain('编制示例规划');
    expect(status).toContain('完成示例平台建设');
    const history = JSON.stringify((await zone('history xuwei')).json);
    expect(history).toContain('示例规划已印发');
    expect(await answers(REAL)).toEqual(before);
    const milestone = await t.runtime.database.db.milestone.findFirstOrThrow({ where: { key: 't1-example-plan' } });
    expect(milestone.retiredAt).toBeInstanceOf(Date);
  });

  it.skipIf(skip)('keeps a plan no longer given in PLAN_FILE readable, its assessment included', async () => {
    await t.stop();
    t = await start(FICTIONAL_PLAN_FILE);
    const now = await answers(REAL);
    for (const q of REAL_QUESTIONS) expect(JSON.stringify(now[q]), q).toBe(JSON.stringify(before[q]));
    expect(await ledger(REAL)).toBe(ledgerBefore);
    expect(await assessment()).toBe(assessmentBefore);
    const listed = JSON.stringify((await zone('plans')).json);
    expect(listed).toContain('连政发〔2022〕32号');
  });

  it.skipIf(skip)('answers with --plan in a terminal too', async () => {
    let out = '';
    const io = {
      out: (s: string) => {
        out += s;
      },
      err: () => undefined,
    };
    const env = { DATABASE_URL: url, PLAN_FILE: BOTH };
    expect(await runCli(['--plan', REAL, 'status', 'xuwei'], env, io)).toBe(0);
    expect(out).toContain('依据 连政发〔2022〕32号');
    out = '';
    expect(await runCli(['status', 'xuwei', `--plan=${FICTIONAL}`], env, io)).toBe(0);
    expect(out).toContain('依据 虚构示例〔2026〕1号');
  });
});
