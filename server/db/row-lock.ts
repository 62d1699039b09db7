import type { Kysely } from 'kysely';
import type { DialectName } from './dialect.js';
import type { DB } from './schema.js';

/**
 * Holds a row for the rest of the transaction, so concurrent changes to it queue instead of
 * failing each other's version check. PostgreSQL takes a row lock (SELECT ... FOR UPDATE); SQLite
 * needs nothing, since its single connection already runs write transactions one at a time.
 */
export async function lockRowForChange(executor: Kysely<DB>, dialect: DialectName, table: 'dashboards', id: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await executor.selectFrom(table).select('id').where('id', '=', id).forUpdate().execute();
}
