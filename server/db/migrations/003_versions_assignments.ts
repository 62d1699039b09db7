import type { Kysely } from 'kysely';
import type { MetadataDialect } from '../metadata-dialect.js';

export function versionsAndAssignments(dialect: MetadataDialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('dashboard_revisions')
        .addColumn('dashboard_id', 'text', (c) => c.notNull().references('dashboards.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text')
        .addColumn('author_email', 'text')
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('dashboard_revisions_pk', ['dashboard_id', 'version'])
        .execute();

      await db.schema
        .createTable('user_dashboards')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('dashboard_id', 'text', (c) => c.notNull().references('dashboards.id').onDelete('cascade'))
        .addColumn('is_default', dialect.booleanType(), (c) => c.notNull())
        .addColumn('assigned_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('user_dashboards_pk', ['user_id', 'dashboard_id'])
        .execute();
      await db.schema.createIndex('user_dashboards_dashboard_idx').on('user_dashboards').column('dashboard_id').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('user_dashboards').execute();
      await db.schema.dropTable('dashboard_revisions').execute();
    },
  };
}
