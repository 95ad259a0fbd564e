import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

const SOURCES = ['src', 'commands', 'prisma/models.prisma', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether `dist/` is missing or older than any source it is built from. */
export function isStale(): boolean {
  const built = join(PROJECT_ROOT, 'dist', '.tsbuildinfo');
  if (!existsSync(built) || !existsSync(join(PROJECT_ROOT, 'dist', 'src', 'main.js'))) return true;
  const at = statSync(built).mtimeMs;
  return SOURCES.some((s) => newest(join(PROJECT_ROOT, s)) > at);
}

/** The bench runs zonebot as `npm start` does, from `dist/`: built first when it is missing or stale. */
export function ensureBuilt(say: (line: string) => void): void {
  if (!isStale()) return;
  say('dist/ is missing or older than the sources: npm run build');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  // An incremental build that found nothing to emit leaves the stamp as it was.
  const now = new Date();
  utimesSync(join(PROJECT_ROOT, 'dist', '.tsbuildinfo'), now, now);
}
