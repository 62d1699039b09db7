import pg from 'pg';
import type { BindValue } from '../placeholders.js';
import { QueryExecutionError } from '../query-execution-error.js';
import type { JsonValue } from '../types.js';
import { toJsonValue } from '../values.js';
import type { Driver, DriverResult, ExecuteOptions } from './driver.js';
import { postgresColumnType, postgresTypeName, postgresTypeParsers } from './postgres-types.js';

const QUERY_CANCELED = '57014';
const DEFAULT_MAX_CONNECTIONS = 5;

/**
 * A PostgreSQL data source. Every query runs in its own READ ONLY transaction with a local
 * statement timeout and is rolled back, so nothing it does outlives it. The row cap is applied by
 * the server (an outer LIMIT) so a huge result never crosses the wire.
 */
export class PostgresDriver implements Driver {
  readonly kind = 'postgres' as const;
  private pool: pg.Pool | undefined;

  constructor(
    private readonly url: string,
    private readonly maxConnections = DEFAULT_MAX_CONNECTIONS,
  ) {}

  async execute(sql: string, values: BindValue[], { timeoutMs, rowCap }: ExecuteOptions): Promise<DriverResult> {
    let client: pg.PoolClient;
    try {
      client = await this.open().connect();
    } catch (error) {
      throw QueryExecutionError.from(error);
    }
    let broken: Error | undefined;
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.ceil(timeoutMs))}`);
      // The newline keeps a trailing `--` comment in the user's SQL from swallowing the wrapper.
      const result = await client.query<JsonValue[]>({
        text: `SELECT * FROM (\n${sql}\n) AS q LIMIT ${rowCap + 1}`,
        values,
        rowMode: 'array',
      });
      const columns = result.fields.map((field) => ({
        name: field.name,
        rawType: postgresTypeName(field.dataTypeID),
        type: postgresColumnType(field.dataTypeID),
      }));
      const rows = result.rows.slice(0, rowCap).map((row) => row.map(toJsonValue));
      return { columns, rows, truncated: result.rows.length > rowCap };
    } catch (error) {
      if ((error as { code?: string }).code === QUERY_CANCELED) throw QueryExecutionError.timeout(timeoutMs);
      throw QueryExecutionError.from(error);
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
      // An idle client losing its connection must not crash the process; the next query reconnects.
      this.pool.on('error', () => undefined);
    }
    return this.pool;
  }
}
