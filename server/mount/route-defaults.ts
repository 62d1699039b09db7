import type { FastifyInstance, RouteOptions } from 'fastify';
import { AJV_OPTIONS, validatorsStrippingUnknownQueryKeys } from '../plugins/validation.js';

/** Largest JSON body a route takes unless it sets its own limit (imports do). */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const LIFECYCLE_HOOKS = ['onRequest', 'preParsing', 'preValidation', 'preHandler', 'preSerialization', 'onSend', 'onResponse', 'onError', 'onTimeout', 'onRequestAbort'] as const;

/**
 * What a standalone server sets once for the whole server (validation, body limit, trailing
 * slashes), set instead for Tessera's own routes, so a host app keeps its own choices for its own.
 * Registered first in Tessera's context: the trailing-slash twins copy a route before other
 * plugins' `onRoute` hooks (rate limit, OpenAPI) have added to it, and those hooks then see the
 * twin as a route of its own.
 */
export function applyRouteDefaults(app: FastifyInstance): void {
  app.setValidatorCompiler(validatorsStrippingUnknownQueryKeys()({}, { customOptions: AJV_OPTIONS } as never));
  const ignoresTrailingSlash = app.initialConfig.routerOptions?.ignoreTrailingSlash === true || app.initialConfig.ignoreTrailingSlash === true;
  app.addHook('onRoute', function (route) {
    route.bodyLimit ??= DEFAULT_BODY_LIMIT;
    if (ignoresTrailingSlash) return;
    // Seed clients write collections with a trailing slash (`/api/dashboard/widgets/`), others without;
    // the twin itself ends with one, so it makes no twin of its own.
    const path = route.routePath ?? '';
    if (path === '' || path.endsWith('/') || path.endsWith('*') || route.method === 'HEAD') return;
    const { url: _url, path: _path, routePath: _routePath, prefix: _prefix, ...options } = route as RouteOptions & { path?: string; routePath?: string; prefix?: string };
    const twin: RouteOptions = { ...options, url: `${path}/`, schema: { ...route.schema, hide: true }, config: { ...(route.config as object) } } as RouteOptions;
    for (const hook of LIFECYCLE_HOOKS) {
      const value = twin[hook];
      if (Array.isArray(value)) (twin as unknown as Record<string, unknown>)[hook] = [...(value as unknown[])];
    }
    this.route(twin);
  });
}
