import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { detailErrors } from '../../../common/contracts/errors.js';
import { BulkActionBody, BulkActionParams, BulkActionResult, BulkDeleteBody, BulkDeleteResult, ModelParams } from '../../../common/contracts/models.js';
import { requireActor } from '../../plugins/auth.js';
import type { AdminFaceOptions } from './index.js';

/** `/models/:model/bulk/*`: actions over many records at once (seed 001). */
export const modelBulkRoutes: FastifyPluginAsyncTypebox<AdminFaceOptions> = async (app, { core }) => {
  app.post(
    '/models/:model/bulk/delete',
    { schema: { summary: 'Deletes the selected records', params: ModelParams, body: BulkDeleteBody, response: { 200: BulkDeleteResult, ...detailErrors(404, 409) } } },
    async (request) => core.admin.bulk.delete(requireActor(request), request.params.model, request.body),
  );

  app.post(
    '/models/:model/bulk/:action',
    { schema: { summary: 'Runs a bulk action on the selected records', params: BulkActionParams, body: BulkActionBody, response: { 200: BulkActionResult, ...detailErrors(404, 409) } } },
    async (request) => core.admin.bulk.run(requireActor(request), request.params.model, request.params.action, request.body, request.body.params ?? {}),
  );
};
