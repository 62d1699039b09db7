import { Worker } from 'node:worker_threads';
import type { CheckedRow, RefusedRow, RowCheckSettings } from './import-rows.js';
import type { CsvReadOptions } from './transfer/csv-reading.js';

/** What the worker thread is given: the uploaded file, how to read it, and how to check its rows. */
export interface RowCheckTask {
  path: string;
  csv: CsvReadOptions;
  settings: RowCheckSettings;
  batchRows: number;
}

/** One batch of rows from the worker, ready for COPY. */
export interface CheckedBatch {
  /** Records read so far, this batch's included. */
  total: number;
  /** Good rows in this batch. */
  size: number;
  /** The batch's good rows as COPY text, grouped by the columns they set. */
  groups: { columns: string[]; chunks: string[] }[];
  /** Rows of this batch whose values were refused before any database saw them. */
  refused: RefusedRow[];
  /** The good rows (CheckedRow[]) as JSON, read only when the database refuses the batch. */
  rows: string;
  done: boolean;
}

type WorkerMessage = CheckedBatch | { error: { message: string; code: string | undefined } };

/** Old-generation heap of the worker: a batch or two of rows and the parser's buffers fit many times over. */
const WORKER_HEAP_MB = 192;

/** The worker's source is TypeScript, run as the server's is: its boot file registers the loader first. */
function startWorker(task: RowCheckTask): Worker {
  return new Worker(new URL('./import-rows.worker-boot.mjs', import.meta.url), { workerData: task, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
}

/**
 * The file's rows, checked in a worker thread, a batch at a time: the worker prepares the next
 * batch while the caller writes this one. Stopping early (or an error) ends the worker.
 */
export async function* checkRowsInWorker(task: RowCheckTask): AsyncGenerator<CheckedBatch> {
  const worker = startWorker(task);
  const inbox: WorkerMessage[] = [];
  let failure: Error | undefined;
  let notify: (() => void) | undefined;
  worker.on('message', (message: WorkerMessage) => {
    inbox.push(message);
    notify?.();
  });
  worker.on('error', (error) => {
    failure = error;
    notify?.();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`The import's row checking stopped (exit code ${code})`);
    notify?.();
  });
  const next = async (): Promise<WorkerMessage> => {
    while (inbox.length === 0) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (notify = resolve));
    }
    return inbox.shift()!;
  };
  try {
    worker.postMessage('more');
    for (;;) {
      const message = await next();
      if ('error' in message) throw Object.assign(new Error(message.error.message), message.error.code ? { code: message.error.code } : {});
      if (!message.done) worker.postMessage('more');
      yield message;
      if (message.done) return;
    }
  } finally {
    await worker.terminate();
  }
}

/** The good rows of a batch the database refused as a whole, to be tried one by one. */
export function batchRows(batch: CheckedBatch): CheckedRow[] {
  return JSON.parse(batch.rows) as CheckedRow[];
}
