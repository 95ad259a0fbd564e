import { accessSync, constants, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where a user's own application data lives on this platform. */
function userDataHome(env: Record<string, string | undefined>): string {
  if (process.platform === 'win32') return env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
}

function writable(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The embedded database's folder, the same whichever folder zonebot is run
 * from: `data/` in the project (a checkout), else, where the install cannot be
 * written (a global or packaged install), a zonebot folder among the user's
 * application data.
 */
export function defaultDataDir(projectRoot: string, env: Record<string, string | undefined>): string {
  const own = join(projectRoot, 'data');
  return writable(own) ? own : join(userDataHome(env), 'zonebot');
}
