import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createThrowawayDatabase } from '../../helpers/postgres-database.js';
import type { DataSourceDefinition, DashboardFilter } from '../../../server/query-engine/types.js';

/** The same six sales rows in every engine, so filter cases can be shared between them. */
export const SALES_ROWS = [
  { id: 1, region: 'US', product: 'Widget', revenue: '100.50', quantity: 2, order_date: '2024-01-05', created_at: '2024-01-05 10:00:00', big: '9007199254740993' },
  { id: 2, region: 'EU', product: 'Gadget_X', revenue: '200.00', quantity: 1, order_date: '2024-01-20', created_at: '2024-01-20 08:30:00', big: '1' },
  { id: 3, region: 'APAC', product: '50% Off Widget', revenue: '50.25', quantity: 5, order_date: '2024-02-10', created_at: '2024-02-10 12:00:00', big: '2' },
  { id: 4, region: 'US', product: 'Gizmo', revenue: '300.00', quantity: 3, order_date: '2024-03-15', created_at: '2024-03-15 18:45:30', big: '3' },
  { id: 5, region: 'EU', product: 'widget pro', revenue: '75.00', quantity: 1, order_date: '2024-04-01', created_at: '2024-04-01 00:00:00', big: '4' },
  { id: 6, region: 'LATAM', product: 'Doohickey', revenue: '20.00', quantity: 10, order_date: '2024-05-30', created_at: '2024-05-30 23:59:59', big: '5' },
];

const valuesSql = SALES_ROWS.map(
  (row) => `(${row.id}, '${row.region}', '${row.product}', ${row.revenue}, ${row.quantity}, '${row.order_date}', '${row.created_at}', ${row.big})`,
).join(',\n');

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-qe-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Written read-write and closed again, as the demo data generator does before the engine opens it. */
export async function createDuckDbSales(path: string): Promise<void> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE sales (id BIGINT, region VARCHAR, product VARCHAR, revenue DECIMAL(12,2), quantity INTEGER,
    order_date DATE, created_at TIMESTAMP, big BIGINT)`);
  await connection.run(`INSERT INTO sales VALUES ${valuesSql}`);
  connection.closeSync();
  instance.closeSync();
}

export function createSqliteSales(path: string): void {
  const db = new Database(path);
  db.exec(`CREATE TABLE sales (id INTEGER PRIMARY KEY, region TEXT, product TEXT, revenue NUMERIC(12,2), quantity INTEGER,
    order_date DATE, created_at DATETIME, big INTEGER)`);
  db.exec(`INSERT INTO sales VALUES ${valuesSql}`);
  db.close();
}

/** A fresh database on the server named by TESSERA_TEST_DATABASE_URL, dropped by `drop`. */
export async function createPostgresSales(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = await createThrowawayDatabase(adminUrl);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`CREATE TABLE sales (id BIGINT, region TEXT, product TEXT, revenue NUMERIC(12,2), quantity INTEGER,
    order_date DATE, created_at TIMESTAMP, big BIGINT)`);
  await client.query(`INSERT INTO sales VALUES ${valuesSql}`);
  await client.end();
  return database;
}

export function sourcesResolver(sources: DataSourceDefinition[], tenantId = 'acme') {
  return async (tenant: string, name: string) => (tenant === tenantId ? sources.find((source) => source.name === name) : undefined);
}

export interface FilterCase {
  title: string;
  filters: DashboardFilter[];
  field: string;
  ids: number[];
}

/** Each case runs `SELECT id FROM sales WHERE {{field}} ORDER BY id` and expects these ids. */
export const FILTER_CASES: FilterCase[] = [
  { title: 'eq', field: 'region', filters: [{ field: 'region', operator: 'eq', values: ['US'] }], ids: [1, 4] },
  { title: 'neq', field: 'region', filters: [{ field: 'region', operator: 'neq', values: ['US'] }], ids: [2, 3, 5, 6] },
  { title: 'in', field: 'region', filters: [{ field: 'region', operator: 'in', values: ['US', 'EU'] }], ids: [1, 2, 4, 5] },
  { title: 'not_in', field: 'region', filters: [{ field: 'region', operator: 'not_in', values: ['US', 'EU'] }], ids: [3, 6] },
  { title: 'gt', field: 'revenue', filters: [{ field: 'revenue', operator: 'gt', values: [100] }], ids: [1, 2, 4] },
  { title: 'gte', field: 'revenue', filters: [{ field: 'revenue', operator: 'gte', values: [200] }], ids: [2, 4] },
  { title: 'lt', field: 'quantity', filters: [{ field: 'quantity', operator: 'lt', values: [2] }], ids: [2, 5] },
  { title: 'lte', field: 'quantity', filters: [{ field: 'quantity', operator: 'lte', values: [2] }], ids: [1, 2, 5] },
  {
    title: 'between dates',
    field: 'order_date',
    filters: [{ field: 'order_date', operator: 'between', values: ['2024-01-15', '2024-03-15'] }],
    ids: [2, 3, 4],
  },
  { title: 'contains, any case', field: 'product', filters: [{ field: 'product', operator: 'contains', values: ['WIDGET'] }], ids: [1, 3, 5] },
  { title: 'contains an underscore, literally', field: 'product', filters: [{ field: 'product', operator: 'contains', values: ['_'] }], ids: [2] },
  { title: 'contains a percent sign, literally', field: 'product', filters: [{ field: 'product', operator: 'contains', values: ['%'] }], ids: [3] },
  {
    title: 'two filters on one field combine with AND',
    field: 'revenue',
    filters: [
      { field: 'revenue', operator: 'gte', values: [50] },
      { field: 'revenue', operator: 'lte', values: [100.5] },
    ],
    ids: [1, 3, 5],
  },
  { title: 'no values: no condition', field: 'region', filters: [{ field: 'region', operator: 'in', values: [] }], ids: [1, 2, 3, 4, 5, 6] },
  { title: 'no filter at all: no condition', field: 'region', filters: [], ids: [1, 2, 3, 4, 5, 6] },
  {
    title: 'a hostile value matches nothing',
    field: 'region',
    filters: [{ field: 'region', operator: 'eq', values: ["'); DROP TABLE sales; --"] }],
    ids: [],
  },
  {
    title: 'a hostile contains value matches nothing',
    field: 'product',
    filters: [{ field: 'product', operator: 'contains', values: ["' OR 1=1 --"] }],
    ids: [],
  },
];

/** NULL filter values mean "is missing"; run with NULL_FILTER_SQL, expecting these x values. */
export const NULL_FILTER_SQL = "WITH t(x, region) AS (VALUES (1, 'US'), (2, NULL), (3, 'EU')) SELECT x FROM t WHERE {{region}} ORDER BY x";

export const NULL_FILTER_CASES: Array<{ title: string; filter: DashboardFilter; xs: number[] }> = [
  { title: 'eq null', filter: { field: 'region', operator: 'eq', values: [null] }, xs: [2] },
  { title: 'neq null', filter: { field: 'region', operator: 'neq', values: [null] }, xs: [1, 3] },
  { title: 'in with null', filter: { field: 'region', operator: 'in', values: ['US', null] }, xs: [1, 2] },
  { title: 'not_in with null', filter: { field: 'region', operator: 'not_in', values: ['US', null] }, xs: [3] },
];
