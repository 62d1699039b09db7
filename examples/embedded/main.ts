import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildEmbeddedApp } from './app.js';

// The web app is Tessera's own build (`npm run build:web` at the repository root, or once `npm start`).
const dataDir = resolve(process.env.HELPDESK_DATA_DIR ?? './data/embedded');
mkdirSync(dataDir, { recursive: true });
const port = Number(process.env.PORT ?? 3001);
const app = await buildEmbeddedApp({ dataDir, adminPassword: process.env.TESSERA_ADMIN_PASSWORD });
await app.listen({ host: '127.0.0.1', port });
const admin = app.tessera.firstRun.createdAdmin;
console.log(`\n  Helpdesk at http://127.0.0.1:${port}/, Tessera at http://127.0.0.1:${port}/tessera/`);
if (admin?.generated) console.log(`  Log in as ${admin.email} with password ${admin.password} (shown once)`);
else if (admin) console.log(`  Log in as ${admin.email} with the password from TESSERA_ADMIN_PASSWORD`);
