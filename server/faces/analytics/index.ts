import type { FastifyPluginAsync } from 'fastify';
import type { Core } from '../../core.js';
import type { AssignmentsService } from '../../modules/assignments/assignments.service.js';
import type { DashboardDataService } from '../../modules/dashboard-data/dashboard-data.service.js';
import type { DashboardsService } from '../../modules/dashboards/dashboards.service.js';
import type { WidgetsService } from '../../modules/dashboards/widgets.service.js';
import { authenticateHook } from '../../plugins/auth.js';
import { replyWithProblem, type HttpProblem } from '../../plugins/errors.js';
import { ErrorOut } from '../../../common/contracts/analytics.js';
import { describeOperations } from '../operation-docs.js';
import { assignmentsRoutes } from './assignments.routes.js';
import { ANALYTICS_OPERATIONS } from './operations.js';
import { dashboardsRoutes } from './dashboards.routes.js';

export interface AnalyticsFaceOptions {
  services: {
    dashboards: DashboardsService;
    widgets: WidgetsService;
    data: DashboardDataService;
    assignments: AssignmentsService;
  };
}

/** Seed 002's `{error: {code, message}}`; field errors and the current version travel in `details`. */
export function analyticsFormat(problem: HttpProblem) {
  const details = problem.fields ?? (problem.current !== undefined ? { current: problem.current } : problem.retryAfterSeconds !== undefined ? { retryAfter: problem.retryAfterSeconds } : undefined);
  return { error: { code: problem.code, message: problem.message, ...(details !== undefined ? { details } : {}) } };
}

/** `/api/dashboards` and `/api/users/:userId/dashboards`: seed 002's surface over the same dashboards as the BI face. */
export const analyticsFace: FastifyPluginAsync<{ core: Core }> = async (app, { core }) => {
  app.setErrorHandler((error, request, reply) => replyWithProblem(error, request, reply, analyticsFormat));
  app.addHook('preValidation', authenticateHook(core));
  describeOperations(app, ANALYTICS_OPERATIONS, { error: ErrorOut, rateLimited: ErrorOut });
  for (const routes of [dashboardsRoutes, assignmentsRoutes]) await app.register(routes, { services: core.bi });
};
