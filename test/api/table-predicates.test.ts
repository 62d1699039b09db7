import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetadataDatabase } from '../../server/db/connect.js';
import { openMetadata } from '../../server/db/open-metadata.js';
import { keysetPage, type PageCursor } from '../../server/db/predicates/keyset.js';
import { call, compare, date, datetime, field, junction, match, not, value, type Operand, type Ordering, type Predicate } from '../../server/predicates/predicate.js';
import { compileOrder, compileSearch, compileWhere } from '../../server/db/predicates/predicate-compiler.js';
import { PredicateError, type TableDescription } from '../../server/predicates/table-description.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../helpers/postgres-database.js';

/**
 * The predicate compiler over a table that is not a dashboard: a throwaway `orders` table in a
 * fresh metadata database (SQLite, or PostgreSQL when TESSERA_TEST_DATABASE_URL is set, created
 * with an ICU en-US collation so code-point order has to come from the compiler). Every
 * expectation below is worked out by hand, so both stores give the same rows.
 */

interface OrdersDB {
  orders: { id: string; customer: string; note: string | null; total: number; quantity: number | null; placed_at: string; ship_date: string | null };
  order_lines: { order_id: string; sku: string };
}

// id, customer, note, total, quantity, placed at, ship date, order lines
const ROWS: [string, string, string | null, number, number | null, string, string | null, number][] = [
  ['o01', 'Été Café', 'Fragile', 12.5, 2, '2026-03-01T09:00:00.000Z', '2026-03-03', 2],
  ['o02', 'été café', null, 12.5, null, '2026-03-01T09:00:00.000Z', null, 0],
  ['o03', 'straße', 'Leave at door', 40, 1, '2026-03-02T10:00:00.000Z', '2026-03-05', 3],
  ['o04', 'STRASSE', 'gift', 7.25, 3, '2026-02-28T23:59:59.999Z', '2026-03-01', 0],
  ['o05', 'apple', null, 40, null, '2026-03-02T10:00:00.000Z', null, 0],
  ['o06', 'Zebra', 'ÉTÉ promo', 0, 5, '2026-01-15T12:00:00.000Z', '2026-01-20', 1],
  ['o07', 'Ölkännchen', '', 99.99, 1, '2026-03-02T10:00:00.000Z', '2026-03-02', 2],
  ['o08', 'émile', 'gift wrap', 12.5, 2, '2026-03-01T09:00:00.000Z', '2026-03-04', 0],
];
const ALL = ROWS.map(([id]) => id);
const except = (...ids: string[]) => ALL.filter((id) => !ids.includes(id));

const ORDERS: TableDescription = {
  table: 'orders',
  id: 'id',
  fields: {
    customer: { column: 'customer', type: 'string' },
    note: { column: 'note', type: 'string', nullable: true },
    total: { column: 'total', type: 'number' },
    quantity: { column: 'quantity', type: 'number', nullable: true },
    placed: { column: 'placed_at', type: 'datetime' },
    ship_date: { column: 'ship_date', type: 'date', nullable: true },
    line_count: { column: sql`(select count(*) from ${sql.table('order_lines')} where ${sql.ref('order_lines.order_id')} = ${sql.ref('orders.id')})`, type: 'number' },
  },
};

const eq = (name: string, v: string | number | null) => compare('eq', field(name), value(v));
const and = (...ps: Predicate[]) => junction('and', ps);
const or = (...ps: Predicate[]) => junction('or', ps);
const lower = (name: string): Operand => call('tolower', field(name));
const asc = (expression: Operand): Ordering[number] => ({ expression, direction: 'asc' });
const desc = (expression: Operand): Ordering[number] => ({ expression, direction: 'desc' });

let metadata: MetadataDatabase;
let db: Kysely<OrdersDB>;
let dataDir: string;
let database: ThrowawayDatabase | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tessera-orders-'));
  const adminUrl = process.env.TESSERA_TEST_DATABASE_URL;
  database = adminUrl ? await createThrowawayDatabase(adminUrl, { icuLocale: 'en-US' }) : undefined;
  ({ metadata } = await openMetadata({ databaseUrl: database?.url, sqliteFile: join(dataDir, 'metadata.db') }));
  db = metadata.db as unknown as Kysely<OrdersDB>;
  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('total', 'double precision', (c) => c.notNull())
    .addColumn('quantity', 'integer')
    .addColumn('placed_at', 'text', (c) => c.notNull())
    .addColumn('ship_date', 'text')
    .execute();
  await db.schema.createTable('order_lines').addColumn('order_id', 'text', (c) => c.notNull()).addColumn('sku', 'text', (c) => c.notNull()).execute();
  for (const [id, customer, note, total, quantity, placed_at, ship_date, lines] of ROWS) {
    await db.insertInto('orders').values({ id, customer, note, total, quantity, placed_at, ship_date }).execute();
    for (let i = 0; i < lines; i += 1) await db.insertInto('order_lines').values({ order_id: id, sku: `sku-${i}` }).execute();
  }
});

afterAll(async () => {
  await metadata?.close();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function ids(predicate?: Predicate, order: Ordering = []): Promise<string[]> {
  let query = db.selectFrom('orders').select('orders.id');
  if (predicate) query = query.where(compileWhere(predicate, ORDERS, metadata.sql));
  const terms = compileOrder(order, ORDERS, metadata.sql);
  for (const [expression, modifiers] of terms) query = query.orderBy(expression, modifiers);
  if (terms.length === 0) query = query.orderBy('orders.id');
  return (await query.execute()).map((row) => row.id);
}

/** Walks every keyset page of `size` rows, passing the cursor through JSON as a client would. */
async function pages(order: Ordering, size: number, predicate?: Predicate): Promise<string[][]> {
  const page = keysetPage(order, ORDERS, metadata.sql);
  const served: string[][] = [];
  let cursor: PageCursor | undefined;
  for (;;) {
    let query = db.selectFrom('orders').select('orders.id').select(page.selections);
    if (predicate) query = query.where(compileWhere(predicate, ORDERS, metadata.sql));
    if (cursor) query = query.where(page.after(cursor));
    for (const [expression, modifiers] of page.terms) query = query.orderBy(expression, modifiers);
    const rows = await query.limit(size).execute();
    if (rows.length === 0) return served;
    // A cursor that does not move on would page forever.
    if (served.length > ALL.length) throw new Error(`more pages than rows: ${JSON.stringify(served)}`);
    served.push(rows.map((row) => row.id));
    cursor = JSON.parse(JSON.stringify(page.cursorOf(rows[rows.length - 1] as Record<string, unknown>))) as PageCursor;
  }
}

describe(`a predicate over a described table that is not a dashboard (${process.env.TESSERA_TEST_DATABASE_URL ? 'postgres' : 'sqlite'})`, () => {
  it.each<[string, Predicate, string[]]>([
    ['eq on text', eq('customer', 'straße'), ['o03']],
    ['ne on text', compare('ne', field('customer'), value('straße')), except('o03')],
    ['gt on a number', compare('gt', field('total'), value(12.5)), ['o03', 'o05', 'o07']],
    ['and', and(eq('total', 12.5), eq('quantity', 2)), ['o01', 'o08']],
    ['or', or(eq('customer', 'apple'), compare('lt', field('total'), value(1))), ['o05', 'o06']],
    ['not of a comparison with a null field is true', not(eq('quantity', 2)), except('o01', 'o08')],
    ['eq null', eq('note', null), ['o02', 'o05']],
    ['ne null', compare('ne', field('note'), value(null)), except('o02', 'o05')],
    ['gt leaves nulls out', compare('gt', field('quantity'), value(1)), ['o01', 'o04', 'o06', 'o08']],
    ['not gt keeps nulls in', not(compare('gt', field('quantity'), value(1))), ['o02', 'o03', 'o05', 'o07']],
    ['contains is case-sensitive by itself', match('contains', field('customer'), value('été')), ['o02']],
    ['contains over tolower folds Unicode case', match('contains', lower('customer'), value('été')), ['o01', 'o02']],
    ['contains over tolower of a nullable field', match('contains', lower('note'), value('été')), ['o06']],
    ['startswith over toupper maps ß to SS', match('startswith', call('toupper', field('customer')), value('STRASSE')), ['o03', 'o04']],
    ['startswith a non-ASCII letter', match('startswith', lower('customer'), value('ö')), ['o07']],
    ['not of a match on null is unknown, so neither', not(match('contains', lower('note'), value('gift'))), ['o01', 'o03', 'o06', 'o07']],
    ['a datetime bound', compare('ge', field('placed'), datetime('2026-03-01T00:00:00.000Z')), ['o01', 'o02', 'o03', 'o05', 'o07', 'o08']],
    ['a date field against a date', compare('lt', field('ship_date'), date('2026-03-03')), ['o04', 'o06', 'o07']],
    ['a date field against an instant is its midnight', compare('ge', field('ship_date'), datetime('2026-03-03T12:00:00.000Z')), ['o03', 'o08']],
    ['an instant against a date field', compare('lt', field('placed'), field('ship_date')), ['o01', 'o03', 'o04', 'o06', 'o08']],
    ['date parts', and(compare('eq', call('year', field('ship_date')), value(2026)), compare('eq', call('month', field('ship_date')), value(1))), ['o06']],
    ['an expression field', compare('gt', field('line_count'), value(1)), ['o01', 'o03', 'o07']],
    ['length counts characters, not bytes', compare('eq', call('length', field('customer')), value(5)), ['o05', 'o06', 'o08']],
  ])('filters: %s', async (_name, predicate, expected) => {
    expect(await ids(predicate)).toEqual(expected);
  });

  it.each<[string, Ordering, string[]]>([
    ['nulls first ascending, ties by id', [asc(field('quantity'))], ['o02', 'o05', 'o03', 'o07', 'o01', 'o08', 'o04', 'o06']],
    ['nulls last descending', [desc(field('quantity'))], ['o06', 'o04', 'o01', 'o08', 'o03', 'o07', 'o02', 'o05']],
    ['text by code point, not by the database collation', [asc(field('customer'))], ['o04', 'o06', 'o05', 'o03', 'o01', 'o07', 'o08', 'o02']],
    ['tolower by code point', [asc(lower('customer'))], ['o05', 'o04', 'o03', 'o06', 'o08', 'o01', 'o02', 'o07']],
    ['nullable text descending', [desc(field('note'))], ['o06', 'o08', 'o04', 'o03', 'o01', 'o07', 'o02', 'o05']],
    ['two keys', [asc(field('total')), desc(field('placed'))], ['o06', 'o04', 'o01', 'o02', 'o08', 'o03', 'o05', 'o07']],
  ])('orders: %s', async (_name, order, expected) => {
    expect(await ids(undefined, order)).toEqual(expected);
  });

  it.each<[string, Ordering, string[]]>([
    ['the id alone', [], ALL],
    ['a number with ties', [asc(field('total'))], ['o06', 'o04', 'o01', 'o02', 'o08', 'o03', 'o05', 'o07']],
    ['an instant descending with ties', [desc(field('placed'))], ['o03', 'o05', 'o07', 'o01', 'o02', 'o08', 'o04', 'o06']],
    ['a nullable number', [asc(field('quantity'))], ['o02', 'o05', 'o03', 'o07', 'o01', 'o08', 'o04', 'o06']],
    ['a nullable number descending', [desc(field('quantity'))], ['o06', 'o04', 'o01', 'o08', 'o03', 'o07', 'o02', 'o05']],
    ['nullable text descending', [desc(field('note'))], ['o06', 'o08', 'o04', 'o03', 'o01', 'o07', 'o02', 'o05']],
    ['tolower of text, ties included', [asc(lower('customer'))], ['o05', 'o04', 'o03', 'o06', 'o08', 'o01', 'o02', 'o07']],
    ['a nullable date, then a nullable number', [desc(field('ship_date')), asc(field('quantity'))], ['o03', 'o08', 'o01', 'o07', 'o04', 'o06', 'o02', 'o05']],
    ['an expression field with ties', [desc(field('line_count')), asc(field('customer'))], ['o03', 'o01', 'o07', 'o06', 'o04', 'o05', 'o08', 'o02']],
  ])('keyset pages never skip or repeat a row: %s', async (_name, order, expected) => {
    if (order.length > 0) expect(await ids(undefined, order)).toEqual(expected);
    for (const size of [1, 2, 3, 8]) {
      const served = await pages(order, size);
      expect(served.every((page) => page.length <= size)).toBe(true);
      expect(served.flat()).toEqual(expected);
    }
  });

  it('keyset pages combine with a filter', async () => {
    const filter = compare('ne', field('note'), value(null));
    expect((await pages([desc(field('total'))], 2, filter)).flat()).toEqual(['o07', 'o03', 'o01', 'o08', 'o04', 'o06']);
  });

  it.each<[string, string[]]>([
    ['ÉTÉ', ['o01', 'o02', 'o06']],
    ['STRASSE', ['o04']],
    ['ß', ['o03']],
    ['gift', ['o04', 'o08']],
    ['%', []],
    ['_', []],
  ])('search %s finds the same rows whatever the case', async (needle, expected) => {
    const rows = await db.selectFrom('orders').select('id').where(compileSearch(needle, ['customer', 'note'], ORDERS, metadata.sql)).orderBy('id').execute();
    expect(rows.map((row) => row.id)).toEqual(expected);
  });

  it('refuses a field the description lacks, and one of the wrong kind, as PredicateError', () => {
    const refusal = (compile: () => unknown) => {
      try {
        compile();
      } catch (error) {
        return error instanceof PredicateError ? [error.part, error.problem] : error;
      }
      return 'compiled';
    };
    expect(refusal(() => compileWhere(eq('price', 1), ORDERS, metadata.sql))).toEqual(['filter', 'unknown field price']);
    expect(refusal(() => compileWhere(eq('customer', 1), ORDERS, metadata.sql))).toEqual(['filter', 'a string cannot be compared with a number']);
    expect(refusal(() => compileOrder([asc(field('placed_at'))], ORDERS, metadata.sql))).toEqual(['order', 'unknown field placed_at']);
    expect(refusal(() => keysetPage([asc(call('tolower', field('nope')))], ORDERS, metadata.sql))).toEqual(['order', 'unknown field nope']);
    expect(refusal(() => compileSearch('a', ['sku'], ORDERS, metadata.sql))).toEqual(['search', 'unknown field sku']);
    expect(refusal(() => compileSearch('a', ['total'], ORDERS, metadata.sql))).toEqual(['search', 'total is not a text field']);
    const page = keysetPage([asc(field('total'))], ORDERS, metadata.sql);
    expect(refusal(() => page.after({ keys: [], id: 'o01' }))).toEqual(['cursor', 'expected 1 sort key']);
    expect(refusal(() => page.after({ keys: ['12.5; drop table orders'], id: 'o01' }))).toEqual(['cursor', 'key 1 must be a number']);
  });
});
