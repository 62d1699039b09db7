import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ActivityList, ActivityQuery } from '../../../common/contracts/audit.js';
import { detailErrors } from '../../../common/contracts/errors.js';
import { AdminWidgetList, DashboardStats } from '../../../common/contracts/models.js';
import { requireActor } from '../../plugins/auth.js';
import type { AdminFaceOptions } from './index.js';

/** `/dashboard/*`: seed 000's admin dashboard: model counts, the activity feed, widgets. */
export const adminDashboardRoutes: FastifyPluginAsyncTypebox<AdminFaceOptions> = async (app, { core }) => {
  app.get('/dashboard/stats', { schema: { summary: 'Record counts of the models the caller sees', response: { 200: DashboardStats, ...detailErrors() } } }, async (request) => {
    const actor = requireActor(request);
    const [models, widgets] = await Promise.all([core.admin.stats.counts(actor), core.admin.widgets.list(actor)]);
    return { models, total_records: models.reduce((sum, m) => sum + m.count, 0), total_models: models.length, widgets };
  });

  app.get('/dashboard/widgets', { schema: { summary: "The admin dashboard's widgets with their data", response: { 200: AdminWidgetList, ...detailErrors() } } }, async (request) => {
    return core.admin.widgets.list(requireActor(request));
  });

  app.get(
    '/dashboard/activity',
    {
      schema: {
        summary: 'Recent activity from the audit log, newest first',
        querystring: ActivityQuery,
        response: { 200: ActivityList, ...detailErrors() },
      },
    },
    async (request) => {
      const { limit = 50, offset = 0, action, model, model_name, record_id } = request.query;
      const { items } = await core.audit.list(requireActor(request), { limit, offset, action, model: model ?? model_name, recordId: record_id });
      return items;
    },
  );
};
