import { bySignature, type CheckedRow, type RefusedRow } from './import-rows.js';
import { batchRows, checkRowsInWorker, type RowCheckTask } from './import-rows-worker.js';
import type { RecordRow } from './records.repository.js';

/**
 * An import's rows, checked and grouped for writing a batch at a time, from one of two places:
 * the request's own thread (small files, and stores without COPY) or a worker thread that also
 * writes the COPY text (large files on PostgreSQL).
 */
export interface ImportBatch {
  /** Records read so far, this batch's included. */
  total: number;
  /** Good rows in this batch. */
  size: number;
  /** Rows whose values were refused before any database saw them. */
  refused: RefusedRow[];
  /** The good rows by the columns they set: as COPY text where it was prepared, else as rows. */
  groups: { columns: string[]; chunks?: string[]; rows?: RecordRow[] }[];
  /** The good rows one by one, for when the database refuses the batch as a whole. */
  rows(): CheckedRow[];
}

/** Batches checked here, from records already being read (the header already taken off). */
export async function* batchesInThread(
  records: AsyncIterator<string[][]>,
  firstRecords: string[][],
  check: (cells: readonly string[], row: number) => CheckedRow | RefusedRow,
  batchRows: number,
): AsyncGenerator<ImportBatch> {
  let total = 0;
  let good: CheckedRow[] = [];
  let refused: RefusedRow[] = [];
  const batch = (): ImportBatch => {
    const rows = good;
    const groups = bySignature(rows.map((r) => r.values)).map((group) => ({ columns: Object.keys(group[0]!), rows: group }));
    const made = { total, size: rows.length, refused, groups, rows: () => rows };
    good = [];
    refused = [];
    return made;
  };
  for (let chunk = firstRecords; ; ) {
    for (const cells of chunk) {
      total += 1;
      const checked = check(cells, total);
      if ('values' in checked) good.push(checked);
      else refused.push(checked);
      if (good.length >= batchRows) yield batch();
    }
    const next = await records.next();
    if (next.done) break;
    chunk = next.value;
  }
  yield batch();
}

/** Batches checked in a worker thread, which reads the file itself. */
export async function* batchesFromWorker(task: RowCheckTask): AsyncGenerator<ImportBatch> {
  for await (const checked of checkRowsInWorker(task)) {
    yield { total: checked.total, size: checked.size, refused: checked.refused, groups: checked.groups, rows: () => batchRows(checked) };
  }
}
