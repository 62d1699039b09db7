import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Compresses responses of 1 KiB and more for clients that accept it (brotli, then gzip): API JSON,
 * the API reference pages, and web files that have no pre-compressed copy. The web app's built
 * files are compressed at build time (`web/vite.config.ts`) and sent as they are.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
}
