import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT_EMAIL, ROOT_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { logIn, startBrowserSession, type BrowserSession } from './browser.js';

/**
 * The card dashboard over the demo's cards (the demo is on by default): the grid with a wide card
 * and status badges, the group tabs, a card as a link, and a viewer kept out. With
 * TESSERA_SCREENSHOTS set to a folder, the page is photographed light and dark, wide and narrow.
 */
let t: TestApp;
let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;
let viewer: { email: string; password: string };
const shots = process.env.TESSERA_SCREENSHOTS;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ t, baseUrl, browser } = session);
  viewer = await t.createUser(await t.rootToken(), { email: 'vic@example.com', name: 'Vic Viewer', role: 'viewer' });
});
afterAll(() => session?.close());

async function signedInPage(email: string, password: string, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.dark ? 'dark' : 'light' });
  await page.goto(`${baseUrl}/login`);
  await logIn(page, email, password);
  return page;
}

/** A card by its accessible name, the title and the headline. */
const card = (page: Page, title: string) => page.getByRole('link', { name: new RegExp(`^${title}: `) });
const cardCount = (page: Page) => page.getByTestId('card-widget').count();

async function width(page: Page, title: string): Promise<number> {
  const box = await card(page, title).boundingBox();
  if (!box) throw new Error(`${title} is not on the page`);
  return box.width;
}

describe('the card dashboard', () => {
  it('shows the cards with their status, a wide card over two columns, tabs by group, and cards as links', async () => {
    const page = await signedInPage(ROOT_EMAIL, ROOT_PASSWORD);
    await page.getByRole('link', { name: 'Cards', exact: true }).click();
    await page.waitForURL(`${baseUrl}/cards`);

    const status = page.getByRole('article', { name: 'Status: All systems operational' });
    await status.waitFor();
    await expect(status.getByText('operational', { exact: true }).isVisible()).resolves.toBe(true);
    await expect.poll(() => cardCount(page)).toBe(9);

    // Orders spans two columns: its width is two of Customers' plus the gap between them.
    const orders = await width(page, 'Orders');
    const customers = await width(page, 'Customers');
    expect(orders).toBeGreaterThan(customers * 1.9);
    expect(orders).toBeLessThan(customers * 2.2);

    await expect(card(page, 'Products').getByText('degraded', { exact: true }).isVisible()).resolves.toBe(true);

    await page.getByRole('tab', { name: 'Sales' }).click();
    await page.waitForURL(`${baseUrl}/cards/Sales`);
    await page.getByRole('heading', { name: 'Cards: Sales' }).waitFor();
    await expect.poll(() => cardCount(page)).toBe(1);
    await card(page, 'Orders').waitFor();

    await card(page, 'Orders').click();
    await page.waitForURL(`${baseUrl}/admin/models/Order`);
    await page.getByRole('heading', { name: 'Order', level: 1 }).waitFor();

    await page.goBack();
    await page.getByRole('tab', { name: 'All' }).click();
    await page.waitForURL(`${baseUrl}/cards`);
    await expect.poll(() => cardCount(page)).toBe(9);

    // The API reference is the server's page, not the app's: the card loads it as a document.
    await card(page, 'Help & Docs').click();
    await page.waitForURL(`${baseUrl}/schema/swagger`);
    await page.waitForLoadState('load');
    await expect(page.getByRole('button', { name: 'Log out' }).count()).resolves.toBe(0);
    await page.close();
  });

  it('refreshes the cards in place, without reloading the page', async () => {
    const page = await signedInPage(ROOT_EMAIL, ROOT_PASSWORD);
    let calls = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/dashboard/widgets') calls += 1;
    });
    await page.goto(`${baseUrl}/cards`);
    await card(page, 'Orders').waitFor();
    // A mark on the window survives a refetch but not a reload.
    await page.evaluate('window.__notReloaded = true');
    const before = calls;
    // The Status card asks every 30 s, the shortest interval among the demo's cards.
    await expect.poll(() => calls, { timeout: 45_000, interval: 1_000 }).toBeGreaterThan(before);
    await expect(page.evaluate('window.__notReloaded')).resolves.toBe(true);
    await page.close();
  });

  it('tells a viewer the cards are for editors and above, and leaves the link out of the navigation', async () => {
    const page = await signedInPage(viewer.email, viewer.password);
    await expect(page.getByRole('link', { name: 'Cards', exact: true }).count()).resolves.toBe(0);
    await page.goto(`${baseUrl}/cards`);
    await page.getByText('Cards are for editors and above').waitFor();
    await expect(cardCount(page)).resolves.toBe(0);
    await page.close();
  });

  it.runIf(shots)('is photographed light and dark, wide and narrow', async () => {
    for (const dark of [false, true]) {
      for (const viewportWidth of [1280, 390]) {
        const page = await signedInPage(ROOT_EMAIL, ROOT_PASSWORD, { width: viewportWidth, dark });
        await page.goto(`${baseUrl}/cards`);
        await expect.poll(() => cardCount(page)).toBe(9);
        await page.screenshot({ path: `${shots}/cards-${dark ? 'dark' : 'light'}-${viewportWidth}.png`, fullPage: true });
        await page.close();
      }
    }
  });
});
