import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createLogger } from '../../src/logger.js';
import type { SlackDeps } from '../../src/slack/deps.js';
import { listenerTable } from '../../src/slack/listeners/index.js';
import { ACTION_IDS, VIEW_IDS } from '../../src/views/ids.js';

interface Manifest {
  features: {
    slash_commands: { command: string; usage_hint: string; url: string }[];
    app_home: Record<string, boolean>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url: string };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')) as Manifest;

/** What zonebot's listeners listen to, as they register: each command, action id, event type and view id. */
function registrations() {
  const deps = { runner: {}, services: {}, logger: createLogger('silent'), isReady: () => true } as SlackDeps;
  const table = listenerTable(deps);
  const keys = (m: Map<string, unknown[]>) => [...m.entries()].flatMap(([key, handlers]) => handlers.map(() => key));
  return {
    commands: keys(table.commands),
    actions: keys(table.actions),
    events: keys(table.events),
    views: keys(table.views),
  };
}

/** What each listened-to thing needs from Slack, to hold the manifest to "what it needs and no more". */
const SCOPES_FOR: Record<string, string[]> = {
  // /zone export uploads a file, to the asker's DM unless shared.
  '/zone': ['commands', 'files:write', 'im:write'],
  app_mention: ['app_mentions:read', 'chat:write'],
  'message.im': ['im:history', 'chat:write'],
  // Replies in a nudge's thread.
  'message.channels': ['channels:history', 'chat:write'],
  'message.groups': ['groups:history', 'chat:write'],
  // The scheduled jobs post, upload charts, and look for a post again in its channel or DM after a crash.
  jobs: ['chat:write', 'files:write', 'im:write', 'channels:history', 'groups:history', 'im:history'],
  // views.publish needs no scope of its own.
  app_home_opened: [],
};

describe('manifest.yml', () => {
  const seen = registrations();

  it('declares exactly the slash commands zonebot listens to', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...seen.commands].sort());
    for (const c of manifest.features.slash_commands) expect(c.usage_hint).toBeTruthy();
  });

  it('subscribes to exactly the bot events zonebot listens to', () => {
    const events = manifest.settings.event_subscriptions.bot_events;
    // Bolt listens to every message.* event under one `message` listener.
    expect([...new Set(events.map((e) => e.split('.')[0]))].sort()).toEqual([...new Set(seen.events)].sort());
    expect(events).toContain('message.im');
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it('has a listener for every action and view callback id zonebot uses, and no other', () => {
    expect([...seen.actions].sort()).toEqual([...ACTION_IDS].sort());
    expect([...seen.views].sort()).toEqual([...VIEW_IDS].sort());
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('asks for the bot scopes zonebot needs and no more', () => {
    const needed = new Set(
      [
        ...manifest.features.slash_commands.map((c) => c.command),
        ...manifest.settings.event_subscriptions.bot_events,
        'jobs',
      ].flatMap((x) => SCOPES_FOR[x] ?? [`(no scope known for ${x})`]),
    );
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it('uses Socket Mode, and one HTTP endpoint for everything when it does not', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    const urls = new Set([
      ...manifest.features.slash_commands.map((c) => c.url),
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ]);
    expect(urls.size).toBe(1);
    expect([...urls][0]).toMatch(/\/slack\/events$/);
  });
});
