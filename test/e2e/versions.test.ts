import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT_EMAIL, ROOT_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { logIn, startBrowserSession, type BrowserSession } from './browser.js';

let t: TestApp;
let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ t, baseUrl, browser } = session);
});

afterAll(() => session?.close());

/** Each user gets a browser context of their own, so their cookies never mix. */
async function signIn(email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await logIn(page, email, password);
  return page;
}


async function openSettings(page: Page, dashboardId: string, name: string) {
  await page.goto(`${baseUrl}/dashboards/${dashboardId}?edit=1`);
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  await page.getByRole('button', { name: 'More dashboard actions' }).click();
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  return page.getByRole('dialog', { name: 'Dashboard settings' });
}

describe('dashboard versions in the browser', () => {
  it('turns a stale save into a choice, keeps both authors in the history, and restores an old version', async () => {
    const root = await t.rootToken();
    const second = await t.createUser(root, { email: 'second.editor@example.com', role: 'admin', name: 'Second Editor' });
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/bi/dashboards',
      token: root,
      payload: { name: 'Versions original', visibility: 'public' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;

    const first = await signIn(ROOT_EMAIL, ROOT_PASSWORD);
    const other = await signIn(second.email, second.password);
    const firstSettings = await openSettings(first, id, 'Versions original');
    const otherSettings = await openSettings(other, id, 'Versions original');

    // The first editor saves a new description.
    await firstSettings.getByRole('textbox', { name: 'Description' }).fill('Changed by the first editor');
    await firstSettings.getByRole('button', { name: 'Save settings' }).click();
    await firstSettings.waitFor({ state: 'detached' });
    await first.getByText('Changed by the first editor').waitFor();

    // The second, still on the old version, renames it and is asked what to do.
    await otherSettings.getByRole('textbox', { name: 'Name', exact: true }).fill('Renamed by the second editor');
    const refused = other.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/dashboards/${id}`));
    await otherSettings.getByRole('button', { name: 'Save settings' }).click();
    // The page names the version it edits in If-Match: a stale one is a failed precondition.
    expect((await refused).status()).toBe(412);
    const conflict = other.getByRole('dialog', { name: 'This dashboard changed while you were editing' });
    await conflict.waitFor();
    await conflict.getByText(`${ROOT_EMAIL} saved version 2`).waitFor();
    // What the second editor typed is still in the form underneath.
    await expect(otherSettings.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).resolves.toBe(
      'Renamed by the second editor',
    );

    await conflict.getByRole('button', { name: 'Review changes' }).click();
    const review = conflict.getByTestId('conflict-review');
    await review.waitFor();
    const descriptionRow = review.getByRole('row').filter({ hasText: 'Description' });
    await expect(descriptionRow.textContent()).resolves.toContain('Changed by the first editor');
    await expect(descriptionRow.textContent()).resolves.toContain('their change');
    await expect(review.getByRole('row').filter({ hasText: 'Name' }).textContent()).resolves.toContain('Renamed by the second editor');

    await conflict.getByRole('button', { name: 'Overwrite' }).click();
    await conflict.waitFor({ state: 'detached' });
    await otherSettings.waitFor({ state: 'detached' });
    await other.getByRole('heading', { name: 'Renamed by the second editor', level: 1 }).waitFor();
    // Only the fields the second editor changed went over the first editor's version.
    await other.getByText('Changed by the first editor').waitFor();
    const saved = await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${id}`, token: root });
    expect(saved.json()).toMatchObject({ name: 'Renamed by the second editor', description: 'Changed by the first editor', version: 3 });

    // The history lists every version with its author.
    await other.getByRole('button', { name: 'History' }).click();
    // Its title follows the dashboard's name, which the restore below changes.
    const drawer = other.getByRole('dialog', { name: /^History of / });
    const rows = drawer.getByTestId('revision-row');
    await rows.nth(2).waitFor();
    const listed = await rows.allTextContents();
    expect(listed).toHaveLength(3);
    expect(listed[0]).toContain('Version 3');
    expect(listed[0]).toContain(second.email);
    expect(listed[1]).toContain('Version 2');
    expect(listed[1]).toContain(ROOT_EMAIL);
    expect(listed[2]).toContain('Version 1');

    // Restoring the first version brings its name back.
    await rows.filter({ hasText: 'Version 1 ·' }).click();
    const details = drawer.getByTestId('revision-details');
    await details.getByRole('row').filter({ hasText: 'Versions original' }).waitFor();
    await details.getByRole('button', { name: 'Restore this version' }).click();
    await other.getByRole('dialog', { name: 'Restore version 1' }).getByRole('button', { name: 'Restore' }).click();
    await other.getByRole('heading', { name: 'Versions original', level: 1 }).waitFor();
    await drawer.getByTestId('revision-row').filter({ hasText: 'Version 4 · Restored' }).waitFor();
    const restored = await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${id}`, token: root });
    expect(restored.json()).toMatchObject({ name: 'Versions original', version: 4 });

    await first.context().close();
    await other.context().close();
  });

  it('opens the default dashboard after signing in', async () => {
    const root = await t.rootToken();
    const viewer = await t.createUser(root, { email: 'starter@example.com', role: 'viewer', name: 'Starter' });
    const page = await signIn(viewer.email, viewer.password);
    // No default yet: the dashboard list.
    await page.getByRole('heading', { name: 'Dashboards', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/dashboards');

    await page.getByRole('link', { name: 'Sales Overview', exact: true }).click();
    await page.getByRole('heading', { name: 'Sales Overview', level: 1 }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('button', { name: 'More dashboard actions' }).click();
    const assigned = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/users/'));
    await page.getByRole('menuitem', { name: 'Set as my default' }).click();
    expect((await assigned).status()).toBe(200);

    await page.getByRole('link', { name: 'My dashboards' }).click();
    const row = page.getByTestId('my-dashboard-row').filter({ hasText: 'Sales Overview' });
    await row.getByText('Default', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('Email').waitFor();
    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
    });
    await logIn(page, viewer.email, viewer.password);
    await page.getByRole('heading', { name: 'Sales Overview', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/dashboards/${id}`);
    // Straight there: the list did not show on the way.
    expect(visited).not.toContain('/dashboards');

    await page.context().close();
  });
});
