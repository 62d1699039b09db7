import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);

export const OPENAPI_INFO = {
  title: 'Tessera API',
  description: 'Dashboards, admin panel and card widgets. Every face maps onto the same core.',
  version: '0.1.0',
};

/** OpenAPI generated from the route schemas, with Swagger UI and ReDoc served from this process. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: OPENAPI_INFO,
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          cookieAuth: { type: 'apiKey', in: 'cookie', name: 'admin_access_token' },
        },
      },
      security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/schema/swagger', uiConfig: { url: '/schema/openapi.json' } as never });

  const redocBundle = join(dirname(require.resolve('redoc/package.json')), 'bundles', 'redoc.standalone.js');
  app.get('/schema/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
  app.get('/schema/redoc', { schema: { hide: true }, config: { public: true } }, async (_request, reply) =>
    reply.type('text/html').send(REDOC_PAGE),
  );
  app.get('/schema/redoc/redoc.standalone.js', { schema: { hide: true }, config: { public: true } }, async (_request, reply) =>
    reply.type('application/javascript').header('cache-control', 'public, max-age=86400').send(await readFile(redocBundle)),
  );
}

const REDOC_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Tessera API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><redoc spec-url="/schema/openapi.json"></redoc>
<script src="/schema/redoc/redoc.standalone.js"></script></body>
</html>`;
