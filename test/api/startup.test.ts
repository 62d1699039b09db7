import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { resolveConfig } from '../../server/config.js';
import { createThrowawayDatabase } from '../helpers/postgres-database.js';

const adminUrl = process.env.TESSERA_TEST_DATABASE_URL;

/** Several instances behind a load balancer share one PostgreSQL and may all start at once. */
describe.skipIf(!adminUrl)('instances starting together on one fresh PostgreSQL database', () => {
  it('create one first admin and one demo between them', async () => {
    const database = await createThrowawayDatabase(adminUrl as string);
    const dirs = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'tessera-startup-')));
    try {
      const apps = await Promise.all(
        dirs.map((dir) =>
          buildApp(
            resolveConfig({}, { TESSERA_DATA_DIR: dir, DATABASE_URL: database.url, TESSERA_JWT_SECRET: 'startup-secret', TESSERA_DEMO_ROWS: '5000' }),
            { logger: false },
          ),
        ),
      );
      expect(apps.filter((app) => app.tessera.firstRun.createdAdmin).length).toBe(1);
      await Promise.all(apps.map((app) => app.close()));

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const users = await client.query('select count(*)::int as n from users');
        const dashboards = await client.query('select name, count(*)::int as n from dashboards group by name order by name');
        const metrics = await client.query('select count(*)::int as n from metrics');
        expect(users.rows[0].n).toBe(1);
        expect(dashboards.rows.length).toBeGreaterThan(0);
        expect(dashboards.rows.every((r: { n: number }) => r.n === 1)).toBe(true);
        expect(metrics.rows[0].n).toBe(2);
      } finally {
        await client.end();
      }
    } finally {
      await database.drop();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});
