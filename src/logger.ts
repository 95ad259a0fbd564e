import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

/**
 * One JSON-lines logger for the app, its jobs and Bolt. Secrets never reach a
 * line: token and signature fields are redacted wherever they appear.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'zonebot' },
      redact: {
        paths: [
          'token',
          '*.token',
          'botToken',
          'appToken',
          'signingSecret',
          '*.headers.authorization',
          '*.headers["x-slack-signature"]',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
