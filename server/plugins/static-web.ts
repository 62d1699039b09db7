import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { detailFormat, replyWithProblem, type HttpProblem } from './errors.js';
import { notFound } from '../modules/errors/domain-errors.js';
import { isApiPath } from './rate-limit.js';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * Serves the single-page app and sends every other browser navigation to its index.html, so
 * client-side routes survive a reload. Unknown API paths stay JSON 404s.
 */
export interface NotFoundFormat {
  prefix: string;
  format: (problem: HttpProblem) => unknown;
}

export async function registerStaticWeb(app: FastifyInstance, faces: NotFoundFormat[] = []): Promise<void> {
  const hasWeb = existsSync(`${WEB_DIST}index.html`);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      index: false,
      prefix: '/',
      cacheControl: false,
      // Vite puts a content hash in every file name under assets/, so those never change.
      setHeaders: (res, path) => {
        if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const wantsPage = request.method === 'GET' && !isApiPath(request.url) && !request.url.startsWith('/schema/') && (request.headers.accept ?? '').includes('text/html');
    if (hasWeb && wantsPage) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    // Each face answers unknown paths under it in its own error format.
    const face = faces.find((f) => request.url === f.prefix || request.url.startsWith(`${f.prefix}/`) || request.url.startsWith(`${f.prefix}?`));
    return replyWithProblem(notFound(`Route ${request.method} ${request.url.split('?')[0]}`), request, reply, face?.format ?? detailFormat);
  });
}
