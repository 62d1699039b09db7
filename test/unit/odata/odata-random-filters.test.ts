import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { createThrowawayDatabase } from '../../helpers/postgres-database.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DialectName } from '../../../server/db/metadata-dialect.js';
import { migrateToLatest } from '../../../server/db/migrate.js';
import type { DB } from '../../../server/db/schema.js';
import { registerSqliteFunctions } from '../../../server/db/sqlite-functions.js';
import { ODataFilterError } from '../../../server/faces/analytics/odata/odata-errors.js';
import { parseODataFilter } from '../../../server/faces/analytics/odata/odata-parser.js';
import { not, type Predicate } from '../../../server/predicates/predicate.js';
import { dashboardWhere as compilePredicate } from '../../../server/modules/dashboards/dashboard-fields.js';
import { instant, r, randomFilter, text } from './odata-filter-generator.js';
import type { Row } from './odata-reference.js';

/**
 * Thousands of random filters, some well-formed and some garbage, over random dashboards: each
 * must either fail with ODataFilterError, or run on every store with the same result. Every
 * well-formed filter is generated together with its meaning in OData (odata-reference.ts), and
 * each store must keep exactly the rows where that meaning is true, and under `not` exactly
 * those where it is false (rows where it is unknown are in neither).
 */

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
const REFERENCE_ROWS: Row[] = ROWS.map(({ dashboard: d, widgets }) => ({
  name: d.name,
  type: d.type,
  description: d.description,
  widgetCount: widgets,
  refreshInterval: d.refresh_interval_seconds,
  createdAt: d.created_at,
  updatedAt: d.updated_at,
}));

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
  const sqlite = new SQLite(':memory:');
  registerSqliteFunctions(sqlite);
  const sqliteDb = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
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

  it('fail with ODataFilterError, or run alike on every store, keeping the rows OData keeps', { timeout: 180_000 }, async () => {
    const unexpected: string[] = [];
    let refused = 0;
    let ran = 0;
    let checked = 0;
    for (let i = 0; i < 3000; i += 1) {
      const { filter, meaning } = randomFilter();
      let predicate: Predicate;
      try {
        predicate = parseODataFilter(filter);
      } catch (error) {
        if (!(error instanceof ODataFilterError)) unexpected.push(`${JSON.stringify(filter)} threw ${String(error)}`);
        // A well-formed generated filter must be accepted.
        else if (meaning) unexpected.push(`${JSON.stringify(filter)} was refused: ${error.message}`);
        else refused += 1;
        continue;
      }
      try {
        const results = new Set<string>();
        for (const store of stores) {
          const run = async (p: Predicate) => (await store.db.selectFrom('dashboards').select('id').where(compilePredicate(p, store.dialect)).orderBy('id').execute()).map((row) => row.id);
          const [yes, no] = [await run(predicate), await run(not(predicate))];
          if (yes.some((id) => no.includes(id))) unexpected.push(`${JSON.stringify(filter)} on ${store.dialect}: a row both matches and does not`);
          if (meaning) {
            const values = REFERENCE_ROWS.map(meaning);
            const expected = [IDS.filter((_, k) => values[k] === true).join(), IDS.filter((_, k) => values[k] === false).join()];
            if (yes.join() !== expected[0] || no.join() !== expected[1]) {
              unexpected.push(`${JSON.stringify(filter)} on ${store.dialect}: kept ${yes} and under not ${no}; OData keeps ${expected[0]} and under not ${expected[1]}`);
            }
          }
          results.add(yes.join());
        }
        if (results.size > 1) unexpected.push(`${JSON.stringify(filter)} differs between stores: ${[...results].join(' | ')}`);
        ran += 1;
        if (meaning) checked += 1;
      } catch (error) {
        unexpected.push(`${JSON.stringify(filter)} failed to run: ${String(error)}`);
      }
    }
    expect(unexpected.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
    expect(ran).toBeGreaterThan(1200);
    expect(refused).toBeGreaterThan(600);
    for (const store of stores) expect((await store.db.selectFrom('dashboards').select('id').orderBy('id').execute()).map((row) => row.id)).toEqual(IDS);
  });
});
