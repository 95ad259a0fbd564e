import type { Resolution } from '../src/domain/names.js';
import { commandLine } from '../src/i18n/command-line.js';
import { common } from '../src/i18n/messages/common.js';
import { parseNumber } from '../src/i18n/numerals.js';
import type { CountyData, UnitData, ZoneData } from '../src/plan/types.js';
import { unitName, zoneShort } from '../src/views/names.js';
import { type CommandContext, UsageError } from './command.js';

function resolved<T>(
  resolution: Resolution<T>,
  ctx: CommandContext,
  words: { unknown: string; ambiguous: string; name: (item: T) => string; noSuggestion: string },
): T {
  if (resolution.kind === 'found') return resolution.item;
  const m = common(ctx.lang);
  const options = resolution.kind === 'ambiguous' ? resolution.candidates : resolution.suggestions;
  const listed = options.map(words.name).join(m.listSeparator);
  const hint = options.length > 0 ? m.didYouMean(listed) : words.noSuggestion;
  throw new UsageError(resolution.kind === 'ambiguous' ? words.ambiguous : words.unknown, hint);
}

/** A zone by slug, Chinese full or short name, alias or English name; a miss answers with the closest. */
export function requireZone(query: string, ctx: CommandContext): ZoneData {
  const m = common(ctx.lang);
  return resolved(ctx.plan.zones.resolve(query), ctx, {
    unknown: m.unknownZone(query),
    ambiguous: m.ambiguousZone(query),
    name: (z: ZoneData) => m.zoneOption(zoneShort(z, ctx.lang), z.slug),
    noSuggestion: m.allZonesHint(commandLine(ctx.surface)),
  });
}

/**
 * Whose figures: a zone as `requireZone` finds it, or, where no zone answers
 * to the words, a county whose figures zones' growth is held against (东海县,
 * donghai-county). Zones come first, so no word that named a zone names
 * anything else now.
 */
export function requireSubject(query: string, ctx: CommandContext): { zone: ZoneData } | { county: CountyData } {
  const zone = ctx.plan.zones.resolve(query);
  if (zone.kind === 'found') return { zone: zone.item };
  if (zone.kind === 'unknown') {
    const county = ctx.plan.counties.resolve(query);
    if (county.kind === 'found') return { county: county.item };
  }
  return { zone: requireZone(query, ctx) };
}

export function requireUnit(query: string, ctx: CommandContext): UnitData {
  const m = common(ctx.lang);
  return resolved(ctx.plan.units.resolve(query), ctx, {
    unknown: m.unknownUnit(query),
    ambiguous: m.ambiguousUnit(query),
    name: (u: UnitData) => unitName(u, ctx.lang),
    noSuggestion: m.unitNamesHint(commandLine(ctx.surface)),
  });
}

/** A positive whole number as typed (full-width digits are folded before commands see them). */
export function wholeNumber(token: string | undefined): number | null {
  const typed = token?.trim() ?? '';
  return /^\d{1,9}$/.test(typed) && Number(typed) > 0 ? Number(typed) : null;
}

// People copy numbers as the plan and chats write them: 19, #19, 任务19, 第19项, 任务十九, 第十九项.
const TASK_NUMBER = /^(?:#|任务)?第?(.+?)项?$/u;

/** A task's number as typed, in digits or Chinese numerals, or null when the word is not one. */
export function taskNumber(token: string): { written: string; number: number | null } {
  const written = TASK_NUMBER.exec(token)?.[1] ?? '';
  return { written, number: parseNumber(written) };
}
