import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, detailErrors } from '../../../common/contracts/errors.js';
import { CreateUserBody, UpdateUserBody, UserListQuery, UserPage, UserSchema } from '../../../common/contracts/users.js';
import { requireActor } from '../../plugins/auth.js';
import { registerResource } from '../resource-routes.js';
import type { AdminFaceOptions } from './index.js';

export const usersRoutes: FastifyPluginAsyncTypebox<AdminFaceOptions> = async (app, { core }) => {
  registerResource(app, {
    path: '/users',
    item: UserSchema,
    list: { summary: 'List users of the tenant', permission: 'users:read', query: UserListQuery, page: UserPage, run: (actor, query) => core.users.list(actor, { limit: 50, offset: 0, ...query }) },
    create: { summary: 'Create a user', permission: 'users:create', body: CreateUserBody, run: (actor, body) => core.users.create(actor, body) },
    get: { summary: 'Get a user', permission: 'users:read', run: (actor, id) => core.users.get(actor, id) },
    update: { summary: 'Change name, role, active state or password', permission: 'users:update', body: UpdateUserBody, run: (actor, id, body) => core.users.update(actor, id, body) },
    remove: { summary: 'Delete a user', permission: 'users:delete', run: (actor, id) => core.users.delete(actor, id) },
  });

  for (const [verb, active] of [['deactivate', false], ['activate', true]] as const) {
    app.post(
      `/users/:id/${verb}`,
      { schema: { summary: `${verb[0]?.toUpperCase()}${verb.slice(1)} a user`, params: IdParams, response: { 200: UserSchema, ...detailErrors(404, 409) } } },
      async (request) => core.users.update(requireActor(request), request.params.id, { is_active: active }),
    );
  }
};
