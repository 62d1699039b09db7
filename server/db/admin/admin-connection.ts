import { existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import type { Readable } from 'node:stream';
import { Kysely, PostgresDialect, SqliteDialect, sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import { introspect, type TableSchema } from '../introspection/index.js';
import type { DialectName } from '../metadata-dialect.js';
import { registerSqliteFunctions, SQLITE_UNICODE_LOWER } from '../sqlite-functions.js';
import { copyRowsWith, type CopyRows } from './copy-rows.js';
import { copyCsvStatement, copyOut } from './csv-copy-out.js';

/** What opening an admin source needs; `modules/models` declares the same shape for its config. */
export interface AdminSourceAddress {
  name: string;
  kind: DialectName;
  url?: string | undefined;
  /** A Kysely instance the caller owns, instead of a URL: used as given, never closed here. */
  db?: Kysely<unknown> | undefined;
  schema?: string | undefined;
}

/** A writable connection to one database the admin panel serves, with its tables as the catalog describes them. */
export interface AdminConnection {
  name: string;
  dialect: DialectName;
  db: Kysely<unknown>;
  tables: TableSchema[];
  /**
   * Runs `work` on one connection of its own: what a long write (an import) needs to use
   * PostgreSQL's COPY inside its transaction. `copy` is undefined on SQLite.
   */
  session<T>(work: (db: Kysely<unknown>, copy: CopyRows | undefined) => Promise<T>): Promise<T>;
  /** Whether `session` hands its work a COPY. */
  copies: boolean;
  /**
   * The rows of `select` as CSV written by the database itself (PostgreSQL's COPY), on a
   * connection of their own; undefined where the store has no such path or the query cannot take it.
   */
  csvOut?(select: RawBuilder<unknown>): Readable | undefined;
  close(): Promise<void>;
}

/**
 * Opens an admin source and reads its catalog. SQLite files must exist (an admin source is a
 * database someone already has, never one created by a typo); foreign keys are enforced on them,
 * as the panel promises. PostgreSQL connections form a small pool of their own.
 */
export async function openAdminConnection(source: AdminSourceAddress): Promise<AdminConnection> {
  if (source.db) return borrowedConnection(source.name, source.kind, source.db, source.schema);
  if (source.url === undefined) throw new Error(`Admin source ${source.name}: give a url or a db`);
  const url = source.url;
  if (source.kind === 'postgres') {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`Admin source ${source.name}: url must be a postgres:// URL`);
    const pool = new pg.Pool({ connectionString: url, max: 10, types: { getTypeParser: adminTypeParser } });
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
    try {
      const tables = await introspect(db, 'postgres', source.schema);
      const csvOut = (select: RawBuilder<unknown>) => {
        const statement = copyCsvStatement(db, select);
        return statement === undefined ? undefined : copyOut(pool, statement);
      };
      return { name: source.name, dialect: 'postgres', db, tables, session: (work) => onOneClient(pool, work), copies: true, csvOut, close: () => db.destroy() };
    } catch (error) {
      await db.destroy();
      throw new Error(`Admin source ${source.name}: cannot read its tables (${(error as Error).message})`);
    }
  }
  if (url !== ':memory:' && !existsSync(url)) throw new Error(`Admin source ${source.name}: no SQLite file at ${url}`);
  const file = new SQLite(url);
  file.pragma('journal_mode = WAL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  registerSqliteFunctions(file);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: file }) });
  const tables = await introspect(db, 'sqlite');
  return { name: source.name, dialect: 'sqlite', db, tables, session: (work) => work(db, undefined), copies: false, close: () => db.destroy() };
}

/**
 * A host application's own Kysely instance as an admin source. A long write holds one of its
 * connections (`db.connection()`), so a transaction stays on it; with no raw driver at hand there
 * is no COPY, and imports insert in batches. The host opened it, so the host closes it.
 */
async function borrowedConnection(name: string, dialect: DialectName, db: Kysely<unknown>, schema: string | undefined): Promise<AdminConnection> {
  if (dialect === 'sqlite') await requireSqliteFunctions(name, db);
  try {
    const tables = await introspect(db, dialect, schema);
    return { name, dialect, db, tables, session: (work) => db.connection().execute((connection) => work(connection, undefined)), copies: false, close: async () => undefined };
  } catch (error) {
    throw new Error(`Admin source ${name}: cannot read its tables (${(error as Error).message})`);
  }
}

/**
 * Search and filters fold case with the functions `registerSqliteFunctions` adds, which Tessera
 * adds itself to the files it opens; a host's own database must have them added by the host, since
 * Kysely does not hand out the driver's database. Checked once, so a missing one stops the start
 * with what to do rather than failing every search later.
 */
async function requireSqliteFunctions(name: string, db: Kysely<unknown>): Promise<void> {
  try {
    await sql`select ${sql.raw(SQLITE_UNICODE_LOWER)}('A')`.execute(db);
  } catch {
    throw new Error(`Admin source ${name}: its SQLite database lacks Tessera's functions; call registerSqliteFunctions(database) (from 'tessera') on the better-sqlite3 database before handing its Kysely instance over`);
  }
}

/** `work` over a Kysely bound to one pooled client, with COPY on that same client. */
async function onOneClient<T>(pool: pg.Pool, work: (db: Kysely<unknown>, copy: CopyRows | undefined) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // Kysely releases the client after each query; the client stays ours until the work is done.
  const kept = { query: client.query.bind(client), release: () => undefined };
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: { connect: async () => kept, end: async () => undefined } as unknown as pg.Pool }) });
  try {
    return await work(db, copyRowsWith(client));
  } finally {
    await db.destroy();
    client.release();
  }
}

const PG_DATE = 1082;
const PG_TIMESTAMP = 1114;
const PG_TIMESTAMPTZ = 1184;

/**
 * Values as the panel shows and edits them: a date stays `YYYY-MM-DD` (pg would make it a local
 * midnight), a timestamp without zone becomes ISO text without inventing one, and a timestamp
 * with zone an ISO instant in UTC. Big integers and numerics stay text, keeping every digit.
 */
function adminTypeParser(oid: number, format?: string): (value: string) => unknown {
  if (oid === PG_DATE) return (value) => value;
  if (oid === PG_TIMESTAMP) return (value) => value.replace(' ', 'T');
  if (oid === PG_TIMESTAMPTZ) {
    return (value) => {
      const time = new Date(value).getTime();
      return Number.isNaN(time) ? value : new Date(time).toISOString(); // 'infinity' stays as it is
    };
  }
  return pg.types.getTypeParser(oid, (format ?? 'text') as 'text');
}
