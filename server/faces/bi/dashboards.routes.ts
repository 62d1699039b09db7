import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateDashboardBody,
  DashboardParams as Params,
  DashboardListQuery,
  DashboardPage,
  DashboardSchema,
  LayoutBody,
  SaveContentBody,
  ShareBody,
  ShareParams,
  SharesSchema,
  UpdateDashboardBody,
} from '../../../common/contracts/dashboards.js';
import { NoContent, detailErrors } from '../../../common/contracts/errors.js';
import { requireActor } from '../../plugins/auth.js';
import { basedOnVersion, sendContentTag, sendVersionTag } from '../../plugins/etag.js';
import type { BiFaceOptions } from './index.js';

export const dashboardsRoutes: FastifyPluginAsyncTypebox<BiFaceOptions> = async (app, { services }) => {
  app.get(
    '/dashboards',
    { schema: { summary: 'Dashboards the caller may see', querystring: DashboardListQuery, response: { 200: DashboardPage, ...detailErrors() } } },
    async (request) => {
      const { limit = 20, offset = 0, visibility, tag, search } = request.query;
      const { items, total } = await services.dashboards.list(requireActor(request), { limit, offset, visibility, tag, search });
      return { items, total, limit, offset };
    },
  );

  app.post(
    '/dashboards',
    { schema: { summary: 'Create a dashboard', body: CreateDashboardBody, response: { 201: DashboardSchema, ...detailErrors(409) } } },
    async (request, reply) => reply.status(201).send(await services.dashboards.create(requireActor(request), request.body)),
  );

  app.get(
    '/dashboards/:dashboard_id',
    { schema: { summary: 'A dashboard with all its widgets', params: Params, response: { 200: DashboardSchema, ...detailErrors(404) } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const dashboard = await services.dashboards.get(actor, request.params.dashboard_id);
      await services.favorites.viewed(actor, dashboard.id);
      // The body differs per reader (can_edit, can_manage) and names the owner: tag the body, not only the version.
      sendContentTag(reply, dashboard.version);
      return dashboard;
    },
  );

  app.put(
    '/dashboards/:dashboard_id',
    {
      schema: { summary: 'Change name, description, visibility, tags, filters or refresh (owner or admin)', params: Params, body: UpdateDashboardBody, response: { 200: DashboardSchema, ...detailErrors(404, 409) } },
    },
    async (request, reply) => {
      const dashboard = await services.dashboards.update(requireActor(request), request.params.dashboard_id, { ...request.body, version: basedOnVersion(request, request.body.version) });
      sendVersionTag(reply, dashboard.version);
      return dashboard;
    },
  );

  app.delete(
    '/dashboards/:dashboard_id',
    { schema: { summary: 'Delete a dashboard and its widgets (owner or admin)', params: Params, response: { 204: NoContent, ...detailErrors(404) } } },
    async (request, reply) => {
      await services.dashboards.delete(requireActor(request), request.params.dashboard_id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/dashboards/:dashboard_id/layout',
    { schema: { summary: 'Move and resize several widgets in one change', params: Params, body: LayoutBody, response: { 200: DashboardSchema, ...detailErrors(404, 409) } } },
    async (request) => services.widgets.layout(requireActor(request), request.params.dashboard_id, request.body.positions, basedOnVersion(request, request.body.version)),
  );

  app.put(
    '/dashboards/:dashboard_id/content',
    { schema: { summary: 'Save an edit session (widgets and phone layout) as one version', params: Params, body: SaveContentBody, response: { 200: DashboardSchema, ...detailErrors(404, 409) } } },
    async (request, reply) => {
      const dashboard = await services.content.save(requireActor(request), request.params.dashboard_id, request.body);
      sendVersionTag(reply, dashboard.version);
      return dashboard;
    },
  );

  app.get(
    '/dashboards/:dashboard_id/shares',
    { schema: { summary: 'Visibility and shares (owner or admin)', params: Params, response: { 200: SharesSchema, ...detailErrors(404) } } },
    async (request) => services.shares.get(requireActor(request), request.params.dashboard_id),
  );

  app.post(
    '/dashboards/:dashboard_id/share',
    { schema: { summary: 'Share with users and teams, and set visibility (owner or admin)', params: Params, body: ShareBody, response: { 200: SharesSchema, ...detailErrors(404) } } },
    async (request) => services.shares.share(requireActor(request), request.params.dashboard_id, request.body),
  );

  app.delete(
    '/dashboards/:dashboard_id/shares/:principal_id',
    { schema: { summary: 'Stop sharing with a user or team', params: ShareParams, response: { 204: NoContent, ...detailErrors(404) } } },
    async (request, reply) => {
      await services.shares.unshare(requireActor(request), request.params.dashboard_id, request.params.principal_id);
      return reply.status(204).send(null);
    },
  );
};
