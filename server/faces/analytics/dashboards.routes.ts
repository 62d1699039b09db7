import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../plugins/auth.js';
import { basedOnVersion, sendContentTag, sendVersionTag } from '../../plugins/etag.js';
import { CreateIn, CreatedOut, DashboardIdParams as Params, DashboardOut, DeletedOut, ListOut, ListQuery, UpdateIn, UpdatedOut, analyticsErrors } from '../../../common/contracts/analytics.js';
import { toDashboardInput, toDashboardOut, toDraft, toListItem } from './analytics-mapping.js';
import type { AnalyticsFaceOptions } from './index.js';
import { nextLink, nextPage, pageLength } from './odata/odata-paging.js';
import { parseODataListQuery, queryValidationError } from './odata/odata-query.js';

export const dashboardsRoutes: FastifyPluginAsyncTypebox<AnalyticsFaceOptions> = async (app, { services }) => {
  app.post(
    '/dashboards',
    { schema: { summary: 'Create a dashboard with its widgets', body: CreateIn, response: { 201: CreatedOut, ...analyticsErrors(400, 409) } } },
    async (request, reply) => {
      const { widgets = [], ...fields } = request.body;
      const input = { ...toDashboardInput(fields), name: fields.name };
      const d = await services.widgets.createDashboard(requireActor(request), input, widgets.map(toDraft));
      sendVersionTag(reply, d.version);
      return reply.status(201).send({ id: d.id, name: d.name, type: d.type, createdAt: d.created_at, version: d.version, widgetCount: d.widget_count });
    },
  );

  app.get(
    '/dashboards',
    {
      schema: {
        summary: 'Dashboards the caller may see, with OData $filter, $orderby, $skip, $top and $count',
        querystring: ListQuery,
        response: { 200: ListOut, ...analyticsErrors(400) },
      },
      attachValidation: true,
    },
    async (request) => {
      if (request.validationError) throw queryValidationError(request.validationError);
      const options = request.query;
      const query = parseODataListQuery(options);
      const { predicate, order, skip } = query;
      const { items, total } = await services.dashboards.list(requireActor(request), { predicate, order, limit: pageLength(query.top), offset: skip });
      const next = nextPage(query, items.length, total);
      const base = { protocol: request.protocol, host: request.host, path: request.url.split('?')[0] ?? '' };
      return {
        value: items.map(toListItem),
        count: total,
        ...(query.count ? { '@odata.count': total } : {}),
        ...(next ? { '@odata.nextLink': nextLink(base, options, next) } : {}),
      };
    },
  );

  app.get(
    '/dashboards/:id',
    { schema: { summary: "A dashboard with its widgets' data, computed now (from the cache where fresh)", params: Params, response: { 200: DashboardOut, ...analyticsErrors(404) } } },
    async (request, reply) => {
      const aggregate = await services.data.dashboardWithData(requireActor(request), request.params.id);
      // The body embeds live data: its tag carries a digest of the body besides the version.
      sendContentTag(reply, aggregate.dashboard.version);
      return toDashboardOut(aggregate);
    },
  );

  app.put(
    '/dashboards/:id',
    {
      schema: {
        summary: 'Update a dashboard; `widgets` replaces the widgets (kept by id, updated, added, removed)',
        params: Params,
        body: UpdateIn,
        response: { 200: UpdatedOut, ...analyticsErrors(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const { widgets, version, ...fields } = request.body;
      const changes = { ...toDashboardInput(fields), version: basedOnVersion(request, version) };
      const d = await services.widgets.saveDashboard(requireActor(request), request.params.id, changes, widgets?.map(toDraft));
      sendVersionTag(reply, d.version);
      return { id: d.id, name: d.name, updatedAt: d.updated_at, version: d.version };
    },
  );

  app.delete(
    '/dashboards/:id',
    { schema: { summary: 'Delete a dashboard and its widgets', params: Params, response: { 200: DeletedOut, ...analyticsErrors(404) } } },
    async (request) => {
      await services.dashboards.delete(requireActor(request), request.params.id);
      return { success: true, message: 'Dashboard deleted' };
    },
  );
};
