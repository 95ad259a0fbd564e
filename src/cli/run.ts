import { writeFile } from 'node:fs/promises';
import { pino } from 'pino';
import { takePlanWords } from '../../commands/plan-option.js';
import type { Answer } from '../../commands/runner.js';
import { commandWords, createRuntime } from '../bootstrap.js';
import { ConfigError, loadConfig } from '../config.js';
import { DEFAULT_LANG } from '../i18n/lang.js';
import { createLogger } from '../logger.js';
import { blocksToText } from '../views/plain-text.js';
import { type CliOptions, parseArgs, USAGE } from './args.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Prints an answer, or writes it to --out. A file an answer carries (the
 * export's CSV, a chart, the assessment report) is the output itself, so on
 * stdout a CSV goes alone and the message goes to stderr, leaving
 * `zonebot export > ledger.csv` a clean CSV.
 */
async function deliver(answer: Answer, options: CliOptions, io: Io): Promise<number> {
  const { text, blocks, file } = answer.reply;
  const content = file?.content;
  const printed =
    typeof content === 'function' ? { text: content } : typeof content === 'string' ? { text: () => [content] } : null;
  const inJson =
    file && printed && options.json && !options.out ? { file: { ...file, content: await whole(printed.text()) } } : {};
  const message = options.json ? `${JSON.stringify({ text, blocks, ...inJson }, null, 2)}\n` : blocksToText(blocks);
  if (!answer.ok) {
    io.err(message);
    return 2;
  }
  if (options.out) {
    // A file made as it is written goes to disk the same way, never whole in memory.
    await writeFile(options.out, typeof content === 'function' ? content() : (content ?? message));
    if (file) io.out(message);
  } else if (file && !options.json && printed) {
    for await (const chunk of printed.text()) io.out(chunk);
    io.err(message);
  } else if (file && !options.json) {
    // A picture or a Word document is no use on a terminal: it is written out only when asked where.
    io.out(message);
    io.err(`zonebot: the answer comes with a file (${file.title}); add --out ${file.filename} to save it\n`);
  } else io.out(message);
  return 0;
}

async function whole(chunks: AsyncIterable<string> | Iterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** The terminal front end: the same command table as Slack, answers rendered as text. */
export async function runCli(argv: string[], env: Record<string, string | undefined>, io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    (parsed === USAGE ? io.out : io.err)(`${parsed}\n`);
    return parsed === USAGE ? 0 : 2;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    io.err(`zonebot: ${err.message}\n`);
    return 1;
  }
  // --plan may stand anywhere; the command runner reads it from the line, the jobs from here.
  const { words, plan } = takePlanWords(parsed.words);
  const [first, ...rest] = words;
  const lang = parsed.lang ?? DEFAULT_LANG;
  // Before the runtime: these work on the database's files, and a restore needs the database closed.
  // Each of these loads what it needs when asked for: a command answered in a terminal waits for none of it.
  if (first === 'backup') return (await import('./backup.js')).runBackup(rest, config, lang, io);
  if (first === 'restore') return (await import('./backup.js')).runRestore(rest, config, lang, io, new Date());
  // A draft is checked without loading the plan files, which may be the very thing being fixed.
  if (first === 'plan') return (await import('./plan-check.js')).runPlanCheck(rest, config, lang, io, commandWords());
  const runtime = await createRuntime(config, createLogger('warn', pino.destination(2)));
  try {
    // A new database is never created unnoticed: the user may have meant another one.
    if (runtime.database.created) io.err(`zonebot: created a new, empty database at ${runtime.database.location}\n`);
    await runtime.prepare();
    if (first === 'jobs') return (await import('./jobs.js')).listJobs(config, io, new Date());
    if (first === 'job') return await (await import('./jobs.js')).runOneJob(rest, plan, runtime, config, io);
    const answer = await runtime.runner.run({ text: parsed.words.join(' '), userId: null, lang: parsed.lang });
    return await deliver(answer, parsed, io);
  } finally {
    await runtime.close();
  }
}
