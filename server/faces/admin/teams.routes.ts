import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, Pagination, detailErrors } from '../../../common/contracts/errors.js';
import { AddMemberBody, CreateTeamBody, TeamPage, TeamSchema, UpdateTeamBody } from '../../../common/contracts/teams.js';
import { requireActor } from '../../plugins/auth.js';
import type { AdminFaceOptions } from './index.js';

const tags = ['teams'];
const MemberParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), user_id: Type.String({ minLength: 1, maxLength: 64 }) });

export const teamsRoutes: FastifyPluginAsyncTypebox<AdminFaceOptions> = async (app, { core }) => {
  app.get(
    '/teams',
    { schema: { tags, summary: 'List teams with their members', querystring: Type.Object(Pagination, { additionalProperties: false }), response: { 200: TeamPage, ...detailErrors() } } },
    async (request) => {
      const { limit = 50, offset = 0 } = request.query;
      const { items, total } = await core.teams.list(requireActor(request), limit, offset);
      return { items, total, limit, offset };
    },
  );

  app.post(
    '/teams',
    { schema: { tags, summary: 'Create a team', body: CreateTeamBody, response: { 201: TeamSchema, ...detailErrors(409) } } },
    async (request, reply) => reply.status(201).send(await core.teams.create(requireActor(request), request.body)),
  );

  app.get(
    '/teams/:id',
    { schema: { tags, summary: 'Get a team', params: IdParams, response: { 200: TeamSchema, ...detailErrors(404) } } },
    async (request) => core.teams.get(requireActor(request), request.params.id),
  );

  app.patch(
    '/teams/:id',
    { schema: { tags, summary: 'Rename a team or replace its members', params: IdParams, body: UpdateTeamBody, response: { 200: TeamSchema, ...detailErrors(404, 409) } } },
    async (request) => core.teams.update(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/teams/:id',
    { schema: { tags, summary: 'Delete a team', params: IdParams, response: { 204: Type.Null(), ...detailErrors(404) } } },
    async (request, reply) => {
      await core.teams.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/teams/:id/members',
    { schema: { tags, summary: 'Add a member', params: IdParams, body: AddMemberBody, response: { 200: TeamSchema, ...detailErrors(404) } } },
    async (request) => core.teams.addMember(requireActor(request), request.params.id, request.body.user_id),
  );

  app.delete(
    '/teams/:id/members/:user_id',
    { schema: { tags, summary: 'Remove a member', params: MemberParams, response: { 200: TeamSchema, ...detailErrors(404) } } },
    async (request) => core.teams.removeMember(requireActor(request), request.params.id, request.params.user_id),
  );
};
