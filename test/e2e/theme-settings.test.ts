import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT_EMAIL, ROOT_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { logIn, startBrowserSession, type BrowserSession } from './browser.js';

let t: TestApp;
let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  session = await startBrowserSession();
  ({ t, baseUrl, browser } = session);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await session?.close();
});

/** A browser of its own (no stored settings), preferring light, signed in as root. */
async function freshBrowser(width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: 'light' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await logIn(page, ROOT_EMAIL, ROOT_PASSWORD);
  return page;
}

// Evaluated in the page, as strings: this file is compiled without DOM types.
const colorScheme = (page: Page) => page.evaluate<string | null>('document.documentElement.getAttribute("data-mantine-color-scheme")');
const backgroundOf = (page: Page, selector: string) =>
  page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).backgroundColor`);
type StyleWindow = { getComputedStyle(element: unknown): { backgroundColor: string } };
const primaryButtonColor = (page: Page) =>
  page.getByRole('button', { name: 'Save dashboard' }).evaluate((button) => (globalThis as unknown as StyleWindow).getComputedStyle(button).backgroundColor);
/** Segmented controls keep their radio inputs out of sight; people click the labels. */
const segment = (page: Page, label: string) => page.locator('label').filter({ hasText: new RegExp(`^${label}$`) });

/** Mantine's indigo 6 (the built-in accent in light mode) and teal 8 (the primary shade in dark mode). */
const INDIGO_6 = 'rgb(76, 110, 245)';
const TEAL_8 = 'rgb(9, 146, 104)';

async function openSettings(page: Page) {
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Theme settings' }).click();
  await page.getByRole('heading', { name: 'Theme settings' }).waitFor();
}

async function waitFor(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 50; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('theme settings', () => {
  it('preview live, are saved on the server, and show in another browser from its first paint', async () => {
    const page = await freshBrowser();
    await openSettings(page);
    expect(await colorScheme(page)).toBe('light');
    expect(await primaryButtonColor(page)).toBe(INDIGO_6);

    await page.getByRole('radio', { name: 'Teal' }).click();
    await segment(page, 'Dark').click();
    // Applied to the whole app at once, before saving.
    await waitFor(async () => (await colorScheme(page)) === 'dark', 'the dark scheme');
    expect(await primaryButtonColor(page)).toBe(TEAL_8);
    expect(await backgroundOf(page, 'header')).not.toBe('rgb(255, 255, 255)');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Your theme settings are saved').waitFor();
    const root = await t.rootToken();
    const stored = (await t.request({ method: 'GET', url: '/api/settings/theme', token: root })).json();
    expect(stored).toMatchObject({ accent: 'teal', color_mode: 'dark', source: 'user' });

    // Another browser, which never saw them: they arrive with the sign-in.
    const other = await freshBrowser();
    await waitFor(async () => (await colorScheme(other)) === 'dark', 'the saved scheme in the other browser');
    await openSettings(other);
    expect(await other.getByRole('radio', { name: 'Teal' }).getAttribute('aria-checked')).toBe('true');
    expect(await primaryButtonColor(other)).toBe(TEAL_8);

    // Now it has them stored: even with the app's code held back, the page is dark from the start.
    await other.route('**/assets/index-*.js', (route) => route.abort());
    await other.goto(`${baseUrl}/dashboards`);
    expect(await colorScheme(other)).toBe('dark');
    expect(await backgroundOf(other, 'body')).not.toBe('rgb(255, 255, 255)');
  });

  it('leaving the page without saving goes back to the saved settings', async () => {
    const page = await freshBrowser();
    await openSettings(page);
    await page.getByRole('radio', { name: 'Grape' }).click();
    await segment(page, 'Light').click();
    await waitFor(async () => (await colorScheme(page)) === 'light', 'the previewed light scheme');
    await page.getByRole('link', { name: 'Home' }).click();
    await waitFor(async () => (await colorScheme(page)) === 'dark', 'the saved dark scheme again');
  });

  it('puts the navigation at the side in the vertical layout and across the top in the fluid one', async () => {
    const page = await freshBrowser();
    await openSettings(page);
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });

    await page.getByRole('radio', { name: /Vertical/ }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Your theme settings are saved').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Theme settings' }).waitFor();
    const side = await navigation.boundingBox();
    // The navbar runs the full height from the top, at the left, with the brand heading it.
    expect(side).toMatchObject({ x: 0, y: 0, height: 900 });
    expect(side!.width).toBeLessThan(300);
    await expect(navigation.getByRole('link', { name: 'Tessera' }).isVisible()).resolves.toBe(true);
    await expect(navigation.getByRole('link', { name: 'Dashboards', exact: true }).isVisible()).resolves.toBe(true);

    await page.getByRole('radio', { name: /Fluid/ }).check();
    await waitFor(async () => ((await navigation.boundingBox())?.width ?? 0) > 1000, 'the navigation across the top');
    const top = await navigation.boundingBox();
    expect(top!.y).toBeGreaterThan(0);
    expect(top!.height).toBeLessThan(60);
    await expect(navigation.getByRole('link', { name: 'Dashboards', exact: true }).isVisible()).resolves.toBe(true);
  });
});
