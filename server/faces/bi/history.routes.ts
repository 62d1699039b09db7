import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { RevisionList, RevisionSchema } from '../../../common/contracts/dashboard-history.js';
import { DashboardSchema } from '../../../common/contracts/dashboards.js';
import { MAX_VERSION, Offset, detailErrors } from '../../../common/contracts/errors.js';
import { requireActor } from '../../plugins/auth.js';
import type { BiFaceOptions } from './index.js';

const tags = ['bi'];
const Params = Type.Object({ dashboard_id: Type.String({ minLength: 1, maxLength: 64 }) });
const VersionParams = Type.Object({ dashboard_id: Type.String({ minLength: 1, maxLength: 64 }), n: Type.Integer({ minimum: 1, maximum: MAX_VERSION }) });

export const historyRoutes: FastifyPluginAsyncTypebox<BiFaceOptions> = async (app, { services }) => {
  app.get(
    '/dashboards/:dashboard_id/versions',
    {
      schema: {
        tags,
        summary: 'Saved versions, newest first',
        params: Params,
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })), offset: Type.Optional(Offset) }, { additionalProperties: false }),
        response: { 200: RevisionList, ...detailErrors(404) },
      },
    },
    async (request) => ({ items: await services.history.list(requireActor(request), request.params.dashboard_id, request.query.limit ?? 50, request.query.offset ?? 0) }),
  );

  app.get(
    '/dashboards/:dashboard_id/versions/:n',
    { schema: { tags, summary: 'One saved version with its content', params: VersionParams, response: { 200: RevisionSchema, ...detailErrors(404) } } },
    async (request) => services.history.get(requireActor(request), request.params.dashboard_id, request.params.n),
  );

  app.post(
    '/dashboards/:dashboard_id/versions/:n/restore',
    { schema: { tags, summary: 'Bring back a saved version (as a new version; owner or admin)', params: VersionParams, response: { 200: DashboardSchema, ...detailErrors(404, 409) } } },
    async (request) => services.history.restore(requireActor(request), request.params.dashboard_id, request.params.n),
  );
};
