import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { formatForUrl, replyWithProblem, underPrefix, type FaceFormat } from './errors.js';
import { notFound } from '../modules/errors/domain-errors.js';
import { isApiPath } from './rate-limit.js';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Paths that are never pages: the API faces and the API reference. */
const NOT_PAGES = ['/schema'];

export interface StaticWebOptions {
  /** The built web app; `web/dist` unless a test serves its own. */
  root?: string;
  /** Faces that answer unknown paths under them in their own error format. */
  faces?: FaceFormat[];
}

/**
 * Serves the single-page app and sends every other page request to its index.html, whatever the
 * `Accept` header says, so client-side routes survive a reload and `curl /` gets the page. Unknown
 * API paths are JSON 404s in their face's format; a missing hashed asset is a plain 404.
 */
export async function registerStaticWeb(app: FastifyInstance, options: StaticWebOptions = {}): Promise<void> {
  const root = options.root ?? WEB_DIST;
  const faces = options.faces ?? [];
  const hasWeb = existsSync(join(root, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      prefix: '/',
      cacheControl: false,
      // The build writes .br and .gz next to each text file; they are sent as they are.
      preCompressed: true,
      // Vite puts a content hash in every file name under assets/, so those never change.
      setHeaders: (res, path) => {
        if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?', 1)[0] ?? request.url;
    const api = isApiPath(request.url) || NOT_PAGES.some((prefix) => underPrefix(request.url, prefix));
    const page = (request.method === 'GET' || request.method === 'HEAD') && !api && !path.startsWith('/assets/');
    if (hasWeb && page) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    if (api) {
      return replyWithProblem(notFound(`Route ${request.method} ${path}`), request, reply, formatForUrl(request.url, faces));
    }
    const hint = hasWeb || !page ? '' : ' (the web app is not built: run `npm run build:web`)';
    return reply.code(404).type('text/plain; charset=utf-8').send(`Not found: ${request.method} ${path}${hint}\n`);
  });
}
