import type { Kysely } from 'kysely';

/** Dashboards a user starred, and when each user last opened each dashboard (the Home page's lists). */
export function dashboardFavorites() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const [table, at] of [
        ['dashboard_stars', 'starred_at'],
        ['dashboard_views', 'viewed_at'],
      ] as const) {
        await db.schema
          .createTable(table)
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('dashboard_id', 'text', (c) => c.notNull().references('dashboards.id').onDelete('cascade'))
          .addColumn(at, 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint(`${table}_pk`, ['user_id', 'dashboard_id'])
          .execute();
        await db.schema.createIndex(`${table}_by_user`).on(table).columns(['user_id', at]).execute();
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('dashboard_views').execute();
      await db.schema.dropTable('dashboard_stars').execute();
    },
  };
}
