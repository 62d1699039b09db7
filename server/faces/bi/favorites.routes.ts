import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DashboardParams as Params, DashboardSummaryList } from '../../../common/contracts/dashboards.js';
import { detailErrors, NoContent } from '../../../common/contracts/errors.js';
import { requireActor } from '../../plugins/auth.js';
import type { BiFaceOptions } from './index.js';

/** The caller's starred and recently opened dashboards, and the star on each dashboard. */
export const favoritesRoutes: FastifyPluginAsyncTypebox<BiFaceOptions> = async (app, { services }) => {
  app.get('/dashboards/starred', { schema: { summary: 'Dashboards you starred', response: { 200: DashboardSummaryList, ...detailErrors() } } }, async (request) => ({
    items: await services.favorites.starred(requireActor(request)),
  }));

  app.get('/dashboards/recent', { schema: { summary: 'Dashboards you opened lately', response: { 200: DashboardSummaryList, ...detailErrors() } } }, async (request) => ({
    items: await services.favorites.recent(requireActor(request)),
  }));

  app.put('/dashboards/:dashboard_id/star', { schema: { summary: 'Star a dashboard', params: Params, response: { 204: NoContent, ...detailErrors(404) } } }, async (request, reply) => {
    await services.favorites.star(requireActor(request), request.params.dashboard_id);
    return reply.status(204).send(null);
  });

  app.delete('/dashboards/:dashboard_id/star', { schema: { summary: 'Take the star off a dashboard', params: Params, response: { 204: NoContent, ...detailErrors(404) } } }, async (request, reply) => {
    await services.favorites.unstar(requireActor(request), request.params.dashboard_id);
    return reply.status(204).send(null);
  });
};
