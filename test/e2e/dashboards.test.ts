import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT_EMAIL, ROOT_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { logIn, pickOption, startBrowserSession, type BrowserSession } from './browser.js';

let t: TestApp;
let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;

const CHART_TYPES = ['bar_chart', 'line_chart', 'area_chart', 'pie_chart', 'scatter_plot', 'heatmap'];
const TILE = '[data-testid="widget-tile"]';

interface Position {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface ApiDashboard {
  id: string;
  widgets: { id: string; name: string; widget_type: string; position: Position; config: Record<string, unknown> }[];
}

beforeAll(async () => {
  session = await startBrowserSession();
  ({ t, baseUrl, browser } = session);
});

afterAll(() => session?.close());

async function signedInPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${baseUrl}/login`);
  await logIn(page, ROOT_EMAIL, ROOT_PASSWORD);
  return page;
}

/** Waits until every tile has an answer, then returns what each error tile says. */
async function settledTiles(page: Page): Promise<{ count: number; errors: string[] }> {
  await page.locator(TILE).first().waitFor();
  // Polled from here: a predicate polled inside the page would need eval, which the app's CSP forbids.
  await expect.poll(() => page.locator(`${TILE}[data-status="loading"]`).count(), { timeout: 60_000 }).toBe(0);
  // Evaluated in the page, as a string: this file is compiled without DOM types.
  const errors = JSON.parse(
    await page.evaluate<string>(
      `JSON.stringify([...document.querySelectorAll('${TILE}[data-status="error"]')].map((tile) =>
        tile.getAttribute('data-widget-id') + ': ' + (tile.querySelector('[role="alert"]')?.textContent ?? '')))`,
    ),
  ) as string[];
  return { count: await page.locator(TILE).count(), errors };
}

async function fetchDashboard(page: Page, id: string): Promise<ApiDashboard> {
  const response = await page.request.get(`${baseUrl}/api/v1/bi/dashboards/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ApiDashboard;
}

describe('dashboards in the browser', () => {
  it('lands on the dashboard list and renders every demo widget without an error tile', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Dashboards' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/dashboards');

    const seenTypes = new Set<string>();
    for (const name of ['Sales Overview', 'Customers & Subscriptions']) {
      await page.goto(`${baseUrl}/dashboards`);
      await page.getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { name, exact: true, level: 1 }).waitFor();
      const { count, errors } = await settledTiles(page);
      expect(errors, `${name} has error tiles`).toEqual([]);
      expect(count).toBeGreaterThan(0);

      for (const tile of await page.locator(TILE).all()) {
        const type = (await tile.getAttribute('data-widget-type')) ?? '';
        seenTypes.add(type);
        if (CHART_TYPES.includes(type)) {
          await expect.poll(() => tile.locator('canvas').count(), { message: `${type} draws on a canvas` }).toBeGreaterThan(0);
        } else if (type === 'kpi_card') {
          await expect(tile.getByTestId('kpi-value').textContent()).resolves.toMatch(/\d/);
        } else if (type === 'table') {
          await expect(tile.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
          await expect(tile.locator('tbody tr').first().textContent()).resolves.not.toBe('No rows.');
        } else if (type === 'text') {
          await expect(tile.getByTestId('markdown').locator('h1, h2, h3, p, li, strong').count()).resolves.toBeGreaterThan(0);
        }
      }
    }
    expect([...seenTypes].sort()).toEqual([...CHART_TYPES, 'kpi_card', 'table', 'text'].sort());
    await page.close();
  });

  it('applies a filter from the filter bar and re-queries the tiles with it', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/dashboards`);
    await page.getByRole('link', { name: 'Sales Overview', exact: true }).click();
    await settledTiles(page);
    const orders = page.locator(TILE).filter({ has: page.getByText('Orders', { exact: true }) }).getByTestId('kpi-value');
    const allOrders = Number((await orders.textContent())?.replace(/\D/g, ''));

    const filtered = page.waitForResponse(
      (response) => response.url().includes('/data?filters=') && decodeURIComponent(response.url()).includes('"EU"'),
    );
    const region = page.getByRole('combobox', { name: 'Region' });
    await region.fill('EU');
    await region.press('Enter');
    await page.getByRole('button', { name: 'Apply' }).click();
    const response = await filtered;
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
    const { errors } = await settledTiles(page);
    expect(errors).toEqual([]);
    const euOrders = Number((await orders.textContent())?.replace(/\D/g, ''));
    expect(euOrders).toBeGreaterThan(0);
    expect(euOrders).toBeLessThan(allOrders);
    await page.close();
  });

  it('creates a dashboard, adds a bar chart from SQL, moves and resizes it, and saves it all as one version', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/dashboards`);
    await page.getByRole('button', { name: 'New dashboard' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(`Browser test ${Date.now()}`);
    await page.getByRole('button', { name: 'Create dashboard' }).click();
    await page.waitForURL(/\/dashboards\/[^/?]+\?edit=1$/);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';

    await page.getByRole('button', { name: 'Add widget' }).click();
    const editor = page.getByRole('dialog');
    await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Revenue by region');
    await pickOption(page, editor.getByRole('combobox', { name: 'Data source', exact: true }), 'demo (duckdb)');
    await editor.getByRole('textbox', { name: 'SQL', exact: true }).fill('SELECT region, SUM(revenue) FROM sales GROUP BY region');
    await editor.getByRole('button', { name: 'Run' }).click();
    await editor.getByTestId('widget-preview').locator('canvas').waitFor();
    await pickOption(page, editor.getByRole('combobox', { name: 'X axis', exact: true }), 'region');
    await editor.getByRole('button', { name: 'Save widget' }).click();
    await editor.waitFor({ state: 'detached' });

    // The new widget draws its data before it is saved; the server has nothing yet.
    const tile = page.locator(TILE).first();
    await tile.locator('canvas').waitFor();
    await expect(tile.getAttribute('data-status')).resolves.toBe('ok');
    expect((await fetchDashboard(page, id)).widgets).toHaveLength(0);

    // Drag the tile by its title to the right half of the grid.
    const handle = tile.locator('.widget-drag-handle');
    const from = await handle.boundingBox();
    const grid = await page.getByTestId('dashboard-grid').boundingBox();
    if (!from || !grid) throw new Error('tile or grid not laid out');
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 20 + grid.width / 2, from.y + from.height / 2, { steps: 12 });
    await page.mouse.up();

    // Then make it one row taller from its corner.
    const corner = await page.locator('.react-grid-item .react-resizable-handle-se').first().boundingBox();
    if (!corner) throw new Error('resize handle not shown');
    await page.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2);
    await page.mouse.down();
    await page.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2 + 90, { steps: 8 });
    await page.mouse.up();

    const saved = page.waitForResponse((r) => r.url().endsWith('/content') && r.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog', { name: 'Save changes' }).getByRole('button', { name: 'Save version' }).click();
    expect((await saved).status()).toBe(200);

    await page.reload();
    await settledTiles(page);
    const stored = await fetchDashboard(page, id);
    expect(stored.widgets).toHaveLength(1);
    expect(stored.widgets[0]?.config).toMatchObject({ x_axis: 'region', y_axis: 'sum_revenue' });
    const moved = stored.widgets[0]?.position;
    expect(moved?.x).toBe(6);
    expect(moved?.width).toBe(6);
    expect(moved?.height).toBeGreaterThan(4);
    // One version for the whole session, after the one that created the dashboard.
    expect((stored as ApiDashboard & { version: number }).version).toBe(2);
    // The page shows the saved place too: the tile sits in the right half of the grid.
    const after = await page.locator(TILE).first().boundingBox();
    const gridAfter = await page.getByTestId('dashboard-grid').boundingBox();
    expect(after && gridAfter && after.x - gridAfter.x).toBeGreaterThan((gridAfter?.width ?? 0) / 3);
    await page.close();
  });
});

describe('catalog widget types', () => {
  it("a dashboard made through the analytics API with seed 002's body draws its catalog widgets", async () => {
    const token = await t.rootToken();
    const created = await t.request({
      method: 'POST',
      url: '/api/dashboards',
      token,
      payload: {
        name: 'Executive Summary',
        description: 'Key metrics and KPIs',
        type: 'executive',
        widgets: [
          { id: 'widget_1', type: 'revenue_chart', title: 'Monthly Revenue', size: 'large' },
          { id: 'widget_2', type: 'active_subscriptions', title: 'Active Subscriptions', size: 'small' },
        ],
        refreshInterval: 60,
      },
    });
    expect(created.statusCode).toBe(201);
    const page = await signedInPage();
    await page.goto(`${baseUrl}/dashboards/${created.json().id}`);
    const { count, errors } = await settledTiles(page);
    expect(errors).toEqual([]);
    expect(count).toBe(2);
    await page.locator(`${TILE}[data-widget-id="widget_1"] canvas`).first().waitFor();
    const kpi = await page.locator(`${TILE}[data-widget-id="widget_2"]`).innerText();
    expect(kpi).toMatch(/\d/);
    await page.close();
  });
});
