import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { dialectFor, type DialectName, type MetadataDialect } from './metadata-dialect.js';
import { foundation } from './migrations/001_foundation.js';
import { dashboards } from './migrations/002_dashboards.js';
import { versionsAndAssignments } from './migrations/003_versions_assignments.js';
import { themeSettings } from './migrations/004_theme_settings.js';
import { dashboardFavorites } from './migrations/005_dashboard_favorites.js';
import { editSessions } from './migrations/006_edit_sessions.js';

/** Migrations in order; names are permanent once released. */
function migrations(dialect: MetadataDialect): Record<string, Migration> {
  return {
    '001_foundation': foundation(dialect),
    '002_dashboards': dashboards(),
    '003_versions_assignments': versionsAndAssignments(dialect),
    '004_theme_settings': themeSettings(),
    '005_dashboard_favorites': dashboardFavorites(),
    '006_edit_sessions': editSessions(),
  };
}

export async function migrateToLatest(db: Kysely<unknown>, dialect: DialectName): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(dialectFor(dialect)) },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    throw result.error instanceof Error ? result.error : new Error(String(result.error));
  }
  return result;
}
