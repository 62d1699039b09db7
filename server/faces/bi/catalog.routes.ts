import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CreateDataSourceBody, DataSourceInfo, DataSourceList, DataSourceSchema, SourceNameParams, UpdateDataSourceBody } from '../../../common/contracts/data-sources.js';
import { PrincipalList, PrincipalQuery } from '../../../common/contracts/dashboards.js';
import { DetailError, IdParams, NoContent, detailErrors } from '../../../common/contracts/errors.js';
import { CreateMetricBody, MetricList, MetricSchema, UpdateMetricBody } from '../../../common/contracts/metrics.js';
import { WidgetTypeList } from '../../../common/contracts/widgets.js';
import { requireActor } from '../../plugins/auth.js';
import type { BiFaceOptions } from './index.js';

/** What widgets can draw from: data sources, metrics, and the people to share with. */
export const catalogRoutes: FastifyPluginAsyncTypebox<BiFaceOptions> = async (app, { services }) => {
  app.get('/data-sources', { schema: { summary: 'Data sources (URLs for admins only)', response: { 200: DataSourceList, ...detailErrors() } } }, async (request) => ({
    items: await services.dataSources.list(requireActor(request)),
  }));

  app.post(
    '/data-sources',
    { schema: { summary: 'Register a data source for this tenant (admin)', body: CreateDataSourceBody, response: { 201: DataSourceInfo, ...detailErrors(409) } } },
    async (request, reply) => reply.status(201).send(await services.dataSources.create(requireActor(request), request.body)),
  );

  app.put(
    '/data-sources/:name',
    { schema: { summary: 'Change a data source (admin)', params: SourceNameParams, body: UpdateDataSourceBody, response: { 200: DataSourceInfo, ...detailErrors(404) } } },
    async (request) => services.dataSources.update(requireActor(request), request.params.name, request.body),
  );

  app.delete(
    '/data-sources/:name',
    { schema: { summary: 'Remove a data source (admin)', params: SourceNameParams, response: { 204: NoContent, ...detailErrors(404) } } },
    async (request, reply) => {
      await services.dataSources.delete(requireActor(request), request.params.name);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/data-sources/:name/schema',
    { schema: { summary: 'Tables and columns of a data source (editor)', params: SourceNameParams, response: { 200: DataSourceSchema, 400: DetailError, ...detailErrors(404) } } },
    async (request) => services.dataSourceSchema.schema(requireActor(request), request.params.name),
  );

  app.get('/metrics', { schema: { summary: 'Metrics of the tenant', response: { 200: MetricList, ...detailErrors() } } }, async (request) => ({
    items: await services.metrics.list(requireActor(request)),
  }));

  app.post(
    '/metrics',
    { schema: { summary: 'Define a metric (editor)', body: CreateMetricBody, response: { 201: MetricSchema, ...detailErrors(400, 409) } } },
    async (request, reply) => reply.status(201).send(await services.metrics.create(requireActor(request), request.body)),
  );

  app.put(
    '/metrics/:id',
    { schema: { summary: 'Change a metric (editor)', params: IdParams, body: UpdateMetricBody, response: { 200: MetricSchema, ...detailErrors(400, 404) } } },
    async (request) => services.metrics.update(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/metrics/:id',
    { schema: { summary: 'Delete a metric (editor)', params: IdParams, response: { 204: NoContent, ...detailErrors(404) } } },
    async (request, reply) => {
      await services.metrics.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/widget-types',
    { schema: { summary: 'Every widget type: the visualizations and the catalog types built on them', response: { 200: WidgetTypeList, ...detailErrors() } } },
    async (request) => {
      requireActor(request);
      return { items: services.widgetTypes.list().map(({ type, visualization, label, category, config }) => ({ type, visualization, label, category, config: config ?? {} })) };
    },
  );

  app.get(
    '/principals',
    {
      schema: {
        summary: 'Users and teams of the tenant, for sharing',
        querystring: PrincipalQuery,
        response: { 200: PrincipalList, ...detailErrors() },
      },
    },
    async (request) => services.shares.principals(requireActor(request), request.query.search),
  );
};
