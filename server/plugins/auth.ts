import type { FastifyReply, FastifyRequest } from 'fastify';
import { ACCESS_COOKIE, CSRF_COOKIE, CSRF_HEADER, REFRESH_COOKIE } from '../../common/auth.js';
import type { AuthService } from '../modules/auth/auth.service.js';
import type { Actor } from '../modules/access/actor.js';
import type { ClientInfo, SignedIn } from '../modules/auth/auth.service.js';
import { CSRF_REFUSED } from '../modules/auth/csrf-tokens.js';
import { DomainError, forbidden, unauthorized } from '../modules/errors/domain-errors.js';
import { timingSafeEqual } from 'node:crypto';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** The route answers without a signed-in user. */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function clientOf(request: FastifyRequest): ClientInfo {
  return { ip: request.ip, userAgent: request.headers['user-agent'] };
}

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized('The Authorization header must be "Bearer <token>"');
  return match[1];
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Cookies ride along on cross-site requests; a bearer header cannot. So a state-changing request
 * authenticated by cookie must echo the readable CSRF cookie in a header, which a foreign page
 * cannot read (double-submit). Returns the echoed token, which the auth service then checks was
 * signed for the request's own session; undefined for safe methods, which need none.
 */
export function csrfTokenOf(request: FastifyRequest): string | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  const cookie = request.cookies[CSRF_COOKIE];
  const header = request.headers[CSRF_HEADER];
  if (!cookie || typeof header !== 'string' || !sameSecret(cookie, header)) throw forbidden(CSRF_REFUSED);
  return header;
}

/**
 * The face-level hook: resolves the caller from a bearer token or the access cookie and refuses
 * anonymous calls to non-public routes. A bad token is refused even on a public route.
 */
export function authenticateHook(core: { auth: Pick<AuthService, 'authenticate' | 'assertCsrf'> }) {
  return async function authenticate(request: FastifyRequest): Promise<void> {
    request.actor = null;
    const bearer = bearerOf(request);
    const cookie = bearer ? undefined : request.cookies[ACCESS_COOKIE];
    const token = bearer ?? cookie;
    const isPublic = request.routeOptions.config.public === true;
    if (!token) {
      if (!isPublic) throw unauthorized();
      return;
    }
    try {
      const actor = await core.auth.authenticate(token, clientOf(request));
      if (cookie) {
        const csrf = csrfTokenOf(request);
        if (csrf !== undefined) core.auth.assertCsrf(actor.sessionId, csrf);
      }
      request.actor = actor;
    } catch (error) {
      // A stale cookie must not block logging in again.
      if (isPublic && cookie && error instanceof DomainError) return;
      throw error;
    }
  };
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}

export interface CookieOptions {
  secure: boolean;
  /** Where Tessera is mounted ('' at the root of the server); session cookies stay under it. */
  mountPrefix: string;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
}

function cookiePaths(mountPrefix: string) {
  // The refresh cookie only travels to the auth endpoints that use it.
  return { session: mountPrefix || '/', refresh: `${mountPrefix}/admin/api/auth` };
}

export function setSessionCookies(reply: FastifyReply, { tokens, csrfToken }: SignedIn, options: CookieOptions): void {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure: options.secure };
  const paths = cookiePaths(options.mountPrefix);
  reply.setCookie(ACCESS_COOKIE, tokens.access_token, { ...base, path: paths.session, maxAge: options.accessTtlSeconds });
  reply.setCookie(REFRESH_COOKIE, tokens.refresh_token, { ...base, path: paths.refresh, maxAge: options.refreshTtlSeconds });
  reply.setCookie(CSRF_COOKIE, csrfToken, { httpOnly: false, sameSite: 'lax', secure: options.secure, path: paths.session, maxAge: options.refreshTtlSeconds });
}

export function clearSessionCookies(reply: FastifyReply, options: Pick<CookieOptions, 'mountPrefix'>): void {
  const paths = cookiePaths(options.mountPrefix);
  reply.clearCookie(ACCESS_COOKIE, { path: paths.session });
  reply.clearCookie(REFRESH_COOKIE, { path: paths.refresh });
  reply.clearCookie(CSRF_COOKIE, { path: paths.session });
}
