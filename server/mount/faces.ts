import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { TesseraConfig } from '../config.js';
import type { Core } from '../core.js';
import { adminFace } from '../faces/admin/index.js';
import { analyticsFace, analyticsFormat } from '../faces/analytics/index.js';
import { biFace } from '../faces/bi/index.js';
import { cardsFace } from '../faces/cards/index.js';
import { settingsFace } from '../faces/settings/index.js';
import { healthRoutes } from '../faces/system/health.routes.js';
import { registerCompression } from '../plugins/compression.js';
import { registerCors } from '../plugins/cors.js';
import { detailFormat, replyWithProblem, type FaceFormat } from '../plugins/errors.js';
import { registerConditionalRequests } from '../plugins/etag.js';
import { registerInputGuard } from '../plugins/input-guard.js';
import { registerOpenApi } from '../plugins/openapi.js';
import { registerRateLimit } from '../plugins/rate-limit.js';
import { registerRequestSizeLimits } from '../plugins/request-size.js';
import { registerSecurityHeaders } from '../plugins/security-headers.js';
import { registerStaticWeb } from '../plugins/static-web.js';
import { registerUnreadBodyDrain } from '../plugins/unread-body.js';
import type { Stores } from '../stores/stores.js';
import { applyRouteDefaults } from './route-defaults.js';

/** Faces with their own error format, by path under the mount point; every other path answers in the detail format. */
export const FACE_FORMATS: FaceFormat[] = [
  { prefix: '/api/dashboards', format: analyticsFormat },
  { prefix: '/api/users', format: analyticsFormat },
];

export interface FacesOptions {
  core: Core;
  config: TesseraConfig;
  stores: Stores;
  mountPrefix: string;
  /** The built web app to serve; `web/dist` by default. */
  webDist?: string;
}

/**
 * Every face, the OpenAPI document and the web app, in one encapsulated context: its hooks,
 * error handler and plugins apply to Tessera's routes and not to the host app's.
 */
export async function registerFaces(app: FastifyInstance, { core, config, stores, mountPrefix, webDist }: FacesOptions): Promise<void> {
  applyRouteDefaults(app);
  app.decorateRequest('actor', null);
  app.setErrorHandler((error, request, reply) => replyWithProblem(error, request, reply, detailFormat));

  registerRequestSizeLimits(app);
  // A host that already parses cookies for the whole server is left to do it for Tessera too.
  if (!app.hasRequestDecorator('cookies')) await app.register(cookie);
  // Headers first, so that even refusals (429, 413) carry them.
  await registerSecurityHeaders(app, { https: config.secureCookies, mountPrefix });
  await registerCors(app, config.cors);
  registerInputGuard(app);
  registerUnreadBodyDrain(app);
  // Before compression: conditional requests look at the JSON as serialized.
  registerConditionalRequests(app);
  await registerCompression(app);
  await registerRateLimit(app, config.rateLimit, stores.rateLimit, mountPrefix);
  await registerOpenApi(app, mountPrefix);
  await app.register(healthRoutes, { core, sharedStore: () => stores.status() });
  await app.register(adminFace, {
    prefix: '/admin/api',
    core,
    cookies: { secure: config.secureCookies, accessTtlSeconds: config.accessTokenTtlSeconds, refreshTtlSeconds: config.refreshTokenTtlSeconds, mountPrefix },
    loginRateLimit: { max: Math.max(10, config.loginLimit.perAddress * 2), timeWindow: 60_000 },
    importMaxBytes: config.admin.importMaxBytes,
  });
  await app.register(biFace, { prefix: '/api/v1/bi', core });
  await app.register(settingsFace, { prefix: '/api/settings', core });
  await app.register(cardsFace, { prefix: '/api/dashboard', core });
  await app.register(analyticsFace, { prefix: '/api', core });
  await registerStaticWeb(app, { root: webDist, faces: FACE_FORMATS, mountPrefix });
}
