import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, detailErrors } from '../../../common/contracts/errors.js';
import { CreateUserBody, UpdateUserBody, UserListQuery, UserPage, UserSchema } from '../../../common/contracts/users.js';
import { requireActor } from '../../plugins/auth.js';
import type { AdminFaceOptions } from './index.js';

const tags = ['users'];

export const usersRoutes: FastifyPluginAsyncTypebox<AdminFaceOptions> = async (app, { core }) => {
  app.get(
    '/users',
    { schema: { tags, summary: 'List users of the tenant', querystring: UserListQuery, response: { 200: UserPage, ...detailErrors() } } },
    async (request) => {
      const { limit = 50, offset = 0, search, tenant_id } = request.query;
      const { items, total } = await core.users.list(requireActor(request), { limit, offset, search, tenant_id });
      return { items, total, limit, offset };
    },
  );

  app.post(
    '/users',
    { schema: { tags, summary: 'Create a user', body: CreateUserBody, response: { 201: UserSchema, ...detailErrors(409) } } },
    async (request, reply) => reply.status(201).send(await core.users.create(requireActor(request), request.body)),
  );

  app.get(
    '/users/:id',
    { schema: { tags, summary: 'Get a user', params: IdParams, response: { 200: UserSchema, ...detailErrors(404) } } },
    async (request) => core.users.get(requireActor(request), request.params.id),
  );

  app.patch(
    '/users/:id',
    {
      schema: { tags, summary: 'Change name, role, active state or password', params: IdParams, body: UpdateUserBody, response: { 200: UserSchema, ...detailErrors(404, 409) } },
    },
    async (request) => core.users.update(requireActor(request), request.params.id, request.body),
  );

  for (const [verb, active] of [['deactivate', false], ['activate', true]] as const) {
    app.post(
      `/users/:id/${verb}`,
      { schema: { tags, summary: `${verb[0]?.toUpperCase()}${verb.slice(1)} a user`, params: IdParams, response: { 200: UserSchema, ...detailErrors(404, 409) } } },
      async (request) => core.users.update(requireActor(request), request.params.id, { is_active: active }),
    );
  }

  app.delete(
    '/users/:id',
    { schema: { tags, summary: 'Delete a user', params: IdParams, response: { 204: Type.Null(), ...detailErrors(404, 409) } } },
    async (request, reply) => {
      await core.users.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
