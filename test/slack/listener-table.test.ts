import { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import type { SlackDeps } from '../../src/slack/deps.js';
import { listenerTable, registerListeners } from '../../src/slack/listeners/index.js';

type Held = { listeners: unknown[]; middleware: unknown[] };

describe('the listener table', () => {
  it('gives Bolt one global middleware and no listeners, however many handlers register', () => {
    const deps = { runner: {}, services: {}, logger: createLogger('silent'), isReady: () => true } as SlackDeps;
    const table = listenerTable(deps);
    const handlers = [table.commands, table.actions, table.views, table.events].reduce(
      (n, m) => n + [...m.values()].flat().length,
      0,
    );
    expect(handlers).toBeGreaterThan(10);
    const app = new App({ token: 'xoxb-x', signingSecret: 's', tokenVerificationEnabled: false });
    const before = (app as unknown as Held).middleware.length;
    registerListeners(app, deps);
    // Bolt runs every listener it holds for every delivery, copying its arguments at each step.
    expect((app as unknown as Held).listeners).toHaveLength(0);
    expect((app as unknown as Held).middleware).toHaveLength(before + 1);
  });
});
