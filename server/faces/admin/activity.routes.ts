import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ActivityList, ActivityQuery } from '../../../common/contracts/audit.js';
import { detailErrors } from '../../../common/contracts/errors.js';
import { requireActor } from '../../plugins/auth.js';
import type { AdminFaceOptions } from './index.js';

export const activityRoutes: FastifyPluginAsyncTypebox<AdminFaceOptions> = async (app, { core }) => {
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
      const { limit = 50, offset = 0, action, model } = request.query;
      const { items } = await core.audit.list(requireActor(request), { limit, offset, action, model });
      return items;
    },
  );
};
