import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, detailErrors } from '../../../common/contracts/errors.js';
import { DashboardParams as Params } from '../../../common/contracts/dashboards.js';
import { CreateWidgetBody, UpdateWidgetBody, WidgetParams, WidgetSchema } from '../../../common/contracts/widgets.js';
import { requireActor } from '../../plugins/auth.js';
import { basedOnVersion, ifMatchVersion } from '../../plugins/etag.js';
import type { BiFaceOptions } from './index.js';

export const widgetsRoutes: FastifyPluginAsyncTypebox<BiFaceOptions> = async (app, { services }) => {
  app.post(
    '/dashboards/:dashboard_id/widgets',
    {
      schema: { summary: 'Add a widget on the 12-column grid', params: Params, body: CreateWidgetBody, response: { 201: WidgetSchema, ...detailErrors(400, 404) } },
    },
    async (request, reply) =>
      reply.status(201).send(await services.widgets.add(requireActor(request), request.params.dashboard_id, { ...request.body, version: basedOnVersion(request, request.body.version) })),
  );

  app.put(
    '/dashboards/:dashboard_id/widgets/:widget_id',
    {
      schema: { summary: 'Change a widget', params: WidgetParams, body: UpdateWidgetBody, response: { 200: WidgetSchema, ...detailErrors(400, 404, 409) } },
    },
    async (request) =>
      services.widgets.update(requireActor(request), request.params.dashboard_id, request.params.widget_id, { ...request.body, version: basedOnVersion(request, request.body.version) }),
  );

  app.delete(
    '/dashboards/:dashboard_id/widgets/:widget_id',
    { schema: { summary: 'Remove a widget', params: WidgetParams, response: { 204: NoContent, ...detailErrors(404) } } },
    async (request, reply) => {
      await services.widgets.remove(requireActor(request), request.params.dashboard_id, request.params.widget_id, ifMatchVersion(request));
      return reply.status(204).send(null);
    },
  );
};
