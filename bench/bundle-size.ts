/**
 * What the browser downloads before a page can show anything: the JavaScript and CSS that the built
 * entry imports statically (and, for a dashboard, what the dashboard route's lazy chunk imports
 * statically), gzipped, next to the budgets (login 150 KB, dashboard page 400 KB of JavaScript).
 * Reads `web/dist/.vite/manifest.json`; builds first only with `--build`. Exits 1 when over budget.
 *
 * Run: npm run bench:bundle            (after npm run build:web)
 *      npm run bench:bundle -- --build
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

export const DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));
const KB = 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface PageWeight {
  page: string;
  /** null: measured for the record, with no budget of its own. */
  budgetKb: number | null;
  jsGzipKb: number;
  cssGzipKb: number;
  files: string[];
}

/** The pages measured: the lazy route chunks (manifest keys, relative to web/) each adds to the entry. */
const DASHBOARD_ROUTES = ['src/layout/AppLayout.tsx', 'src/dashboards/DashboardPage.tsx'];
const PAGES: { page: string; budgetKb: number | null; routes: string[] }[] = [
  { page: 'login', budgetKb: 150, routes: [] },
  { page: 'dashboard', budgetKb: 400, routes: DASHBOARD_ROUTES },
  // ECharts follows once the first chart tile draws, while the page is already on screen.
  { page: '+ charts', budgetKb: null, routes: [...DASHBOARD_ROUTES, 'src/charts/EChart.tsx'] },
];

/** Every chunk a page loads before it renders: the start keys and, transitively, what they import statically. */
function staticClosure(manifest: Manifest, starts: string[]): ManifestChunk[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest has no chunk ${key}: was the route renamed?`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  starts.forEach(visit);
  return [...seen].map((key) => manifest[key]!);
}

const gzipKb = (dist: string, file: string) =>
  gzipSync(readFileSync(join(dist, file)), { level: constants.Z_BEST_COMPRESSION }).length / KB;

/** Measures each page of `PAGES` in a built `dist` folder. */
export function measurePages(dist = DIST): PageWeight[] {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run npm run build:web first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('The manifest names no entry chunk');
  return PAGES.map(({ page, budgetKb, routes }) => {
    // A route the entry already bundles has no chunk of its own: nothing more to load for it.
    const chunks = staticClosure(manifest, [entry, ...routes.filter((route) => manifest[route])]);
    const js = [...new Set(chunks.map((chunk) => chunk.file))];
    const css = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))];
    const sum = (files: string[]) => files.reduce((total, file) => total + gzipKb(dist, file), 0);
    return { page, budgetKb, jsGzipKb: sum(js), cssGzipKb: sum(css), files: [...js, ...css] };
  });
}

function main() {
  if (process.argv.includes('--build')) execFileSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
  const pages = measurePages();
  console.log('Initial download per page (gzip -9), JavaScript against its budget; CSS beside it');
  console.log('page        JS gzip    budget    ratio    CSS gzip   chunks');
  for (const { page, budgetKb, jsGzipKb, cssGzipKb, files } of pages) {
    const ratio = budgetKb === null ? null : jsGzipKb / budgetKb;
    const budget = budgetKb === null ? '      -   ' : `${String(budgetKb).padStart(6)} KB`;
    const share = ratio === null ? '      -' : `${(ratio * 100).toFixed(0).padStart(6)} %`;
    console.log(
      `${page.padEnd(10)} ${jsGzipKb.toFixed(1).padStart(7)} KB ${budget} ${share}` +
        ` ${cssGzipKb.toFixed(1).padStart(8)} KB   ${files.length}${ratio !== null && ratio > 1 ? '   OVER BUDGET' : ''}`,
    );
  }
  if (pages.some((p) => p.budgetKb !== null && p.jsGzipKb > p.budgetKb)) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
