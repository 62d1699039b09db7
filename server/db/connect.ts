import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { dialectFor, type DialectName, type MetadataDialect } from './metadata-dialect.js';
import type { DB } from './schema.js';
import { registerSqliteFunctions } from './sqlite-functions.js';

export interface MetadataDatabase {
  db: Kysely<DB>;
  /** Which store this is, for logs and health reports. */
  dialect: DialectName;
  /** The store's SQL differences, for migrations, repositories and compiled predicates. */
  sql: MetadataDialect;
  /** Where the data lives, without credentials, for logs. */
  location: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function connectMetadata(options: { databaseUrl?: string; sqliteFile: string }): MetadataDatabase {
  const url = options.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    // A request waits at most 5 s for a connection: while the database restarts, it fails fast (503).
    const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
    // A dropped idle connection must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    // Also while checked out between two statements (a transaction): a restart ends every connection.
    pool.on('connect', (client) => client.on('error', () => undefined));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return wrap(db, 'postgres', redact(url));
  }
  if (url) {
    throw new Error(`DATABASE_URL must be a postgres:// URL (got "${redact(url)}")`);
  }
  mkdirSync(dirname(options.sqliteFile), { recursive: true });
  const sqlite = new SQLite(options.sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  registerSqliteFunctions(sqlite);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return wrap(db, 'sqlite', options.sqliteFile);
}

/**
 * Kysely prepares every query anew; the metadata store asks the same few hundred queries over and
 * over, so their compiled statements are kept. Statements run one at a time on the single
 * connection, which makes reusing them safe.
 */
function withStatementCache(sqlite: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= 2000) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function wrap(db: Kysely<DB>, dialect: DialectName, location: string): MetadataDatabase {
  return {
    db,
    dialect,
    sql: dialectFor(dialect),
    location,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
