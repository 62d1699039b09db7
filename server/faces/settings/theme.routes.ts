import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { detailErrors } from '../../../common/contracts/errors.js';
import { EffectiveThemeSettings, TenantThemeSettings, ThemeSettingsSchema } from '../../../common/contracts/theme-settings.js';
import { requireActor } from '../../plugins/auth.js';
import type { SettingsFaceOptions } from './index.js';

/** `/api/settings/theme`: the caller's own look, and their tenant's default. */
export const themeRoutes: FastifyPluginAsyncTypebox<SettingsFaceOptions> = async (app, { services }) => {
  app.get('/theme', { schema: { summary: 'Your theme settings', response: { 200: EffectiveThemeSettings, ...detailErrors() } } }, async (request) =>
    services.themeSettings.forUser(requireActor(request)),
  );

  app.put(
    '/theme',
    { schema: { summary: 'Save your theme settings', body: ThemeSettingsSchema, response: { 200: EffectiveThemeSettings, ...detailErrors() } } },
    async (request) => services.themeSettings.saveForUser(requireActor(request), request.body),
  );

  app.delete('/theme', { schema: { summary: "Go back to your tenant's default", response: { 200: EffectiveThemeSettings, ...detailErrors() } } }, async (request) =>
    services.themeSettings.resetForUser(requireActor(request)),
  );

  app.get('/theme/default', { schema: { summary: "Your tenant's theme default", response: { 200: TenantThemeSettings, ...detailErrors() } } }, async (request) =>
    services.themeSettings.tenantDefault(requireActor(request)),
  );

  app.put(
    '/theme/default',
    { schema: { summary: "Set your tenant's theme default (admin)", body: ThemeSettingsSchema, response: { 200: TenantThemeSettings, ...detailErrors() } } },
    async (request) => services.themeSettings.saveTenantDefault(requireActor(request), request.body),
  );
};
