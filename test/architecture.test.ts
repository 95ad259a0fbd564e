import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated') return [];
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Where each import of a file points: a project folder (src/store, commands …) or a package. */
function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map(([, spec = '']) =>
    spec.startsWith('.') ? relative(PROJECT_ROOT, resolve(file, '..', spec)) : spec,
  );
}

/** Data flows one way: front ends → commands → services → store / domain → views. */
const FORBIDDEN: Record<string, RegExp> = {
  'src/domain': /^(src\/(store|services|slack|views|i18n|jobs|cli)|commands)\/|^@slack\/|^@prisma\//,
  'src/store': /^(src\/(services|slack|views|i18n|jobs|cli)|commands)\/|^@slack\//,
  'src/services': /^(src\/(slack|jobs|cli)|commands)\/|^@slack\/bolt/,
  'src/views': /^(src\/(store|slack|jobs|cli)|commands)\/|^@slack\/bolt|^@prisma\//,
  // The report writer is a view of its own: it writes documents from the domain's facts, reading nothing itself.
  'src/report': /^(src\/(store|services|slack|jobs|cli)|commands)\/|^@slack\/|^@prisma\//,
  'src/jobs': /^(src\/(slack|cli)|commands)\/|^@slack\/bolt/,
};

describe('the one-way flow of the code', () => {
  for (const [folder, forbidden] of Object.entries(FORBIDDEN)) {
    it(`${folder} imports nothing it should not`, () => {
      const root = join(PROJECT_ROOT, folder);
      const found = (statSync(root, { throwIfNoEntry: false }) ? files(root) : []).flatMap((file) =>
        imports(file)
          .filter((target) => forbidden.test(target))
          .map((target) => `${relative(PROJECT_ROOT, file)} → ${target}`),
      );
      expect(found).toEqual([]);
    });
  }
});
