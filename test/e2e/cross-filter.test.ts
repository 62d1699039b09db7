import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_EMAIL, ROOT_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { signedInPage, startBrowserSession, type BrowserSession } from './browser.js';

/**
 * Clicking a tile: a bar sets the dashboard's filter for its category (cross-filter) and every tile
 * follows, a chip shows it and clears it; a metric tile with drill levels goes one level down
 * instead, with a breadcrumb back.
 */
let t: TestApp;
let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;
let dashboardId: string;
let root: string;

const count = async (where: string) => {
  const res = await t.request({ method: 'POST', url: '/api/v1/bi/query', token: root, payload: { source: 'demo', sql: `SELECT COUNT(*) AS n FROM sales ${where}` } });
  return Number(res.json<{ rows: { n: number }[] }>().rows[0]!.n);
};

beforeAll(async () => {
  session = await startBrowserSession();
  ({ t, baseUrl, browser } = session);
  root = await t.rootToken();
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/bi/dashboards',
    token: root,
    payload: { name: 'Clickable sales', filters: [{ field: 'region', operator: 'in', values: [] }] },
  });
  dashboardId = created.json<{ id: string }>().id;
  const add = (name: string, widget_type: string, x: number, data_source: unknown, config: unknown) =>
    t.request({
      method: 'POST',
      url: `/api/v1/bi/dashboards/${dashboardId}/widgets`,
      token: root,
      payload: { name, widget_type, position: { x, y: 0, width: 4, height: 4 }, data_source, config },
    });
  await add('Orders', 'kpi_card', 0, { source: 'demo', sql: 'SELECT COUNT(*) AS n FROM sales WHERE {{region}} AND {{channel}}' }, { value: 'n' });
  await add('By region', 'bar_chart', 4, { source: 'demo', sql: 'SELECT region, COUNT(*) AS orders FROM sales WHERE {{region}} GROUP BY 1 ORDER BY 1' }, { x_axis: 'region', y_axis: 'orders' });
  await add('Drillable', 'bar_chart', 8, { metric: 'orders', dimensions: ['region'] }, { x_axis: 'region', y_axis: 'value', drill: ['region', 'country'] });
});
afterAll(() => session?.close());

const tile = (page: Page, name: string) => page.getByTestId('widget-tile').filter({ has: page.getByText(name, { exact: true }) });

/** What the page offers the code evaluated in it (the tests compile without the DOM's types). */
type BrowserWindow = { getComputedStyle(element: unknown): { cursor: string } };

/** Moves over the chart until the pointer turns into a hand (ECharts shows one over an item), then clicks there. */
async function clickFirstItem(chart: Locator): Promise<void> {
  const box = (await chart.boundingBox())!;
  const page = chart.page();
  for (let y = box.y + box.height * 0.85; y > box.y + 10; y -= box.height * 0.1) {
    for (let x = box.x + 20; x < box.x + box.width - 10; x += 6) {
      await page.mouse.move(x, y);
      const cursor = await chart.evaluate((element) => (globalThis as unknown as BrowserWindow).getComputedStyle(element.firstElementChild).cursor);
      if (cursor === 'pointer') return page.mouse.click(x, y);
    }
  }
  throw new Error('no chart item found under the pointer');
}

const kpiText = (page: Page) => tile(page, 'Orders').getByTestId('kpi-value');

describe('clicking a tile', () => {
  it('filters the dashboard by the bar clicked, shows a chip, and one click clears it', async () => {
    const page = await signedInPage(browser, baseUrl, ROOT_EMAIL, ROOT_PASSWORD);
    await page.goto(`${baseUrl}/dashboards/${dashboardId}`);
    const chart = tile(page, 'By region').getByRole('img', { name: 'By region' });
    await chart.waitFor();
    const total = await count('');
    await expect.poll(async () => (await kpiText(page).textContent())?.replace(/\D/g, '')).toBe(String(total));

    const firstRegion = String((await t.request({ method: 'POST', url: '/api/v1/bi/query', token: root, payload: { source: 'demo', sql: 'SELECT min(region) AS r FROM sales' } })).json<{ rows: { r: string }[] }>().rows[0]!.r);
    await clickFirstItem(chart);
    const chip = page.getByTestId('cross-filter-chip');
    await chip.waitFor();
    expect(await chip.textContent()).toContain(`Region: ${firstRegion}`);
    expect(new URL(page.url()).searchParams.get('region')).toBe(firstRegion);
    const filtered = await count(`WHERE region = '${firstRegion}'`);
    await expect.poll(async () => (await kpiText(page).textContent())?.replace(/\D/g, '')).toBe(String(filtered));

    // A reload keeps it, like any filter in the URL.
    await page.reload();
    await page.getByTestId('cross-filter-chip').waitFor();

    await page.getByRole('button', { name: 'Clear Region filter' }).click();
    await expect.poll(() => page.getByTestId('cross-filter-chip').count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('region')).toBe(false);
    await expect.poll(async () => (await kpiText(page).textContent())?.replace(/\D/g, '')).toBe(String(total));
    await page.close();
  });

  it('drills a metric tile one level down, with a breadcrumb back', async () => {
    const page = await signedInPage(browser, baseUrl, ROOT_EMAIL, ROOT_PASSWORD, { dark: true });
    await page.goto(`${baseUrl}/dashboards/${dashboardId}`);
    const drillable = tile(page, 'Drillable');
    const chart = drillable.getByRole('img', { name: 'Drillable' });
    await chart.waitFor();
    const down = page.waitForResponse((response) => response.url().includes(`drill=${encodeURIComponent('["')}`));
    await clickFirstItem(chart);
    const answer = await (await down).json();
    expect(answer.columns.map((column: { name: string }) => column.name)).toEqual(['country', 'value']);
    const crumbs = drillable.getByRole('navigation', { name: 'Drill-down' });
    await crumbs.waitFor();
    expect(await crumbs.textContent()).toContain('Country');
    // Drilling is the tile's own business: the dashboard is not filtered.
    expect(await page.getByTestId('cross-filter-chip').count()).toBe(0);

    await crumbs.getByRole('button', { name: 'All: Region' }).click();
    await expect.poll(() => crumbs.count()).toBe(0);
    await page.close();
  });
});
