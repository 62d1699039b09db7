import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { Core } from '../../core.js';

const Health = Type.Object({ status: Type.String() }, { title: 'Health' });
const Ready = Type.Object({ status: Type.String(), database: Type.String(), detail: Type.Optional(Type.String()) }, { title: 'Readiness' });

/** Probes for process supervisors and load balancers; no authentication. */
export const healthRoutes: FastifyPluginAsync<{ core: Core }> = async (app, { core }) => {
  app.get('/healthz', { config: { public: true }, schema: { tags: ['health'], summary: 'The process is up', security: [], response: { 200: Health } } }, async () => ({
    status: 'ok',
  }));

  app.get(
    '/readyz',
    { config: { public: true }, schema: { tags: ['health'], summary: 'The metadata database answers', security: [], response: { 200: Ready, 503: Ready } } },
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
