import { open } from 'node:fs/promises';
import { PassThrough, type Readable, type Transform, pipeline } from 'node:stream';
import Papa from 'papaparse';
import { parse as parseSync } from 'csv-parse/sync';
import iconv from 'iconv-lite';

/**
 * Reading an uploaded CSV file for the admin panel's import: guessing how it was written (encoding,
 * delimiter) and streaming its records; `csv-inspection.ts` previews it. Files are always streamed from disk, so an
 * upload of a gigabyte costs a read, not a gigabyte of memory.
 */

// The mapping helpers live in their own file; they are offered here too, beside the reading.
export {
  type ColumnMapping,
  type ColumnTransform,
  type MappedRecord,
  COLUMN_TRANSFORMS,
  applyTransform,
  checkMappings,
  createRecordMapper,
  mapRecord,
} from './column-mappings.js';
export type { ColumnTypeInfo, DetectedType } from './csv-column-types.js';

/** The encodings tried, by the names the import contract uses (Python's). */
export type CsvEncoding = 'utf-8' | 'utf-8-sig' | 'latin-1' | 'cp1252';
export type CsvDelimiter = ',' | ';' | '\t' | '|';

export const CSV_ENCODINGS: readonly CsvEncoding[] = ['utf-8', 'utf-8-sig', 'latin-1', 'cp1252'];
/** In order of preference when two delimiters fit a file equally well. */
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

export const ICONV_NAMES: Record<CsvEncoding, string> = { 'utf-8': 'utf8', 'utf-8-sig': 'utf8', 'latin-1': 'latin1', cp1252: 'win1252' };

/** Records the delimiter guess looks at; enough to see a pattern, few enough to be instant. */
const DELIMITER_SAMPLE_RECORDS = 50;

function startsWithUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Bytes 0x80–0x9F are control characters in latin-1, never used in text; cp1252 puts € “ ” – … there. */
export function hasC1Bytes(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80 && byte <= 0x9f) return true;
  return false;
}

/**
 * The encoding of a file, from its first bytes. `stream: true` lets the sample end inside a
 * multi-byte character without counting as invalid UTF-8.
 */
export function detectEncoding(sample: Buffer): CsvEncoding {
  if (startsWithUtf8Bom(sample)) return 'utf-8-sig';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return hasC1Bytes(sample) ? 'cp1252' : 'latin-1';
  }
}

/**
 * Field counts of the first records when split on `delimiter`, quotes respected. A wrong delimiter
 * often breaks the quoting (`"a;b",c` read with `;`); the records read before that still count,
 * so it scores low rather than failing the guess.
 */
function fieldCounts(text: string, delimiter: CsvDelimiter): number[] {
  const counts: number[] = [];
  try {
    parseSync(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to: DELIMITER_SAMPLE_RECORDS,
      on_record: (record: string[]) => {
        counts.push(record.length);
        return record;
      },
    });
  } catch {
    // see above
  }
  return counts;
}

/**
 * The delimiter that splits the first records most consistently: the one with the most records
 * sharing one field count greater than 1; more fields, then `CSV_DELIMITERS`' order break ties.
 * A file of one column has no delimiter to find, so `,` is returned.
 */
export function detectDelimiter(textSample: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; agreeing: number; fields: number } = { delimiter: ',', agreeing: 0, fields: 0 };
  for (const delimiter of CSV_DELIMITERS) {
    const frequency = new Map<number, number>();
    for (const count of fieldCounts(textSample, delimiter)) {
      if (count > 1) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    }
    for (const [fields, agreeing] of frequency) {
      if (agreeing > best.agreeing || (agreeing === best.agreeing && fields > best.fields)) best = { delimiter, agreeing, fields };
    }
  }
  return best.delimiter;
}

export interface CsvReadOptions {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
}

/**
 * The file's records, header included, decoded and parsed as the bytes stream in. Rows may have
 * more or fewer fields than the header (callers decide what that means), blank lines are skipped,
 * a BOM is dropped, and a quote inside an unquoted field is kept as text (`5" screen`), as
 * spreadsheets write it. A read or parse error ends the iteration with that error; stopping early
 * closes the input.
 */
export async function* readCsvRecords(input: Readable, options: CsvReadOptions): AsyncIterable<string[]> {
  for await (const records of readCsvRecordBatches(input, options)) yield* records;
}

/**
 * The same records as `readCsvRecords`, a parsed chunk of the file (some hundred records) at a
 * time: a million-row import then awaits a few thousand times instead of a million.
 */
export function readCsvRecordBatches(input: Readable, options: CsvReadOptions): AsyncIterable<string[][]> {
  return parseRecords([input], options);
}

/**
 * Papa Parse reads records about twice as fast as csv-parse, which decides how long a large
 * import takes. It is lenient where spreadsheets are: a quote inside an unquoted field is text,
 * and rows may be short or long. A quoted field left open to the end of the file is an error,
 * as it would swallow every row after it. Records leave as Papa parses them, a chunk at a time:
 * per record, its result objects would be most of what the import allocates.
 */
export function parseRecords(streams: [Readable, ...Transform[]], { encoding, delimiter }: CsvReadOptions): AsyncIterable<string[][]> {
  const text = new PassThrough({ encoding: 'utf8' });
  const chunks = new PassThrough({ objectMode: true, highWaterMark: 1 });
  // pipeline destroys every stream with the first error; the chunks stream carries it to the reader.
  pipeline([...streams, iconv.decodeStream(ICONV_NAMES[encoding]), text], (error) => {
    if (error) chunks.destroy(error);
  });
  let parser: Papa.Parser | undefined;
  Papa.parse<string[]>(text as unknown as NodeJS.ReadableStream, {
    delimiter,
    skipEmptyLines: true,
    chunk(results, handle) {
      parser = handle;
      if (chunks.destroyed) return handle.abort();
      const unclosed = results.errors.find((e) => e.code === 'MissingQuotes');
      if (unclosed) {
        chunks.destroy(Object.assign(new Error(`Quoted field not closed (record ${unclosed.row ?? '?'})`), { code: 'CSV_QUOTE_NOT_CLOSED' }));
        return handle.abort();
      }
      if (results.data.length > 0 && !chunks.write(results.data)) {
        handle.pause();
        chunks.once('drain', () => handle.resume());
      }
    },
    complete: () => {
      if (!chunks.destroyed) chunks.end();
    },
    error: (error: Error) => chunks.destroy(error),
  });
  // A reader that stops early stops the parsing and the file read.
  chunks.on('close', () => {
    parser?.abort();
    text.destroy();
  });
  return chunks as AsyncIterable<string[][]>;
}

/**
 * Header names as the preview reports them and mappings refer to them: trimmed, an empty name
 * becomes `column_N` (N its 1-based position), and a repeated name gets `_2`, `_3`, … so every
 * column can be mapped on its own. An import must read the header through this too.
 */
export function normaliseHeaders(raw: readonly string[]): string[] {
  const used = new Set<string>();
  return raw.map((name, index) => {
    const base = name.trim() || `column_${index + 1}`;
    let unique = base;
    for (let n = 2; used.has(unique); n += 1) unique = `${base}_${n}`;
    used.add(unique);
    return unique;
  });
}

export async function readHead(path: string, size: number): Promise<{ bytes: Buffer; wholeFile: boolean }> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await file.read(buffer, 0, size, 0);
    return { bytes: buffer.subarray(0, bytesRead), wholeFile: bytesRead < size };
  } finally {
    await file.close();
  }
}

/** Drops a head's last line, which the sample cut short, so it does not look like a ragged row. */
export function completeLines(text: string, wholeFile: boolean): string {
  if (wholeFile) return text;
  const end = text.lastIndexOf('\n');
  return end > 0 ? text.slice(0, end + 1) : text;
}

/** How a file was written, guessed from its head alone: for an import, which reads it once. */
export async function sniffCsvFile(path: string, sampleSize = 64 * 1024): Promise<CsvReadOptions> {
  const head = await readHead(path, sampleSize);
  const encoding = detectEncoding(head.bytes);
  return { encoding, delimiter: detectDelimiter(completeLines(iconv.decode(head.bytes, ICONV_NAMES[encoding]), head.wholeFile)) };
}
