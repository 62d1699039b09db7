import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CardWidgetList, CardWidgetQuery } from '../../../common/contracts/cards.js';
import { DetailError, RateLimited, detailErrors } from '../../../common/contracts/errors.js';
import type { Core } from '../../core.js';
import { authenticateHook, requireActor } from '../../plugins/auth.js';
import { detailFormat, replyWithProblem } from '../../plugins/errors.js';
import { describeOperations } from '../operation-docs.js';
import { CARDS_OPERATIONS } from './operations.js';

/** `/api/dashboard/widgets/`: seed 004's card widgets as JSON, with the `{detail, status_code}` errors. */
export const cardsFace: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.setErrorHandler((error, request, reply) => replyWithProblem(error, request, reply, detailFormat));
  app.addHook('preValidation', authenticateHook(core));
  describeOperations(app, CARDS_OPERATIONS, { error: DetailError, rateLimited: RateLimited });
  app.get('/widgets', { schema: { summary: 'Card widgets', querystring: CardWidgetQuery, response: { 200: CardWidgetList, ...detailErrors() } } }, async (request) => {
    const { group, app: appLabel, dashboard_only: dashboardOnly } = request.query;
    const widgets = await core.cards.list(requireActor(request), { group, app: appLabel, dashboardOnly: dashboardOnly === '1' || dashboardOnly === 'true' });
    return { widgets };
  });
};
