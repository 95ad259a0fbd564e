import { z } from 'zod';
import type { Format, Path, PathProblem, Problem, ValueType } from './problems.js';
import { DATE_PATTERN, INDICATOR_KEY_PATTERN, planFile, RULES, SLUG_PATTERN } from './schema.js';
import { suggestions } from './suggest.js';

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let node = raw;
  for (const seg of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[seg];
  }
  return node;
}

function typeOf(value: unknown): ValueType | 'null' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' || t === 'object' ? t : 'other';
}

const EXPECTED = new Set<string>(['string', 'number', 'int', 'boolean', 'array', 'object']);

/** The fields the schema allows in the mapping at `path`, to name with a stray field. */
function fieldsAt(path: PropertyKey[]): string[] {
  let schema: unknown = planFile;
  const unwrap = () => {
    while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap();
  };
  for (const seg of path) {
    unwrap();
    if (schema instanceof z.ZodArray) schema = schema.element;
    else if (schema instanceof z.ZodObject) schema = schema.shape[String(seg)];
    else return [];
  }
  unwrap();
  if (schema instanceof z.ZodUnion) schema = schema.options.find((o) => o instanceof z.ZodObject);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function formatOf(pattern: string): Format {
  if (pattern === String(DATE_PATTERN)) return 'date';
  if (pattern === String(SLUG_PATTERN)) return 'slug';
  return pattern === String(INDICATOR_KEY_PATTERN) ? 'indicatorKey' : 'other';
}

const RULE_PROBLEMS: Record<string, (value: unknown) => Problem> = {
  [RULES.realDate]: (value) => ({ kind: 'notADate', value: String(value) }),
  [RULES.owner]: () => ({ kind: 'noOwner' }),
  [RULES.oneRule]: () => ({ kind: 'noRule' }),
};

function problemOf(issue: z.core.$ZodIssue, value: unknown): Problem {
  const field = String(issue.path.at(-1) ?? '');
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { kind: 'missing', field };
      return {
        kind: 'type',
        expected: EXPECTED.has(issue.expected) ? (issue.expected as ValueType) : 'other',
        found: typeOf(value),
      };
    case 'invalid_value': {
      if (value === undefined) return { kind: 'missing', field };
      const allowed = issue.values.map(String);
      return { kind: 'notOneOf', value: String(value), allowed, suggestions: suggestions(String(value), allowed) };
    }
    case 'invalid_format':
      return {
        kind: 'format',
        format: 'pattern' in issue ? formatOf(String(issue.pattern)) : 'other',
        value: String(value),
      };
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string') {
        return { kind: 'tooShort', what: issue.origin === 'array' ? 'list' : 'text', minimum: Number(issue.minimum) };
      }
      return { kind: 'tooSmall', minimum: Number(issue.minimum), inclusive: issue.inclusive ?? true };
    case 'too_big':
      return { kind: 'tooBig', maximum: Number(issue.maximum) };
    case 'invalid_union':
      if (field === 'zones') return { kind: 'selector', allowsCity: JSON.stringify(issue.errors).includes('"city"') };
      return { kind: 'schema', message: issue.message };
    case 'custom':
      return RULE_PROBLEMS[issue.message]?.(value) ?? { kind: 'schema', message: issue.message };
    default:
      return { kind: 'schema', message: issue.message };
  }
}

/** Every schema issue as a problem at its path; a missing field's path names the field, under the mapping that lacks it. */
export function schemaProblems(issues: z.core.$ZodIssue[], raw: unknown): PathProblem[] {
  // A date not written as YYYY-MM-DD is one problem, not also "not a real date".
  const misformed = new Set(issues.filter((i) => i.code === 'invalid_format').map((i) => i.path.join('.')));
  const said = issues.filter(
    (i) => !(i.code === 'custom' && i.message === RULES.realDate && misformed.has(i.path.join('.'))),
  );
  return said.flatMap((issue) => {
    const path = issue.path.map((seg) => (typeof seg === 'number' ? seg : String(seg))) as Path;
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt(issue.path);
      return issue.keys.map((key) => ({
        path: [...path, key],
        problem: { kind: 'unknownField', field: key, allowed, suggestions: suggestions(key, allowed) } as const,
      }));
    }
    return [{ path, problem: problemOf(issue, valueAt(raw, issue.path)) }];
  });
}
