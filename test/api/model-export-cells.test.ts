import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminSourceDefinition } from '../../server/modules/models/model-options.js';
import { createThrowawayDatabase } from '../helpers/postgres-database.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * What each kind of column looks like in a CSV export, on SQLite and on PostgreSQL (where the
 * database writes the CSV itself): the same cells a user gets from either store, formulas
 * neutralised, and list filters whose values carry quotes, backslashes and `$1` taken as values.
 */
const pgUrl = process.env.TESSERA_TEST_DATABASE_URL;
const WEIRD = 'label "$1" we\'ird';

const TABLE = pgUrl
  ? `create table kinds (id integer primary key, "${WEIRD.replace(/"/g, '""')}" text, flag boolean, amount numeric(10, 2), ratio double precision,
       at_utc timestamptz, at_local timestamp, day date, doc jsonb, tags text[], bin bytea)`
  : `create table kinds (id integer primary key, "${WEIRD.replace(/"/g, '""')}" text, flag boolean, amount numeric(10, 2), ratio double precision,
       at_utc timestamp, at_local timestamp, day date, doc json, tags json, bin blob)`;

const ROWS: unknown[][] = [
  [1, '=SUM(A1)', true, '12.50', 0.1, '2025-01-02T03:04:05.678Z', '2025-01-02 03:04:05', '2025-01-02', '{"a":1}', ['x', 'y'], Buffer.from('hi')],
  [2, "it's a \\ back$1slash", false, '-3.00', -2.5, null, null, null, '-1', [], null],
  [4, '+1', true, '0.00', 1e21, null, null, null, '"=1+1"', null, null],
  [3, null, null, null, null, null, null, null, null, null, null],
];

let t: TestApp;
let root: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  let source: AdminSourceDefinition;
  if (pgUrl) {
    const database = await createThrowawayDatabase(pgUrl);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(TABLE);
    for (const row of ROWS) await client.query('insert into kinds values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)', row);
    await client.end();
    source = { name: 'kinds', kind: 'postgres', url: database.url };
    drop = () => database.drop();
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-kinds-'));
    const file = join(dir, 'kinds.sqlite');
    const db = new SQLite(file);
    db.exec(TABLE);
    const insert = db.prepare('insert into kinds values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const row of ROWS) {
      insert.run(row.map((v) => (typeof v === 'boolean' ? Number(v) : Array.isArray(v) ? JSON.stringify(v) : typeof v === 'string' && /^-?\d+\.\d+$/.test(v) ? Number(v) : v)));
    }
    db.close();
    source = { name: 'kinds', kind: 'sqlite', url: file };
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  t = await startTestApp({ demo: false, admin: { sources: [source], models: [{ source: 'kinds', table: 'kinds', name: 'Kind' }] } });
  root = await t.rootToken();
});

afterAll(async () => {
  await t?.close();
  await drop?.();
});

const exportCsv = async (query = '') => {
  const res = await t.request({ method: 'GET', url: `/admin/api/models/Kind/export?format=csv${query}`, token: root });
  expect(res.statusCode).toBe(200);
  return res.body;
};

describe('CSV export cells', () => {
  it('writes every kind of column as the same text on either store', async () => {
    const body = await exportCsv('&sort_by=id');
    const lines = parse(body, { relax_column_count: false }) as string[][];
    expect(lines[0]).toEqual(['id', WEIRD, 'flag', 'amount', 'ratio', 'at_utc', 'at_local', 'day', 'doc', 'tags', 'bin']);
    const [one, two, three] = lines.slice(1);
    expect(one!.slice(0, 5)).toEqual(['1', "'=SUM(A1)", 'true', pgUrl ? '12.50' : '12.5', '0.1']); // PostgreSQL's numeric keeps its scale
    expect(one![5]).toBe('2025-01-02T03:04:05.678Z');
    expect(one!.slice(6, 8)).toEqual([pgUrl ? '2025-01-02T03:04:05' : '2025-01-02 03:04:05', '2025-01-02']);
    expect(JSON.parse(one![8]!)).toEqual({ a: 1 });
    expect(JSON.parse(one![9]!)).toEqual(['x', 'y']);
    expect(Buffer.from(one![10]!, 'base64').toString()).toBe('hi');
    expect(two!.slice(1, 5)).toEqual(["it's a \\ back$1slash", 'false', pgUrl ? '-3.00' : '-3', '-2.5']);
    // A JSON number stays a number (a spreadsheet does not run it); JSON text would be neutralised.
    expect(two![8]).toBe('-1');
    expect(lines[4]!.slice(1, 5)).toEqual(["'+1", 'true', pgUrl ? '0.00' : '0', '1e+21']);
    expect(lines[4]![8]).toBe("'=1+1");
    expect(three).toEqual(['3', '', '', '', '', '', '', '', '', '', '']);
  });

  it('keeps the order and filters of the list, with values that look like SQL taken as values', async () => {
    const filters = encodeURIComponent(JSON.stringify([{ field: WEIRD, operator: 'contains', value: "'s a \\ back$1" }]));
    const filtered = parse(await exportCsv(`&filters=${filters}`)) as string[][];
    expect(filtered.slice(1).map((r) => r[0])).toEqual(['2']);
    const searched = parse(await exportCsv(`&filters=${encodeURIComponent(JSON.stringify([{ field: 'id', operator: 'in', value: [1, 2] }]))}&sort_by=id&sort_order=desc`)) as string[][];
    expect(searched.slice(1).map((r) => r[0])).toEqual(['2', '1']);
    const none = await exportCsv(`&filters=${encodeURIComponent(JSON.stringify([{ field: 'flag', operator: 'eq', value: true }, { field: 'id', operator: 'gt', value: 4 }]))}`);
    expect(parse(none)).toHaveLength(1); // the header alone
  });
});
