import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { createThrowawayDatabase } from '../../helpers/postgres-database.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DialectName } from '../../../server/db/dialect.js';
import { migrateToLatest } from '../../../server/db/migrate.js';
import type { DB } from '../../../server/db/schema.js';
import { ODataFilterError } from '../../../server/faces/analytics/odata/odata-errors.js';
import { parseODataFilter } from '../../../server/faces/analytics/odata/odata-parser.js';
import { not, type Predicate } from '../../../server/modules/dashboards/dashboard-predicate.js';
import { compilePredicate } from '../../../server/modules/dashboards/dashboard-predicate.compiler.js';

/**
 * Thousands of random filters, some well-formed and some garbage, over random dashboards: each
 * must either fail with ODataFilterError, or run on every store with the same result, and
 * `not P` must select exactly the rows `P` does not (no SQL NULL leaking into the logic).
 */

/** mulberry32: small, seedable, so a failing filter can be reproduced. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r = seededRandom(20260602);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const PIECES = [...'aAnZé_%\\ É', "'", ';--', '/*', 'apple', 'Banana'];
const text = () => Array.from({ length: Math.floor(r() * 6) }, () => pick(PIECES)).join('');
const instant = () => new Date(Date.UTC(2025, 11, 31) + Math.floor(r() * 200 * 86_400_000)).toISOString();

const PROPERTIES = { string: ['name', 'type', 'description'], number: ['widgetCount', 'refreshInterval'], datetime: ['createdAt', 'updatedAt'] };
const WORDS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'and', 'or', 'not', 'true', 'false', 'null', 'EQ', 'in', 'add', 'Name', 'colour', 'contains(', 'startswith(', 'endswith(', 'tolower(', 'length(', '(', ')', ','];
const GARBAGE = [..."'\"%_\\;/*-+.:$@#=<>!?[]{}é", '\u0000', '😀', ' ', '\t', '\n', '--', '/*', '*/', "''"];

function literal(type: string): string {
  if (type === 'string') return `'${text().replace(/'/g, "''")}'`;
  if (type === 'number') return (r() * 400 - 100).toFixed(Math.floor(r() * 3));
  if (r() < 0.5) return instant().replace(/\.000Z$/, pick(['Z', '.000Z', '+02:00', '-11:30', '']));
  const two = () => String(Math.floor(r() * 32)).padStart(2, '0');
  return `${pick(['2026', '0001', '9999'])}-${two()}-${two()}T${two()}:${two()}:${two()}${pick(['Z', '.5Z', '+02:00', ''])}`;
}

function operand(type: string, depth: number): string {
  if (type === 'string' && depth < 3 && r() < 0.15) return `tolower(${operand(type, depth + 1)})`;
  if (r() < 0.08) return 'null';
  return r() < 0.6 ? pick(PROPERTIES[type as keyof typeof PROPERTIES]) : literal(type);
}

function condition(depth: number): string {
  const type = () => pick(['string', 'number', 'datetime']);
  const choice = depth > 3 ? Math.floor(r() * 2) : Math.floor(r() * 7);
  if (choice === 0) {
    const t = type();
    return `${operand(t, depth)} ${pick(['eq', 'ne', 'gt', 'ge', 'lt', 'le'])} ${operand(r() < 0.9 ? t : type(), depth)}`;
  }
  if (choice === 1) return `${pick(['contains', 'startswith', 'endswith'])}(${operand('string', depth)}, ${operand(r() < 0.9 ? 'string' : type(), depth)})`;
  if (choice === 2) return `not ${condition(depth + 1)}`;
  if (choice === 3) return `(${condition(depth + 1)})`;
  if (choice === 4) return `${condition(depth + 1)} ${pick(['and', 'or'])} ${condition(depth + 1)}`;
  if (choice === 5) return `${condition(depth + 1)} ${pick(['eq', 'ne'])} ${pick(['true', 'false'])}`;
  return pick(['true', 'false']);
}

/** A quarter token soup; the rest grammatical, a third of those then damaged in a few places. */
function randomFilter(): string {
  if (r() < 0.25) return Array.from({ length: Math.floor(r() * 12) }, () => (r() < 0.7 ? pick(WORDS) : r() < 0.5 ? literal('string') : pick(GARBAGE))).join(pick([' ', '']));
  let filter = condition(0);
  for (let i = r() < 0.3 ? Math.floor(r() * 3) + 1 : 0; i > 0; i -= 1) {
    const at = Math.floor(r() * (filter.length + 1));
    filter = filter.slice(0, at) + (r() < 0.5 ? pick(GARBAGE) : pick(WORDS)) + filter.slice(at + (r() < 0.5 ? 1 : 0));
  }
  return filter;
}

interface Store {
  dialect: DialectName;
  db: Kysely<DB>;
  close(): Promise<void>;
}

const IDS = Array.from({ length: 30 }, (_, i) => `d${String(i).padStart(2, '0')}`);
const ROWS = IDS.map((id, i) => {
  const created = instant();
  return {
    dashboard: { id, tenant_id: 'default', owner_id: 'u1', name: `${text()}${i}`, type: text(), description: text(), visibility: 'private', filters: '[]', refresh_interval_seconds: r() < 0.3 ? null : Math.floor(r() * 300), version: 1, created_at: created, updated_at: r() < 0.5 ? created : instant() },
    widgets: Math.floor(r() * 4),
  };
});

async function seed(dialect: DialectName, db: Kysely<DB>, close: () => Promise<void>): Promise<Store> {
  await migrateToLatest(db as unknown as Kysely<unknown>, dialect);
  const at = '2026-01-01T00:00:00.000Z';
  await db.insertInto('tenants').values({ id: 'default', name: 'Default', created_at: at, updated_at: at }).execute();
  await db.insertInto('dashboards').values(ROWS.map((row) => row.dashboard)).execute();
  const widgets = ROWS.flatMap(({ dashboard, widgets: n }) =>
    Array.from({ length: n }, (_, i) => ({ id: `w${i}`, dashboard_id: dashboard.id, name: 'W', widget_type: 'kpi', pos_x: 0, pos_y: i, width: 3, height: 2, config: '{}', data_source: null, created_at: at, updated_at: at })),
  );
  await db.insertInto('widgets').values(widgets).execute();
  return { dialect, db, close };
}

async function openStores(): Promise<Store[]> {
  const sqliteDb = new Kysely<DB>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
  const stores = [await seed('sqlite', sqliteDb, () => sqliteDb.destroy())];
  const adminUrl = process.env.TESSERA_TEST_DATABASE_URL;
  if (!adminUrl) return stores;
  const database = await createThrowawayDatabase(adminUrl, { icuLocale: 'en-US' });
  const pgDb = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 2 }) }) });
  stores.push(
    await seed('postgres', pgDb, async () => {
      await pgDb.destroy();
      await database.drop();
    }),
  );
  return stores;
}

describe('random filters', () => {
  let stores: Store[] = [];
  beforeAll(async () => {
    stores = await openStores();
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
  });

  it('fail with ODataFilterError, or run alike on every store with not(P) the complement of P', { timeout: 120_000 }, async () => {
    const unexpected: string[] = [];
    let refused = 0;
    let ran = 0;
    for (let i = 0; i < 3000; i += 1) {
      const filter = randomFilter();
      let predicate: Predicate;
      try {
        predicate = parseODataFilter(filter);
      } catch (error) {
        if (error instanceof ODataFilterError) refused += 1;
        else unexpected.push(`${JSON.stringify(filter)} threw ${String(error)}`);
        continue;
      }
      try {
        const results = new Set<string>();
        for (const store of stores) {
          const run = async (p: Predicate) => (await store.db.selectFrom('dashboards').select('id').where(compilePredicate(p, store.dialect)).orderBy('id').execute()).map((row) => row.id);
          const [yes, no] = [await run(predicate), await run(not(predicate))];
          if ([...yes, ...no].sort().join() !== IDS.join()) unexpected.push(`${JSON.stringify(filter)} on ${store.dialect}: ${yes} and not: ${no}`);
          results.add(yes.join());
        }
        if (results.size > 1) unexpected.push(`${JSON.stringify(filter)} differs between stores: ${[...results].join(' | ')}`);
        ran += 1;
      } catch (error) {
        unexpected.push(`${JSON.stringify(filter)} failed to run: ${String(error)}`);
      }
    }
    expect(unexpected.slice(0, 10)).toEqual([]);
    expect(ran).toBeGreaterThan(600);
    expect(refused).toBeGreaterThan(600);
    for (const store of stores) expect((await store.db.selectFrom('dashboards').select('id').orderBy('id').execute()).map((row) => row.id)).toEqual(IDS);
  });
});
