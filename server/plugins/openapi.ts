import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { CSRF_COOKIE, CSRF_HEADER } from '../../common/auth.js';
import { withNamedSchemas } from './openapi-components.js';

const require = createRequire(import.meta.url);

export const OPENAPI_INFO = {
  title: 'Tessera API',
  description: 'Dashboards, admin panel and card widgets. Every face maps onto the same core.',
  version: '0.1.0',
  license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
};

/** The operations' groups, in the order the reference shows them. */
export const OPENAPI_TAGS = [
  { name: 'auth', description: 'Sign in and out, refresh tokens, the current user (`/admin/api`).' },
  { name: 'users', description: "Users of a tenant and their roles; superadmins reach every tenant's users." },
  { name: 'teams', description: 'Teams of users, used to share dashboards.' },
  { name: 'tenants', description: 'Tenants: separate organizations on one server (superadmin).' },
  { name: 'models', description: 'The admin panel: registered tables (models), their records, forms and relations (seed 001).' },
  { name: 'activity', description: 'The audit log of changes.' },
  { name: 'bi-dashboards', description: 'BI dashboards (`/api/v1/bi`, seed 003): layout, settings, sharing, versions.' },
  { name: 'bi-widgets', description: 'Widgets on a BI dashboard.' },
  { name: 'bi-data', description: "A dashboard's widget data and query previews." },
  { name: 'bi-catalog', description: 'Data sources, metrics and widget types to build widgets from.' },
  { name: 'bi-history', description: "A dashboard's revisions and restoring them." },
  { name: 'analytics', description: 'The analytics face (`/api`, seed 002): camelCase dashboards with embedded data, OData lists.' },
  { name: 'assignments', description: "Dashboards assigned to a user, one of them the default (seed 002)." },
  { name: 'settings', description: "A signed-in user's theme settings and their tenant's default (`/api/settings`, seed 004)." },
  { name: 'cards', description: 'Card widgets registered in code, as JSON (`/api/dashboard/widgets/`, seed 004).' },
  { name: 'health', description: 'Liveness and readiness probes.' },
];

/** OpenAPI generated from the route schemas, with Swagger UI and ReDoc served from this process. */
export async function registerOpenApi(app: FastifyInstance, mountPrefix: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: OPENAPI_INFO,
      // Paths carry their face's prefix, so the document is served from the root of whichever host serves it.
      servers: [{ url: '/', description: 'This Tessera server' }],
      tags: OPENAPI_TAGS,
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The `access_token` from `POST /admin/api/auth/login`, valid for one hour.' },
          cookieAuth: {
            type: 'apiKey',
            in: 'cookie',
            name: 'admin_access_token',
            description: `Set by login for the web UI. State-changing requests (POST, PUT, PATCH, DELETE) must also send the \`${CSRF_COOKIE}\` cookie's value in the \`${CSRF_HEADER}\` header (double submit); without it they get 403.`,
          },
        },
      },
      security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    },
    transformObject: (documents) => withNamedSchemas(('openapiObject' in documents ? documents.openapiObject : documents.swaggerObject) as Record<string, unknown>),
  });
  await app.register(swaggerUi, {
    routePrefix: '/schema/swagger',
    // The page's absolute links (asked for without a trailing slash) start at the mount point.
    ...(mountPrefix ? { indexPrefix: mountPrefix } : {}),
    uiConfig: { url: `${mountPrefix}/schema/openapi.json` } as never,
  });

  const redocBundle = join(dirname(require.resolve('redoc/package.json')), 'bundles', 'redoc.standalone.js');
  app.get('/schema/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
  app.get('/schema/redoc', { schema: { hide: true }, config: { public: true } }, async (_request, reply) =>
    reply.type('text/html').send(redocPage(mountPrefix)),
  );
  app.get('/schema/redoc/redoc.standalone.js', { schema: { hide: true }, config: { public: true } }, async (_request, reply) =>
    reply.type('application/javascript').header('cache-control', 'public, max-age=86400').send(await readFile(redocBundle)),
  );
}

const redocPage = (mountPrefix: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Tessera API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><redoc spec-url="${mountPrefix}/schema/openapi.json"></redoc>
<script src="${mountPrefix}/schema/redoc/redoc.standalone.js"></script></body>
</html>`;
