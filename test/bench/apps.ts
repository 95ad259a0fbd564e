import { startArgs } from '../support/build.js';
import { CORE, freePort, type Proc, start, untilHealthy } from './processes.js';
import { BENCH_SECRET, BENCH_TOKEN, commandBody, EVENTS_PATH, signed } from './slack-body.js';

export interface Running {
  proc: Proc;
  url: string;
  /** From spawning the process to its first 200 on /healthz. */
  coldMs: number;
}

export interface AppSettings {
  databaseUrl: string;
  apiUrl: string;
  /** PLAN_FILE; the default (the project's plans) when absent. */
  planFile?: string;
  admins: string[];
}

/** The environment zonebot is started with: the user's own, with Slack in HTTP mode against the loopback Web API stub. */
export function zonebotEnv(app: AppSettings, port: number | null): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SLACK_BOT_TOKEN: BENCH_TOKEN,
    SLACK_SIGNING_SECRET: BENCH_SECRET,
    SLACK_API_URL: app.apiUrl,
    DATABASE_URL: app.databaseUrl,
    ZONE_ADMINS: app.admins.join(','),
    ...(port === null ? {} : { PORT: String(port) }),
  };
  delete env.SLACK_APP_TOKEN;
  if (app.planFile) env.PLAN_FILE = app.planFile;
  else delete env.PLAN_FILE;
  return env;
}

async function launch(command: string, args: string[], env: NodeJS.ProcessEnv, port: number): Promise<Running> {
  const since = performance.now();
  const proc = start(command, args, env, CORE.app);
  try {
    const coldMs = await untilHealthy(port, proc, since);
    return { proc, url: `http://127.0.0.1:${port}`, coldMs };
  } catch (err) {
    await proc.stop();
    throw err;
  }
}

/** Node's own options for the zonebot server, to profile it under the bench's load: BENCH_NODE_ARGS="--cpu-prof". */
const nodeArgs = () => (process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);

/** zonebot as `npm start` runs it after its build, without npm, on the app's core. */
export async function startZonebot(app: AppSettings): Promise<Running> {
  const port = await freePort();
  return launch(process.execPath, [...nodeArgs(), ...startArgs()], zonebotEnv(app, port), port);
}

/** `npm start` itself: what a user waits for. */
export async function startWithNpm(app: AppSettings): Promise<Running> {
  const port = await freePort();
  return launch('npm', ['start', '--silent'], zonebotEnv(app, port), port);
}

const bareEnv = (port: number) => ({
  ...process.env,
  PORT: String(port),
  SLACK_SIGNING_SECRET: BENCH_SECRET,
  SLACK_BOT_TOKEN: BENCH_TOKEN,
});

export async function startBare(script: string): Promise<Running> {
  const port = await freePort();
  return launch(process.execPath, [script], bareEnv(port), port);
}

/** The bare app by `npm start` in its folder: the floor of zonebot's `npm start`, npm's own start included. */
export async function startBareWithNpm(dir: string): Promise<Running> {
  const port = await freePort();
  return launch('npm', ['start', '--silent', '--prefix', dir], bareEnv(port), port);
}

/** One signed `/zone` command and the milliseconds until its acknowledgement was read. */
export async function timedCommand(
  url: string,
  text: string,
  user: string,
  responseUrl: string,
): Promise<{ ms: number; status: number; body: string }> {
  const body = commandBody(text, user, responseUrl);
  const since = performance.now();
  const res = await fetch(`${url}${EVENTS_PATH}`, { method: 'POST', headers: signed(body), body });
  const answer = await res.text();
  return { ms: performance.now() - since, status: res.status, body: answer };
}
