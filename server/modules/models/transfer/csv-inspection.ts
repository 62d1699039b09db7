import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';
import { ColumnTypeEvidence, type ColumnTypeInfo } from './csv-column-types.js';
import {
  ICONV_NAMES,
  completeLines,
  detectDelimiter,
  detectEncoding,
  hasC1Bytes,
  normaliseHeaders,
  parseRecords,
  readHead,
  type CsvDelimiter,
  type CsvEncoding,
  type CsvReadOptions,
} from './csv-reading.js';

/**
 * The import's preview of an uploaded CSV: its encoding and delimiter, confirmed over the whole
 * file, its headers, the first rows, suggested column types and the number of rows.
 */

/** Data rows whose values decide the column types; later rows are only counted. */
const TYPE_SAMPLE_ROWS = 1000;

/**
 * Watches the raw bytes of the whole file on their way to the decoder. The encoding was guessed from
 * the head, but a file that is plain ASCII for its first 64 KiB may turn out to be latin-1 later.
 */
class EncodingWitness extends Transform {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  private validUtf8: boolean;
  private hasC1 = false;

  constructor(private readonly guess: CsvEncoding) {
    super();
    this.validUtf8 = guess === 'utf-8';
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.validUtf8) {
      try {
        this.utf8.decode(chunk, { stream: true });
      } catch {
        this.validUtf8 = false;
      }
    }
    // C1 bytes only matter for a single-byte guess, or once a UTF-8 guess has failed (in UTF-8
    // they are continuation bytes).
    const singleByte = this.guess === 'latin-1' || (this.guess === 'utf-8' && !this.validUtf8);
    if (singleByte && !this.hasC1) this.hasC1 = hasC1Bytes(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.validUtf8) {
      try {
        this.utf8.decode(); // a file ending inside a multi-byte character
      } catch {
        this.validUtf8 = false;
      }
    }
    callback();
  }

  /** The encoding the whole file turned out to need, given the one guessed from its head. */
  encoding(): CsvEncoding {
    if (this.guess === 'utf-8' && !this.validUtf8) return this.hasC1 ? 'cp1252' : 'latin-1';
    if (this.guess === 'latin-1' && this.hasC1) return 'cp1252';
    return this.guess;
  }
}

export interface CsvInspection {
  headers: string[];
  preview_rows: Record<string, string>[];
  column_types: ColumnTypeInfo[];
  delimiter: CsvDelimiter;
  encoding: CsvEncoding;
  /** Data rows, the header excluded; a quoted field spanning lines is still one row. */
  total_rows: number;
}

export interface InspectOptions {
  previewRows?: number;
  /** Bytes read from the start of the file to guess its encoding and delimiter. */
  sampleSize?: number;
}

/**
 * What the import preview shows about an uploaded file: its header, first rows, suggested column
 * types, how it was written, and how many rows it holds. The whole file is streamed once to count
 * (twice when its head hid its real encoding); only the preview and type evidence are kept.
 */
export async function inspectCsvFile(path: string, options: InspectOptions = {}): Promise<CsvInspection> {
  const { previewRows = 10, sampleSize = 64 * 1024 } = options;
  const head = await readHead(path, sampleSize);
  const guessed = detectEncoding(head.bytes);
  const delimiter = detectDelimiter(completeLines(iconv.decode(head.bytes, ICONV_NAMES[guessed]), head.wholeFile));

  const first = await scanFile(path, { encoding: guessed, delimiter }, previewRows);
  const encoding = first.witness.encoding();
  const scan = encoding === guessed ? first : await scanFile(path, { encoding, delimiter }, previewRows);
  return { ...scan.inspection, delimiter, encoding };
}

async function scanFile(path: string, options: CsvReadOptions, previewRows: number) {
  const witness = new EncodingWitness(options.encoding);
  let headers: string[] | null = null;
  let evidence: ColumnTypeEvidence[] = [];
  const preview: Record<string, string>[] = [];
  let totalRows = 0;

  for await (const record of flatten(parseRecords([createReadStream(path), witness], options))) {
    if (headers === null) {
      headers = normaliseHeaders(record);
      evidence = headers.map((header) => new ColumnTypeEvidence(header));
      continue;
    }
    totalRows += 1;
    if (totalRows <= previewRows) {
      // Cells beyond the header have no name to show under; missing cells show as empty.
      preview.push(Object.fromEntries(headers.map((header, index) => [header, record[index] ?? ''])));
    }
    if (totalRows <= TYPE_SAMPLE_ROWS) evidence.forEach((column, index) => column.add(record[index]));
  }

  const inspection = {
    headers: headers ?? [],
    preview_rows: preview,
    column_types: evidence.map((column) => column.result()),
    total_rows: totalRows,
  };
  return { inspection, witness };
}

async function* flatten<T>(batches: AsyncIterable<T[]>): AsyncIterable<T> {
  for await (const batch of batches) yield* batch;
}
