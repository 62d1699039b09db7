import { sql } from 'kysely';
import { connectMetadata, type MetadataDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';
import type { MigrationResultSet } from 'kysely';

/** Any fixed number: every instance of Tessera on one database takes the same advisory lock. */
const STARTUP_LOCK_KEY = 7_265_737_372;

/** Connects to the metadata store and brings its schema up to date; closes it again if that fails. */
export async function openMetadata(options: { databaseUrl?: string | undefined; sqliteFile: string }): Promise<{ metadata: MetadataDatabase; migrations: MigrationResultSet }> {
  const metadata = connectMetadata({ sqliteFile: options.sqliteFile, ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}) });
  try {
    return { metadata, migrations: await migrateToLatest(metadata.db as never, metadata.dialect) };
  } catch (error) {
    await metadata.close();
    throw error;
  }
}

/**
 * Runs start-up work (the first admin, the demo) while holding a database-wide lock, so several
 * instances starting on one fresh PostgreSQL database do it once between them: the others wait,
 * then find it done. The lock is a session lock held on one connection of the pool for the
 * duration. A SQLite store belongs to one process and needs none.
 */
export async function underStartupLock<T>(metadata: MetadataDatabase, work: () => Promise<T>): Promise<T> {
  if (metadata.dialect !== 'postgres') return work();
  return metadata.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK_KEY})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK_KEY})`.execute(connection);
    }
  });
}
