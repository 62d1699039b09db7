import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from './app.js';
import { resolveConfig } from './config.js';

/** The OpenAPI document as the routes describe it, built on a throwaway data dir so it never depends on local state. */
export async function generateOpenApiDocument(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-openapi-'));
  try {
    const config = resolveConfig({}, { TESSERA_DATA_DIR: dataDir, TESSERA_JWT_SECRET: 'openapi-generation', TESSERA_ADMIN_PASSWORD: 'openapi-generation', TESSERA_DEMO: '0' });
    const app = await buildApp(config, { logger: false });
    try {
      await app.ready();
      return `${JSON.stringify(app.tessera.openApiDocument(), null, 2)}\n`;
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
