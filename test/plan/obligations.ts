import type { MilestoneEntry, PlanFile, TargetEntry } from '../../src/plan/schema.js';
import { DATE_PHRASE, type SourceDocument } from './source-text.js';

export type Item = { milestone: MilestoneEntry } | { target: TargetEntry };
export const said = (item: Item) => ('milestone' in item ? item.milestone : item.target);

/** Where the plan states its obligations, and what the YAML takes from each place. */
export interface Scope {
  name: string;
  text: string;
  units: string[];
  items: Item[];
}

const items = (milestones: MilestoneEntry[], targets: TargetEntry[]): Item[] => [
  ...milestones.map((milestone) => ({ milestone })),
  ...targets.map((target) => ({ target })),
];

/** 发展目标, each task and 组织保障, with the milestones and targets the YAML takes from each. */
export function obligationScopes(source: SourceDocument, file: PlanFile): Scope[] {
  const yamlTasks = file.programmes.flatMap((p) => p.tasks);
  return [
    { name: '发展目标', text: source.goals, units: [], items: items([], file.targets) },
    ...source.tasks.map((t) => {
      const task = yamlTasks.find((y) => y.number === t.number);
      return {
        name: `task ${t.number}`,
        text: t.text,
        units: t.units,
        items: items(task?.milestones ?? [], task?.targets ?? []),
      };
    }),
    { name: '组织保障', text: source.organisation, units: source.organisationUnits, items: items(file.milestones, []) },
  ];
}

export function spanOf(text: string, says: string): { start: number; end: number } {
  const start = text.indexOf(says);
  return { start, end: start + says.length };
}

/** The sentence an item is said in, from its start up to the end of what the item says. */
export function sentenceOf(text: string, says: string): string {
  const { start, end } = spanOf(text, says);
  const sentenceStart = Math.max(text.lastIndexOf('。', start), text.lastIndexOf('\n', start)) + 1;
  return text.slice(sentenceStart, end);
}

/** The date phrase an item is due by: the last of its sentence up to the end of what it says. */
export function governingPhrase(text: string, says: string): RegExpMatchArray | undefined {
  return [...sentenceOf(text, says).matchAll(DATE_PHRASE)].at(-1);
}
