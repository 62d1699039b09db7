import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, Pagination, detailErrors } from '../../../common/contracts/errors.js';
import { TenantBody, TenantPage, TenantSchema } from '../../../common/contracts/tenants.js';
import { requireActor } from '../../plugins/auth.js';
import type { AdminFaceOptions } from './index.js';

const tags = ['tenants'];

export const tenantsRoutes: FastifyPluginAsyncTypebox<AdminFaceOptions> = async (app, { core }) => {
  app.get(
    '/tenants',
    { schema: { tags, summary: 'List tenants (superadmin)', querystring: Type.Object(Pagination, { additionalProperties: false }), response: { 200: TenantPage, ...detailErrors() } } },
    async (request) => {
      const { limit = 50, offset = 0 } = request.query;
      const { rows, total } = await core.tenants.list(requireActor(request), limit, offset);
      return { items: rows, total, limit, offset };
    },
  );

  app.post(
    '/tenants',
    { schema: { tags, summary: 'Create a tenant (superadmin); its id is derived from the name', body: TenantBody, response: { 201: TenantSchema, ...detailErrors(409) } } },
    async (request, reply) => reply.status(201).send(await core.tenants.create(requireActor(request), request.body)),
  );

  app.get(
    '/tenants/:id',
    { schema: { tags, summary: 'Get a tenant', params: IdParams, response: { 200: TenantSchema, ...detailErrors(404) } } },
    async (request) => core.tenants.get(requireActor(request), request.params.id),
  );

  app.patch(
    '/tenants/:id',
    { schema: { tags, summary: 'Rename a tenant (superadmin)', params: IdParams, body: TenantBody, response: { 200: TenantSchema, ...detailErrors(404, 409) } } },
    async (request) => core.tenants.rename(requireActor(request), request.params.id, request.body.name),
  );

  app.delete(
    '/tenants/:id',
    { schema: { tags, summary: 'Delete an empty tenant (superadmin)', params: IdParams, response: { 204: Type.Null(), ...detailErrors(404, 409) } } },
    async (request, reply) => {
      await core.tenants.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
