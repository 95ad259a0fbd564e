import autocannon from 'autocannon';
import { SIGNING_SECRET, startTestApp } from '../support/app-harness.js';
import { signedHeaders, slashCommandFields } from '../support/slack-request.js';

// Targets for a read answer on this class of machine (2 cores): a bare Bolt app acks
// ~6,800 signed commands/s at 32 connections with p99 ~13 ms; a cached answer should
// stay within reach of that floor. The load generator runs in this process too, so
// RSS here is the app plus autocannon: an upper bound on the app's own.
const TARGETS = { minRequestsPerSecond: 2500, maxP99Ms: 50, maxRssMiB: 512 };
const CONNECTIONS = 32;
const DURATION_S = 10;

async function bench(text: string) {
  const app = await startTestApp('sqlite', 'bench');
  try {
    const body = new URLSearchParams(slashCommandFields({ text, response_url: app.emulator.responseUrl() })).toString();
    // One signature serves the whole run: Bolt accepts a timestamp for five minutes.
    const headers = { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body, SIGNING_SECRET) };
    const result = await autocannon({
      url: `${app.baseUrl}/slack/events`,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [{ method: 'POST', headers, body }],
    });
    return {
      text,
      requestsPerSecond: Math.round(result.requests.average),
      p99Ms: result.latency.p99,
      non2xx: result.non2xx + result.errors,
      rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
    };
  } finally {
    await app.stop();
  }
}

const results = [];
for (const text of ['status xuwei', 'tasks overdue', 'task 19']) results.push(await bench(text));
process.stdout.write(`${JSON.stringify({ targets: TARGETS, results }, null, 2)}\n`);
const missed = results.filter(
  (r) =>
    r.requestsPerSecond < TARGETS.minRequestsPerSecond ||
    r.p99Ms > TARGETS.maxP99Ms ||
    r.rssMiB > TARGETS.maxRssMiB ||
    r.non2xx > 0,
);
if (missed.length) {
  process.stderr.write(`missed targets: ${missed.map((r) => r.text).join(', ')}\n`);
  process.exitCode = 1;
}
