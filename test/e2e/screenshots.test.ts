import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ROOT_EMAIL, ROOT_PASSWORD } from '../helpers/test-app.js';
import { logIn, startBrowserSession, type BrowserSession } from './browser.js';

/**
 * The main screens, light and dark at 1280 px (and a dashboard at 390 px), photographed into
 * `.ci/out/screenshots/` (or TESSERA_SCREENSHOT_DIR) for a reviewer to look at. Each screen must
 * show what a person would look for first (its heading, the dashboard's tiles), else the test fails.
 */
const DIR = resolve(process.env.TESSERA_SCREENSHOT_DIR ?? '.ci/out/screenshots');

let session: BrowserSession;
let baseUrl: string;

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  session = await startBrowserSession();
  baseUrl = session.baseUrl;
});
afterAll(() => session?.close());

interface Screen {
  name: string;
  path: string;
  /** What the screen must show before it is photographed. */
  ready: (page: Page) => Locator;
  /** Steps after loading, such as opening a dialog. */
  open?: (page: Page) => Promise<void>;
}

const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name, level: 1 });

async function salesOverviewPath(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/dashboards`);
  const link = page.getByRole('link', { name: 'Sales Overview', exact: true });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/\/dashboards\/[^/]+$/);
  return new URL(href!, baseUrl).pathname;
}

async function newPage(width: number, dark: boolean): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
  return context.newPage();
}

async function shoot(page: Page, screen: Screen, file: string) {
  await page.goto(`${baseUrl}${screen.path}`);
  await screen.open?.(page);
  await screen.ready(page).first().waitFor();
  // Charts draw in a frame or two after their data arrives; tiles say when they are done.
  await page.waitForFunction('!document.querySelector("[aria-busy=true]")', undefined, { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(DIR, file) });
}

describe('screenshots of the main screens', () => {
  it('photographs each screen in light and dark, and the dashboard on a phone', async () => {
    const probe = await newPage(1280, false);
    await probe.goto(`${baseUrl}/login`);
    await logIn(probe, ROOT_EMAIL, ROOT_PASSWORD);
    const dashboardPath = await salesOverviewPath(probe);
    await probe.context().close();

    const dashboard: Screen = {
      name: 'dashboard',
      path: dashboardPath,
      ready: (page) => page.locator('[data-status="ok"] canvas'),
    };
    const screens: Screen[] = [
      { name: 'home', path: '/home', ready: heading('Home') },
      { name: 'dashboards', path: '/dashboards', ready: heading('Dashboards') },
      dashboard,
      {
        name: 'widget-editor',
        path: `${dashboardPath}?edit=1`,
        open: async (page) => {
          await page.getByRole('button', { name: 'Add widget' }).click();
        },
        ready: (page) => page.getByRole('dialog').getByRole('textbox', { name: 'Name', exact: true }),
      },
      { name: 'admin-list', path: '/admin/models/Customer', ready: heading(/Customer/) },
      { name: 'cards', path: '/cards', ready: heading('Cards') },
      { name: 'theme-settings', path: '/settings/theme', ready: heading('Theme settings') },
    ];

    const written: string[] = [];
    for (const dark of [false, true]) {
      const mode = dark ? 'dark' : 'light';
      const page = await newPage(1280, dark);
      await page.goto(`${baseUrl}/login`);
      await page.getByRole('button', { name: 'Log in' }).waitFor();
      await page.screenshot({ path: join(DIR, `login-${mode}-1280.png`) });
      written.push(`login-${mode}-1280.png`);
      await logIn(page, ROOT_EMAIL, ROOT_PASSWORD);
      for (const screen of screens) {
        await shoot(page, screen, `${screen.name}-${mode}-1280.png`);
        written.push(`${screen.name}-${mode}-1280.png`);
      }
      await page.context().close();

      const phone = await newPage(390, dark);
      await phone.goto(`${baseUrl}/login`);
      await logIn(phone, ROOT_EMAIL, ROOT_PASSWORD);
      await shoot(phone, dashboard, `dashboard-${mode}-390.png`);
      written.push(`dashboard-${mode}-390.png`);
      // On a phone the header is one menu, which holds Log out.
      await phone.getByRole('button', { name: /^Account menu of / }).click();
      await phone.getByRole('menuitem', { name: 'Log out' }).waitFor();
      await phone.waitForTimeout(300); // the menu fades in
      await phone.screenshot({ path: join(DIR, `user-menu-${mode}-390.png`) });
      written.push(`user-menu-${mode}-390.png`);
      await phone.context().close();
    }
    expect(written).toHaveLength(2 * (screens.length + 3));
  });
});
