/**
 * Runs the SQLite queries of one data source file, one at a time, in a process of its own (see
 * sqlite-process.ts for why a process). Plain JavaScript so that it starts quickly under plain node,
 * whatever loader the server itself runs with. It sends back raw rows; typing and JSON conversion
 * happen in the server.
 *
 * Requests and replies carry the `id` QueryProcess gives them. argv: the file path.
 */
import Database from 'better-sqlite3';

const [path] = process.argv.slice(2);
let database;

function open() {
  if (!database) {
    database = new Database(path, { readonly: true, fileMustExist: true });
    // Sorts and temporary tables stay in memory, which the server watches and caps, rather than
    // in temporary files that nothing caps.
    database.pragma('temp_store = MEMORY');
  }
  return database;
}

/** Bytes a raw value takes once the server made it JSON; mirrors jsonSize in row-collector.ts. */
function jsonSize(value) {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return Buffer.byteLength(value) + 2;
  if (value instanceof Uint8Array) return value.byteLength * 2 + 5;
  return String(value).length;
}

/** Rows up to the row cap or the byte budget, measured as RowCollector does. */
function run({ sql, params, rowCap, maxBytes }) {
  const statement = open().prepare(sql);
  if (!statement.reader) return { kind: 'not_query' };
  statement.raw(true);
  statement.safeIntegers(true);
  const columns = statement.columns().map((column) => ({ name: column.name, declaredType: column.type }));
  const rowOverhead = columns.reduce((sum, column) => sum + Buffer.byteLength(column.name) + 4, 2);
  const rows = [];
  let bytes = 2;
  let truncated = false;
  for (const row of params ? statement.iterate(params) : statement.iterate()) {
    if (rows.length >= rowCap) {
      truncated = 'rows';
      break;
    }
    const size = row.reduce((sum, value) => sum + jsonSize(value), rowOverhead);
    if (bytes + size > maxBytes) {
      if (rows.length === 0) return { kind: 'row_too_large' };
      truncated = 'bytes';
      break;
    }
    rows.push(row);
    bytes += size;
  }
  return { kind: 'rows', columns, rows, truncated };
}

process.on('message', (request) => {
  // A process runs one query at a time and is killed rather than asked to cancel one.
  if (request.cancel !== undefined) return;
  let reply;
  try {
    reply = run(request);
  } catch (error) {
    reply = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  process.send({ ...reply, id: request.id });
});

// The server went away: nobody is left to answer.
process.on('disconnect', () => process.exit(0));

process.send({ kind: 'ready' });
