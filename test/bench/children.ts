import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../../src/paths.js';

const HERE = join(PROJECT_ROOT, 'test', 'bench');
/** The child processes' entries and what they import; they import nothing else of the project. */
const FILES = ['bare-app', 'load-worker', 'outcomes', 'prisma-floor', 'slack-body', 'stats'];

export interface Children {
  /** Their folder, whose package.json starts the bare app as zonebot's starts zonebot: `npm start`. */
  dir: string;
  bareApp: string;
  loadWorker: string;
  prismaFloor: string;
}

/**
 * The bare app and the load generator run as plain JavaScript, as zonebot runs
 * from `dist/`: a TypeScript loader in their processes would cost the floor
 * what zonebot does not pay. They are transpiled into `dir`, which resolves
 * packages from the project's node_modules.
 */
export function prepareChildren(dir: string): Children {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "scripts": { "start": "node bare-app.js" } }\n');
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const name of FILES) {
    const source = readFileSync(join(HERE, `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: `${name}.ts`,
    });
    writeFileSync(join(dir, `${name}.js`), outputText);
  }
  return {
    dir,
    bareApp: join(dir, 'bare-app.js'),
    loadWorker: join(dir, 'load-worker.js'),
    prismaFloor: join(dir, 'prisma-floor.js'),
  };
}
