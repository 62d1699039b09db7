// Writes web/src/api/openapi.gen.ts, the web app's types of every route, from docs/openapi.json.
// `npm run openapi` runs it right after writing the document; test/api/web-client-types.test.ts
// fails when the committed file no longer matches the committed document.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const OPENAPI_DOCUMENT = new URL('../docs/openapi.json', import.meta.url);
export const WEB_CLIENT_TYPES = new URL('../web/src/api/openapi.gen.ts', import.meta.url);

const HEADER = `// Generated from docs/openapi.json by \`npm run openapi\` (bin/generate-web-client.ts). Do not edit:
// change the route schemas and run \`npm run openapi\` again.

`;

/** The TypeScript text of `paths`, `components` and `operations`; the same document always gives the same text. */
export async function generateWebClientTypes(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as OpenAPI3, { silent: true });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const types = await generateWebClientTypes(readFileSync(OPENAPI_DOCUMENT, 'utf8'));
  writeFileSync(WEB_CLIENT_TYPES, types);
  console.log(`Wrote ${fileURLToPath(WEB_CLIENT_TYPES)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
