import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryEngine } from '../../../server/query-engine/query-engine.js';
import { QueryExecutionError, withoutServerPaths } from '../../../server/query-engine/query-execution-error.js';
import { sourcesResolver, tempDir } from './fixtures.js';

describe('withoutServerPaths', () => {
  it.each([
    [
      'IO Error: Cannot open database "/tmp/tessera-x/file:/etc/passwd" in read-only mode: database does not exist',
      'IO Error: Cannot open database "passwd" in read-only mode: database does not exist',
    ],
    ['IO Error: The file "/etc/passwd" exists, but it is not a valid DuckDB database file!', 'IO Error: The file "passwd" exists, but it is not a valid DuckDB database file!'],
    ['IO Error: Could not read from file "/tmp": Is a directory', 'IO Error: Could not read from file "tmp": Is a directory'],
    ["could not open file '/var/lib/postgresql/16/main/base/1/2619': No such file", "could not open file '2619': No such file"],
    ['Failed to create directory /srv/tessera/data/x.duckdb.tmp: Permission denied', 'Failed to create directory x.duckdb.tmp: Permission denied'],
    ['No file at /srv/tessera/data/shop.sqlite.', 'No file at shop.sqlite.'],
    ['Cannot open "C:\\tessera\\data\\shop.duckdb"', 'Cannot open "shop.duckdb"'],
  ])('%s', (message, expected) => {
    expect(withoutServerPaths(message)).toBe(expected);
  });

  it.each([
    'Binder Error: Referenced column "revenue" not found in FROM clause!',
    'Parser Error: syntax error at or near "/"\nLINE 1: SELECT a / b / c FROM sales',
    'Conversion Error: Could not convert string "2024/01/05" to DATE',
    'HTTP Error: Unable to connect to https://example.com/data/file.csv',
    'base/16384/2619 is missing',
  ])('leaves alone: %s', (message) => {
    expect(withoutServerPaths(message)).toBe(message);
  });

  it('applies to every QueryExecutionError, keeping the original as the cause', () => {
    const original = new Error('IO Error: Cannot open database "/srv/tessera/data/x.duckdb" in read-only mode');
    const error = QueryExecutionError.from(original);
    expect(error.message).toBe('IO Error: Cannot open database "x.duckdb" in read-only mode');
    expect(error.cause).toBe(original);
  });
});

describe('errors of file sources through the engine', () => {
  const temp = tempDir();
  let engine: QueryEngine;

  beforeAll(() => {
    writeFileSync(join(temp.dir, 'not-a-database.duckdb'), 'plain text');
    engine = new QueryEngine({
      resolveSource: sourcesResolver([
        { name: 'gone', kind: 'duckdb', url: join(temp.dir, 'file:/etc/passwd') },
        { name: 'junk', kind: 'duckdb', url: join(temp.dir, 'not-a-database.duckdb') },
        { name: 'lost', kind: 'sqlite', url: join(temp.dir, 'nowhere', 'shop.sqlite') },
      ]),
    });
  });

  afterAll(async () => {
    await engine.close();
    temp.remove();
  });

  it.each([
    ['gone', 'IO Error: Cannot open database "passwd" in read-only mode: database does not exist'],
    ['junk', 'IO Error: The file "not-a-database.duckdb" exists, but it is not a valid DuckDB database file!'],
    ['lost', 'Cannot open database because the directory does not exist'],
  ])('%s says what is wrong without the data dir', async (source, expected) => {
    const error = await engine.run({ tenantId: 'acme', source, sql: 'SELECT 1', cacheTtlSeconds: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QueryExecutionError);
    expect((error as Error).message).toBe(expected);
    expect((error as Error).message).not.toContain(temp.dir);
  });
});
