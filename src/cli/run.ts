import { pino } from 'pino';
import { createRuntime } from '../bootstrap.js';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { blocksToText } from '../views/plain-text.js';
import { parseArgs, USAGE } from './args.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
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
  const runtime = createRuntime(config, createLogger('warn', pino.destination(2)));
  try {
    await runtime.prepare();
    const answer = await runtime.runner.run({ text: parsed.words.join(' '), userId: null, lang: parsed.lang });
    const rendered = parsed.json
      ? `${JSON.stringify({ text: answer.reply.text, blocks: answer.reply.blocks }, null, 2)}\n`
      : blocksToText(answer.reply.blocks);
    (answer.ok ? io.out : io.err)(rendered);
    return answer.ok ? 0 : 2;
  } finally {
    await runtime.close();
  }
}
