import pg from 'pg';
import type { BindValue } from '../placeholders.js';
import { QueryExecutionError } from '../query-execution-error.js';
import { RowCollector } from '../row-collector.js';
import type { JsonValue } from '../types.js';
import { toJsonValue } from '../values.js';
import type { Driver, DriverResult, ExecuteOptions } from './driver.js';
import { postgresColumnType, postgresTypeName, postgresTypeParsers } from './postgres-types.js';

const QUERY_CANCELED = '57014';
const DEFAULT_MAX_CONNECTIONS = 5;

/** Rows per FETCH: few round trips, and little read past a cap. */
const FETCH_SIZE = 500;

/**
 * A PostgreSQL data source. Every query runs in its own READ ONLY transaction and is rolled back,
 * so nothing it does outlives it. Rows are read through a cursor a batch at a time and reading stops
 * at a cap, so a huge or wide result never crosses the wire in full; the outer LIMIT tells the
 * planner how many rows are wanted at most.
 */
/** The newline keeps a trailing `--` comment in the user's SQL from swallowing the wrapper. */
const CURSOR_PREFIX = 'DECLARE tessera_rows NO SCROLL CURSOR FOR SELECT * FROM (\n';

export class PostgresDriver implements Driver {
  readonly kind = 'postgres' as const;
  private pool: pg.Pool | undefined;

  constructor(
    private readonly url: string,
    private readonly maxConnections = DEFAULT_MAX_CONNECTIONS,
  ) {}

  async execute(sql: string, values: BindValue[], { timeoutMs, rowCap, maxBytes }: ExecuteOptions): Promise<DriverResult> {
    let client: pg.PoolClient;
    try {
      client = await this.open().connect();
    } catch (error) {
      throw QueryExecutionError.from(error);
    }
    let broken: Error | undefined;
    const deadline = Date.now() + timeoutMs;
    // Each statement gets whatever is left of the query's time.
    const limitTime = () => client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.ceil(deadline - Date.now()))}`);
    try {
      await client.query('BEGIN READ ONLY');
      await limitTime();
      await client.query({ text: `${CURSOR_PREFIX}${sql}\n) AS q LIMIT ${rowCap + 1}`, values });
      await limitTime();
      const first = await client.query<JsonValue[]>({ text: `FETCH ${FETCH_SIZE} FROM tessera_rows`, rowMode: 'array' });
      const columns = first.fields.map((field) => ({
        name: field.name,
        rawType: postgresTypeName(field.dataTypeID),
        type: postgresColumnType(field.dataTypeID),
      }));
      const collector = new RowCollector(rowCap, maxBytes, columns.map((column) => column.name));
      let batch = first.rows;
      while (batch.every((row) => collector.add(row.map(toJsonValue))) && batch.length === FETCH_SIZE) {
        await limitTime();
        batch = (await client.query<JsonValue[]>({ text: `FETCH ${FETCH_SIZE} FROM tessera_rows`, rowMode: 'array' })).rows;
      }
      return { columns, rows: collector.rows, truncated: collector.truncated };
    } catch (error) {
      if ((error as { code?: string }).code === QUERY_CANCELED) throw QueryExecutionError.timeout(timeoutMs);
      throw QueryExecutionError.from(error).located(sql, { offset: CURSOR_PREFIX.length });
    } finally {
      await client.query('ROLLBACK').catch((error: Error) => (broken = error));
      // A client whose ROLLBACK failed is in an unknown state: destroy it rather than reuse it.
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.end();
  }

  private open(): pg.Pool {
    if (!this.pool) {
      this.pool = new pg.Pool({
        connectionString: this.url,
        max: this.maxConnections,
        connectionTimeoutMillis: 10_000,
        idleTimeoutMillis: 30_000,
        types: postgresTypeParsers,
        application_name: 'tessera-query-engine',
      });
      // A client losing its connection must not crash the process, idle in the pool (the pool's
      // 'error') or checked out between two statements (the client's own); the next query reconnects.
      this.pool.on('error', () => undefined);
      this.pool.on('connect', (client) => client.on('error', () => undefined));
    }
    return this.pool;
  }
}
