import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, NO_SLACK_MESSAGE } from '../src/config.js';
import { PROJECT_ROOT } from '../src/paths.js';

const http = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef' };

describe('loadConfig', () => {
  it('defaults to the embedded SQLite file, port 3000, no admins, and no Slack', () => {
    const config = loadConfig({});
    // Found from the project, whatever the current folder: never a new empty database wherever zonebot is run.
    expect(config.databaseUrl).toBe(`file:${join(PROJECT_ROOT, 'data', 'zonebot.db')}`);
    expect(config.port).toBe(3000);
    expect(config.admins).toEqual([]);
    expect(config.slack).toBeNull();
  });

  it('chooses HTTP mode from a bot token and signing secret, Socket Mode from an app token', () => {
    expect(loadConfig(http).slack).toMatchObject({ mode: 'http', botToken: 'xoxb-1' });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack).toMatchObject({
      mode: 'socket',
    });
  });

  it('reads admins, a PostgreSQL URL and the Slack API URL', () => {
    const config = loadConfig({
      ...http,
      ZONE_ADMINS: 'U012ABCDEF, W034GHIJKL',
      DATABASE_URL: 'postgresql://zonebot@db:5432/zonebot',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
    });
    expect(config.admins).toEqual(['U012ABCDEF', 'W034GHIJKL']);
    expect(config.databaseUrl).toMatch(/^postgresql:/);
    expect(config.slack?.apiUrl).toBe('http://127.0.0.1:9999/api/');
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT must be/],
    [{ PORT: '70000' }, /^PORT must be between 0 and 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must be file:/],
    [{ SLACK_BOT_TOKEN: 'xoxp-1' }, /^SLACK_BOT_TOKEN must start with xoxb-/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /^SLACK_SIGNING_SECRET is not set/],
    [{ SLACK_SIGNING_SECRET: 'abcdef0123456789' }, /^SLACK_BOT_TOKEN is not set/],
    [{ ...http, SLACK_SIGNING_SECRET: 'not hex!' }, /^SLACK_SIGNING_SECRET must be/],
    [{ ...http, SLACK_APP_TOKEN: 'xoxb-2' }, /^SLACK_APP_TOKEN must start with xapp-/],
    [{ ZONE_ADMINS: 'U012ABCDEF,alice' }, /^ZONE_ADMINS must be comma-separated Slack user IDs/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
    [{ SLACK_API_URL: 'not a url' }, /^SLACK_API_URL must be a URL/],
  ])('stops on %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', SLACK_BOT_TOKEN: '' }).port).toBe(3000);
  });

  it('says exactly what to set when there are no Slack tokens', () => {
    expect(NO_SLACK_MESSAGE).toMatch(
      /SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET[\s\S]*SLACK_APP_TOKEN[\s\S]*npx zonebot/,
    );
  });
});
