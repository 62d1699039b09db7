/**
 * Runs in the DuckDB query process (started by duckdb-child.js): one DuckDB instance and a few
 * connections, so the widgets of a dashboard still run side by side. The server bounds how many
 * queries it sends at once; a connection is opened whenever none is free.
 *
 * argv: the file path, then the instance settings as JSON (see instanceConfig).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { RowCollector } from '../row-collector.js';
import type { JsonValue } from '../types.js';
import type { DuckDbReply, DuckDbRequest } from './duckdb-process.js';
import { duckDbColumnType, duckDbJsonConverter } from './duckdb-values.js';

const [path = ':memory:', settings = '{}'] = process.argv.slice(2);
let instance: Promise<DuckDBInstance> | undefined;
const idle: DuckDBConnection[] = [];
/** Connections by the id of the query they run, so that a cancel reaches the right one. */
const running = new Map<number, DuckDBConnection>();
/** Queries waiting for a connection, and those of them cancelled meanwhile. */
const connecting = new Set<number>();
const cancelled = new Set<number>();

function open(): Promise<DuckDBInstance> {
  instance ??= DuckDBInstance.create(path, JSON.parse(settings) as Record<string, string>).catch((error: unknown) => {
    instance = undefined;
    throw error;
  });
  return instance;
}

async function rows(connection: DuckDBConnection, { sql, values, rowCap, maxBytes }: DuckDbRequest): Promise<DuckDbReply> {
  // A streaming result is computed chunk by chunk as it is read, and reading stops at the first
  // row past a cap, so a huge result never materializes.
  const result = await connection.stream(sql, values.length > 0 ? values : undefined);
  const columns = result.columnNames().map((name, index) => {
    const type = result.columnType(index);
    return { name, rawType: type.toString(), type: duckDbColumnType(type.typeId) };
  });
  const collector = new RowCollector(rowCap, maxBytes, result.columnNames());
  reading: for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    for (let index = 0; index < chunk.rowCount; index += 1) {
      if (!collector.add(chunk.convertRowValues<JsonValue>(index, duckDbJsonConverter))) break reading;
    }
  }
  return { kind: 'rows', columns, rows: collector.rows, truncated: collector.truncated };
}

async function run(request: DuckDbRequest & { id: number }): Promise<void> {
  let connection: DuckDBConnection | undefined;
  let reply: DuckDbReply;
  try {
    connecting.add(request.id);
    connection = idle.pop() ?? (await (await open()).connect());
    connecting.delete(request.id);
    if (cancelled.delete(request.id)) throw new Error('Interrupted');
    running.set(request.id, connection);
    reply = await rows(connection, request);
  } catch (error) {
    reply = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  } finally {
    connecting.delete(request.id);
    cancelled.delete(request.id);
    running.delete(request.id);
    if (connection) idle.push(connection);
  }
  process.send?.({ ...reply, id: request.id });
}

process.on('message', (message: (DuckDbRequest & { id: number }) | { cancel: number }) => {
  if (!('cancel' in message)) return void run(message);
  const connection = running.get(message.cancel);
  if (connection) connection.interrupt();
  else if (connecting.has(message.cancel)) cancelled.add(message.cancel);
});

// The server went away: nobody is left to answer.
process.on('disconnect', () => process.exit(0));

process.send?.({ kind: 'ready' });
