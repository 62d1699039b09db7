import { describe, expect, it } from 'vitest';
import { QueryRefusal } from '../../../server/query-engine/query-refusal.js';
import { guardSql } from '../../../server/query-engine/sql-guard.js';

function refusal(sql: string): QueryRefusal {
  try {
    guardSql(sql);
  } catch (error) {
    expect(error).toBeInstanceOf(QueryRefusal);
    expect((error as QueryRefusal).reason).toBe('bad_request');
    return error as QueryRefusal;
  }
  throw new Error(`expected the guard to refuse: ${sql}`);
}

describe('sql guard: statements it lets through', () => {
  it.each([
    'SELECT region, SUM(revenue) FROM sales GROUP BY region',
    'select 1',
    'WITH t AS (SELECT 1 AS x) SELECT x FROM t',
    'VALUES (1), (2)',
    'FROM sales SELECT region',
    '(SELECT 1) UNION ALL (SELECT 2)',
    'SELECT 1;',
    'SELECT 1; -- trailing comment',
    "SELECT 'drop table' AS x -- delete",
    "SELECT 'it''s; DROP TABLE x' AS x",
    'SELECT 1 /* update; delete */ AS x',
    'SELECT "delete", "set" FROM sales',
    'SELECT s.load, s.set FROM sales AS s',
    'SELECT $$ insert into x $$ AS body',
    'SELECT $tag$ COPY x TO y; $tag$ AS body',
    "SELECT replace(product, 'a', 'b') FROM sales",
    'SELECT * FROM sales WHERE {{region}} AND revenue > $min',
    'SELECT * FROM range(10)',
  ])('%s', (sql) => {
    expect(() => guardSql(sql)).not.toThrow();
  });

  it('drops the trailing semicolon and what follows it', () => {
    expect(guardSql('SELECT 1; -- done').sql).toBe('SELECT 1');
    expect(guardSql('SELECT 1 -- no semicolon').sql).toBe('SELECT 1 -- no semicolon');
  });
});

describe('sql guard: refusals', () => {
  it.each([
    ['INSERT INTO sales VALUES (1)', 'INSERT'],
    ['UPDATE sales SET region = 1', 'UPDATE'],
    ['DELETE FROM sales', 'DELETE'],
    ['MERGE INTO sales USING x ON true WHEN MATCHED THEN DELETE', 'MERGE'],
    ['CREATE TABLE x (a int)', 'CREATE'],
    ['DROP TABLE sales', 'DROP'],
    ['ALTER TABLE sales ADD COLUMN x int', 'ALTER'],
    ['TRUNCATE sales', 'TRUNCATE'],
    ["ATTACH 'other.db' AS other", 'ATTACH'],
    ['DETACH other', 'DETACH'],
    ["COPY sales TO '/tmp/out.csv'", 'COPY'],
    ['PRAGMA table_info(sales)', 'PRAGMA'],
    ['INSTALL httpfs', 'INSTALL'],
    ['LOAD httpfs', 'LOAD'],
    ["EXPORT DATABASE '/tmp/x'", 'EXPORT'],
    ["IMPORT DATABASE '/tmp/x'", 'IMPORT'],
    ['SET enable_external_access = true', 'SET'],
    ['RESET ALL', 'RESET'],
    ['CALL pragma_version()', 'CALL'],
    ['CHECKPOINT', 'CHECKPOINT'],
    ['VACUUM', 'VACUUM'],
    ['GRANT SELECT ON sales TO bob', 'GRANT'],
    ['REVOKE SELECT ON sales FROM bob', 'REVOKE'],
    ['SELECT * INTO new_sales FROM sales', 'INTO'],
    ['WITH gone AS (DELETE FROM sales RETURNING *) SELECT * FROM gone', 'DELETE'],
    ['SELECT 1 FROM sales FOR UPDATE', 'UPDATE'],
  ])('%s', (sql, word) => {
    expect(refusal(sql).message).toBe(`SQL is not allowed to use ${word}`);
  });

  it.each([
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_csv_auto('/etc/passwd')",
    "SELECT * FROM read_parquet('s3://bucket/x.parquet')",
    "SELECT * FROM parquet_scan('x.parquet')",
    "SELECT * FROM read_json('x.json')",
    "SELECT * FROM read_json_auto('x.json')",
    "SELECT * FROM read_ndjson('x.json')",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM read_blob('/etc/passwd')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT * FROM sqlite_scan('x.db', 't')",
    "SELECT * FROM sqlite_attach('x.db')",
    "SELECT * FROM postgres_scan('host=x', 'public', 't')",
    "SELECT * FROM postgres_attach('host=x')",
    "SELECT * FROM mysql_scan('x')",
    "SELECT * FROM iceberg_scan('x')",
    "SELECT * FROM delta_scan('x')",
    "SELECT * FROM httpfs_get('http://x')",
    "SELECT pg_read_file('/etc/passwd')",
    "SELECT pg_read_binary_file('/etc/passwd')",
    "SELECT * FROM pg_ls_dir('/')",
    "SELECT lo_import('/etc/passwd')",
    "SELECT lo_export(1, '/tmp/x')",
    "SELECT * FROM dblink('host=x', 'select 1') AS t(a int)",
    "SELECT load_extension('x.so')",
    "SELECT readfile('/etc/passwd')",
    "SELECT writefile('/tmp/x', 'y')",
    "SELECT edit('x')",
    "SELECT set_config('statement_timeout', '0', true)",
    "SELECT query_to_xml('select 1', true, false, '')",
    "SELECT * FROM query('SELECT 1')",
  ])('%s', (sql) => {
    const name = /([A-Za-z_]+)\s*\(/.exec(sql.replace(/^SELECT \* FROM |^SELECT /, ''))?.[1] as string;
    expect(refusal(sql).message).toBe(`SQL is not allowed to use ${name}`);
  });

  it('refuses reader functions however they are spelled', () => {
    expect(refusal("SELECT * FROM READ_CSV('/etc/passwd')").message).toBe('SQL is not allowed to use read_csv');
    expect(refusal(`SELECT * FROM "read_csv"('/etc/passwd')`).message).toBe('SQL is not allowed to use read_csv');
    expect(refusal("SELECT * FROM main.read_csv /* x */ ('/etc/passwd')").message).toBe('SQL is not allowed to use read_csv');
  });

  it('refuses a string literal used as a table', () => {
    expect(refusal("SELECT * FROM '/etc/passwd'").message).toMatch(/file or URL as a table/);
    expect(refusal("FROM 'data.csv'").message).toMatch(/file or URL as a table/);
    expect(refusal("SELECT * FROM sales JOIN 'https://x/y.parquet' USING (id)").message).toMatch(/file or URL as a table/);
    expect(refusal('SELECT * FROM $$data.csv$$').message).toMatch(/file or URL as a table/);
  });

  it('refuses more than one statement', () => {
    expect(refusal('SELECT 1; SELECT 2').message).toBe('SQL must be a single statement');
    expect(refusal('SELECT 1;;').message).toBe('SQL must be a single statement');
  });

  it('refuses what does not start as a query', () => {
    expect(refusal('SHOW TABLES').message).toBe('SQL must be a query starting with SELECT, WITH, VALUES or FROM (found SHOW)');
    expect(refusal('EXPLAIN SELECT 1').message).toMatch(/found EXPLAIN/);
    expect(refusal('SELEC 1').message).toMatch(/found SELEC/);
    expect(refusal('   ').message).toBe('SQL is empty');
    expect(refusal('-- only a comment').message).toBe('SQL is empty');
  });

  it('refuses positional parameters, which would collide with bound filter values', () => {
    expect(refusal('SELECT * FROM sales WHERE id = $1').message).toMatch(/positional parameters such as \$1/);
  });

  it('refuses what it cannot lex with certainty', () => {
    expect(refusal("SELECT 'open").message).toBe('SQL has an unterminated string literal');
    expect(refusal('SELECT "open').message).toBe('SQL has an unterminated quoted identifier');
    expect(refusal('SELECT 1 /* open').message).toBe('SQL has an unterminated comment');
    expect(refusal('SELECT $x$ open').message).toBe('SQL has an unterminated dollar-quoted string');
    expect(refusal('SELECT * FROM sales WHERE {{region').message).toBe('SQL has an unterminated filter placeholder');
    expect(refusal('SELECT * FROM sales WHERE {{ region; drop }}').message).toMatch(/must name a field/);
  });

  it('sees through an escaped quote in an E-string', () => {
    // PostgreSQL reads E'\'' as one quote character, so the DROP below is code, not string.
    expect(refusal("SELECT E'\\'' ; DROP TABLE sales; --'").message).toBe('SQL is not allowed to use DROP');
  });

  it('carries a machine-readable code', () => {
    expect(refusal('DROP TABLE sales').code).toBe('SQL_NOT_ALLOWED');
  });
});
