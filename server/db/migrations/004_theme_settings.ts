import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';

/** The six columns both tables share; values are checked by the API, not by the store. */
function withThemeColumns<T extends string>(table: CreateTableBuilder<T, never>) {
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  return table
    .addColumn('color_mode', 'text', notNull)
    .addColumn('accent', 'text', notNull)
    .addColumn('font', 'text', notNull)
    .addColumn('gray', 'text', notNull)
    .addColumn('radius', 'double precision', notNull)
    .addColumn('layout', 'text', notNull)
    .addColumn('updated_at', 'text', notNull);
}

export function themeSettings() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withThemeColumns(
        db.schema.createTable('user_theme_settings').addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade')),
      ).execute();
      await withThemeColumns(
        db.schema.createTable('tenant_theme_settings').addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id').onDelete('cascade')),
      ).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('tenant_theme_settings').execute();
      await db.schema.dropTable('user_theme_settings').execute();
    },
  };
}
