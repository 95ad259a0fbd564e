import type { CustomRoute } from '@slack/bolt';
import type { MigrationLevel } from '../store/migrate.js';

export const HEALTH_PATH = '/healthz';

/**
 * 200 once migrations are applied and the plan is loaded, 503 before, for load
 * balancers and orchestrators; with the migration level, which tells an operator
 * what a restored backup needs. The level is read once at start, so a check
 * costs no query.
 */
export function healthRoute(isReady: () => boolean, migrations: () => MigrationLevel | null): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req, res) => {
      const ready = isReady();
      const level = migrations();
      const summary = level && { applied: level.applied.length, latest: level.applied.at(-1) ?? null };
      const body = ready ? { status: 'ok', migrations: summary } : { status: 'starting' };
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    },
  };
}
