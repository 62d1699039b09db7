import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_EMAIL, ROOT_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { signedInPage, startBrowserSession, type BrowserSession } from './browser.js';

/**
 * The filter bar as a Metabase user expects it: labels, one click on Apply, values in the URL
 * through a reload and Back, a searchable list of the column's values, and date presets. With
 * TESSERA_SCREENSHOTS set, the bar is photographed light and dark, wide and at 390 px.
 */
let t: TestApp;
let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;
let dashboardId: string;
let regions: string[];
const shots = process.env.TESSERA_SCREENSHOTS;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ t, baseUrl, browser } = session);
  const root = await t.rootToken();
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/bi/dashboards',
    token: root,
    payload: {
      name: 'Filtered sales',
      filters: [
        { field: 'region', operator: 'in', values: [], values_from: { source: 'demo', table: 'sales' } },
        { field: 'order_date', operator: 'between', values: [] },
      ],
    },
  });
  dashboardId = created.json<{ id: string }>().id;
  await t.request({
    method: 'POST',
    url: `/api/v1/bi/dashboards/${dashboardId}/widgets`,
    token: root,
    payload: {
      name: 'Orders',
      widget_type: 'kpi_card',
      position: { x: 0, y: 0, width: 4, height: 3 },
      data_source: { source: 'demo', sql: 'SELECT COUNT(*) AS n FROM sales WHERE {{region}} AND {{order_date}}' },
      config: { value: 'n' },
    },
  });
  regions = (await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}/filters/region/values`, token: root })).json<{ values: string[] }>().values;
});
afterAll(() => session?.close());

const openPage = (options: { width?: number; dark?: boolean } = {}): Promise<Page> => signedInPage(browser, baseUrl, ROOT_EMAIL, ROOT_PASSWORD, options);

/** The Region filter's text box (the tag input also keeps a hidden input under the same label). */
const regionInput = (page: Page) => page.getByLabel('Region', { exact: true }).and(page.locator('input:visible'));

/** The next widget data request whose filters mention `text`. */
const dataWith = (page: Page, text: string): Promise<Response> =>
  page.waitForResponse((response) => response.url().includes('/data') && decodeURIComponent(response.url().replace(/\+/g, ' ')).includes(text));

describe('the filter bar', () => {
  it('applies typed text with one click, keeps it in the URL through a reload, and steps back with Back', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/dashboards/${dashboardId}`);
    const region = regionInput(page);
    await region.waitFor();
    await expect(page.getByText('Order date from').isVisible()).resolves.toBe(true);

    const chosen = regions[0]!;
    await region.fill(chosen);
    const applied = dataWith(page, chosen);
    await page.getByRole('button', { name: 'Apply' }).click();
    expect((await applied).status()).toBe(200);
    expect(new URL(page.url()).searchParams.getAll('region')).toEqual([chosen]);

    await page.reload();
    await regionInput(page).waitFor();
    expect(new URL(page.url()).searchParams.getAll('region')).toEqual([chosen]);
    await page.getByRole('form', { name: 'Dashboard filters' }).getByText(chosen, { exact: true }).waitFor();

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.has('region')).toBe(false);
    await page.close();
  });

  it("lists the column's values as you type, and picks one", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/dashboards/${dashboardId}`);
    const second = regions[1]!;
    await regionInput(page).fill(second.slice(0, 3));
    await page.getByRole('option', { name: second, exact: true }).click();
    const applied = dataWith(page, second);
    await page.getByRole('button', { name: 'Apply' }).click();
    await applied;
    expect(new URL(page.url()).searchParams.getAll('region')).toEqual([second]);
    await page.close();
  });

  it('sets a date range from a preset, kept by name in the URL', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/dashboards/${dashboardId}`);
    await page.getByRole('button', { name: 'Date presets for Order date' }).click();
    await page.getByRole('menuitem', { name: 'Last 30 days' }).click();
    const applied = dataWith(page, '"order_date","operator":"between"');
    await page.getByRole('button', { name: 'Apply' }).click();
    await applied;
    expect(new URL(page.url()).searchParams.get('order_date')).toBe('last_30_days');
    // The preset's name stays on show, so the range reads as "last 30 days" rather than two dates.
    await page.getByRole('button', { name: 'Date presets for Order date' }).getByText('Last 30 days').waitFor();
    if (shots) {
      for (const dark of [false, true]) {
        for (const width of [1280, 390]) {
          const shot = await openPage({ width, dark });
          await shot.goto(page.url());
          await shot.getByRole('button', { name: 'Date presets for Order date' }).getByText('Last 30 days').waitFor();
          await shot.screenshot({ path: join(shots, `dashboard-filters-${dark ? 'dark' : 'light'}-${width}.png`) });
          await shot.close();
        }
      }
    }
    await page.close();
  });
});
