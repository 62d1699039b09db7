import type { FastifyPluginAsync } from 'fastify';
import type { Core } from '../../core.js';
import { authenticateHook, type CookieOptions } from '../../plugins/auth.js';
import { detailFormat, replyWithProblem } from '../../plugins/errors.js';
import { DetailError, RateLimited } from '../../../common/contracts/errors.js';
import { describeOperations } from '../operation-docs.js';
import { adminDashboardRoutes } from './admin-dashboard.routes.js';
import { ADMIN_OPERATIONS } from './operations.js';
import { authRoutes } from './auth.routes.js';
import { modelBulkRoutes } from './model-bulk.routes.js';
import { modelTransferRoutes } from './model-transfer.routes.js';
import { modelsRoutes } from './models.routes.js';
import { teamsRoutes } from './teams.routes.js';
import { tenantsRoutes } from './tenants.routes.js';
import { usersRoutes } from './users.routes.js';

export interface AdminFaceOptions {
  core: Core;
  cookies: CookieOptions;
  /** Per-address limit on login requests, stricter than the API-wide one. */
  loginRateLimit: { max: number; timeWindow: number };
  /** Largest file an import accepts. */
  importMaxBytes: number;
}

/** `/admin/api`: seed 001's surface. Maps paths and the `{detail, status_code}` error format onto the core. */
export const adminFace: FastifyPluginAsync<AdminFaceOptions> = async (app, options) => {
  app.setErrorHandler((error, request, reply) => replyWithProblem(error, request, reply, detailFormat));
  // preValidation: after the per-route rate limit (onRequest), before body validation, so anonymous callers get 401 not 422.
  app.addHook('preValidation', authenticateHook(options.core));
  describeOperations(app, ADMIN_OPERATIONS, { error: DetailError, rateLimited: RateLimited });
  const { core, cookies, loginRateLimit, importMaxBytes } = options;
  for (const routes of [authRoutes, usersRoutes, teamsRoutes, tenantsRoutes, adminDashboardRoutes, modelsRoutes, modelTransferRoutes, modelBulkRoutes]) {
    await app.register(routes, { core, cookies, loginRateLimit, importMaxBytes });
  }
};
