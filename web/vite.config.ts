import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = 'http://127.0.0.1:3000';

// The server owns these prefixes; everything else is the single-page app. Host is left as-is
// (no changeOrigin) so cookies and the server's origin checks see the page's own origin.
const proxiedPrefixes = ['/admin/api', '/api', '/schema', '/healthz', '/readyz'];

/**
 * Writes `.br` and `.gz` beside every text file of the build, compressed once at the highest levels,
 * so the server sends them as they are instead of compressing the same bytes on every request.
 */
function precompress(): Plugin {
  const compressible = /\.(?:js|mjs|css|html|svg|json|txt|map)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  let outDir = '';
  return {
    name: 'tessera-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of walk(outDir).filter((f) => compressible.test(f))) {
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

export default defineConfig({
  root: webRoot,
  // Relative, so one build serves at the root or under any prefix a host app mounts it at;
  // the server makes index.html's own references absolute for its mount point (static-web.ts).
  base: './',
  plugins: [react(), precompress()],
  build: {
    // ECharts with only the five chart kinds in use is still ~600 kB minified (~200 kB gzipped).
    chunkSizeWarningLimit: 700,
    outDir: 'dist',
    emptyOutDir: true,
    // bench/bundle-size.ts follows the manifest's static imports to measure what each page loads first.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app, so separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            // What every page needs, login included.
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/, priority: 30 },
            // Charts, apart so that they stay cached across releases. No group for the other dashboard-only
            // libraries (grid, markdown): a group also takes their dependencies, such as clsx,
            // which the shell needs, and would drag them into the login page.
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/, priority: 20 },
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/, priority: 20 },
            // The SQL editor's CodeMirror loads only when a widget editor shows SQL.
            { name: 'codemirror', test: /node_modules[\\/](@codemirror|@lezer|codemirror|style-mod|w3c-keyname|crelt)[\\/]/, priority: 20 },
            // Any other library goes with the chunks that import it (rolldown's own splitting).
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxiedPrefixes.map((prefix) => [prefix, { target: apiTarget }])),
  },
});
