import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

const SOURCES = [
  'src',
  'commands',
  'prisma/models.prisma',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'esbuild.config.mjs',
];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether `dist/` is missing or older than any source it is built from. */
export function isStale(): boolean {
  const built = join(PROJECT_ROOT, 'dist', '.tsbuildinfo');
  const outputs = [join('dist', 'src', 'main.js'), join('dist', 'bundle', 'main.cjs')];
  if (!existsSync(built) || outputs.some((o) => !existsSync(join(PROJECT_ROOT, o)))) return true;
  const at = statSync(built).mtimeMs;
  return SOURCES.some((s) => newest(join(PROJECT_ROOT, s)) > at);
}

/** The bench and the build's own tests run zonebot as `npm start` does, from `dist/`: built first when it is missing or stale. */
export function ensureBuilt(say: (line: string) => void): void {
  if (!isStale()) return;
  say('dist/ is missing or older than the sources: npm run build');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  // An incremental build that found nothing to emit leaves the stamp as it was.
  const now = new Date();
  utimesSync(join(PROJECT_ROOT, 'dist', '.tsbuildinfo'), now, now);
}

interface PackageJson {
  scripts: { start: string };
  bin: { zonebot: string };
}

const packageJson = (): PackageJson => JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));

/** The `zonebot` bin, as package.json names it. */
export const CLI = join(PROJECT_ROOT, packageJson().bin.zonebot);

/** What `npm start` runs after `node`: its options and the script, so the bench starts zonebot exactly as users do. */
export function startArgs(): string[] {
  const { start } = packageJson().scripts;
  const [node, ...args] = start.split(/\s+/);
  if (node !== 'node' || !args.length) throw new Error(`npm start is not \`node …\`: ${start}`);
  return args.map((a) => (a.startsWith('-') ? a : join(PROJECT_ROOT, a)));
}
