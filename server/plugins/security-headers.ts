import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { pathInMount } from './mount-point.js';
import { underPrefix } from './errors.js';

/**
 * The content security policy allows what the three pages served here need and nothing else:
 * - the web app: its own module scripts and styles, plus the `<style>` elements Mantine renders;
 * - Swagger UI (`/schema/swagger`): its own scripts, inline styles, and its logo as a data: image;
 * - ReDoc (`/schema/redoc`): styled-components' inline styles, and a search worker it starts from a blob: URL.
 * Every fetch goes to this origin.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  workerSrc: ["'self'", 'blob:'],
};

/** Responses that carry tokens or personal data; no cache, shared or private, may keep them. */
const NO_STORE_PREFIXES = ['/admin/api/auth', '/admin/api/users'];

/**
 * Security headers from helmet on every response. HTTPS-only headers (HSTS and upgrading
 * requests to https) are sent only when the server is set up for HTTPS (`secureCookies`):
 * on plain HTTP they would send browsers to an https:// that does not exist.
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean; mountPrefix: string }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { ...CONTENT_SECURITY_POLICY, upgradeInsecureRequests: options.https ? [] : null } },
    strictTransportSecurity: options.https ? { maxAge: 180 * 86_400 } : false,
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const path = pathInMount(request.url, options.mountPrefix);
    if (NO_STORE_PREFIXES.some((prefix) => underPrefix(path, prefix))) reply.header('cache-control', 'no-store');
    return payload;
  });
}
