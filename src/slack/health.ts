import type { CustomRoute } from '@slack/bolt';

export const HEALTH_PATH = '/healthz';

/** 200 once migrations are applied and the plan is loaded, 503 before, for load balancers and orchestrators. */
export function healthRoute(isReady: () => boolean): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req, res) => {
      const ready = isReady();
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: ready ? 'ok' : 'starting' }));
    },
  };
}
