import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Vite from 'vite';
import { WEB_DIST } from './plugins/static-web.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCES = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'common'].map((p) => join(ROOT, p));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

/** Builds the web app when it was never built or its sources changed since. */
export async function ensureWebBuilt(log: (line: string) => void): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (builtAt > 0 && Math.max(...SOURCES.map(newestMtime)) <= builtAt) return;
  let vite: typeof Vite;
  try {
    vite = await import('vite');
  } catch {
    if (builtAt > 0) return;
    throw new Error('The web app is not built and Vite is not installed; run `npm install` first');
  }
  log('Building the web app...');
  // Vite keeps a NODE_ENV it finds (vitest sets "test"), which would ship React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({ configFile: join(ROOT, 'web/vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
