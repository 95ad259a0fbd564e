import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

// The floor: a bare Bolt app of the same Bolt version as zonebot, in HTTP mode
// as zonebot is started, whose `/zone` only acknowledges with a short text.
// Run as a process of its own: PORT and SLACK_SIGNING_SECRET come from the
// environment; it serves `/healthz` so it is started and awaited as zonebot is.

const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET as string,
  endpoints: '/slack/events',
  processBeforeResponse: false,
  logLevel: LogLevel.ERROR,
  customRoutes: [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"status":"ok"}');
      },
    },
  ],
});

const app = new App({
  receiver,
  authorize: async () => ({ botToken: process.env.SLACK_BOT_TOKEN as string }),
  logLevel: LogLevel.ERROR,
});

app.command('/zone', async ({ ack }) => {
  await ack('ok');
});

await app.start(Number(process.env.PORT));
process.once('SIGTERM', () => {
  app.stop().then(() => process.exit(0));
});
