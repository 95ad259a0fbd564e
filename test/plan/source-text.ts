import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parsePlan } from '../../src/plan/read.js';
import { type PlanFile, planFile } from '../../src/plan/schema.js';
import type { PlanData } from '../../src/plan/types.js';

/** The project's copy of the published web page; tests never read the shared original. */
export const SOURCE_URL = new URL('../../prisma/plan/lianyungang-2022-32.source.txt', import.meta.url);
export const PLAN_URL = new URL('../../prisma/plan/lianyungang-2022-32.yaml', import.meta.url);

/** Whole lines of the web copy that are not part of the document (README: known defects). */
export const NOT_THE_DOCUMENT = {
  advertisement: 'ju111.net九州手机版欢迎您!',
  lostSigningDate: '202242',
  pageChrome: '扫一扫打开当前页',
} as const;

/** Task 1 lost its 年 and two quotation marks on the web page. */
export const TASK1_GARBLED = '20229月底前理顺开发区区内区外”“条块之间职责关系';
export const TASK1_MEANT = '2022年9月底前理顺开发区“区内区外”“条块之间”职责关系';

export function readRawSource(): string {
  return readFileSync(SOURCE_URL, 'utf8');
}

/** The document as signed: the documented defects fixed, page debris and blank lines dropped, lines trimmed. */
export function correctSource(raw: string): string[] {
  const debris = new Set<string>(Object.values(NOT_THE_DOCUMENT));
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !debris.has(line))
    .map((line) => line.replace(TASK1_GARBLED, TASK1_MEANT));
}

const NUMERALS = '一二三四五六七八九十';

export interface SourceProgramme {
  number: number;
  title: string;
}

export interface SourceTask {
  number: number;
  programme: number;
  /** The whole line, responsible units included. */
  line: string;
  /** `N.title。body`: the task without its responsible units, where its milestones and targets are stated. */
  text: string;
  title: string;
  body: string;
  units: string[];
}

export interface SourceDocument {
  lines: string[];
  title: string;
  preamble: string;
  goals: string;
  programmes: SourceProgramme[];
  tasks: SourceTask[];
  /** 三、组织保障, its paragraphs joined. */
  organisation: string;
  organisationUnits: string[];
}

/** Splits a responsible-unit list the way the plan writes it: 、 within a group, , between groups. */
export function splitUnits(list: string): string[] {
  return list.split(/[、,]/);
}

const UNITS_LINE = /^(.*)\(责任单位:(.+)\)$/;

function at(lines: string[], index: number, what: string): string {
  const line = lines[index];
  if (line === undefined) throw new Error(`source: no ${what}`);
  return line;
}

function indexOfLine(lines: string[], line: string, from = 0): number {
  const i = lines.indexOf(line, from);
  if (i < 0) throw new Error(`source: no line "${line}"`);
  return i;
}

export function parseSource(lines: string[]): SourceDocument {
  const sectionTasks = indexOfLine(lines, '二、主要任务');
  const sectionOrganisation = indexOfLine(lines, '三、组织保障');
  const titleAt = lines.findIndex((l) => /^连云港市“十四五”.*行动方案$/.test(l));

  const programmes: SourceProgramme[] = [];
  const tasks: SourceTask[] = [];
  for (const line of lines.slice(sectionTasks + 1, sectionOrganisation)) {
    const heading = /^\(([一二三四五六七八九十])\)(.+)$/.exec(line);
    if (heading?.[1] && heading[2]) {
      programmes.push({ number: NUMERALS.indexOf(heading[1]) + 1, title: heading[2] });
      continue;
    }
    const task = /^(\d+)\./.exec(line);
    const split = UNITS_LINE.exec(line);
    const programme = programmes.at(-1);
    if (!task?.[1] || !split?.[1] || !split[2] || !programme) throw new Error(`source: unexpected line "${line}"`);
    const text = split[1];
    const head = text.slice(task[0].length);
    const stop = head.indexOf('。');
    tasks.push({
      number: Number(task[1]),
      programme: programme.number,
      line,
      text,
      title: head.slice(0, stop),
      body: head.slice(stop + 1),
      units: splitUnits(split[2]),
    });
  }

  const organisationLines = lines.slice(sectionOrganisation + 1);
  return {
    lines,
    title: at(lines, titleAt, 'title'),
    preamble: at(lines, titleAt + 1, 'preamble'),
    goals: at(lines, indexOfLine(lines, '(二)发展目标') + 1, 'goals'),
    programmes,
    tasks,
    organisation: organisationLines.map((l) => UNITS_LINE.exec(l)?.[1] ?? l).join('\n'),
    organisationUnits: organisationLines.flatMap((l) => {
      const units = UNITS_LINE.exec(l)?.[2];
      return units ? splitUnits(units) : [];
    }),
  };
}

/** The date phrases of the plan (README: date rules), in the forms the source writes them. */
export const DATE_PHRASE = /(\d{4})年(\d{1,2})月底前|(\d{4})年开工|“?十四五”?末|“?十四五”?期间|每年/g;

export type DateMeaning = { yearly: false; due: string } | { yearly: true };

const lastDayOfMonth = (year: number, month: number): string =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

export function dateMeaning(match: RegExpMatchArray): DateMeaning {
  const [phrase, monthYear, month, startYear] = match;
  if (monthYear && month) return { yearly: false, due: lastDayOfMonth(Number(monthYear), Number(month)) };
  if (startYear) return { yearly: false, due: `${startYear}-12-31` };
  if (phrase === '每年') return { yearly: true };
  return { yearly: false, due: '2025-12-31' };
}

export interface LoadedPlan {
  yamlText: string;
  /** The file as written (selectors, yearly entries), for checks the expanded data has lost. */
  file: PlanFile;
  data: PlanData;
}

export function loadPlan(): LoadedPlan {
  const yamlText = readFileSync(PLAN_URL, 'utf8');
  return { yamlText, file: planFile.parse(parse(yamlText)), data: parsePlan(yamlText) };
}

interface NamedZone {
  slug: string;
  name: string;
  shortName: string;
  aliases: string[];
}

/**
 * The zones a text names, and the text with those names blanked out. 全市开发区 (every zone of the city)
 * is blanked first: it contains 市开发区 without naming that zone.
 */
export function maskZoneNames(text: string, zones: NamedZone[]): { slugs: string[]; rest: string } {
  const names = zones
    .flatMap((z) => [z.name, z.shortName, ...z.aliases].map((name) => ({ name, slug: z.slug })))
    .sort((a, b) => b.name.length - a.name.length);
  let rest = text.replaceAll('全市开发区', '|');
  const found = new Set<string>();
  for (const { name, slug } of names) {
    if (!rest.includes(name)) continue;
    found.add(slug);
    rest = rest.replaceAll(name, '|');
  }
  return { slugs: zones.map((z) => z.slug).filter((s) => found.has(s)), rest };
}
