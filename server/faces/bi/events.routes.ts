import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DASHBOARD_EVENT_STREAM, Editors } from '../../../common/contracts/dashboard-events.js';
import { DashboardParams as Params } from '../../../common/contracts/dashboards.js';
import { detailErrors, NoContent } from '../../../common/contracts/errors.js';
import type { DashboardEvent } from '../../modules/dashboard-events/dashboard-events.service.js';
import { requireActor } from '../../plugins/auth.js';
import type { BiFaceOptions } from './index.js';

/** A comment line this often keeps proxies and load balancers from closing an idle stream. */
const KEEP_ALIVE_MS = 15_000;

/** `/dashboards/:id/events` (server-sent events) and `/dashboards/:id/presence` (edit presence heartbeats). */
export const eventsRoutes: FastifyPluginAsyncTypebox<BiFaceOptions> = async (app, { services }) => {
  const open = new Set<() => void>();
  // Streams never end by themselves; closing the server ends them so it can stop.
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get(
    '/dashboards/:dashboard_id/events',
    { schema: { summary: 'Live updates of a dashboard', params: Params, response: { 200: DASHBOARD_EVENT_STREAM, ...detailErrors(404) } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const raw = reply.raw;
      let stop: (() => void) | undefined;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        open.delete(end);
        clearInterval(keepAlive);
        stop?.();
        raw.end();
      };
      const write = (event: DashboardEvent) => {
        if (!ended) raw.write(`event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`);
      };
      const keepAlive = setInterval(() => raw.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
      keepAlive.unref();
      const heard: DashboardEvent[] = [];
      // Access is checked before anything is written, so refusals are ordinary 403/404 answers.
      try {
        stop = await services.events.open(actor, request.params.dashboard_id, (event) => (raw.headersSent ? write(event) : heard.push(event)), end);
      } catch (error) {
        clearInterval(keepAlive);
        throw error;
      }
      reply.hijack();
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx would otherwise hold events back in its buffer.
        'x-accel-buffering': 'no',
      });
      raw.write('retry: 3000\n\n');
      for (const event of heard) write(event);
      open.add(end);
      request.raw.on('close', end);
    },
  );

  app.put(
    '/dashboards/:dashboard_id/presence',
    { schema: { summary: 'Say that you are editing a dashboard (a heartbeat)', params: Params, response: { 200: Editors, ...detailErrors(404) } } },
    async (request) => ({ editors: await services.events.heartbeat(requireActor(request), request.params.dashboard_id) }),
  );

  app.delete(
    '/dashboards/:dashboard_id/presence',
    { schema: { summary: 'Say that you stopped editing a dashboard', params: Params, response: { 204: NoContent, ...detailErrors(404) } } },
    async (request, reply) => {
      await services.events.leave(requireActor(request), request.params.dashboard_id);
      return reply.status(204).send(null);
    },
  );
};
