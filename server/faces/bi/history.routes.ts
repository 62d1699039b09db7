import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { RevisionList, RevisionSchema, VersionListQuery, VersionParams } from '../../../common/contracts/dashboard-history.js';
import { DashboardParams as Params, DashboardSchema } from '../../../common/contracts/dashboards.js';
import { detailErrors } from '../../../common/contracts/errors.js';
import { requireActor } from '../../plugins/auth.js';
import type { BiFaceOptions } from './index.js';

export const historyRoutes: FastifyPluginAsyncTypebox<BiFaceOptions> = async (app, { services }) => {
  app.get(
    '/dashboards/:dashboard_id/versions',
    {
      schema: {
        summary: 'Saved versions, newest first',
        params: Params,
        querystring: VersionListQuery,
        response: { 200: RevisionList, ...detailErrors(404) },
      },
    },
    async (request) => ({ items: await services.history.list(requireActor(request), request.params.dashboard_id, request.query.limit ?? 50, request.query.offset ?? 0) }),
  );

  app.get(
    '/dashboards/:dashboard_id/versions/:n',
    { schema: { summary: 'One saved version with its content', params: VersionParams, response: { 200: RevisionSchema, ...detailErrors(404) } } },
    async (request) => services.history.get(requireActor(request), request.params.dashboard_id, request.params.n),
  );

  app.post(
    '/dashboards/:dashboard_id/versions/:n/restore',
    { schema: { summary: 'Bring back a saved version (as a new version; owner or admin)', params: VersionParams, response: { 200: DashboardSchema, ...detailErrors(404, 409) } } },
    async (request) => services.history.restore(requireActor(request), request.params.dashboard_id, request.params.n),
  );
};
