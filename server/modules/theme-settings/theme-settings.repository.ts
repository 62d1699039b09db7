import type { Kysely } from 'kysely';
import type { DB, ThemeSettingsRow } from '../../db/schema.js';

const COLUMNS = ['color_mode', 'accent', 'font', 'gray', 'radius', 'layout', 'updated_at'] as const;

/** Stored theme settings: one row per user who chose their own, one per tenant whose admins chose a default. */
export class ThemeSettingsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  findForUser(userId: string, executor: Kysely<DB> = this.db): Promise<ThemeSettingsRow | undefined> {
    return executor.selectFrom('user_theme_settings').select(COLUMNS).where('user_id', '=', userId).executeTakeFirst();
  }

  findForTenant(tenantId: string, executor: Kysely<DB> = this.db): Promise<ThemeSettingsRow | undefined> {
    return executor.selectFrom('tenant_theme_settings').select(COLUMNS).where('tenant_id', '=', tenantId).executeTakeFirst();
  }

  async saveForUser(executor: Kysely<DB>, userId: string, row: ThemeSettingsRow): Promise<void> {
    await executor
      .insertInto('user_theme_settings')
      .values({ user_id: userId, ...row })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(row))
      .execute();
  }

  async saveForTenant(executor: Kysely<DB>, tenantId: string, row: ThemeSettingsRow): Promise<void> {
    await executor
      .insertInto('tenant_theme_settings')
      .values({ tenant_id: tenantId, ...row })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet(row))
      .execute();
  }

  async deleteForUser(executor: Kysely<DB>, userId: string): Promise<void> {
    await executor.deleteFrom('user_theme_settings').where('user_id', '=', userId).execute();
  }
}
