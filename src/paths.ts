import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The same modules run from src/ (tests, tsx) and from dist/src/ (npm start, the
// zonebot bin), so data files are found from the project root, not from here.
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('zonebot: cannot find the project root (package.json)');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot();
export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'prisma', 'migrations');
export const MODELS_FILE = join(PROJECT_ROOT, 'prisma', 'models.prisma');
/** Where the plans live: PLAN_FILE's default loads every plan file here. */
export const PLAN_DIR = join(PROJECT_ROOT, 'prisma', 'plan');
/** What the build generates beside the schemas: the query compilers' WebAssembly (prisma/build.ts). */
export const GENERATED_DIR = join(PROJECT_ROOT, 'prisma', 'generated');
