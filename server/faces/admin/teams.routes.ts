import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, PageQuery, detailErrors } from '../../../common/contracts/errors.js';
import { AddMemberBody, CreateTeamBody, TeamMemberParams, TeamPage, TeamSchema, UpdateTeamBody } from '../../../common/contracts/teams.js';
import { requireActor } from '../../plugins/auth.js';
import { registerResource } from '../resource-routes.js';
import type { AdminFaceOptions } from './index.js';

export const teamsRoutes: FastifyPluginAsyncTypebox<AdminFaceOptions> = async (app, { core }) => {
  registerResource(app, {
    path: '/teams',
    item: TeamSchema,
    list: { summary: 'List teams with their members', permission: 'teams:read', query: PageQuery, page: TeamPage, run: (actor, { limit = 50, offset = 0 }) => core.teams.list(actor, limit, offset) },
    create: { summary: 'Create a team', permission: 'teams:create', body: CreateTeamBody, run: (actor, body) => core.teams.create(actor, body) },
    get: { summary: 'Get a team', permission: 'teams:read', run: (actor, id) => core.teams.get(actor, id) },
    update: { summary: 'Rename a team or replace its members', permission: 'teams:update', body: UpdateTeamBody, run: (actor, id, body) => core.teams.update(actor, id, body) },
    remove: { summary: 'Delete a team', permission: 'teams:delete', run: (actor, id) => core.teams.delete(actor, id) },
  });

  app.post(
    '/teams/:id/members',
    { schema: { summary: 'Add a member', params: IdParams, body: AddMemberBody, response: { 200: TeamSchema, ...detailErrors(404) } } },
    async (request) => core.teams.addMember(requireActor(request), request.params.id, request.body.user_id),
  );

  app.delete(
    '/teams/:id/members/:user_id',
    { schema: { summary: 'Remove a member', params: TeamMemberParams, response: { 200: TeamSchema, ...detailErrors(404) } } },
    async (request) => core.teams.removeMember(requireActor(request), request.params.id, request.params.user_id),
  );
};
