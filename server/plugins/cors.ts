import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/**
 * Cross-origin requests are refused by browsers unless an origin is listed (`cors.origins`,
 * `TESSERA_CORS_ORIGINS`); with no list, no CORS headers are sent at all. Listed origins may send
 * credentials and read the headers clients of this API use (versions, rate limits).
 */
export async function registerCors(app: FastifyInstance, options: { origins: string[] }): Promise<void> {
  if (options.origins.length === 0) return;
  await app.register(cors, {
    origin: options.origins,
    credentials: true,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    exposedHeaders: ['ETag', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'],
    maxAge: 600,
  });
}
