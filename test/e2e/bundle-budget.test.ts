import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, measurePages, type PageWeight } from '../../bench/bundle-size.js';
import { ensureWebBuilt } from '../../server/web-build.js';

/**
 * The login page downloads only what it needs: strings that only the dashboard libraries carry
 * (found in the build, so the check cannot pass by finding nothing) appear in none of its files.
 * Here rather than with the unit tests because it reads the built app, which the browser suite builds.
 */
const DASHBOARD_ONLY: { library: string; marker: string; required: boolean }[] = [
  { library: 'ECharts', marker: 'ECharts', required: true },
  { library: 'react-grid-layout', marker: 'react-grid-item', required: true },
  { library: 'react-markdown', marker: 'remarkRehypeOptions', required: true },
  // Present once the widget editor uses CodeMirror.
  { library: 'CodeMirror', marker: 'cm-editor', required: false },
];

let pages: PageWeight[];
const page = (name: string) => pages.find((p) => p.page === name)!;
const text = (files: string[]) => files.filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');

beforeAll(async () => {
  await ensureWebBuilt(() => undefined);
  pages = measurePages();
});

describe('what the login and dashboard pages download', () => {
  it('stays within 150 KB of gzipped JavaScript for the login page and 400 KB for a dashboard', () => {
    expect(page('login').jsGzipKb).toBeGreaterThan(10);
    expect(page('login').jsGzipKb).toBeLessThanOrEqual(150);
    expect(page('dashboard').jsGzipKb).toBeLessThanOrEqual(400);
  });

  it('holds none of the dashboard libraries, which a dashboard page does load (charts once it draws one)', () => {
    const login = text(page('login').files);
    const dashboard = text(page('+ charts').files);
    for (const { library, marker, required } of DASHBOARD_ONLY) {
      if (required) expect(dashboard, `${library} is on a dashboard page`).toContain(marker);
      expect(login.includes(marker), `${library} is not on the login page`).toBe(false);
    }
  });
});
