import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { type ExportRow, closeIterator } from './export-source.js';
import { csvCell, jsonCell, jsonText, neutraliseFormula } from './export-values.js';
import { xlsxExportStream } from './xlsx-export-stream.js';

/**
 * The admin panel's table export: rows arrive in batches (one query page each) and leave as a CSV,
 * JSON or XLSX byte stream. Batches are pulled only when the reader wants more bytes, so an export
 * of millions of rows holds about one batch in memory and a slow client slows the database reads
 * instead of filling the server's memory.
 */

export type ExportFormat = 'csv' | 'json' | 'xlsx';

export type { ExportRow };

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportOptions {
  /** XLSX only: the worksheet's name (made valid for Excel); `Sheet1` unless set. */
  sheetName?: string;
  /** CSV only: start with a UTF-8 byte order mark, which older Excel needs to read UTF-8. */
  bom?: boolean;
}

/**
 * A readable stream of the export file. `columns` fixes the order (and the set) of fields: values of
 * other keys in the rows are not exported, missing keys are empty. If `batches` throws, the stream is
 * destroyed with that error; if the reader destroys the stream, the iterator is closed (`return()`),
 * so a generator's `finally` can release its cursor or connection.
 */
export function exportStream(
  format: ExportFormat,
  columns: string[],
  batches: AsyncIterable<ExportRow[]>,
  options: ExportOptions = {},
): Readable {
  switch (format) {
    case 'csv':
      return new BatchTextStream(batches, csvText(columns, options.bom ?? false));
    case 'json':
      return new BatchTextStream(batches, jsonArrayText(columns));
    case 'xlsx':
      return xlsxExportStream(columns, batches, options.sheetName ?? 'Sheet1');
    default:
      throw new Error(`Unknown export format: ${String(format)}`);
  }
}

/** A text format as three parts, so the file can be written without holding more than a batch. */
interface TextLayout {
  head: string;
  rows(batch: ExportRow[]): string;
  tail: string;
}

/**
 * A CSV file whose lines come ready-made (a database's own CSV writer), behind the header this
 * module writes for every CSV export.
 */
export function csvWithHeader(columns: string[], lines: Readable, options: Pick<ExportOptions, 'bom'> = {}): Readable {
  const head = csvText(columns, options.bom ?? false).head;
  // Drivers hand over a chunk per row; passing each on would cost a socket write per row.
  async function* file() {
    let held: Buffer[] = [Buffer.from(head)];
    let size = held[0]!.length;
    for await (const chunk of lines) {
      held.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= 1 << 16) {
        yield Buffer.concat(held, size);
        held = [];
        size = 0;
      }
    }
    if (size > 0) yield Buffer.concat(held, size);
  }
  return Readable.from(file(), { objectMode: false });
}

function csvText(columns: string[], bom: boolean): TextLayout {
  // Cells are rendered to text first: csv-stringify's own casts differ (it writes booleans as 1/'')
  // and know nothing of formula neutralising. It still does the quoting, which is the hard part.
  const header = stringify([columns.map(neutraliseFormula)]);
  return {
    head: (bom ? '\uFEFF' : '') + header,
    rows: (batch) => (batch.length === 0 ? '' : stringify(batch.map((row) => columns.map((column) => csvCell(row[column]))))),
    tail: '',
  };
}

function jsonArrayText(columns: string[]): TextLayout {
  let first = true;
  return {
    head: '[',
    rows: (batch) => {
      let text = '';
      for (const row of batch) {
        // fromEntries defines keys as own properties, so a column named `__proto__` stays a column.
        const object = Object.fromEntries(columns.map((column) => [column, jsonCell(row[column])]));
        text += (first ? '\n' : ',\n') + jsonText(object);
        first = false;
      }
      return text;
    },
    tail: '\n]\n',
  };
}

/**
 * A Readable that pulls the next batch only from `_read`, that is, when the reader has room. Node
 * calls `_read` again only after a push, and stops calling it once a push returns false, so at most
 * one batch is being rendered or waiting beyond the stream's own buffer.
 */
class BatchTextStream extends Readable {
  private readonly rows: AsyncIterator<ExportRow[]>;
  private pulling = false;
  private headWritten = false;

  constructor(
    batches: AsyncIterable<ExportRow[]>,
    private readonly layout: TextLayout,
  ) {
    super();
    this.rows = batches[Symbol.asyncIterator]();
  }

  override _read(): void {
    if (!this.pulling) void this.pull();
  }

  private async pull(): Promise<void> {
    this.pulling = true;
    try {
      if (!this.headWritten) {
        this.headWritten = true;
        if (!this.push(this.layout.head)) return;
      }
      for (;;) {
        const next = await this.rows.next();
        if (this.destroyed) return;
        if (next.done) {
          if (this.layout.tail) this.push(this.layout.tail);
          this.push(null);
          return;
        }
        const text = this.layout.rows(next.value);
        if (text.length > 0 && !this.push(text)) return;
      }
    } catch (error) {
      this.destroy(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.pulling = false;
    }
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    closeIterator(this.rows);
    callback(error);
  }
}
