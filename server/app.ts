import Fastify, { type FastifyInstance } from 'fastify';
import type { TesseraConfig } from './config.js';
import { FACE_FORMATS } from './mount/faces.js';
import { DEFAULT_BODY_LIMIT } from './mount/route-defaults.js';
import { mountTessera } from './mount/tessera-plugin.js';
import { clientErrorHandler, frameworkErrorHandler } from './plugins/framework-errors.js';
import { NODE_MAX_HEADER_SIZE } from './plugins/request-size.js';
import type { Stores } from './stores/stores.js';

export interface BuildOptions {
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | object;
  /** The built web app to serve; `web/dist` by default. */
  webDist?: string;
  /** State kept between requests, shared with whoever else is given the same; `createStores(config)` by default. */
  stores?: Stores;
}

/**
 * The standalone server without listening, so tests can drive it with `app.inject`: a Fastify
 * server of its own with Tessera mounted at its root. What only a server can decide (the HTTP
 * parser's limits, proxies, errors before routing) is decided here; the rest is the plugin's.
 */
export async function buildApp(config: TesseraConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: DEFAULT_BODY_LIMIT,
    http: { maxHeaderSize: NODE_MAX_HEADER_SIZE },
    trustProxy: config.trustProxy,
    // `/api/v1/bi/dashboards/` is the collection, not a dashboard with an empty id.
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: frameworkErrorHandler(FACE_FORMATS),
    clientErrorHandler: clientErrorHandler(FACE_FORMATS),
  });
  await app.register(mountTessera, { config, stores: options.stores, webDist: options.webDist });
  return app;
}
