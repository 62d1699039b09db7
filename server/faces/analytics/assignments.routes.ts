import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Assignment } from '../../modules/assignments/assignments.service.js';
import { requireActor } from '../../plugins/auth.js';
import { AssignIn, AssignmentParams as Params, AssignmentsOut, UnassignedOut, UserParams, analyticsErrors } from '../../../common/contracts/analytics.js';
import type { AnalyticsFaceOptions } from './index.js';

const out = (userId: string, list: Assignment[]) => ({
  userId,
  dashboards: list.map((a) => ({ id: a.dashboard_id, name: a.name, type: a.type, isDefault: a.is_default })),
});

export const assignmentsRoutes: FastifyPluginAsyncTypebox<AnalyticsFaceOptions> = async (app, { services }) => {
  app.get(
    '/users/:userId/dashboards',
    { schema: { summary: "A user's assigned dashboards; one may be the default", params: UserParams, response: { 200: AssignmentsOut, ...analyticsErrors(404) } } },
    async (request) => out(request.params.userId, await services.assignments.list(requireActor(request), request.params.userId)),
  );

  app.put(
    '/users/:userId/dashboards/:id',
    { schema: { summary: 'Assign a dashboard to a user, optionally as the default', params: Params, body: AssignIn, response: { 200: AssignmentsOut, ...analyticsErrors(404) } } },
    async (request) => {
      const { userId, id } = request.params;
      return out(userId, await services.assignments.assign(requireActor(request), userId, id, request.body.isDefault));
    },
  );

  app.delete(
    '/users/:userId/dashboards/:id',
    { schema: { summary: 'Unassign a dashboard', params: Params, response: { 200: UnassignedOut, ...analyticsErrors(404) } } },
    async (request) => {
      await services.assignments.unassign(requireActor(request), request.params.userId, request.params.id);
      return { success: true };
    },
  );
};
