import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, detailErrors } from '../../../common/contracts/errors.js';
import {
  ModelJsonSchema,
  ModelParams,
  ModelRecord,
  ModelSchemaQuery,
  ModelSummaryList,
  RecordList,
  RecordListQuery,
  RecordParams,
  RelationParams,
  RelationSearchQuery,
  RelationSearchResult,
} from '../../../common/contracts/models.js';
import { requireActor } from '../../plugins/auth.js';
import type { AdminFaceOptions } from './index.js';

/** `/models`: the registered tables (seed 001), their records and forms. */
export const modelsRoutes: FastifyPluginAsyncTypebox<AdminFaceOptions> = async (app, { core }) => {
  const records = core.admin.records;

  app.get('/models', { schema: { summary: 'Registered models the caller may see', response: { 200: ModelSummaryList, ...detailErrors() } } }, async (request) =>
    records.listModels(requireActor(request)),
  );

  app.get(
    '/models/:model',
    { schema: { summary: "A page of a model's records", params: ModelParams, querystring: RecordListQuery, response: { 200: RecordList, ...detailErrors(404) } } },
    async (request) => records.list(requireActor(request), request.params.model, request.query),
  );

  app.post(
    '/models/:model',
    { schema: { summary: 'Creates a record', params: ModelParams, body: ModelRecord, response: { 201: ModelRecord, ...detailErrors(404, 409) } } },
    async (request, reply) => reply.status(201).send(await records.create(requireActor(request), request.params.model, request.body)),
  );

  app.get(
    '/models/:model/schema',
    { schema: { summary: "The JSON Schema of a model's create or edit form", params: ModelParams, querystring: ModelSchemaQuery, response: { 200: ModelJsonSchema, ...detailErrors(404) } } },
    async (request) => records.schema(requireActor(request), request.params.model, request.query.mode ?? 'create'),
  );

  app.get(
    '/models/:model/relationships/:field/search',
    { schema: { summary: 'Records a foreign-key field may point at, by label', params: RelationParams, querystring: RelationSearchQuery, response: { 200: RelationSearchResult, ...detailErrors(404) } } },
    async (request) => records.relationSearch(requireActor(request), request.params.model, request.params.field, request.query.q ?? '', request.query.limit ?? 20),
  );

  app.get(
    '/models/:model/:id',
    { schema: { summary: 'One record', params: RecordParams, response: { 200: ModelRecord, ...detailErrors(404) } } },
    async (request) => records.get(requireActor(request), request.params.model, request.params.id),
  );

  app.put(
    '/models/:model/:id',
    { schema: { summary: 'Replaces a record', params: RecordParams, body: ModelRecord, response: { 200: ModelRecord, ...detailErrors(404, 409) } } },
    async (request) => records.update(requireActor(request), request.params.model, request.params.id, request.body, 'replace'),
  );

  app.patch(
    '/models/:model/:id',
    { schema: { summary: 'Changes some fields of a record', params: RecordParams, body: ModelRecord, response: { 200: ModelRecord, ...detailErrors(404, 409) } } },
    async (request) => records.update(requireActor(request), request.params.model, request.params.id, request.body, 'patch'),
  );

  app.delete(
    '/models/:model/:id',
    { schema: { summary: 'Deletes a record', params: RecordParams, response: { 204: NoContent, ...detailErrors(404, 409) } } },
    async (request, reply) => {
      await records.remove(requireActor(request), request.params.model, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
