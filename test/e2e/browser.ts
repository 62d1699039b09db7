import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { ensureWebBuilt } from '../../server/web-build.js';
import type { TesseraUserConfig } from '../../server/config.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Debian's Chromium, headless, with no background traffic to the outside world. Playwright gives each launch a fresh profile. */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

export interface BrowserSession {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** A built web app served by a fresh Tessera on a free port (configured with `config`), and a browser to drive it. */
export async function startBrowserSession(config: TesseraUserConfig = {}): Promise<BrowserSession> {
  await ensureWebBuilt(() => undefined);
  const t = await startTestApp(config);
  const baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  const { browser, close } = await launchChromium();
  return {
    t,
    baseUrl,
    browser,
    close: async () => {
      await close();
      await t.close();
    },
  };
}

/** Signs in through the login page the page is on, and waits for the app's shell (its account menu, there at every width). */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: /^Account menu of / }).waitFor();
}

/** A fresh page (light or dark, `width` wide) signed in as `email` through the login page. */
export async function signedInPage(browser: Browser, baseUrl: string, email: string, password: string, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.dark ? 'dark' : 'light' });
  await page.goto(`${baseUrl}/login`);
  await logIn(page, email, password);
  return page;
}


/**
 * Chooses `option` in a Mantine Select and waits until the select shows it. A click on an option while the dropdown
 * (or the modal around it) is still animating can be lost on a loaded machine; a user would click again, and so does this.
 */
export async function pickOption(page: Page, field: Locator, option: string): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await field.click();
    await page.getByRole('option', { name: option, exact: true }).click();
    for (const deadline = Date.now() + 3000; Date.now() < deadline; await page.waitForTimeout(100)) {
      if ((await field.inputValue()) === option) return;
    }
  }
  throw new Error(`The select still does not show "${option}" after three choices`);
}
