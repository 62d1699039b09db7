import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { formatForUrl, replyWithProblem, underPrefix, type FaceFormat } from './errors.js';
import { notFound } from '../modules/errors/domain-errors.js';
import { pathInMount } from './mount-point.js';
import { isApiPath } from './rate-limit.js';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Paths that are never pages: the API faces and the API reference. */
const NOT_PAGES = ['/schema'];

export interface StaticWebOptions {
  /** The built web app; `web/dist` unless a test serves its own. */
  root?: string;
  /** Faces that answer unknown paths under them in their own error format. */
  faces?: FaceFormat[];
  /** Where Tessera is mounted ('' at the root). */
  mountPrefix: string;
}

/**
 * The app's page for a mount point. The build refers to its files relatively (`./assets/…`), which
 * only works from the root of the app, and a page such as `/admin/models/x` is not; so they are
 * made absolute under the mount point here, and the page is told where that is, for its router and
 * its API calls.
 */
export function pageForMount(html: string, mountPrefix: string): string {
  return html
    .replace(/(\s(?:src|href))="\.\//g, `$1="${mountPrefix}/`)
    .replace('</head>', `  <meta name="tessera-base" content="${mountPrefix}" />\n  </head>`);
}

/**
 * Serves the single-page app and sends every other page request to its index.html, whatever the
 * `Accept` header says, so client-side routes survive a reload and `curl /` gets the page. Unknown
 * API paths are JSON 404s in their face's format; a missing hashed asset is a plain 404.
 */
export async function registerStaticWeb(app: FastifyInstance, options: StaticWebOptions): Promise<void> {
  const root = options.root ?? WEB_DIST;
  const faces = options.faces ?? [];
  const { mountPrefix } = options;
  const indexFile = join(root, 'index.html');
  const page = existsSync(indexFile) ? pageForMount(readFileSync(indexFile, 'utf8'), mountPrefix) : null;
  if (page) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      prefix: '/',
      cacheControl: false,
      // The build writes .br and .gz next to each text file; they are sent as they are.
      preCompressed: true,
      // index.html as built is not a page that works anywhere; the not-found handler sends the right one.
      allowedPath: (path) => path !== '/index.html',
      // Vite puts a content hash in every file name under assets/, so those never change.
      setHeaders: (res, path) => {
        if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const url = pathInMount(request.url, mountPrefix);
    const path = url.split('?', 1)[0] ?? url;
    const api = isApiPath(url) || NOT_PAGES.some((prefix) => underPrefix(url, prefix));
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !api && !path.startsWith('/assets/');
    if (page && isPage) {
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);
    }
    if (api) {
      return replyWithProblem(notFound(`Route ${request.method} ${request.url.split('?', 1)[0]}`), request, reply, formatForUrl(url, faces));
    }
    const hint = page || !isPage ? '' : ' (the web app is not built: run `npm run build:web`)';
    return reply.code(404).type('text/plain; charset=utf-8').send(`Not found: ${request.method} ${request.url.split('?', 1)[0]}${hint}\n`);
  });
}
