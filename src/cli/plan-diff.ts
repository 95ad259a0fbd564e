import type { Lang } from '../i18n/lang.js';
import { planDiffText } from '../i18n/messages/plan-diff.js';
import { diffPlan, type FieldChange, type PlanDiff } from '../plan/diff.js';
import type { PlanData } from '../plan/types.js';
import { readStoredPlan } from '../store/stored-plan.js';

/** A value is shown this long at most: enough to tell which, not to read a task's body. */
const SHOWN = 40;

const cut = (text: string) => ([...text].length > SHOWN ? `${[...text].slice(0, SHOWN - 1).join('')}…` : text);

function shown(value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '—';
  if (Array.isArray(value)) return cut(`[${value.map((v) => shown(v, lang)).join(', ')}]`);
  if (typeof value === 'object') {
    const row = value as Record<string, unknown>;
    // A reading in both languages is shown in the reader's; a task's unit as the plan writes it.
    if (typeof row.zh === 'string' && typeof row.en === 'string') return cut(row[lang] as string);
    if (typeof row.asWritten === 'string') return row.asWritten;
    return cut(
      `{${Object.entries(row)
        .map(([k, v]) => `${k}: ${shown(v, lang)}`)
        .join(', ')}}`,
    );
  }
  return cut(String(value));
}

function change(c: FieldChange, lang: Lang): string {
  if ('joined' in c) return [c.field, ...c.joined.map((x) => `+${x}`), ...c.left.map((x) => `−${x}`)].join(' ');
  return `${c.field} ${shown(c.before, lang)} → ${shown(c.after, lang)}`;
}

/** What loading the file would do, kind by kind: `+` added, `~` changed (old → new), `−` dropped. */
export function diffLines(diff: PlanDiff, sameFile: boolean, lang: Lang): string[] {
  const t = planDiffText(lang);
  const colon = lang === 'zh' ? '：' : ': ';
  const list = lang === 'zh' ? '、' : ', ';
  const lines = [diff.stored ? t.loaded(diff.key, sameFile) : t.newPlan(diff.key)];
  // A new plan's header is the plan itself, which the line above names.
  const kinds = diff.kinds.filter((k) => diff.stored || k.kind !== 'plan');
  for (const { kind, added, changed, dropped } of kinds) {
    lines.push(`${t.kind[kind]}${colon}${t.counts(kind, added.length, changed.length, dropped.length)}`);
    if (added.length) lines.push(`  + ${added.join(list)}`);
    for (const { key, fields } of changed) {
      lines.push(`  ~ ${key}${colon}${fields.map((f) => change(f, lang)).join(t.separator)}`);
    }
    for (const key of dropped) lines.push(`  − ${key}${t.dropped(kind)}`);
  }
  if (!kinds.length) lines.push(t.nothing);
  return lines;
}

/**
 * The diff of a good plan file against the database zonebot uses, read and
 * never written: one that cannot be read as it stands (not there, not
 * migrated) is said to be so, and the file compared as against an empty one.
 */
export async function diffAgainstDatabase(url: string, file: PlanData, hash: string, lang: Lang): Promise<string[]> {
  const t = planDiffText(lang);
  const stored = await readStoredPlan(url, file.plan.key);
  const { location } = stored;
  const note =
    stored.state === 'no-database'
      ? t.noDatabase(location)
      : stored.state === 'not-migrated'
        ? t.notMigrated(location, stored.pending)
        : stored.state === 'unsound'
          ? t.unsound(location, stored.names)
          : t.against(location);
  const before = stored.state === 'ready' ? stored.plan : null;
  const sameFile = stored.state === 'ready' && stored.hash === hash;
  return [note, ...diffLines(diffPlan(before, file), sameFile, lang)];
}
