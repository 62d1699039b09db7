import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { TestApp } from '../helpers/test-app.js';
import { signedInPage, startBrowserSession, type BrowserSession } from './browser.js';

/**
 * An editor gives a demo table's and a demo bar chart's revenue column a display name and euros;
 * the editor's preview, the saved tiles (light and dark), the chart's tooltip and the tile's CSV
 * download all read that way.
 */
let t: TestApp;
let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;
let dashboardId: string;
const EDITOR = { email: 'erin@example.com', password: 'erin-password-1' };
const TILE = '[data-testid="widget-tile"]';
const shots = process.env.TESSERA_SCREENSHOTS;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ t, baseUrl, browser } = session);
  const root = await t.rootToken();
  const editor = await t.createUser(root, { email: EDITOR.email, name: 'Erin Editor', role: 'editor', password: EDITOR.password });
  const list = (await t.request({ method: 'GET', url: '/api/v1/bi/dashboards', token: root })).json<{ items: { id: string; name: string }[] }>();
  dashboardId = list.items.find((dashboard) => dashboard.name === 'Sales Overview')?.id ?? '';
  const shared = await t.request({ method: 'POST', url: `/api/v1/bi/dashboards/${dashboardId}/share`, token: root, payload: { shared_with: [editor.id], permissions: 'edit' } });
  expect(shared.statusCode).toBe(200);
});
afterAll(() => session?.close());

const tile = (page: Page, name: string) => page.locator(TILE).filter({ has: page.getByText(name, { exact: true }) });

async function settled(page: Page) {
  await page.locator(TILE).first().waitFor();
  await expect.poll(() => page.locator(`${TILE}[data-status="loading"]`).count(), { timeout: 60_000 }).toBe(0);
}

/** Opens a tile's editor, runs its query, and gives `column` a display name and euros. */
async function formatInEuros(page: Page, tileName: string, column: string, label: string): Promise<Locator> {
  await page.getByRole('button', { name: `Edit ${tileName}` }).click();
  const editor = page.getByRole('dialog');
  await editor.getByRole('button', { name: 'Run' }).click();
  await editor.getByTestId('widget-preview').waitFor();
  const fields = editor.getByRole('group', { name: column, exact: true });
  await fields.getByRole('textbox', { name: 'Display name' }).fill(label);
  const format = fields.getByRole('combobox', { name: 'Format' });
  if ((await format.inputValue()) !== 'Currency') {
    await format.click();
    await page.getByRole('option', { name: 'Currency', exact: true }).click();
  }
  const currency = fields.getByRole('combobox', { name: 'Currency' });
  await currency.click();
  await currency.fill('EUR');
  await page.getByRole('option', { name: 'EUR', exact: true }).click();
  return editor;
}

/** Hovers the first bar of a bar chart tile and returns the tooltip it shows. */
async function barTooltip(page: Page, name: string): Promise<string> {
  const canvas = tile(page, name).locator('canvas').first();
  await canvas.waitFor();
  const box = await canvas.boundingBox();
  if (!box) throw new Error(`${name} has no chart`);
  const tooltip = page.locator('.chart-tooltip').filter({ hasText: 'Net sales' });
  await expect
    .poll(async () => {
      await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.55);
      await page.mouse.move(box.x + box.width * 0.32, box.y + box.height * 0.5);
      return tooltip.isVisible();
    })
    .toBe(true);
  return tooltip.innerText();
}

describe('column formats', () => {
  it('an editor names a column and shows it in euros, in the preview, the tiles, the tooltip and the CSV', async () => {
    const page = await signedInPage(browser, baseUrl, EDITOR.email, EDITOR.password, { width: 1280 });
    await page.goto(`${baseUrl}/dashboards/${dashboardId}`);
    await settled(page);
    const table = tile(page, 'Top products');
    // The demo shows revenue in dollars under its guessed name.
    await expect(table.getByRole('columnheader', { name: 'Revenue' }).count()).resolves.toBe(1);
    await expect(table.locator('tbody tr').first().innerText()).resolves.toContain('$');

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    let editor = await formatInEuros(page, 'Top products', 'revenue', 'Turnover');
    // The preview follows the settings before anything is saved.
    const preview = editor.getByTestId('widget-preview');
    await preview.getByRole('columnheader', { name: 'Turnover' }).waitFor();
    await expect(preview.locator('tbody tr').first().innerText()).resolves.toMatch(/€\s?[\d,]+/);
    await editor.getByRole('button', { name: 'Save widget' }).click();
    await editor.waitFor({ state: 'detached' });

    editor = await formatInEuros(page, 'Revenue by region', 'value', 'Net sales');
    await editor.getByRole('button', { name: 'Save widget' }).click();
    await editor.waitFor({ state: 'detached' });
    // Both widgets are stored with the edit session, as one version.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog', { name: 'Save changes' }).getByRole('button', { name: 'Save version' }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();

    const saved = (await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}`, token: await t.rootToken() })).json<{
      widgets: { name: string; config: Record<string, unknown> }[];
    }>();
    const configOf = (name: string) => saved.widgets.find((widget) => widget.name === name)?.config;
    expect(configOf('Top products')?.column_formats).toMatchObject({ revenue: { label: 'Turnover', format: 'currency', currency: 'EUR' } });
    expect(configOf('Revenue by region')?.column_formats).toMatchObject({ value: { label: 'Net sales', format: 'currency', currency: 'EUR' } });

    for (const dark of [false, true]) {
      const viewer = await signedInPage(browser, baseUrl, EDITOR.email, EDITOR.password, { width: 1280, dark });
      await viewer.goto(`${baseUrl}/dashboards/${dashboardId}`);
      await settled(viewer);
      const shown = tile(viewer, 'Top products');
      await expect(shown.getByRole('columnheader', { name: 'Turnover' }).count()).resolves.toBe(1);
      await expect(shown.getByRole('columnheader', { name: 'Revenue' }).count()).resolves.toBe(0);
      await expect(shown.locator('tbody tr').first().innerText()).resolves.toMatch(/€\s?[\d,]+/);
      const tooltip = await barTooltip(viewer, 'Revenue by region');
      expect(tooltip).toContain('Net sales');
      expect(tooltip).toMatch(/€\s?[\d,]+/);
      if (shots) await viewer.screenshot({ path: `${shots}/widget-formats-${dark ? 'dark' : 'light'}.png` });

      if (!dark) {
        const download = viewer.waitForEvent('download');
        await shown.getByRole('button', { name: 'Download Top products' }).click();
        await viewer.getByRole('menuitem', { name: 'Download CSV', exact: true }).click();
        const file = await download;
        expect(file.suggestedFilename()).toBe('Top products.csv');
        const csv = (await readFile((await file.path()) ?? '', 'utf8')).replace(/^\ufeff/, '');
        const [header, first] = csv.split(/\r?\n/);
        expect(header).toBe('Product,Category,Units sold,Turnover');
        expect(first).toMatch(/€\s?[\d,]+/);
      }
      await viewer.close();
    }
    await page.close();
  });
});
