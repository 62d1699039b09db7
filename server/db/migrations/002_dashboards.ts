import type { Kysely } from 'kysely';

export function dashboards() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('data_sources')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('timeout_ms', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('data_sources_tenant_name_unique', ['tenant_id', 'name'])
        .execute();

      await db.schema
        .createTable('metrics')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('table_name', 'text', (c) => c.notNull())
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('time_column', 'text')
        .addColumn('dimensions', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('metrics_tenant_name_unique', ['tenant_id', 'name'])
        .execute();

      await db.schema
        .createTable('dashboards')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('visibility', 'text', (c) => c.notNull())
        .addColumn('filters', 'text', (c) => c.notNull())
        .addColumn('refresh_interval_seconds', 'integer')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('dashboards_tenant_name_unique', ['tenant_id', 'name'])
        .execute();
      await db.schema.createIndex('dashboards_owner_idx').on('dashboards').column('owner_id').execute();

      await db.schema
        .createTable('dashboard_tags')
        .addColumn('dashboard_id', 'text', (c) => c.notNull().references('dashboards.id').onDelete('cascade'))
        .addColumn('tag', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('dashboard_tags_pk', ['dashboard_id', 'tag'])
        .execute();
      await db.schema.createIndex('dashboard_tags_tag_idx').on('dashboard_tags').column('tag').execute();

      await db.schema
        .createTable('widgets')
        // Widget ids are unique per dashboard: clients of the analytics face choose their own ("widget_1").
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('dashboard_id', 'text', (c) => c.notNull().references('dashboards.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('widget_type', 'text', (c) => c.notNull())
        .addColumn('pos_x', 'integer', (c) => c.notNull())
        .addColumn('pos_y', 'integer', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('config', 'text', (c) => c.notNull())
        .addColumn('data_source', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('widgets_pk', ['dashboard_id', 'id'])
        .execute();

      await db.schema
        .createTable('dashboard_shares')
        .addColumn('dashboard_id', 'text', (c) => c.notNull().references('dashboards.id').onDelete('cascade'))
        .addColumn('principal_type', 'text', (c) => c.notNull())
        .addColumn('principal_id', 'text', (c) => c.notNull())
        .addColumn('permission', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('dashboard_shares_pk', ['dashboard_id', 'principal_id'])
        .execute();
      await db.schema.createIndex('dashboard_shares_principal_idx').on('dashboard_shares').column('principal_id').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['dashboard_shares', 'widgets', 'dashboard_tags', 'dashboards', 'metrics', 'data_sources']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
