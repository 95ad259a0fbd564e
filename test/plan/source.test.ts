import { describe, expect, it } from 'vitest';
import {
  correctSource,
  loadPlan,
  NOT_THE_DOCUMENT,
  parseSource,
  readRawSource,
  splitUnits,
  TASK1_GARBLED,
  TASK1_MEANT,
} from './source-text.js';

const raw = readRawSource();
const source = parseSource(correctSource(raw));
const { yamlText, file, data } = loadPlan();
const tasks = file.programmes.flatMap((p) => p.tasks.map((t) => ({ ...t, programme: p.number })));

describe('the project copy of the source', () => {
  // If the copy is ever re-fetched the defects may move or vanish; the corrections must then be revisited.
  it('has each documented defect exactly once', () => {
    const lines = raw.split(/\r?\n/).map((l) => l.trim());
    for (const debris of Object.values(NOT_THE_DOCUMENT)) expect(lines.filter((l) => l === debris)).toHaveLength(1);
    expect(raw.split(TASK1_GARBLED)).toHaveLength(2);
  });

  it('reads, once corrected, as nine programmes of 31 tasks numbered in order', () => {
    expect(source.programmes.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(source.tasks.map((t) => t.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(source.tasks[0]?.body).toContain(TASK1_MEANT);
  });
});

describe('the plan header', () => {
  it('is the document the source is', () => {
    expect(file.plan.key).toBe('lyg-2022-32');
    expect(file.plan.title).toBe(source.title);
    expect(raw).toContain(`文 号 ${file.plan.docNumber} `);
    expect(raw).toContain(`发文日期 ${file.plan.issuedOn}`);
    expect(file.plan.issuer).toBe('连云港市人民政府');
    expect(file.plan).toMatchObject({ baselineYear: 2020, startsOn: '2021-01-01', endsOn: '2025-12-31' });
  });

  it('carries the whole 发展目标 paragraph as its goals', () => {
    expect(file.plan.goals).toBe(source.goals);
    expect(file.plan.goals).toMatch(/^十四五末,.*每年至少进1位。$/);
  });
});

describe('programmes and tasks', () => {
  it('are the source headings, in order', () => {
    expect(file.programmes.map(({ number, title }) => ({ number, title }))).toEqual(source.programmes);
  });

  it('put each task in the programme whose heading precedes it', () => {
    expect(tasks.map((t) => [t.number, t.programme])).toEqual(source.tasks.map((t) => [t.number, t.programme]));
  });

  it.each(source.tasks)('task $number reconstructs its source line', (expected) => {
    const task = tasks.find((t) => t.number === expected.number);
    expect(task?.title).not.toContain('。');
    const head = `${task?.number}.${task?.title}。${task?.body}(责任单位:`;
    expect(expected.line.startsWith(head)).toBe(true);
    expect(task?.units).toEqual(splitUnits(expected.line.slice(head.length, -1)));
  });
});

describe('the YAML', () => {
  it('holds nothing that is not part of the document', () => {
    for (const debris of [...Object.values(NOT_THE_DOCUMENT), 'ju111', '九州', TASK1_GARBLED, '20229月']) {
      expect(yamlText).not.toContain(debris);
    }
  });

  it('loads through parsePlan with the expected totals', () => {
    expect({
      zones: data.zones.length,
      units: data.units.length,
      indicators: data.indicators.length,
      programmes: data.programmes.length,
      tasks: data.tasks.length,
      milestones: data.milestones.length,
      targets: data.targets.length,
      counties: data.counties.length,
    }).toEqual({
      zones: 12,
      units: 29,
      indicators: 18,
      programmes: 9,
      tasks: 31,
      milestones: 30,
      targets: 32,
      counties: 6,
    });
  });

  it('expands the yearly meetings of 组织保障 into one deadline a year, 2022–2025', () => {
    const meetings = data.milestones.filter((m) => m.task === null);
    expect(meetings.map((m) => m.dueOn).sort()).toEqual(
      ['2022', '2022', '2023', '2023', '2024', '2024', '2025', '2025'].map((y) => `${y}-12-31`),
    );
  });
});
