import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { tooManyRequests } from '../modules/errors/domain-errors.js';

/** Paths of the API faces; the web app's files and health probes are not limited. */
export const API_PREFIXES = ['/admin/api', '/api'];

export function isApiPath(url: string): boolean {
  return API_PREFIXES.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`));
}

export async function registerRateLimit(app: FastifyInstance, options: { max: number; windowSeconds: number }): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: options.max,
    timeWindow: options.windowSeconds * 1000,
    allowList: (request) => !isApiPath(request.url),
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return tooManyRequests(`Rate limit exceeded; retry in ${seconds} seconds`, seconds);
    },
  });
  // The plugin reports seconds until the window resets; clients of seed 001 expect the Unix time of the reset.
  app.addHook('onSend', async (_request, reply, payload) => {
    const reset = reply.getHeader('x-ratelimit-reset');
    if (reset !== undefined) reply.header('x-ratelimit-reset', String(Math.floor(Date.now() / 1000) + Number(reset)));
    return payload;
  });
}
