import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../helpers/postgres-database.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Counts of a large PostgreSQL table (the PostgreSQL run only): statistics when unfiltered, the
 * planner's estimate when a filter would need the whole table read, an exact count when an
 * index answers the filter; `total_exact` says which.
 */
const pgUrl = process.env.TESSERA_TEST_DATABASE_URL;
const ROWS = 150_000;

let database: ThrowawayDatabase;
let t: TestApp;
let root: string;

describe.skipIf(!pgUrl)('counts of a large table', () => {
  beforeAll(async () => {
    database = await createThrowawayDatabase(pgUrl!);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`create table events (id integer primary key, name text not null)`);
    await client.query(`insert into events select n, 'event ' || n from generate_series(1, ${ROWS}) n`);
    await client.query('analyze events');
    await client.end();
    t = await startTestApp({ demo: false, admin: { sources: [{ name: 'big', kind: 'postgres', url: database.url }], models: [{ source: 'big', table: 'events', name: 'Event' }] } });
    root = await t.rootToken();
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  const list = async (query: string) => (await t.request({ method: 'GET', url: `/admin/api/models/Event?limit=5${query}`, token: root })).json();

  it('estimates unfiltered and whole-table-scan counts, and counts exactly what an index answers', async () => {
    const all = await list('');
    expect(all.total_exact).toBe(false);
    expect(Math.abs(all.total - ROWS) / ROWS).toBeLessThan(0.1);

    const searched = await list('&search=event%2012');
    expect(searched.total_exact).toBe(false);
    expect(searched.items.length).toBe(5);

    const byKey = await list(`&filters=${encodeURIComponent(JSON.stringify([{ field: 'id', operator: 'lt', value: 100 }]))}`);
    expect(byKey).toMatchObject({ total: 99, total_exact: true });
  });
});
