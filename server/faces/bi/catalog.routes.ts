import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CreateDataSourceBody, DataSourceInfo, DataSourceList, SourceNameParams, UpdateDataSourceBody } from '../../../common/contracts/data-sources.js';
import { IdParams, detailErrors } from '../../../common/contracts/errors.js';
import { CreateMetricBody, MetricList, MetricSchema, UpdateMetricBody } from '../../../common/contracts/metrics.js';
import { requireActor } from '../../plugins/auth.js';
import type { BiFaceOptions } from './index.js';

const tags = ['bi'];
const WidgetTypeList = Type.Object(
  {
    items: Type.Array(
      Type.Object({ type: Type.String(), visualization: Type.String(), label: Type.String(), category: Type.String(), config: Type.Record(Type.String(), Type.Unknown()) }),
    ),
  },
  { title: 'WidgetTypeList' },
);
const Principal = Type.Object({
  id: Type.String(),
  type: Type.Union([Type.Literal('user'), Type.Literal('team')]),
  name: Type.String(),
  email: Type.Optional(Type.String()),
  max_permission: Type.Union([Type.Literal('view'), Type.Literal('edit')], { description: 'The most a share can grant them (viewers: view)' }),
});

/** What widgets can draw from: data sources, metrics, and the people to share with. */
export const catalogRoutes: FastifyPluginAsyncTypebox<BiFaceOptions> = async (app, { services }) => {
  app.get('/data-sources', { schema: { tags, summary: 'Data sources (URLs for admins only)', response: { 200: DataSourceList, ...detailErrors() } } }, async (request) => ({
    items: await services.dataSources.list(requireActor(request)),
  }));

  app.post(
    '/data-sources',
    { schema: { tags, summary: 'Register a data source for this tenant (admin)', body: CreateDataSourceBody, response: { 201: DataSourceInfo, ...detailErrors(409) } } },
    async (request, reply) => reply.status(201).send(await services.dataSources.create(requireActor(request), request.body)),
  );

  app.put(
    '/data-sources/:name',
    { schema: { tags, summary: 'Change a data source (admin)', params: SourceNameParams, body: UpdateDataSourceBody, response: { 200: DataSourceInfo, ...detailErrors(404) } } },
    async (request) => services.dataSources.update(requireActor(request), request.params.name, request.body),
  );

  app.delete(
    '/data-sources/:name',
    { schema: { tags, summary: 'Remove a data source (admin)', params: SourceNameParams, response: { 204: Type.Null(), ...detailErrors(404) } } },
    async (request, reply) => {
      await services.dataSources.delete(requireActor(request), request.params.name);
      return reply.status(204).send(null);
    },
  );

  app.get('/metrics', { schema: { tags, summary: 'Metrics of the tenant', response: { 200: MetricList, ...detailErrors() } } }, async (request) => ({
    items: await services.metrics.list(requireActor(request)),
  }));

  app.post(
    '/metrics',
    { schema: { tags, summary: 'Define a metric (editor)', body: CreateMetricBody, response: { 201: MetricSchema, ...detailErrors(400, 409) } } },
    async (request, reply) => reply.status(201).send(await services.metrics.create(requireActor(request), request.body)),
  );

  app.put(
    '/metrics/:id',
    { schema: { tags, summary: 'Change a metric (editor)', params: IdParams, body: UpdateMetricBody, response: { 200: MetricSchema, ...detailErrors(400, 404) } } },
    async (request) => services.metrics.update(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/metrics/:id',
    { schema: { tags, summary: 'Delete a metric (editor)', params: IdParams, response: { 204: Type.Null(), ...detailErrors(404) } } },
    async (request, reply) => {
      await services.metrics.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/widget-types',
    { schema: { tags, summary: 'Every widget type: the visualizations and the catalog types built on them', response: { 200: WidgetTypeList, ...detailErrors() } } },
    async (request) => {
      requireActor(request);
      return { items: services.widgetTypes.list().map(({ type, visualization, label, category, config }) => ({ type, visualization, label, category, config: config ?? {} })) };
    },
  );

  app.get(
    '/principals',
    {
      schema: {
        tags,
        summary: 'Users and teams of the tenant, for sharing',
        querystring: Type.Object({ search: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false }),
        response: { 200: Type.Array(Principal), ...detailErrors() },
      },
    },
    async (request) => services.shares.principals(requireActor(request), request.query.search),
  );
};
