import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_EMAIL, ROOT_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { signedInPage, startBrowserSession, type BrowserSession } from './browser.js';

/** Home as a way back to work: starred and recently opened dashboards, and the tab named after each page. */
let t: TestApp;
let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;
let dashboardId: string;
const shots = process.env.TESSERA_SCREENSHOTS;

beforeAll(async () => {
  session = await startBrowserSession({ demo: false });
  ({ t, baseUrl, browser } = session);
  const root = await t.rootToken();
  dashboardId = (await t.request({ method: 'POST', url: '/api/v1/bi/dashboards', token: root, payload: { name: 'Quarterly review' } })).json<{ id: string }>().id;
});
afterAll(() => session?.close());

const openPage = (options: { width?: number; dark?: boolean } = {}): Promise<Page> => signedInPage(browser, baseUrl, ROOT_EMAIL, ROOT_PASSWORD, options);

describe('Home', () => {
  it('lists a dashboard once it is starred and once it was opened, and each page names the tab', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/home`);
    const starred = page.getByTestId('starred-dashboards');
    await starred.getByText('Star a dashboard').waitFor();
    await expect(page.title()).resolves.toBe('Home · Tessera');

    await page.goto(`${baseUrl}/dashboards/${dashboardId}`);
    await page.getByRole('heading', { name: 'Quarterly review' }).waitFor();
    await expect.poll(() => page.title()).toBe('Quarterly review · Dashboards · Tessera');
    const star = page.getByRole('button', { name: 'Star Quarterly review' });
    await star.click();
    await page.getByRole('button', { name: 'Unstar Quarterly review' }).waitFor();

    await page.goto(`${baseUrl}/home`);
    await starred.getByRole('link', { name: 'Quarterly review' }).waitFor();
    await page.getByTestId('recent-dashboards').getByRole('link', { name: 'Quarterly review' }).waitFor();
    if (shots) {
      for (const dark of [false, true]) {
        for (const width of [1280, 390]) {
          const shot = await openPage({ width, dark });
          await shot.goto(`${baseUrl}/home`);
          await shot.getByTestId('starred-dashboards').getByRole('link', { name: 'Quarterly review' }).waitFor();
          await shot.screenshot({ path: join(shots, `home-${dark ? 'dark' : 'light'}-${width}.png`) });
          await shot.close();
        }
      }
    }

    await page.goto(`${baseUrl}/dashboards/${dashboardId}`);
    await page.getByRole('button', { name: 'Unstar Quarterly review' }).click();
    await page.getByRole('button', { name: 'Star Quarterly review' }).waitFor();
    await page.goto(`${baseUrl}/home`);
    await starred.getByText('Star a dashboard').waitFor();
    await page.close();
  });
});
