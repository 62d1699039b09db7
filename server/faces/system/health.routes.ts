import type { FastifyPluginAsync } from 'fastify';
import { Health, Readiness as Ready } from '../../../common/contracts/health.js';
import type { Core } from '../../core.js';

export interface HealthOptions {
  core: Core;
  /** Whether the shared store (Redis) is configured and reachable. */
  sharedStore: () => 'none' | 'ok' | 'degraded';
}

/** Probes for process supervisors and load balancers; no authentication. */
export const healthRoutes: FastifyPluginAsync<HealthOptions> = async (app, { core, sharedStore }) => {
  app.get('/healthz', { config: { public: true }, schema: { tags: ['health'], operationId: 'checkLiveness', summary: 'The process is up', description: 'Answers 200 while the process runs; for liveness probes.', security: [], response: { 200: Health } } }, async () => ({
    status: 'ok',
  }));

  app.get(
    '/readyz',
    { config: { public: true }, schema: { tags: ['health'], operationId: 'checkReadiness', summary: 'The metadata database answers', description: 'Answers 200 when the metadata database answers a query, 503 otherwise; for readiness probes and load balancers. With Redis configured, also says whether it is reachable; without it the instance still serves (200, `degraded`).', security: [], response: { 200: Ready, 503: Ready } } },
    async (request, reply) => {
      try {
        await core.metadata.ping();
        // Without Redis an instance still serves every request, from its own memory: it stays in.
        const shared = sharedStore();
        if (shared === 'none') return { status: 'ok', database: core.metadata.dialect };
        return shared === 'ok'
          ? { status: 'ok', database: core.metadata.dialect, redis: 'ok' as const }
          : { status: 'degraded', database: core.metadata.dialect, redis: 'unavailable' as const, detail: 'Redis unreachable: caches, limits and notifications are this instance’s own until it is back' };
      } catch (error) {
        request.log.warn({ err: error }, 'metadata database unreachable');
        return reply.status(503).send({ status: 'unavailable', database: core.metadata.dialect, detail: 'metadata database unreachable' });
      }
    },
  );
};
