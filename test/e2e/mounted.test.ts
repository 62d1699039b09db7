import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmbeddedApp } from '../../examples/embedded/app.js';
import { ensureWebBuilt } from '../../server/web-build.js';
import { launchChromium, logIn } from './browser.js';

/**
 * The web app mounted under `/tessera` by the embedded example: signing in, following links and
 * reloading deep pages all stay under the prefix, and the API calls reach the mounted faces.
 */
const PASSWORD = 'helpdesk-example-pass';
let dir: string;
let app: FastifyInstance;
let origin: string;
let browser: Browser;
let closeBrowser: () => Promise<void>;
const shots = process.env.TESSERA_SCREENSHOTS;

beforeAll(async () => {
  await ensureWebBuilt(() => undefined);
  dir = mkdtempSync(join(tmpdir(), 'tessera-mounted-e2e-'));
  app = await buildEmbeddedApp({ dataDir: dir, logger: false, adminPassword: PASSWORD });
  origin = await app.listen({ host: '127.0.0.1', port: 0 });
  ({ browser, close: closeBrowser } = await launchChromium());
});

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the web app mounted at /tessera', () => {
  it('signs in, lists the host table, opens a card link and survives a reload, all under the prefix', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${origin}/tessera/`);
    await page.waitForURL(`${origin}/tessera/login`);
    await logIn(page, 'admin@example.com', PASSWORD);

    await page.getByRole('link', { name: 'Cards', exact: true }).click();
    await page.waitForURL(`${origin}/tessera/cards`);
    await page.getByRole('link', { name: 'Tickets: 24 tickets' }).click();
    await page.waitForURL(`${origin}/tessera/admin/models/Ticket`);
    const rows = page.getByRole('table', { name: 'Ticket records' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(24);
    if (shots) await page.screenshot({ path: join(shots, 'mounted-ticket-list.png') });

    await page.getByRole('searchbox', { name: 'Search Ticket' }).fill('invoice');
    await expect.poll(() => rows.count()).toBe(4);
    await page.reload();
    await expect.poll(() => rows.count()).toBe(4);
    expect(new URL(page.url()).pathname).toBe('/tessera/admin/models/Ticket');

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${origin}/tessera/login`);
    // Nothing the app asked for went to the host's root instead of the mount point.
    expect(failed.filter((line) => !line.includes('/auth/me') && !line.includes('/auth/refresh'))).toEqual([]);
    await page.close();
  });
});
