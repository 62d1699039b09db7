import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_EMAIL, ROOT_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { signedInPage, startBrowserSession, type BrowserSession } from './browser.js';

/** Edit mode as a session: nothing reaches the server until Save, which stores one version. */
let t: TestApp;
let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;
let root: string;

interface ApiDashboard {
  version: number;
  widgets: { id: string; name: string; position: { x: number; y: number; width: number; height: number } }[];
  phone_layout: { widget_id: string; height: number }[] | null;
}

const TILE = '[data-testid="widget-tile"]';

beforeAll(async () => {
  session = await startBrowserSession();
  ({ t, baseUrl, browser } = session);
  root = await t.rootToken();
});
afterAll(() => session?.close());

/** A dashboard of three text tiles side by side: First, Second, Third. */
async function threeTiles(name: string): Promise<string> {
  const id = (await t.request({ method: 'POST', url: '/api/v1/bi/dashboards', token: root, payload: { name } })).json<{ id: string }>().id;
  for (const [i, title] of ['First', 'Second', 'Third'].entries()) {
    const added = await t.request({
      method: 'POST',
      url: `/api/v1/bi/dashboards/${id}/widgets`,
      token: root,
      payload: { id: title.toLowerCase(), name: title, widget_type: 'text', position: { x: i * 4, y: 0, width: 4, height: 3 }, config: { markdown: `${title} note` } },
    });
    expect(added.statusCode).toBe(201);
  }
  return id;
}

const stored = async (id: string) => (await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${id}`, token: root })).json<ApiDashboard>();

/** Drags a tile by its title by (dx, dy) pixels. */
async function drag(page: Page, name: string, dx: number, dy: number) {
  const handle = page.locator(TILE).filter({ hasText: name }).locator('.widget-drag-handle');
  const from = await handle.boundingBox();
  if (!from) throw new Error(`${name} is not on screen`);
  await page.mouse.move(from.x + 10, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 10 + dx, from.y + from.height / 2 + dy, { steps: 12 });
  await page.mouse.up();
}

async function removeTile(page: Page, name: string) {
  await page.getByRole('button', { name: `Remove ${name}` }).click();
  await page.getByRole('dialog', { name: 'Remove widget' }).getByRole('button', { name: 'Remove widget' }).click();
  await page.locator(TILE).filter({ hasText: name }).waitFor({ state: 'detached' });
}

describe('an edit session', () => {
  it('Cancel leaves the dashboard as it was, after asking; leaving by a link asks too', async () => {
    const id = await threeTiles('Cancelled edits');
    const before = await stored(id);
    const page = await signedInPage(browser, baseUrl, ROOT_EMAIL, ROOT_PASSWORD);
    const writes: string[] = [];
    page.on('request', (request) => {
      if (['PUT', 'POST', 'DELETE'].includes(request.method()) && request.url().includes(`/dashboards/${id}`) && !request.url().endsWith('/presence')) writes.push(request.url());
    });
    // Opened from the list inside the app, so that Back is the app's own navigation.
    await page.goto(`${baseUrl}/dashboards`);
    await page.getByRole('link', { name: 'Cancelled edits' }).click();
    await page.getByText('First note').waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();

    await drag(page, 'First', 0, 300);
    const corner = await page.locator(TILE).filter({ hasText: 'Second' }).locator('xpath=..').locator('.react-resizable-handle-se').boundingBox();
    if (!corner) throw new Error('no resize handle');
    await page.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2);
    await page.mouse.down();
    await page.mouse.move(corner.x + corner.width / 2 + 200, corner.y + corner.height / 2 + 100, { steps: 8 });
    await page.mouse.up();
    await removeTile(page, 'Third');
    await page.getByText('Unsaved changes').waitFor();

    // A link out of the page asks first; declining stays.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('main').getByRole('link', { name: 'Dashboards', exact: true }).click();
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe(`/dashboards/${id}`);

    // So does Back; declining keeps the page and the session.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page.evaluate('history.back()');
    expect(await asked).toMatch(/unsaved changes/);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe(`/dashboards/${id}`);
    await page.getByText('Unsaved changes').waitFor();

    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
    await page.locator(TILE).filter({ hasText: 'Third' }).waitFor();

    expect(writes).toEqual([]);
    const after = await stored(id);
    expect(after.version).toBe(before.version);
    expect(after.widgets).toEqual(before.widgets);
    await page.reload();
    await page.getByText('Third note').waitFor();
    expect(await page.locator(TILE).count()).toBe(3);
    await page.close();
  });

  it('Undo and Redo step through the session, and Save stores it as one version whose message the history shows', async () => {
    const id = await threeTiles('Saved edits');
    const before = await stored(id);
    const page = await signedInPage(browser, baseUrl, ROOT_EMAIL, ROOT_PASSWORD);
    await page.goto(`${baseUrl}/dashboards/${id}`);
    await page.getByText('First note').waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();

    await removeTile(page, 'Second');
    await removeTile(page, 'Third');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator(TILE).filter({ hasText: 'Third' }).waitFor();
    await page.keyboard.press('Control+z');
    await page.locator(TILE).filter({ hasText: 'Second' }).waitFor();
    expect(await page.getByText('Unsaved changes').count()).toBe(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.locator(TILE).filter({ hasText: 'Second' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+z');
    await page.locator(TILE).filter({ hasText: 'Third' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await page.locator(TILE).filter({ hasText: 'Third' }).waitFor();
    // Now: Second removed, Third kept.

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Save changes' });
    await dialog.getByRole('textbox', { name: /What changed/ }).fill('Dropped the second note');
    const saved = page.waitForResponse((r) => r.url().endsWith(`/dashboards/${id}/content`) && r.request().method() === 'PUT');
    await dialog.getByRole('button', { name: 'Save version' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();

    const after = await stored(id);
    expect(after.version).toBe(before.version + 1);
    expect(after.widgets.map((w) => w.name).sort()).toEqual(['First', 'Third']);
    const versions = (await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${id}/versions`, token: root })).json<{ items: { version: number; message: string | null }[] }>().items;
    expect(versions.filter((v) => v.version > before.version)).toEqual([expect.objectContaining({ version: before.version + 1, message: 'Dropped the second note' })]);

    await page.getByRole('button', { name: 'History' }).click();
    const newest = page.getByRole('dialog', { name: /^History of / }).getByTestId('revision-row').first();
    await newest.getByText('Dropped the second note').waitFor();
    expect(await newest.textContent()).toContain(`Version ${before.version + 1}`);
    await page.close();
  });

  it('a save over another editor\'s newer version meets the conflict dialog, which can overwrite theirs with the whole session', async () => {
    const id = await threeTiles('Contested edits');
    const page = await signedInPage(browser, baseUrl, ROOT_EMAIL, ROOT_PASSWORD);
    await page.goto(`${baseUrl}/dashboards/${id}?edit=1`);
    await page.getByText('First note').waitFor();
    await removeTile(page, 'First');

    const theirs = await t.request({ method: 'PUT', url: `/api/v1/bi/dashboards/${id}/widgets/second`, token: root, payload: { name: 'Second (theirs)' } });
    expect(theirs.statusCode).toBe(200);
    const theirVersion = (await stored(id)).version;

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const refused = page.waitForResponse((r) => r.url().endsWith(`/dashboards/${id}/content`));
    await page.getByRole('dialog', { name: 'Save changes' }).getByRole('button', { name: 'Save version' }).click();
    expect((await refused).status()).toBe(409);
    const conflict = page.getByRole('dialog', { name: 'This dashboard changed while you were editing' });
    await conflict.getByText(`saved version ${theirVersion}`).waitFor();
    await conflict.getByRole('button', { name: 'Review changes' }).click();
    const review = conflict.getByTestId('conflict-review');
    await expect(review.getByRole('row').filter({ hasText: 'First' }).textContent()).resolves.toContain('your change');
    await expect(review.getByRole('row').filter({ hasText: 'Second (theirs)' }).textContent()).resolves.toContain('their change');

    await conflict.getByRole('button', { name: 'Overwrite' }).click();
    await conflict.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
    const after = await stored(id);
    expect(after.version).toBe(theirVersion + 1);
    expect(after.widgets.map((w) => w.name).sort()).toEqual(['Second', 'Third']);
    await page.close();
  });

  it('at 390 px edits the phone layout only: the new order stays after a reload, the desktop grid does not move', async () => {
    const id = await threeTiles('Phone order');
    const before = await stored(id);
    const page = await signedInPage(browser, baseUrl, ROOT_EMAIL, ROOT_PASSWORD, { width: 390 });
    await page.goto(`${baseUrl}/dashboards/${id}`);
    await page.getByText('Third note').waitFor();
    expect(await tileOrder(page)).toEqual(['first', 'second', 'third']);

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    // A phone arranges tiles; what is in them is edited on a wider screen.
    expect(await page.getByRole('button', { name: 'Add widget' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Remove First' }).count()).toBe(0);
    const third = await page.locator(TILE).filter({ hasText: 'Third' }).boundingBox();
    const first = await page.locator(TILE).filter({ hasText: 'First' }).boundingBox();
    if (!third || !first) throw new Error('tiles not laid out');
    await drag(page, 'Third', 0, first.y - third.y - 40);
    await expect.poll(() => tileOrder(page)).toEqual(['third', 'first', 'second']);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.waitForResponse((r) => r.url().endsWith(`/dashboards/${id}/content`) && r.request().method() === 'PUT');
    await page.getByRole('dialog', { name: 'Save changes' }).getByRole('button', { name: 'Save version' }).click();
    expect((await saved).status()).toBe(200);

    await page.reload();
    await page.getByText('Third note').waitFor();
    expect(await tileOrder(page)).toEqual(['third', 'first', 'second']);
    const after = await stored(id);
    expect(after.phone_layout?.map((tile) => tile.widget_id)).toEqual(['third', 'first', 'second']);
    expect(after.widgets.map((w) => w.position)).toEqual(before.widgets.map((w) => w.position));

    // The dashboard's actions stay on one line; History and Share are in the "more" menu.
    const middleOf = async (name: string) => {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      return box ? box.y + box.height / 2 : -1;
    };
    expect(Math.abs((await middleOf('More dashboard actions')) - (await middleOf('Edit')))).toBeLessThan(4);
    expect(await page.getByRole('button', { name: 'History', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'More dashboard actions' }).click();
    await page.getByRole('menuitem', { name: 'Share', exact: true }).waitFor();
    await page.getByRole('menuitem', { name: 'History', exact: true }).click();
    await page.getByRole('dialog', { name: /^History of / }).getByTestId('revision-row').first().waitFor();
    await page.keyboard.press('Escape');

    // A wide screen still shows the desktop grid: First, Second, Third side by side.
    await page.setViewportSize({ width: 1280, height: 900 });
    const rowOf = async (name: string) => Math.round((await page.locator(TILE).filter({ hasText: name }).boundingBox())?.y ?? -1);
    await expect.poll(async () => new Set([await rowOf('First'), await rowOf('Second'), await rowOf('Third')]).size).toBe(1);
    expect(await tileOrder(page)).not.toEqual(['third', 'first', 'second']);
    await page.close();
  });
});

/** The tiles' widget ids from top to bottom, as the screen shows them. */
async function tileOrder(page: Page): Promise<string[]> {
  const tiles = await page.locator(TILE).all();
  const placed = await Promise.all(tiles.map(async (tile) => ({ id: (await tile.getAttribute('data-widget-id')) ?? '', y: (await tile.boundingBox())?.y ?? 0 })));
  return placed.sort((a, b) => a.y - b.y).map((tile) => tile.id);
}
