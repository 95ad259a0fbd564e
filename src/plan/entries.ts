import type { Path } from './problems.js';
import type { MilestoneEntry, PlanFile, TargetEntry } from './schema.js';

type TaskEntry = PlanFile['programmes'][number]['tasks'][number];

export interface Located<T> {
  entry: T;
  path: Path;
  /** The task's number, or null for the plan's own (发展目标, 组织保障). */
  task: number | null;
}

export function taskEntries(file: PlanFile): (Located<TaskEntry> & { programme: number })[] {
  return file.programmes.flatMap((p, i) =>
    p.tasks.map((t, j) => ({ entry: t, path: ['programmes', i, 'tasks', j], task: t.number, programme: p.number })),
  );
}

/** Every milestone entry of the file, with where it stands: tasks' in the file's order, then the plan's own. */
export function milestoneEntries(file: PlanFile): Located<MilestoneEntry>[] {
  return [
    ...taskEntries(file).flatMap(({ entry, path, task }) =>
      entry.milestones.map((m, k) => ({ entry: m, path: [...path, 'milestones', k], task })),
    ),
    ...file.milestones.map((m, k) => ({ entry: m, path: ['milestones', k], task: null })),
  ];
}

/** Every target entry of the file: the plan's own (发展目标) first, then the tasks', as the plan reads. */
export function targetEntries(file: PlanFile): Located<TargetEntry>[] {
  return [
    ...file.targets.map((t, k) => ({ entry: t, path: ['targets', k], task: null })),
    ...taskEntries(file).flatMap(({ entry, path, task }) =>
      entry.targets.map((t, k) => ({ entry: t, path: [...path, 'targets', k], task })),
    ),
  ];
}
