import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { REFRESH_COOKIE } from '../../../common/auth.js';
import { CurrentUserSchema, LoginBody, RefreshBody, TokenPairSchema } from '../../../common/contracts/auth.js';
import { unauthorized } from '../../modules/errors/domain-errors.js';
import { DetailError, NoContent, RateLimited } from '../../../common/contracts/errors.js';
import { csrfTokenOf, clearSessionCookies, clientOf, requireActor, setSessionCookies } from '../../plugins/auth.js';
import type { AdminFaceOptions } from './index.js';

/** Refresh and logout may come with no body at all (the token in a cookie); validate that as `{}`. */
function bodyOptional(request: FastifyRequest, _reply: FastifyReply, done: () => void): void {
  request.body ??= {};
  done();
}

export const authRoutes: FastifyPluginAsyncTypebox<AdminFaceOptions> = async (app, { core, cookies, loginRateLimit }) => {

  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: loginRateLimit },
      schema: {
        summary: 'Authenticate with email and password',
        security: [],
        body: LoginBody,
        response: { 200: TokenPairSchema, 401: DetailError, 422: DetailError, 429: RateLimited },
      },
    },
    async (request, reply) => {
      const session = await core.auth.login(request.body, clientOf(request));
      setSessionCookies(reply, session, cookies);
      return session.tokens;
    },
  );

  app.post(
    '/auth/refresh',
    {
      config: { public: true },
      preValidation: bodyOptional,
      schema: {
        summary: 'Exchange a refresh token for new tokens (the refresh token rotates)',
        security: [],
        body: RefreshBody,
        response: { 200: TokenPairSchema, 401: DetailError, 403: DetailError, 422: DetailError },
      },
    },
    async (request, reply) => {
      let token = request.body?.refresh_token;
      let csrf: string | null | undefined;
      if (!token) {
        token = request.cookies[REFRESH_COOKIE];
        if (!token) throw unauthorized('No refresh token given');
        csrf = csrfTokenOf(request) ?? null;
      }
      const session = await core.auth.refresh(token, clientOf(request), csrf);
      setSessionCookies(reply, session, cookies);
      return session.tokens;
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { public: true },
      preValidation: bodyOptional,
      schema: {
        summary: 'Revoke the refresh token and clear the session cookies',
        body: RefreshBody,
        response: { 204: NoContent, 403: DetailError, 422: DetailError },
      },
    },
    async (request, reply) => {
      let token = request.body?.refresh_token;
      let csrf: string | null | undefined;
      if (!token && request.cookies[REFRESH_COOKIE]) {
        csrf = csrfTokenOf(request) ?? null;
        token = request.cookies[REFRESH_COOKIE];
      }
      await core.auth.logout(token, request.actor ?? undefined, clientOf(request), csrf);
      clearSessionCookies(reply, cookies);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { summary: 'The signed-in user with roles and permissions', response: { 200: CurrentUserSchema, 401: DetailError } } },
    async (request) => core.auth.me(requireActor(request)),
  );
};
