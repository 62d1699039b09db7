import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = 'http://127.0.0.1:3000';

// The server owns these prefixes; everything else is the single-page app. Host is left as-is
// (no changeOrigin) so cookies and the server's origin checks see the page's own origin.
const proxiedPrefixes = ['/admin/api', '/api', '/schema', '/healthz', '/readyz'];

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    // ECharts with only the five chart kinds in use is still ~600 kB minified (~200 kB gzipped).
    chunkSizeWarningLimit: 700,
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app, so separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|react-number-format|react-remove-scroll)/ },
            // Charts load only with the dashboard pages; kept apart so the shell stays small.
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/ },
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
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
