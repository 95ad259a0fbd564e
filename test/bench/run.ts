import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Provider } from '../../src/store/database.js';
import { ensureBuilt } from '../support/build.js';
import { TEST_DATABASE_URL } from '../support/postgres.js';
import { startSlackEmulator } from '../support/slack-emulator.js';
import { summarize, summarizeFloor } from './aggregate.js';
import type { AppSettings } from './apps.js';
import { prepareChildren } from './children.js';
import { BENCH_ADMIN } from './data-people.js';
import { Databases } from './databases.js';
import { scaleCase, twelveZones } from './datasets.js';
import { npmStart, prismaFloor, terminal } from './one-offs.js';
import { RESULTS_FILE, render, save } from './report.js';
import { saveMarkdown } from './report-md.js';
import { type DatasetFacts, machine, type ProviderResults, type Results } from './results.js';
import { type Bench, type Dataset, type FloorRound, floorRound, type ZonebotRound, zonebotRound } from './round.js';
import { HOW_UNCACHED, settings } from './settings.js';
import { verdicts } from './targets.js';

// `npm run bench`: zonebot against a bare Bolt app on generated data, as
// README "Performance" describes. The table goes to stdout, progress to stderr.

const began = performance.now();
const say = (line: string) =>
  process.stderr.write(`bench ${Math.round((performance.now() - began) / 1000)}s: ${line}\n`);
/** A month whose ranking and a Monday whose digest fall inside the plan period (Asia/Shanghai 10:00 and 09:00). */
const RANKING_AT = '2025-07-16T02:00:00Z';
const DIGEST_AT = '2025-07-07T01:00:00Z';

const facts = (d: Dataset): DatasetFacts => ({
  label: d.label,
  figures: d.generated.figures,
  periods: d.generated.periods,
  progress: d.generated.progress,
  generatedS: d.generated.seconds,
});

async function jobs(bench: Bench, dbs: Databases, data: Dataset) {
  const app: AppSettings = {
    databaseUrl: await dbs.copy(data.pristine),
    apiUrl: bench.emulator.apiUrl,
    planFile: data.planFile,
    admins: [BENCH_ADMIN],
  };
  const runs = bench.settings.jobRuns;
  say(`${data.provider} ${data.label}: ranking and digest jobs`);
  const ranking = await terminal(app, ['job', 'ranking', '--dry-run', '--at', RANKING_AT], runs, /── ranking/);
  const digest = await terminal(app, ['job', 'digest', '--dry-run', '--at', DIGEST_AT], runs, /── digest/);
  return { app, ranking, digest };
}

/** The floor and zonebot in turn, the floor first and last, so each zonebot round has a floor run on either side. */
async function rounds(bench: Bench, dbs: Databases, data: Dataset, withFloor: boolean) {
  const floors: FloorRound[] = [];
  const zonebots: ZonebotRound[] = [];
  const floor = async (r: number) => {
    if (!withFloor) return;
    say(`${data.provider} round ${r}: the floor`);
    floors.push(await floorRound(bench, data));
  };
  for (let r = 1; r <= bench.settings.rounds; r++) {
    await floor(r);
    say(`${data.provider} ${data.label} round ${r}: zonebot`);
    // A quick run writes in its last round only.
    const writes = !bench.settings.quick || r === bench.settings.rounds;
    zonebots.push(await zonebotRound(bench, data, await dbs.copy(data.pristine), writes));
  }
  await floor(bench.settings.rounds + 1);
  return { floors, zonebots };
}

async function provider(bench: Bench, dbs: Databases, p: Provider, dir: string): Promise<ProviderResults> {
  const s = bench.settings;
  say(`${p}: generating the 12-zone data`);
  const data = await twelveZones(p, dbs, s.revisions);
  const { floors, zonebots } = await rounds(bench, dbs, data, true);
  const { app, ranking, digest } = await jobs(bench, dbs, data);
  say(`${p}: the terminal`);
  const term = await terminal(app, ['status', 'xuwei'], s.terminalRuns, /徐圩新区/);
  const termFloor = await prismaFloor(app, bench.children.prismaFloor, s.terminalRuns);
  const started =
    p === 'sqlite' ? await npmStart({ ...app, databaseUrl: await dbs.copy(data.pristine) }, bench.children.dir) : null;
  let scale: ProviderResults['scale'] = null;
  if (p === 'postgresql' && s.scale) {
    say('postgresql: generating the 150-zone scale case');
    const big = await scaleCase(dbs, join(dir, 'plan'));
    const run = await rounds(bench, dbs, big, false);
    const j = await jobs(bench, dbs, big);
    scale = {
      dataset: facts(big),
      zonebot: summarize(run.zonebots, big, s.connections, []),
      ranking: j.ranking,
      digest: j.digest,
    };
  }
  return {
    provider: p,
    dataset: facts(data),
    floor: summarizeFloor(floors, s.connections),
    zonebot: summarize(zonebots, data, s.connections, floors),
    terminal: term,
    prismaFloor: termFloor,
    ranking,
    digest,
    npmStartMs: started?.ms ?? null,
    npmStartFloorMs: started?.floorMs ?? null,
    scale,
  };
}

async function main(): Promise<number> {
  const s = settings(process.env);
  ensureBuilt(say);
  const dir = mkdtempSync(join(tmpdir(), 'zonebot-bench-'));
  const emulator = await startSlackEmulator();
  const dbs = new Databases(join(dir, 'db'));
  const bench: Bench = { settings: s, children: prepareChildren(join(dir, 'children')), dir, emulator };
  const skipped: string[] = [];
  const providers: Provider[] = ['sqlite'];
  if (s.quick) skipped.push('PostgreSQL and the 150-zone scale case (BENCH_QUICK=1)');
  else if (!TEST_DATABASE_URL)
    skipped.push(
      'PostgreSQL and the 150-zone scale case: set TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/test)',
    );
  else providers.push('postgresql');
  for (const line of skipped) say(`SKIPPED: ${line}`);
  try {
    const results: Results = {
      takenAt: new Date().toISOString(),
      machine: machine(),
      settings: s,
      howUncached: HOW_UNCACHED,
      providers: [],
      skipped,
    };
    for (const p of providers) results.providers.push(await provider(bench, dbs, p, dir));
    const judged = verdicts(results);
    save(results, judged);
    saveMarkdown(results, judged);
    process.stdout.write(render(results, judged));
    say(`results written to ${RESULTS_FILE}`);
    const missed = judged.filter((v) => !v.met && !v.accepted);
    if (missed.length) say(`${missed.length} target(s) missed: ${missed.map((v) => v.id).join(', ')}`);
    return missed.length ? 1 : 0;
  } finally {
    await emulator.close();
    await dbs.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
