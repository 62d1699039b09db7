import type { FastifyPluginAsync } from 'fastify';
import type { Core } from '../../core.js';
import type { ThemeSettingsService } from '../../modules/theme-settings/theme-settings.service.js';
import { authenticateHook } from '../../plugins/auth.js';
import { detailFormat, replyWithProblem } from '../../plugins/errors.js';
import { DetailError, RateLimited } from '../../../common/contracts/errors.js';
import { describeOperations } from '../operation-docs.js';
import { SETTINGS_OPERATIONS } from './operations.js';
import { themeRoutes } from './theme.routes.js';

export interface SettingsFaceOptions {
  services: { themeSettings: ThemeSettingsService };
}

/** `/api/settings`: a signed-in user's preferences (seed 004's theme settings), with the `{detail, status_code}` errors. */
export const settingsFace: FastifyPluginAsync<{ core: Core }> = async (app, { core }) => {
  app.setErrorHandler((error, request, reply) => replyWithProblem(error, request, reply, detailFormat));
  // preValidation: anonymous callers get 401 before their body is looked at.
  app.addHook('preValidation', authenticateHook(core));
  describeOperations(app, SETTINGS_OPERATIONS, { error: DetailError, rateLimited: RateLimited });
  await app.register(themeRoutes, { services: { themeSettings: core.themeSettings } });
};
