import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { copyCsvChunks } from '../../db/admin/copy-rows.js';
import { bySignature, createRowChecker, type CheckedRow, type RefusedRow } from './import-rows.js';
import type { CheckedBatch, RowCheckTask } from './import-rows-worker.js';
import { readCsvRecordBatches } from './transfer/csv-reading.js';

/**
 * A worker thread reading, mapping and checking a large import's rows and writing them as COPY
 * text, a batch ahead of the transaction that writes them. The request's thread then only moves
 * text to PostgreSQL: the parsing's garbage stays in this thread's own bounded heap, and other
 * requests are not held up behind a million rows. A batch is sent when the parent asks for one.
 */
const task = workerData as RowCheckTask;
const port = parentPort!;
let asked = 0;
let wake: (() => void) | undefined;
port.on('message', () => {
  asked += 1;
  wake?.();
});

async function whenAsked(): Promise<void> {
  while (asked === 0) await new Promise<void>((resolve) => (wake = resolve));
  asked -= 1;
}

async function send(batch: CheckedRow[], refused: RefusedRow[], total: number, done: boolean): Promise<void> {
  const groups = bySignature(batch.map((b) => b.values)).map((rows) => {
    const columns = Object.keys(rows[0]!);
    return { columns, chunks: copyCsvChunks(columns, rows) };
  });
  const message: CheckedBatch = { total, size: batch.length, groups, refused, rows: JSON.stringify(batch), done };
  await whenAsked();
  port.postMessage(message);
}

async function run(): Promise<void> {
  const check = createRowChecker(task.settings);
  let total = 0;
  let header = true;
  let batch: CheckedRow[] = [];
  let refused: RefusedRow[] = [];
  for await (const records of readCsvRecordBatches(createReadStream(task.path), task.csv)) {
    for (const cells of records) {
      if (header) {
        header = false;
        continue;
      }
      total += 1;
      const checked = check(cells, total);
      if ('values' in checked) batch.push(checked);
      else refused.push(checked);
      if (batch.length >= task.batchRows) {
        await send(batch, refused, total, false);
        batch = [];
        refused = [];
      }
    }
  }
  await send(batch, refused, total, true);
}

run().catch((error: unknown) => {
  const failure = error as { message?: unknown; code?: unknown };
  port.postMessage({ error: { message: String(failure.message ?? error), code: typeof failure.code === 'string' ? failure.code : undefined } });
});
