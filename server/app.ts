import type { Kysely } from 'kysely';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TesseraConfig } from './config.js';
import { sqliteFile } from './config.js';
import { createCore, type Core } from './core.js';
import { openMetadata, underStartupLock } from './db/open-metadata.js';
import { adminFace } from './faces/admin/index.js';
import { analyticsFace, analyticsFormat } from './faces/analytics/index.js';
import { biFace } from './faces/bi/index.js';
import { settingsFace } from './faces/settings/index.js';
import { cardsFace } from './faces/cards/index.js';
import { healthRoutes } from './faces/system/health.routes.js';
import { ensureFirstRun, type FirstRunResult } from './modules/setup/first-run.js';
import { registerCompression } from './plugins/compression.js';
import { registerCors } from './plugins/cors.js';
import { detailFormat, replyWithProblem, type FaceFormat } from './plugins/errors.js';
import { registerConditionalRequests } from './plugins/etag.js';
import { clientErrorHandler, frameworkErrorHandler } from './plugins/framework-errors.js';
import { registerInputGuard } from './plugins/input-guard.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerRateLimit } from './plugins/rate-limit.js';
import { NODE_MAX_HEADER_SIZE, registerRequestSizeLimits } from './plugins/request-size.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerStaticWeb } from './plugins/static-web.js';
import { registerUnreadBodyDrain } from './plugins/unread-body.js';
import { AJV_OPTIONS, validatorsStrippingUnknownQueryKeys } from './plugins/validation.js';
import { createStores, type Stores } from './stores/stores.js';

declare module 'fastify' {
  interface FastifyInstance {
    tessera: { core: Core; config: TesseraConfig; firstRun: FirstRunResult };
  }
}

export interface BuildOptions {
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | object;
  /** The built web app to serve; `web/dist` by default. */
  webDist?: string;
  /** State kept between requests, shared with whoever else is given the same; `createStores(config)` by default. */
  stores?: Stores;
}

/** Faces with their own error format; every other path answers in the detail format. */
const FACE_FORMATS: FaceFormat[] = [
  { prefix: '/api/dashboards', format: analyticsFormat },
  { prefix: '/api/users', format: analyticsFormat },
];

/** Builds the whole server without listening, so tests can drive it with `app.inject`. */
export async function buildApp(config: TesseraConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const { metadata } = await openMetadata({ databaseUrl: config.databaseUrl, sqliteFile: sqliteFile(config) });
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    http: { maxHeaderSize: NODE_MAX_HEADER_SIZE },
    trustProxy: config.trustProxy,
    // `/api/v1/bi/dashboards/` is the collection, not a dashboard with an empty id.
    routerOptions: { ignoreTrailingSlash: true },
    ajv: { customOptions: AJV_OPTIONS },
    schemaController: { compilersFactory: { buildValidator: validatorsStrippingUnknownQueryKeys() } },
    frameworkErrors: frameworkErrorHandler(FACE_FORMATS),
    clientErrorHandler: clientErrorHandler(FACE_FORMATS),
  });
  const stores = options.stores ?? createStores(config);
  const core = createCore(metadata, config, app.log, stores);
  app.addHook('onClose', async () => core.close());
  let firstRun: FirstRunResult;
  try {
    firstRun = await underStartupLock(metadata, () => ensureFirstRun(core, config));
    await core.admin.models.load(config.admin, { db: metadata.db as unknown as Kysely<unknown>, dialect: metadata.dialect, services: { users: core.users, teams: core.teams } });
  } catch (error) {
    await core.close();
    throw error;
  }
  app.decorate('tessera', { core, config, firstRun });
  app.decorateRequest('actor', null);
  app.setErrorHandler((error, request, reply) => replyWithProblem(error, request, reply, detailFormat));

  registerRequestSizeLimits(app);
  await app.register(cookie);
  // Headers first, so that even refusals (429, 413) carry them.
  await registerSecurityHeaders(app, { https: config.secureCookies });
  await registerCors(app, config.cors);
  registerInputGuard(app);
  registerUnreadBodyDrain(app);
  // Before compression: conditional requests look at the JSON as serialized.
  registerConditionalRequests(app);
  await registerCompression(app);
  await registerRateLimit(app, config.rateLimit, stores.rateLimit);
  await registerOpenApi(app);
  await app.register(healthRoutes, { core });
  await app.register(adminFace, {
    prefix: '/admin/api',
    core,
    cookies: { secure: config.secureCookies, accessTtlSeconds: config.accessTokenTtlSeconds, refreshTtlSeconds: config.refreshTokenTtlSeconds },
    loginRateLimit: { max: Math.max(10, config.loginLimit.perAddress * 2), timeWindow: 60_000 },
    importMaxBytes: config.admin.importMaxBytes,
  });
  await app.register(biFace, { prefix: '/api/v1/bi', core });
  await app.register(settingsFace, { prefix: '/api/settings', core });
  await app.register(cardsFace, { prefix: '/api/dashboard', core });
  await app.register(analyticsFace, { prefix: '/api', core });
  await registerStaticWeb(app, { root: options.webDist, faces: FACE_FORMATS });
  return app;
}
