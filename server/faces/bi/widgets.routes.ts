import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { detailErrors } from '../../../common/contracts/errors.js';
import { CreateWidgetBody, UpdateWidgetBody, WidgetSchema } from '../../../common/contracts/widgets.js';
import { requireActor } from '../../plugins/auth.js';
import { basedOnVersion, ifMatchVersion } from '../../plugins/etag.js';
import type { BiFaceOptions } from './index.js';

const tags = ['bi'];
const Params = Type.Object({ dashboard_id: Type.String({ minLength: 1, maxLength: 64 }) });
const WidgetParams = Type.Object({ dashboard_id: Type.String({ minLength: 1, maxLength: 64 }), widget_id: Type.String({ minLength: 1, maxLength: 64 }) });

export const widgetsRoutes: FastifyPluginAsyncTypebox<BiFaceOptions> = async (app, { services }) => {
  app.post(
    '/dashboards/:dashboard_id/widgets',
    {
      schema: { tags, summary: 'Add a widget on the 12-column grid', params: Params, body: CreateWidgetBody, response: { 201: WidgetSchema, ...detailErrors(400, 404) } },
    },
    async (request, reply) =>
      reply.status(201).send(await services.widgets.add(requireActor(request), request.params.dashboard_id, { ...request.body, version: basedOnVersion(request, request.body.version) })),
  );

  app.put(
    '/dashboards/:dashboard_id/widgets/:widget_id',
    {
      schema: { tags, summary: 'Change a widget', params: WidgetParams, body: UpdateWidgetBody, response: { 200: WidgetSchema, ...detailErrors(400, 404, 409) } },
    },
    async (request) =>
      services.widgets.update(requireActor(request), request.params.dashboard_id, request.params.widget_id, { ...request.body, version: basedOnVersion(request, request.body.version) }),
  );

  app.delete(
    '/dashboards/:dashboard_id/widgets/:widget_id',
    { schema: { tags, summary: 'Remove a widget', params: WidgetParams, response: { 204: Type.Null(), ...detailErrors(404) } } },
    async (request, reply) => {
      await services.widgets.remove(requireActor(request), request.params.dashboard_id, request.params.widget_id, ifMatchVersion(request));
      return reply.status(204).send(null);
    },
  );
};
