/**
 * The admin panel's CSV export and import of 1M rows, each beside psql's \copy of the same rows:
 *   3. GET /models/{m}/export?format=csv vs \copy (SELECT …) TO: time <= 2x, server RSS growth <= 200 MB,
 *   4. POST /models/{m}/import/execute vs \copy … FROM into an empty table of the same shape:
 *      time <= 3x, server RSS growth <= 300 MB.
 * The server is `node bin/tessera.js serve`, a child process whose RSS is sampled from /proc.
 * Where the time goes is printed too: CPU seconds of the server and of PostgreSQL, and for the
 * import, how long the server's own CSV reading and row checks take without any database.
 *
 * Run: npm run bench:admin-transfer   (TESSERA_BENCH_ROWS=1000000)
 */
import { createReadStream, createWriteStream, mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { introspect } from '../server/db/introspection/index.js';
import { defineModel } from '../server/modules/models/model-definition.js';
import { recordInput } from '../server/modules/models/record-input.js';
import { createRecordMapper, normaliseHeaders, readCsvRecords, sniffCsvFile } from '../server/modules/models/transfer/csv-reading.js';
import { CUSTOMER_COLUMNS, CUSTOMERS_DDL, cpuSeconds, ensureCustomers, kyselyOn, machineLine, query, rssMb, sampleRss, startPostgres, startTessera, timedPsql, type BenchPostgres, type TesseraServer } from './admin-bench-setup.js';
import { printTable, seconds, type ResultRow } from './admin-bench-report.js';

const ROWS = Number(process.env.TESSERA_BENCH_ROWS ?? 1_000_000);
const SOURCE = 'bench_customers';
const IMPORT_INTO = 'bench_import';
const COPY_INTO = 'bench_import_copy';

interface Measured {
  ms: number;
  rssGrowthMb: number;
  serverCpu: number;
  postgresCpu: number | undefined;
}

/** Runs `work` against the server, sampling its RSS and counting its and PostgreSQL's CPU. */
async function measure(tessera: TesseraServer, postgres: BenchPostgres, work: () => Promise<void>): Promise<Measured> {
  const rssBefore = rssMb(tessera.pid);
  const cpuBefore = [cpuSeconds(tessera.pid), postgres.cpuSeconds()] as const;
  const rss = sampleRss(tessera.pid);
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  const peak = rss.stop();
  const pgAfter = postgres.cpuSeconds();
  return { ms, rssGrowthMb: peak - rssBefore, serverCpu: cpuSeconds(tessera.pid) - cpuBefore[0], postgresCpu: pgAfter === undefined ? undefined : pgAfter - cpuBefore[1]! };
}

const cpuLine = (m: Measured) => `server CPU ${m.serverCpu.toFixed(1)} s, PostgreSQL CPU ${m.postgresCpu === undefined ? 'n/a' : `${m.postgresCpu.toFixed(1)} s`}, over ${seconds(m.ms)} wall`;

/** A psql baseline's wall time, and PostgreSQL's CPU during it. */
function psqlWithCpu(postgres: BenchPostgres, url: string, command: string): { ms: number; postgresCpu: string } {
  const before = postgres.cpuSeconds();
  const ms = timedPsql(url, command);
  const after = postgres.cpuSeconds();
  return { ms, postgresCpu: before === undefined || after === undefined ? 'n/a' : `${(after - before).toFixed(1)} s` };
}

/** Streams the export to a file, as a browser download would land. */
function download(tessera: TesseraServer, path: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    httpGet(`${tessera.base}${path}`, { headers: tessera.headers }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`export: ${res.statusCode}`));
      pipeline(res, createWriteStream(file)).then(resolve, reject);
    }).on('error', reject);
  });
}

/**
 * The import's work in Node alone, with the server's own functions: reading the CSV (iconv +
 * Papa Parse), mapping columns and checking each row's values. No database, no HTTP.
 */
async function parseOnly(databaseUrl: string, file: string): Promise<{ readMs: number; checkMs: number }> {
  const db = kyselyOn(databaseUrl);
  try {
    const table = (await introspect(db, 'postgres')).find((t) => t.name === IMPORT_INTO)!;
    const model = defineModel({ source: 'bench', table: IMPORT_INTO }, table);
    const actor = { userId: 'bench', email: 'bench@example.com', tenantId: 'default', role: 'superadmin' as const };
    const time = async (check: boolean) => {
      const started = performance.now();
      let mapper: ReturnType<typeof createRecordMapper> | undefined;
      for await (const cells of readCsvRecords(createReadStream(file), await sniffCsvFile(file))) {
        if (!mapper) {
          const headers = normaliseHeaders(cells);
          mapper = createRecordMapper(headers, headers.map((h) => ({ csv_column: h, model_field: h, transform: 'none' as const })));
        } else if (check) recordInput(model, mapper(cells), 'create', { actor, dialect: 'postgres', origin: 'text' });
      }
      return performance.now() - started;
    };
    const readMs = await time(false);
    return { readMs, checkMs: (await time(true)) - readMs };
  } finally {
    await db.destroy();
  }
}

async function main(): Promise<void> {
  console.log(machineLine());
  const postgres = await startPostgres();
  const databaseUrl = await postgres.database('tessera_bench');
  console.log(`Table ${SOURCE}: ${ROWS.toLocaleString('en')} rows ${await ensureCustomers(databaseUrl, SOURCE, ROWS)}`);
  for (const table of [IMPORT_INTO, COPY_INTO]) await query(databaseUrl, `drop table if exists "${table}"; ${CUSTOMERS_DDL(table)}; create index on "${table}" (created_at)`);
  const work = mkdtempSync(join(tmpdir(), 'tessera-bench-transfer-'));
  // A fresh server for each of the two, so each RSS growth is measured from a server that did nothing else.
  const server = (port: number) => startTessera(databaseUrl, [{ source: 'bench', table: SOURCE, name: 'customers' }, { source: 'bench', table: IMPORT_INTO, name: 'imports' }], port, { importMaxBytes: 1024 * 1024 * 1024 });
  let tessera = await server(3931);
  const rows: ResultRow[] = [];
  const notes = [machineLine(), `${ROWS.toLocaleString('en')} rows of (id, name, email, country, created_at, amount, status); one run each; server RSS sampled every 50 ms.`];
  try {
    // 3. Export, in the list's default order (the primary key) on both sides.
    const psqlFile = join(work, 'psql-export.csv');
    await query(databaseUrl, `select count(*) from "${SOURCE}"`); // both start with the table cached
    const copyOut = psqlWithCpu(postgres, databaseUrl, `\\copy (select id, ${CUSTOMER_COLUMNS} from "${SOURCE}" order by id) to '${psqlFile}' with (format csv, header)`);
    const ourFile = join(work, 'tessera-export.csv');
    const exported = await measure(tessera, postgres, () => download(tessera, '/admin/api/models/customers/export?format=csv', ourFile));
    rows.push({ what: 'CSV export, time', figure: seconds(exported.ms), baseline: `psql \\copy TO ${seconds(copyOut.ms)}`, ratio: exported.ms / copyOut.ms, target: '<= 2x', pass: exported.ms <= 2 * copyOut.ms });
    rows.push({ what: 'CSV export, server RSS growth', figure: `${exported.rssGrowthMb.toFixed(0)} MB`, baseline: '-', target: '<= 200 MB', pass: exported.rssGrowthMb <= 200 });
    notes.push(`Export: ${(statSync(ourFile).size / 1e6).toFixed(1)} MB from Tessera, ${(statSync(psqlFile).size / 1e6).toFixed(1)} MB from psql; Tessera: ${cpuLine(exported)}; psql: PostgreSQL CPU ${copyOut.postgresCpu}.`);
    notes.push('  Tessera on PostgreSQL: one COPY (SELECT … ORDER BY the list order) TO STDOUT computing the cells (formulas neutralised, ISO instants), streamed on.');
    await tessera.stop();
    tessera = await server(3932);

    // 4. Import: the same rows without their ids, into empty tables of the same shape.
    const csv = join(work, 'import.csv');
    timedPsql(databaseUrl, `\\copy (select ${CUSTOMER_COLUMNS} from "${SOURCE}" order by id) to '${csv}' with (format csv, header)`);
    const copyIn = psqlWithCpu(postgres, databaseUrl, `\\copy "${COPY_INTO}" (${CUSTOMER_COLUMNS}) from '${csv}' with (format csv, header)`);
    let outcome: { imported_count?: number; message?: string } = {};
    const imported = await measure(tessera, postgres, async () => {
      const form = new FormData();
      form.append('data', await openAsBlob(csv, { type: 'text/csv' }), 'import.csv');
      const res = await fetch(`${tessera.base}/admin/api/models/imports/import/execute`, { method: 'POST', headers: tessera.headers, body: form });
      outcome = (await res.json()) as typeof outcome;
      if (res.status !== 200) throw new Error(`import: ${res.status} ${JSON.stringify(outcome).slice(0, 500)}`);
    });
    const landed = Number((await query<{ n: string }>(databaseUrl, `select count(*) as n from "${IMPORT_INTO}"`))[0]!.n);
    if (landed !== ROWS) throw new Error(`import left ${landed} rows, not ${ROWS}: ${outcome.message}`);
    rows.push({ what: 'CSV import, time', figure: seconds(imported.ms), baseline: `psql \\copy FROM ${seconds(copyIn.ms)}`, ratio: imported.ms / copyIn.ms, target: '<= 3x', pass: imported.ms <= 3 * copyIn.ms });
    rows.push({ what: 'CSV import, server RSS growth', figure: `${imported.rssGrowthMb.toFixed(0)} MB`, baseline: '-', target: '<= 300 MB', pass: imported.rssGrowthMb <= 300 });
    notes.push(`Import: ${(statSync(csv).size / 1e6).toFixed(1)} MB CSV, ${landed.toLocaleString('en')} rows landed; Tessera: ${cpuLine(imported)}; psql: PostgreSQL CPU ${copyIn.postgresCpu}.`);
    const parsed = await parseOnly(databaseUrl, csv);
    notes.push(`  in Node without a database: reading the CSV ${seconds(parsed.readMs)}, mapping and checking the rows ${seconds(parsed.checkMs)}; during the import both run in a worker thread, a batch ahead of the COPY that writes the batch before.`);
  } finally {
    await tessera.stop();
    rmSync(work, { recursive: true, force: true });
  }
  printTable(`Admin CSV export and import of ${ROWS.toLocaleString('en')} rows: Tessera vs psql \\copy`, rows, notes);
}

await main();
process.exit(0);
