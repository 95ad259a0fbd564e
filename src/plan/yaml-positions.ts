import { type Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Path } from './problems.js';

export interface Position {
  line: number;
  column: number;
}

/** A YAML syntax error where it stands, in the yaml package's words (the checker adds its own). */
export interface YamlError extends Position {
  code: string;
  message: string;
}

/** A plan file's YAML, kept with its positions so that a problem's path can be pointed at in the file. */
export interface PlanYaml {
  /** The data, or null when the YAML has syntax errors. */
  raw: unknown;
  errors: YamlError[];
  /** Where a path stands; see `positionOf`. */
  position(path: Path, at?: 'key' | 'value'): Position;
}

/** The yaml package's defaults, as the plan was always read: duplicate keys are errors. */
export function readYaml(text: string): PlanYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const pos = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const errors = doc.errors.map((e) => ({ ...pos(e.pos[0]), code: e.code, message: e.message }));
  return {
    raw: errors.length ? null : doc.toJS(),
    errors,
    position: (path, at = 'value') => pos(offsetOf(doc, path, at)),
  };
}

const start = (node: Node | null | undefined): number | undefined => node?.range?.[0];

/**
 * Where the node at `path` starts: its value, or with `at: 'key'` the key
 * that names it. A path that goes past what the file has (a missing key, a
 * list shorter than the index) points at the deepest node that exists, the
 * mapping that lacks the key. An anchor's alias is followed to the anchored
 * node, which is where a fix goes.
 */
function offsetOf(doc: Document, path: Path, at: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let offset = start(doc.contents as Node | null) ?? 0;
  for (const [i, seg] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return offset;
      const key = pair.key as Node;
      if (i === path.length - 1 && at === 'key') return start(key) ?? offset;
      node = pair.value;
      offset = start(node as Node | null) ?? start(key) ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (node === undefined) return offset;
      offset = start(node as Node) ?? offset;
    } else return offset;
  }
  if (isAlias(node)) return start(node.resolve(doc)) ?? offset;
  return offset;
}
