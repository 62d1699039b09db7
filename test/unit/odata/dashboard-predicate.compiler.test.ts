import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { createThrowawayDatabase } from '../../helpers/postgres-database.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DialectName } from '../../../server/db/metadata-dialect.js';
import { registerSqliteFunctions } from '../../../server/db/sqlite-functions.js';
import { migrateToLatest } from '../../../server/db/migrate.js';
import type { DB } from '../../../server/db/schema.js';
import { ODataFilterError } from '../../../server/faces/analytics/odata/odata-errors.js';
import { parseODataOrderBy } from '../../../server/faces/analytics/odata/odata-orderby.js';
import { parseODataFilter } from '../../../server/faces/analytics/odata/odata-parser.js';
import { call, compare, date, datetime, field, value, type Predicate } from '../../../server/predicates/predicate.js';
import { dashboardOrder as compileOrder, dashboardWhere as compilePredicate } from '../../../server/modules/dashboards/dashboard-fields.js';
import { DomainError } from '../../../server/modules/errors/domain-errors.js';

interface Store {
  dialect: DialectName;
  db: Kysely<DB>;
  close(): Promise<void>;
}

const T0 = '2026-06-01T00:00:00.000Z';
// id, name, type, description, refresh interval, created, updated, widgets
const DASHBOARDS: [string, string, string, string, number | null, string, string, number][] = [
  ['d1', 'Executive Summary', 'executive', 'Key metrics and KPIs', 60, '2026-06-01T09:00:00.000Z', '2026-06-02T10:30:00.000Z', 3],
  ['d2', 'Sales Performance', 'sales', 'Pipeline by region', null, '2026-06-02T10:30:00.000Z', '2026-06-03T08:00:00.000Z', 1],
  ['d3', 'apple', 'misc', '100% organic', 300, '2026-05-20T00:00:00.000Z', '2026-05-20T00:00:00.000Z', 0],
  ['d4', 'Banana', 'misc', 'under_score and back\\slash', 30, '2026-06-02T08:29:59.999Z', '2026-06-02T08:29:59.999Z', 2],
  ['d5', "O'Brien's board", 'ops', 'quotes', null, '2026-06-02T08:30:00.000Z', '2026-06-02T08:30:00.000Z', 0],
  ['d6', 'ÉLAN', 'misc', 'non-ascii', 120, '2025-12-31T23:30:00.000Z', '2025-12-31T23:30:00.000Z', 5],
  ['d7', 'Zeta', 'executive', '', 60, '2026-06-04T00:00:00.000Z', '2026-06-04T00:00:00.000Z', 0],
];
const ALL = DASHBOARDS.map(([id]) => id);

async function seeded(dialect: DialectName, db: Kysely<DB>, close: () => Promise<void>): Promise<Store> {
  await migrateToLatest(db as unknown as Kysely<unknown>, dialect);
  await db.insertInto('tenants').values({ id: 'default', name: 'Default', created_at: T0, updated_at: T0 }).execute();
  for (const [id, name, type, description, refresh, created, updated, widgets] of DASHBOARDS) {
    await db
      .insertInto('dashboards')
      .values({ id, tenant_id: 'default', owner_id: 'u1', name, type, description, visibility: 'private', filters: '[]', refresh_interval_seconds: refresh, version: 1, created_at: created, updated_at: updated })
      .execute();
    for (let i = 0; i < widgets; i += 1) {
      await db
        .insertInto('widgets')
        .values({ id: `w${i}`, dashboard_id: id, name: `W${i}`, widget_type: 'kpi', pos_x: 0, pos_y: i, width: 3, height: 2, config: '{}', data_source: null, created_at: T0, updated_at: T0 })
        .execute();
    }
  }
  return { dialect, db, close };
}

async function sqliteStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-odata-'));
  const sqlite = new SQLite(join(dir, 'metadata.db'));
  registerSqliteFunctions(sqlite);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return seeded('sqlite', db, async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
}

/** A fresh database; ICU en-US collation when the server has it, so "a" < "B" unless the compiler says otherwise. */
async function postgresStore(adminUrl: string): Promise<Store> {
  const database = await createThrowawayDatabase(adminUrl, { icuLocale: 'en-US' });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 4 }) }) });
  return seeded('postgres', db, async () => {
    await db.destroy();
    await database.drop();
  });
}

async function idsOf(store: Store, filter?: string, orderBy = ''): Promise<string[]> {
  let query = store.db.selectFrom('dashboards').select('dashboards.id');
  if (filter !== undefined) query = query.where(compilePredicate(parseODataFilter(filter), store.dialect));
  const terms = compileOrder(parseODataOrderBy(orderBy), store.dialect);
  for (const [expression, modifiers] of terms) query = query.orderBy(expression, modifiers);
  if (terms.length === 0) query = query.orderBy('dashboards.id');
  return (await query.execute()).map((row) => row.id);
}

const adminUrl = process.env.TESSERA_TEST_DATABASE_URL;
const STORES: [DialectName, () => Promise<Store>][] = [['sqlite', sqliteStore], ...(adminUrl ? [['postgres', () => postgresStore(adminUrl)] as [DialectName, () => Promise<Store>]] : [])];

const CASES: [string, string[]][] = [
  ["name eq 'apple'", ['d3']],
  ["name eq 'Apple'", []],
  ["name ne 'apple'", ['d1', 'd2', 'd4', 'd5', 'd6', 'd7']],
  ["tolower(name) eq 'apple' or tolower(name) eq 'banana'", ['d3', 'd4']],
  ["tolower(name) eq 'élan'", ['d6']],
  ["tolower(name) eq 'Élan'", []],
  ["TOLOWER(name) EQ tolower('ÉLAN')", ['d6']],
  ["toupper(name) eq 'APPLE' or toupper(name) eq 'ÉLAN'", ['d3', 'd6']],
  ["tolower(name) gt 'é'", ['d6']],
  ["contains(name, 'an')", ['d2', 'd4']],
  ["contains(name, 'AN')", ['d6']],
  ["contains(tolower(name), 'an')", ['d2', 'd4', 'd6']],
  ["contains(name, '''')", ['d5']],
  ["startswith(name, 'Sa')", ['d2']],
  ["startswith(name, 'sa')", []],
  ["startswith(name, '')", ALL],
  ["endswith(name, 'a')", ['d4', 'd7']],
  ["endswith(name, 'Zeta') or endswith(name, 'xZeta')", ['d7']],
  ["startswith(description, '100%') and endswith(description, 'organic')", ['d3']],
  ["contains(description, '%')", ['d3']],
  ["contains(description, '_')", ['d4']],
  ["contains(description, '\\')", ['d4']],
  ["endswith(description, 'k\\slash')", ['d4']],
  ["startswith(description, name)", []],
  ['widgetCount eq 0', ['d3', 'd5', 'd7']],
  ['widgetCount gt 2', ['d1', 'd6']],
  ['widgetCount ge 2.5', ['d1', 'd6']],
  ['widgetCount lt 1.5', ['d2', 'd3', 'd5', 'd7']],
  ['widgetCount gt -1', ALL],
  ['refreshInterval eq null', ['d2', 'd5']],
  ['null ne refreshInterval', ['d1', 'd3', 'd4', 'd6', 'd7']],
  ['refreshInterval eq 60', ['d1', 'd7']],
  ['refreshInterval ne 60', ['d2', 'd3', 'd4', 'd5', 'd6']],
  ['not (refreshInterval eq 60)', ['d2', 'd3', 'd4', 'd5', 'd6']],
  ['refreshInterval lt 100', ['d1', 'd4', 'd7']],
  ['not (refreshInterval lt 100)', ['d2', 'd3', 'd5', 'd6']],
  ['refreshInterval gt 59.5', ['d1', 'd3', 'd6', 'd7']],
  ['refreshInterval le widgetCount', []],
  ['createdAt gt 2026-06-02T10:30:00+02:00', ['d2', 'd7']],
  ['createdAt ge 2026-06-02T08:30:00Z', ['d2', 'd5', 'd7']],
  ['createdAt eq 2026-06-02T10:30:00+02:00', ['d5']],
  ['createdAt eq 2026-06-02T10:30:00.000Z', ['d2']],
  ['createdAt lt 2026-01-01T00:30:00+01:00', []],
  ['createdAt le 2026-01-01T00:30:00+01:00', ['d6']],
  ['createdAt gt 2026-06-02T08:29:59.998Z and createdAt lt 2026-06-02T08:30:00.001Z', ['d4', 'd5']],
  ['updatedAt gt createdAt', ['d1', 'd2']],
  ["type eq 'misc' and (widgetCount gt 0 or refreshInterval eq null)", ['d4', 'd6']],
  ["not contains(name, 'a') or type eq 'ops'", ['d5', 'd6']],
  ["contains(name, 'x') eq false", ['d2', 'd3', 'd4', 'd5', 'd6', 'd7']],
  ["name gt 'Zeta'", ['d3', 'd6']],
  ["name lt 'a'", ['d1', 'd2', 'd4', 'd5', 'd7']],
  ["'a' lt 'B'", []],
  ['1 eq 1 and null eq null', ALL],
  ['null ne null or false', []],
  ['true', ALL],
  // Strings are measured in characters, 0-based as OData counts.
  ['length(name) eq 4', ['d6', 'd7']],
  ['length(description) eq 0', ['d7']],
  ["indexof(name, 'a') eq 1", ['d2', 'd4']],
  ["indexof(tolower(name), 'l') eq 1", ['d6']],
  ["indexof(name, 'zzz') eq -1", ALL],
  ["indexof(name, '') eq 0", ALL],
  ["substring(name, 1) eq 'pple'", ['d3']],
  ["substring(name, 1, 2) eq 'an'", ['d4']],
  ["substring(name, 1, 2) eq 'LA'", ['d6']],
  ["substring(name, -3, 2) eq 'ap'", ['d3']],
  ["substring(name, 100) eq ''", ALL],
  ["substring(name, 2147483647, 2147483647) eq ''", ALL],
  ["substring(name, 0, -1) eq ''", ALL],
  ["substring(name, widgetCount, 1) eq 'a'", ['d2', 'd3']],
  ["trim(concat('  ', name)) eq name", ALL],
  ["concat(name, type) eq 'applemisc'", ['d3']],
  // Date parts are UTC; a date next to an instant is its midnight UTC.
  ['year(createdAt) eq 2025', ['d6']],
  ['month(createdAt) eq 5', ['d3']],
  ['day(createdAt) eq 2', ['d2', 'd4', 'd5']],
  ['hour(createdAt) eq 8 and minute(createdAt) eq 29 and second(createdAt) eq 59', ['d4']],
  ['year(2026-06-02) eq 2026 and month(2026-06-02T23:30:00-02:00) eq 6 and day(2026-06-02T23:30:00-02:00) eq 2', ALL],
  // A literal's date parts are read on the clock it was written with; it compares as the instant.
  ['hour(2026-06-02T10:30:00+02:00) eq 10 and minute(2026-06-02T10:30:00-01:15) eq 30', ALL],
  ['date(2026-06-02T23:30:00-02:00) eq 2026-06-02 and 2026-06-02T23:30:00-02:00 eq 2026-06-03T01:30:00Z', ALL],
  ['year(2025-12-31T23:30:00-01:00) eq 2025 and year(2026-01-01T00:30:00+01:00) eq 2026', ALL],
  ['createdAt eq 2026-01-01T00:30:00+01:00 and date(createdAt) eq 2025-12-31', ['d6']],
  ['date(createdAt) eq 2026-06-02', ['d2', 'd4', 'd5']],
  ['date(createdAt) ne date(updatedAt)', ['d1', 'd2']],
  ['createdAt ge 2026-06-02', ['d2', 'd4', 'd5', 'd7']],
  ['2026-06-02 gt createdAt', ['d1', 'd3', 'd6']],
  ['date(createdAt) lt createdAt', ['d1', 'd2', 'd4', 'd5', 'd6']],
  ['createdAt lt now() and date(now()) gt 2026-01-01', ALL],
  ["name in ('apple', 'Zeta', 'nope')", ['d3', 'd7']],
  ['refreshInterval in (null, 30)', ['d2', 'd4', 'd5']],
  ["NOT (name EQ 'apple') AND StartsWith(name, 'B')", ['d4']],
  // Null: equal only to null; every other comparison with it is false; functions of it are null.
  ['refreshInterval gt null', []],
  ['not (refreshInterval gt null)', ALL],
  ['null ge null or null lt null', []],
  ['refreshInterval ge null or refreshInterval le null', []],
  ['length(null) eq null', ALL],
  ["concat(name, null) ne null or tolower(null) ne null", []],
  ['substring(name, refreshInterval) eq null', ['d2', 'd5']],
  ["contains(substring(name, refreshInterval), 'x')", []],
  ["not contains(substring(name, refreshInterval), 'x')", ['d1', 'd3', 'd4', 'd6', 'd7']],
  ["contains(substring(name, refreshInterval), 'x') or true", ALL],
  ["not (contains(substring(name, refreshInterval), 'x') and false)", ALL],
  ["contains(substring(name, refreshInterval), 'x') eq false", ['d1', 'd3', 'd4', 'd6', 'd7']],
  ["contains(substring(name, refreshInterval), 'x') ne true", ALL],
  ["contains(substring(name, refreshInterval), 'x') eq null", ['d2', 'd5']],
  ["startswith(name, null) eq contains(name, null)", ALL],
  ["contains(name, 'a') eq startswith(name, 'B')", ['d4', 'd6']],
];

const HOSTILE = [
  "name eq 'x'' or 1 eq 1 --'",
  "name eq '; drop table dashboards; --'",
  "name eq 'apple'';'' or contains(name, ''/* */'')'",
  "contains(name, '%')",
  "contains(name, '_')",
  "contains(name, '/*') or contains(name, '*/') or contains(name, '--')",
  "startswith(name, '%') or endswith(name, '_')",
  "tolower(name) eq ''' or ''1''=''1'",
  "contains(name, '\\'' or 1=1; select 1; --')",
];

/** SQL syntax outside a string literal is no OData: refused before anything runs. */
const REFUSED = ["name eq 'a' /* comment */", "name eq 'a'; drop table dashboards", "name eq 'a' -- comment", "name eq 'a' or 1=1", 'dashboards.name eq name'];

describe.each(STORES)('dashboard predicates on %s', (_dialect, open) => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it.each(CASES)('%s', async (filter, expected) => {
    expect(await idsOf(store, filter)).toEqual(expected);
  });

  it.each(HOSTILE)('a hostile string matches nothing and leaves the table alone: %s', async (filter) => {
    expect(await idsOf(store, filter)).toEqual([]);
    const compiled = store.db.selectFrom('dashboards').select('id').where(compilePredicate(parseODataFilter(filter), store.dialect)).compile();
    expect(compiled.sql).not.toMatch(/drop|--|\/\*|;|%|1=1/i);
    expect(await idsOf(store)).toEqual(ALL);
  });

  it.each(REFUSED)('SQL outside strings is refused: %s', async (filter) => {
    expect(() => parseODataFilter(filter)).toThrow(ODataFilterError);
    expect(await idsOf(store)).toEqual(ALL);
  });

  it.each([
    ['name', ['d4', 'd1', 'd5', 'd2', 'd7', 'd3', 'd6']],
    ['name desc', ['d6', 'd3', 'd7', 'd2', 'd5', 'd1', 'd4']],
    ['refreshInterval', ['d2', 'd5', 'd4', 'd1', 'd7', 'd6', 'd3']],
    ['refreshInterval desc', ['d3', 'd6', 'd1', 'd7', 'd4', 'd2', 'd5']],
    ['widgetCount desc, name', ['d6', 'd1', 'd4', 'd2', 'd5', 'd7', 'd3']],
    ['createdAt desc', ['d7', 'd2', 'd5', 'd4', 'd1', 'd3', 'd6']],
    ['type, updatedAt desc', ['d7', 'd1', 'd4', 'd3', 'd6', 'd5', 'd2']],
    ['tolower(name)', ['d3', 'd4', 'd1', 'd5', 'd2', 'd7', 'd6']],
    ['length(name) desc', ['d1', 'd2', 'd5', 'd4', 'd3', 'd6', 'd7']],
    ['year(createdAt) desc, name', ['d4', 'd1', 'd5', 'd2', 'd7', 'd3', 'd6']],
    ['substring(name, refreshInterval)', ['d2', 'd5', 'd1', 'd3', 'd4', 'd6', 'd7']],
  ])('orders by %s', async (orderBy, expected) => {
    expect(await idsOf(store, undefined, orderBy)).toEqual(expected);
  });

  it('refuses an ill-typed tree before any SQL runs', () => {
    const bad: Predicate[] = [
      compare('gt', field('widget_count'), value('3')),
      compare('eq', call('tolower', field('widget_count')), value('3')),
      compare('eq', call('length', field('name')), value('3')),
      compare('eq', call('substring', field('name'), value(1.5)), value('a')),
      compare('eq', call('substring', field('name')), value('a')),
      compare('eq', call('sqrt' as 'length', field('name')), value(1)),
      compare('eq', call('date', field('name')), date('2026-01-01')),
      compare('eq', field('created_at'), date('2026-02-30')),
      compare('eq', field('name'), date('2026-01-01')),
      compare('eq', call('hour', datetime('2026-06-02T10:30:00.000Z', 24 * 60)), value(1)),
      compare('eq', call('hour', datetime('9999-12-31T23:30:00.000Z', 60)), value(1)),
      compare('lt', field('created_at'), datetime('2026-06-02T10:30:00Z')),
      compare('eq', field('name'), value('a\u0000b')),
      compare('eq', field('widget_count'), value(Number.POSITIVE_INFINITY)),
      { kind: 'and', operands: [] },
      { kind: 'match', fn: 'contains', target: field('widget_count'), needle: value('1') },
      compare('eq', field('created_at'), datetime('2026-02-30T10:30:00.000Z')),
      compare('like' as 'eq', field('name'), value('a')),
      { kind: 'xor' } as unknown as Predicate,
      Array.from({ length: 100 }).reduce<Predicate>((p) => ({ kind: 'not', operand: p }), compare('eq', field('name'), value('a'))),
    ];
    for (const predicate of bad) {
      expect(() => compilePredicate(predicate, store.dialect)).toThrow(DomainError);
      expect(() => compilePredicate(predicate, store.dialect)).toThrow(/^Invalid filter: /);
    }
  });
});
