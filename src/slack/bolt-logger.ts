import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../logger.js';

const TO_SLACK: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** Bolt's Logger interface over pino, so Bolt's lines are JSON lines too. */
export function boltLogger(logger: Logger): SlackLogger {
  const child = logger.child({ component: 'bolt' });
  const text = (m: unknown) =>
    typeof m === 'string' ? m : m instanceof Error ? (m.stack ?? m.message) : JSON.stringify(m);
  const line = (msg: unknown[]) => msg.map(text).join(' ');
  return {
    debug: (...msg) => child.debug(line(msg)),
    info: (...msg) => child.info(line(msg)),
    warn: (...msg) => child.warn(line(msg)),
    error: (...msg) => child.error(line(msg)),
    setLevel: () => {},
    getLevel: () => TO_SLACK[child.level] ?? LogLevel.INFO,
    setName: () => {},
  };
}
