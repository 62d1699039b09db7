import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT_EMAIL, ROOT_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { logIn, startBrowserSession, type BrowserSession } from './browser.js';

let t: TestApp;
let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;
let dashboardId: string;
let viewerId: string;
let editorId: string;
const shots = process.env.TESSERA_SCREENSHOTS;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ t, baseUrl, browser } = session);
  const root = await t.rootToken();
  viewerId = (await t.createUser(root, { email: 'vera@example.com', name: 'Vera Viewer', role: 'viewer' })).id;
  editorId = (await t.createUser(root, { email: 'ed@example.com', name: 'Ed Editor', role: 'editor' })).id;
  dashboardId = (await t.request({ method: 'POST', url: '/api/v1/bi/dashboards', token: root, payload: { name: 'Team numbers' } })).json().id;
});
afterAll(() => session?.close());

async function signedInPage(options: { width: number; dark?: boolean }): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width, height: 900 }, colorScheme: options.dark ? 'dark' : 'light' });
  await page.goto(`${baseUrl}/login`);
  await logIn(page, ROOT_EMAIL, ROOT_PASSWORD);
  return page;
}

async function addPerson(page: Page, search: string, optionName: RegExp) {
  const picker = page.getByPlaceholder('Search by name or email');
  await picker.fill(search);
  await page.getByRole('option', { name: optionName }).click();
}

describe('the share dialog', () => {
  it('never offers edit to a viewer, and gives it to an editor', async () => {
    const page = await signedInPage({ width: 1400 });
    await page.goto(`${baseUrl}/dashboards/${dashboardId}`);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('dialog').locator('label', { hasText: 'Can edit' }).click();

    await addPerson(page, 'Vera', /Vera Viewer/);
    await expect.poll(() => page.locator('input[aria-label="Permission of Vera Viewer"]').inputValue()).toBe('Can view');
    await addPerson(page, 'Ed', /Ed Editor/);
    await expect.poll(() => page.locator('input[aria-label="Permission of Ed Editor"]').inputValue()).toBe('Can edit');

    await page.locator('input[aria-label="Permission of Vera Viewer"]').click();
    const editOption = page.getByRole('option', { name: 'Can edit' });
    expect(await editOption.getAttribute('data-combobox-disabled')).toBe('true');
    await page.keyboard.press('Escape');

    const shares = (await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}/shares`, token: await t.rootToken() })).json().shares;
    const byId = Object.fromEntries(shares.map((s: { principal_id: string; permission: string }) => [s.principal_id, s.permission]));
    expect(byId).toEqual({ [viewerId]: 'view', [editorId]: 'edit' });
    if (shots) await page.screenshot({ path: `${shots}/share-light-desktop.png` });
    await page.close();
  });

  it('fits a phone and dark mode', async () => {
    for (const [width, dark, name] of [[390, false, 'light-390'], [1400, true, 'dark-desktop'], [390, true, 'dark-390']] as const) {
      const page = await signedInPage({ width, dark });
      await page.goto(`${baseUrl}/dashboards/${dashboardId}`);
      if (width < 576) {
        // A phone keeps Share in the dashboard's "more" menu.
        await page.getByRole('button', { name: 'More dashboard actions' }).click();
        await page.getByRole('menuitem', { name: 'Share', exact: true }).click();
      } else {
        await page.getByRole('button', { name: 'Share' }).click();
      }
      await page.locator('input[aria-label="Permission of Vera Viewer"]').waitFor();
      const box = await page.getByRole('dialog').boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width + 1).toBe(true);
      if (shots) await page.screenshot({ path: `${shots}/share-${name}.png` });
      await page.close();
    }
  });
});
