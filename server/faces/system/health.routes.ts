import type { FastifyPluginAsync } from 'fastify';
import { Health, Readiness as Ready } from '../../../common/contracts/health.js';
import type { Core } from '../../core.js';

/** Probes for process supervisors and load balancers; no authentication. */
export const healthRoutes: FastifyPluginAsync<{ core: Core }> = async (app, { core }) => {
  app.get('/healthz', { config: { public: true }, schema: { tags: ['health'], operationId: 'checkLiveness', summary: 'The process is up', description: 'Answers 200 while the process runs; for liveness probes.', security: [], response: { 200: Health } } }, async () => ({
    status: 'ok',
  }));

  app.get(
    '/readyz',
    { config: { public: true }, schema: { tags: ['health'], operationId: 'checkReadiness', summary: 'The metadata database answers', description: 'Answers 200 when the metadata database answers a query, 503 otherwise; for readiness probes and load balancers.', security: [], response: { 200: Ready, 503: Ready } } },
    async (request, reply) => {
      try {
        await core.metadata.ping();
        return { status: 'ok', database: core.metadata.dialect };
      } catch (error) {
        request.log.warn({ err: error }, 'metadata database unreachable');
        return reply.status(503).send({ status: 'unavailable', database: core.metadata.dialect, detail: 'metadata database unreachable' });
      }
    },
  );
};
