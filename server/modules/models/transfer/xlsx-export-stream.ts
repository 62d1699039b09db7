import { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type ExportRow, closeIterator } from './export-source.js';
import { neutraliseFormula, xlsxCell } from './export-values.js';

/**
 * XLSX export through exceljs's streaming writer: each row is committed (serialised to XML and
 * handed to the zip) as soon as it is added, so the workbook is never held in memory. Shared strings
 * are off because that table would grow with every distinct text in the export.
 */

/** How much sheet XML may wait for compression before the next batch is pulled. */
const MAX_PENDING_XML_BYTES = 1 << 20;

/** Excel rejects sheet names longer than 31 characters, with any of `* ? : \ / [ ]`, or quoted ends. */
export function xlsxSheetName(name: string): string {
  const cleaned = name
    .replace(/[*?:\\/[\]]/g, '_')
    .slice(0, 31)
    .replace(/^'+|'+$/g, '')
    .trim();
  return cleaned === '' || cleaned.toLowerCase() === 'history' ? 'Sheet1' : cleaned;
}

export function xlsxExportStream(columns: string[], batches: AsyncIterable<ExportRow[]>, sheetName: string): Readable {
  return new XlsxExportStream(columns, batches, xlsxSheetName(sheetName));
}

interface QueuedWritable {
  writableLength?: number;
  _writableState?: { length?: number };
  on(event: 'drain', listener: () => void): unknown;
}

/**
 * The stream exceljs's worksheet forwards its XML to. exceljs's StreamBuf forwards without waiting
 * (it ignores `write()` returning false), so while the zip output waits for a slow reader nothing
 * holds the XML back: it queues in the zip entry's input, the first pipe of that buffer. Its queued
 * length is what bounds memory here. Read defensively: should exceljs change these internals, the
 * export still works, only without this bound (the reader's own backpressure still applies).
 */
function zipEntryInput(sheet: ExcelJS.Worksheet): QueuedWritable | undefined {
  const buffer = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream;
  const input = buffer?.pipes?.[0] as QueuedWritable | undefined;
  return input && typeof input.on === 'function' ? input : undefined;
}

function queuedBytes(input: QueuedWritable | undefined): number {
  return input?.writableLength ?? input?._writableState?.length ?? 0;
}

class XlsxExportStream extends Readable {
  private readonly rows: AsyncIterator<ExportRow[]>;
  private started = false;
  /** The zip's pending write, held back while the reader's buffer is full; released by `_read`. */
  private heldWrite: (() => void) | null = null;
  private wakeUp: (() => void) | null = null;

  constructor(
    private readonly columns: string[],
    batches: AsyncIterable<ExportRow[]>,
    private readonly sheetName: string,
  ) {
    super();
    this.rows = batches[Symbol.asyncIterator]();
  }

  override _read(): void {
    if (!this.started) {
      this.started = true;
      void this.run();
    }
    const held = this.heldWrite;
    this.heldWrite = null;
    held?.();
    this.notify();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    closeIterator(this.rows);
    this.heldWrite = null;
    this.notify();
    callback(error);
  }

  private notify(): void {
    const wake = this.wakeUp;
    this.wakeUp = null;
    wake?.();
  }

  /** Resolves at the next event that may have made room: a read, a zip write, a drained entry. */
  private somethingChanged(): Promise<void> {
    return new Promise((resolve) => {
      this.wakeUp = resolve;
    });
  }

  /** Where exceljs's zip output goes: into this stream, waiting while the reader has no room. */
  private zipOutput(): Writable {
    return new Writable({
      write: (chunk: Buffer, _encoding, callback) => {
        if (this.destroyed) {
          callback(); // nobody reads any more; let exceljs finish into nothing
          return;
        }
        if (this.push(chunk)) callback();
        else this.heldWrite = () => callback();
        this.notify();
      },
      final: (callback) => {
        if (!this.destroyed) this.push(null);
        callback();
      },
    });
  }

  private async run(): Promise<void> {
    try {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: this.zipOutput(),
        useSharedStrings: false,
        useStyles: true,
      });
      const sheet = workbook.addWorksheet(this.sheetName);
      const header = sheet.addRow(this.columns.map(neutraliseFormula));
      header.font = { bold: true };
      header.commit();

      const entryInput = zipEntryInput(sheet);
      entryInput?.on('drain', () => this.notify());
      for (;;) {
        while (!this.destroyed && (this.heldWrite !== null || queuedBytes(entryInput) > MAX_PENDING_XML_BYTES)) {
          await this.somethingChanged();
        }
        if (this.destroyed) return;
        const next = await this.rows.next();
        if (this.destroyed) return;
        if (next.done) break;
        for (const row of next.value) {
          sheet.addRow(this.columns.map((column) => xlsxCell(row[column]))).commit();
        }
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      this.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
