import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateWebClientTypes, OPENAPI_DOCUMENT, WEB_CLIENT_TYPES } from '../../bin/generate-web-client.js';

describe('web client types', () => {
  it('web/src/api/openapi.gen.ts matches docs/openapi.json (run `npm run openapi` after changing routes)', async () => {
    const committed = readFileSync(WEB_CLIENT_TYPES, 'utf8');
    expect(committed, 'run npm run openapi').toBe(await generateWebClientTypes(readFileSync(OPENAPI_DOCUMENT, 'utf8')));
  });
});
