/**
 * Entry of the process that runs the DuckDB queries of one data source (see duckdb-process.ts for
 * why a process). The query code shares the value conversion and result caps with the rest of the
 * engine, which are TypeScript, so this loads them through tsx as bin/tessera.js does: registered
 * from here, it resolves from this file whatever the working directory, and works the same whether
 * the server runs under `node bin/tessera.js`, tsx or a test runner.
 */
import { register } from 'tsx/esm/api';

register();
await import('./duckdb-child-queries.ts');
