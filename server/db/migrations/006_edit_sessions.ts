import type { Kysely } from 'kysely';

/**
 * A saved edit session names itself (the revision's message), and a dashboard may carry the order
 * and heights its tiles take on a phone (JSON `[{widget_id, height}]`; null: follow the desktop grid).
 */
export function editSessions() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('dashboard_revisions').addColumn('message', 'text').execute();
      await db.schema.alterTable('dashboards').addColumn('phone_layout', 'text').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('dashboards').dropColumn('phone_layout').execute();
      await db.schema.alterTable('dashboard_revisions').dropColumn('message').execute();
    },
  };
}
