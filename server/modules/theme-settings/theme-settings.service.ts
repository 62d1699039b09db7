import type { EffectiveThemeSettings, TenantThemeSettings, ThemeSettings } from '../../../common/contracts/theme-settings.js';
import { BUILT_IN_THEME, THEME_SETTING_VALUES } from '../../../common/theme-choices.js';
import type { ThemeSettingsRow } from '../../db/schema.js';
import { assertCan, type Actor } from '../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { forbidden } from '../errors/domain-errors.js';
import { nowIso } from '../ids.js';
import type { ThemeSettingsRepository } from './theme-settings.repository.js';

type Setting = keyof ThemeSettings;
const SETTINGS = Object.keys(THEME_SETTING_VALUES) as Setting[];

/**
 * A stored row as settings. A value this version no longer offers falls back to the built-in one,
 * so a removed choice changes one setting instead of failing every page load.
 */
function settingsOf(row: ThemeSettingsRow): ThemeSettings {
  const settings: Record<Setting, unknown> = { ...BUILT_IN_THEME };
  for (const key of SETTINGS) {
    if ((THEME_SETTING_VALUES[key] as readonly unknown[]).includes(row[key])) settings[key] = row[key];
  }
  return settings as ThemeSettings;
}

/** The audit entry's `changes`, in the `{field: {old, new}}` shape every other change uses. */
function changesBetween(before: ThemeSettings | undefined, after: ThemeSettings | undefined): Record<string, { old: unknown; new: unknown }> {
  const changes: Record<string, { old: unknown; new: unknown }> = {};
  for (const key of SETTINGS) {
    if (before?.[key] !== after?.[key]) changes[key] = { old: before?.[key] ?? null, new: after?.[key] ?? null };
  }
  return changes;
}

function userOf(actor: Actor): string {
  if (!actor.userId) throw forbidden('Theme settings belong to a signed-in user');
  return actor.userId;
}

/**
 * The look of the web app, per user: their own choice, else their tenant's default, else the
 * built-in one. Anyone signed in reads and sets their own and reads their tenant's default;
 * changing the default needs `settings:manage`, and only ever in the caller's own tenant.
 */
export class ThemeSettingsService {
  constructor(
    private readonly repository: ThemeSettingsRepository,
    private readonly audit: AuditService,
  ) {}

  async forUser(actor: Actor): Promise<EffectiveThemeSettings> {
    const own = await this.repository.findForUser(userOf(actor));
    if (own) return { ...settingsOf(own), source: 'user' };
    return this.tenantDefault(actor);
  }

  async saveForUser(actor: Actor, settings: ThemeSettings): Promise<EffectiveThemeSettings> {
    const userId = userOf(actor);
    const stored = await this.repository.findForUser(userId);
    const changes = changesBetween(stored && settingsOf(stored), settings);
    if (stored && Object.keys(changes).length === 0) return { ...settings, source: 'user' };
    await this.audit.change(actor, async (trx, record) => {
      await this.repository.saveForUser(trx, userId, { ...settings, updated_at: nowIso() });
      record({ action: stored ? 'update' : 'create', model: 'ThemeSettings', recordId: userId, details: { changed_fields: Object.keys(changes), changes } });
    });
    return { ...settings, source: 'user' };
  }

  /** Forgets the caller's own choice, so their tenant's default applies again. */
  async resetForUser(actor: Actor): Promise<EffectiveThemeSettings> {
    const userId = userOf(actor);
    const stored = await this.repository.findForUser(userId);
    if (stored) {
      await this.audit.change(actor, async (trx, record) => {
        await this.repository.deleteForUser(trx, userId);
        record({ action: 'delete', model: 'ThemeSettings', recordId: userId, details: { changes: changesBetween(settingsOf(stored), undefined) } });
      });
    }
    return this.tenantDefault(actor);
  }

  async tenantDefault(actor: Actor): Promise<TenantThemeSettings> {
    const stored = await this.repository.findForTenant(actor.tenantId);
    return stored ? { ...settingsOf(stored), source: 'tenant' } : { ...BUILT_IN_THEME, source: 'default' };
  }

  async saveTenantDefault(actor: Actor, settings: ThemeSettings): Promise<TenantThemeSettings> {
    assertCan(actor, 'settings:manage');
    const stored = await this.repository.findForTenant(actor.tenantId);
    const changes = changesBetween(stored && settingsOf(stored), settings);
    if (stored && Object.keys(changes).length === 0) return { ...settings, source: 'tenant' };
    await this.audit.change(actor, async (trx, record) => {
      await this.repository.saveForTenant(trx, actor.tenantId, { ...settings, updated_at: nowIso() });
      record({ action: stored ? 'update' : 'create', model: 'TenantThemeSettings', recordId: actor.tenantId, details: { changed_fields: Object.keys(changes), changes } });
    });
    return { ...settings, source: 'tenant' };
  }
}
