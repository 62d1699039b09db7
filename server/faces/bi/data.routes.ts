import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DashboardDataSchema, DraftWidgetDataBody, FiltersQuery, MetricQueryBody, QueryBody, QueryResultSchema, WidgetDataQuery, WidgetDataSchema } from '../../../common/contracts/dashboard-data.js';
import { DashboardParams as Params, FilterValues, FilterValuesParams, FilterValuesQuery } from '../../../common/contracts/dashboards.js';
import { DetailError, detailErrors } from '../../../common/contracts/errors.js';
import { WidgetParams } from '../../../common/contracts/widgets.js';
import { requireActor } from '../../plugins/auth.js';
import { parseDrillParam, parseFiltersParam } from './filter-param.js';
import type { BiFaceOptions } from './index.js';

export const dataRoutes: FastifyPluginAsyncTypebox<BiFaceOptions> = async (app, { services }) => {
  app.get(
    '/dashboards/:dashboard_id/data',
    {
      // Rows are free-form objects: a schema-driven serializer walks every value for nothing, so the
      // schema documents the response and plain JSON.stringify writes it (the hot path of every load).
      serializerCompiler: () => JSON.stringify,
      schema: { summary: 'Run every widget of a dashboard (cached, concurrently)', params: Params, querystring: FiltersQuery, response: { 200: DashboardDataSchema, ...detailErrors(404) } },
    },
    async (request) => services.data.dashboardData(requireActor(request), request.params.dashboard_id, parseFiltersParam(request.query.filters)),
  );

  app.get(
    '/dashboards/:dashboard_id/widgets/:widget_id/data',
    { schema: { summary: "Run one widget's query, drilled down or not", params: WidgetParams, querystring: WidgetDataQuery, response: { 200: WidgetDataSchema, ...detailErrors(404) } } },
    async (request) =>
      services.data.widgetData(
        requireActor(request),
        request.params.dashboard_id,
        request.params.widget_id,
        parseFiltersParam(request.query.filters),
        parseDrillParam(request.query.drill),
      ),
  );

  app.post(
    '/dashboards/:dashboard_id/draft-widget/data',
    { schema: { summary: 'Run a widget of an edit session that is not saved yet', params: Params, body: DraftWidgetDataBody, response: { 200: WidgetDataSchema, ...detailErrors(404) } } },
    async (request) => services.data.draftWidgetData(requireActor(request), request.params.dashboard_id, request.body.widget, request.body.filters),
  );

  app.get(
    '/dashboards/:dashboard_id/filters/:field/values',
    { schema: { summary: "The values a dashboard filter offers", params: FilterValuesParams, querystring: FilterValuesQuery, response: { 200: FilterValues, 400: DetailError, ...detailErrors(404) } } },
    async (request) =>
      services.filterValues.list(requireActor(request), request.params.dashboard_id, request.params.field, request.query.search, parseFiltersParam(request.query.filters)),
  );

  app.post(
    '/query',
    { schema: { summary: 'Run an ad-hoc read-only query (editor)', body: QueryBody, response: { 200: QueryResultSchema, 400: DetailError, ...detailErrors() } } },
    async (request) => {
      const { cached: _cached, ...result } = await services.data.adHoc(requireActor(request), request.body);
      return result;
    },
  );

  app.post(
    '/metric-query',
    { schema: { summary: 'Run a metric by dimensions and time grain (editor)', body: MetricQueryBody, response: { 200: QueryResultSchema, 400: DetailError, ...detailErrors(404) } } },
    async (request) => {
      const { cached: _cached, ...result } = await services.data.adHocMetric(requireActor(request), request.body);
      return result;
    },
  );
};
