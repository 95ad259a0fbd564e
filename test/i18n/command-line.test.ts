import { describe, expect, it } from 'vitest';
import { commandLine } from '../../src/i18n/command-line.js';

describe('commandLine', () => {
  it('quotes a command as it is typed in Slack and in a terminal', () => {
    expect(commandLine('slack')('status xuwei')).toBe('`/zone status xuwei`');
    expect(commandLine('terminal')('status xuwei')).toBe('`npx zonebot status xuwei`');
  });

  it('quotes the bare command when given no words', () => {
    expect(commandLine('slack')()).toBe('`/zone`');
    expect(commandLine('terminal')('')).toBe('`npx zonebot`');
  });
});
