import { type Grant, ROLES, type Role, scopeOf } from '../src/domain/roles.js';
import { commandLine } from '../src/i18n/command-line.js';
import { adminText } from '../src/i18n/messages/admin.js';
import { requireUnit, requireZone } from './args.js';
import { type CommandContext, UsageError } from './command.js';

const ROLE_WORDS: Record<string, Role> = {
  管理员: 'admin',
  领导: 'leadership',
  填报员: 'reporter',
  联络员: 'officer',
  单位联络员: 'officer',
};

/** `<@U123ABC|alice>` or `<@U123ABC>` as Slack escapes a mention, or a bare user ID typed in the terminal. */
export function slackUser(word: string | undefined): string | null {
  const m = /^<@([UW][A-Z0-9]{2,})(\|[^>]*)?>$/.exec(word ?? '') ?? /^([UW][A-Z0-9]{2,})$/.exec(word ?? '');
  return m?.[1] ?? null;
}

export function requireUser(word: string | undefined, ctx: CommandContext): string {
  const user = slackUser(word);
  if (!user)
    throw new UsageError(
      adminText(ctx.lang).badUser(word ?? ''),
      adminText(ctx.lang).details(commandLine(ctx.surface)),
    );
  return user;
}

/** `reporter 徐圩新区`, `officer 市商务局`, `admin`: a role and the zone or unit it needs. */
export function requireGrant(words: string[], ctx: CommandContext): Grant {
  const m = adminText(ctx.lang);
  const [word = '', ...rest] = words;
  const role = (ROLES as readonly string[]).includes(word.toLowerCase())
    ? (word.toLowerCase() as Role)
    : ROLE_WORDS[word];
  if (!role) throw new UsageError(m.badRole(word), m.details(commandLine(ctx.surface)));
  const scope = rest.join(' ');
  switch (scopeOf(role)) {
    case 'zone':
      if (!scope) throw new UsageError(m.needZone);
      return { role, zone: requireZone(scope, ctx).slug, unit: null };
    case 'unit':
      if (!scope) throw new UsageError(m.needUnit);
      return { role, zone: null, unit: requireUnit(scope, ctx).key };
    case 'none':
      if (scope) throw new UsageError(m.noScope);
      return { role, zone: null, unit: null };
  }
}
