import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PageQuery } from '../../../common/contracts/errors.js';
import { TenantBody, TenantPage, TenantSchema } from '../../../common/contracts/tenants.js';
import { registerResource } from '../resource-routes.js';
import type { AdminFaceOptions } from './index.js';

export const tenantsRoutes: FastifyPluginAsyncTypebox<AdminFaceOptions> = async (app, { core }) => {
  registerResource(app, {
    path: '/tenants',
    item: TenantSchema,
    list: {
      summary: 'List tenants (superadmin)',
      permission: 'tenants:read',
      query: PageQuery,
      page: TenantPage,
      run: async (actor, { limit = 50, offset = 0 }) => {
        const { rows, total } = await core.tenants.list(actor, limit, offset);
        return { items: rows, total };
      },
    },
    create: { summary: 'Create a tenant (superadmin); its id is derived from the name', permission: 'tenants:create', body: TenantBody, run: (actor, body) => core.tenants.create(actor, body) },
    // Everyone may read their own tenant; the service hides the others.
    get: { summary: 'Get a tenant', run: (actor, id) => core.tenants.get(actor, id) },
    update: { summary: 'Rename a tenant (superadmin)', permission: 'tenants:update', body: TenantBody, run: (actor, id, body) => core.tenants.rename(actor, id, body.name) },
    remove: { summary: 'Delete an empty tenant (superadmin)', permission: 'tenants:delete', run: (actor, id) => core.tenants.delete(actor, id) },
  });
};
