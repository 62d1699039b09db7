import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXPORT_CONTENT_TYPES, type ExportFormat, exportStream } from '../../server/modules/models/transfer/export-writers.js';
import { xlsxSheetName } from '../../server/modules/models/transfer/xlsx-export-stream.js';

type Row = Record<string, unknown>;

async function* inBatches(rows: Row[], size = 2): AsyncGenerator<Row[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer | string));
  return Buffer.concat(chunks);
}

async function readXlsx(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const tricky = [
  'plain',
  'with, comma',
  'with "quotes"',
  'two\nlines',
  'windows\r\nline',
  'ünïcødé 日本語 🚀',
  ' padded ',
  '',
];
const formulas = ['=SUM(A1)', '+1', '-2', '@x', '\tx', '\rx'];

describe('CSV export', () => {
  it('round-trips quotes, commas, newlines and unicode through csv-parse', async () => {
    const rows = tricky.map((text, index) => ({ id: index, text }));
    const bytes = await bytesOf(exportStream('csv', ['id', 'text'], inBatches(rows)));
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const records = parse(bytes.toString('utf8')) as string[][];
    expect(records).toEqual([['id', 'text'], ...tricky.map((text, index) => [String(index), text])]);
  });

  it('neutralises text that a spreadsheet would run as a formula, but not numbers', async () => {
    const rows = [...formulas.map((text) => ({ value: text })), { value: -2 }, { value: 3.5 }, { value: 'a=b' }];
    const records = parse((await bytesOf(exportStream('csv', ['value'], inBatches(rows)))).toString('utf8')) as string[][];
    expect(records.slice(1).map((record) => record[0])).toEqual([...formulas.map((text) => `'${text}`), '-2', '3.5', 'a=b']);
  });

  it('renders nulls, dates, bigints, booleans, binary and objects as text', async () => {
    const row = {
      none: null,
      missing: undefined,
      at: new Date('2024-02-29T12:34:56.789Z'),
      big: 12345678901234567890n,
      yes: true,
      no: false,
      bytes: Buffer.from('hello'),
      view: new Uint8Array([1, 2, 3]),
      object: { a: [1, 'two', -3n], when: new Date(0) },
      list: ['=x', 2],
      invalid: new Date(Number.NaN),
    };
    const columns = Object.keys(row);
    const records = parse((await bytesOf(exportStream('csv', columns, inBatches([row])))).toString('utf8')) as string[][];
    expect(records[1]).toEqual([
      '',
      '',
      '2024-02-29T12:34:56.789Z',
      '12345678901234567890',
      'true',
      'false',
      'aGVsbG8=',
      'AQID',
      '{"a":[1,"two","-3"],"when":"1970-01-01T00:00:00.000Z"}',
      '["=x",2]',
      '',
    ]);
  });

  it('writes only the listed columns, in their order, and a byte order mark when asked', async () => {
    const bytes = await bytesOf(exportStream('csv', ['b', 'a'], inBatches([{ a: 1, b: 2, c: 3 }]), { bom: true }));
    expect(bytes.toString('utf8')).toBe('\uFEFFb,a\n2,1\n');
  });

  it('writes just the header when there are no rows', async () => {
    expect((await bytesOf(exportStream('csv', ['a', 'b'], inBatches([])))).toString('utf8')).toBe('a,b\n');
  });
});

describe('JSON export', () => {
  it('writes one array of the rows, with dates, bigints and binary as text and objects as values', async () => {
    const rows = [
      { id: 1, text: '=SUM(A1)', at: new Date('2024-01-02T03:04:05.000Z'), big: 9007199254740993n, flag: true, bytes: Buffer.from('hi'), meta: { tags: ['x'], n: 1n }, none: null },
      { id: -2, text: 'two\nlines "quoted"', at: null, big: null, flag: false, bytes: null, meta: [1, 2], none: undefined },
    ];
    const columns = ['id', 'text', 'at', 'big', 'flag', 'bytes', 'meta', 'none'];
    const parsed = JSON.parse((await bytesOf(exportStream('json', columns, inBatches(rows, 1)))).toString('utf8')) as unknown;
    expect(parsed).toEqual([
      { id: 1, text: '=SUM(A1)', at: '2024-01-02T03:04:05.000Z', big: '9007199254740993', flag: true, bytes: 'aGk=', meta: { tags: ['x'], n: '1' }, none: null },
      { id: -2, text: 'two\nlines "quoted"', at: null, big: null, flag: false, bytes: null, meta: [1, 2], none: null },
    ]);
  });

  it('writes an empty array when there are no rows, and keeps a column named __proto__', async () => {
    expect(JSON.parse((await bytesOf(exportStream('json', ['a'], inBatches([])))).toString('utf8'))).toEqual([]);
    const text = (await bytesOf(exportStream('json', ['__proto__'], inBatches([{ ['__proto__']: 'x' }])))).toString('utf8');
    expect(text).toContain('"__proto__":"x"');
  });
});

describe('XLSX export', () => {
  it('writes the same cells, typed numbers and booleans, a bold header and the sheet name', async () => {
    const rows = [
      ...tricky.map((text, index) => ({ id: index, text, flag: index % 2 === 0, at: new Date(Date.UTC(2024, 0, index + 1)) })),
      { id: 2.5, text: null, flag: null, at: null },
    ];
    const bytes = await bytesOf(exportStream('xlsx', ['id', 'text', 'flag', 'at'], inBatches(rows, 3), { sheetName: 'users' }));
    const sheet = await readXlsx(bytes);
    expect(sheet.name).toBe('users');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const values = sheetValues(sheet);
    expect(values[0]).toEqual(['id', 'text', 'flag', 'at']);
    tricky.forEach((text, index) => {
      const [id, cell, flag, at] = values[index + 1]!;
      expect(id).toBe(index);
      // An empty string is an empty cell in a spreadsheet.
      expect(cell ?? '').toBe(text.replace(/\r\n/g, '\n'));
      expect(flag).toBe(index % 2 === 0);
      expect(at).toBe(new Date(Date.UTC(2024, 0, index + 1)).toISOString());
    });
    expect(values.at(-1)!.slice(0, 1)).toEqual([2.5]);
  });

  it('neutralises formula-like text and writes it as plain strings, never formulas', async () => {
    const rows = [...formulas.map((text) => ({ value: text })), { value: -2 }, { value: { formula: 'A1' } }];
    const sheet = await readXlsx(await bytesOf(exportStream('xlsx', ['value'], inBatches(rows))));
    const cells = sheetValues(sheet).slice(1).map((row) => row[0]);
    // XML turns a carriage return into a line feed, as Excel itself stores line breaks.
    expect(cells).toEqual([...formulas.map((text) => `'${text.replace('\r', '\n')}`), -2, '{"formula":"A1"}']);
    for (let row = 2; row <= rows.length + 1; row += 1) {
      expect(sheet.getRow(row).getCell(1).type).not.toBe(ExcelJS.ValueType.Formula);
    }
  });

  it('makes any name a valid sheet name', () => {
    expect(xlsxSheetName('a/b:c*d?[e]\\f')).toBe('a_b_c_d__e__f');
    expect(xlsxSheetName('x'.repeat(40))).toHaveLength(31);
    expect(xlsxSheetName("'quoted'")).toBe('quoted');
    expect(xlsxSheetName('')).toBe('Sheet1');
  });
});

describe('streaming', () => {
  it('declares a content type per format', () => {
    expect(EXPORT_CONTENT_TYPES).toEqual({
      csv: 'text/csv; charset=utf-8',
      json: 'application/json',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  it('exports 300k CSV rows to a slow reader with flat memory, pulling batches only as it reads', async () => {
    const batchSize = 1000;
    const batchCount = 300;
    let pulled = 0;
    async function* rows(): AsyncGenerator<Row[]> {
      for (let batch = 0; batch < batchCount; batch += 1) {
        pulled += 1;
        yield Array.from({ length: batchSize }, (_, index) => {
          const id = batch * batchSize + index;
          return { id, name: `user ${id}`, email: `user${id}@example.com`, created: new Date(id * 1000), score: id / 7 };
        });
      }
    }

    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    let rowsRead = -1; // the header line
    let mostAhead = 0;
    for await (const chunk of exportStream('csv', ['id', 'name', 'email', 'created', 'score'], rows())) {
      for (const byte of chunk as Buffer) if (byte === 0x0a) rowsRead += 1;
      mostAhead = Math.max(mostAhead, pulled - Math.floor(rowsRead / batchSize));
      const memory = process.memoryUsage();
      peakRss = Math.max(peakRss, memory.rss);
      peakHeap = Math.max(peakHeap, memory.heapUsed);
      await sleep(1);
    }
    expect(rowsRead).toBe(batchSize * batchCount);
    expect(mostAhead).toBeLessThanOrEqual(2);
    expect(peakRss - before.rss).toBeLessThan(100 * 1024 * 1024);
    expect(peakHeap - before.heapUsed).toBeLessThan(100 * 1024 * 1024);
  });

  it.each<ExportFormat>(['csv', 'json', 'xlsx'])('%s: stops pulling batches while the reader does not read', async (format) => {
    const batchCount = format === 'xlsx' ? 60 : 200;
    let pulled = 0;
    async function* rows(): AsyncGenerator<Row[]> {
      for (let batch = 0; batch < batchCount; batch += 1) {
        pulled += 1;
        yield Array.from({ length: 500 }, (_, index) => ({ id: batch * 500 + index, text: `row ${batch}:${index} `.repeat(4) }));
      }
    }
    const stream = exportStream(format, ['id', 'text'], rows());
    stream.once('data', () => stream.pause());
    // XLSX keeps compressing what it was given for a while (up to about 1 MiB of sheet XML), so
    // the count is taken once that has settled.
    await sleep(format === 'xlsx' ? 1000 : 200);
    const whilePaused = pulled;
    await sleep(300);
    expect(pulled).toBe(whilePaused);
    expect(pulled).toBeLessThan(format === 'xlsx' ? 40 : 4);

    stream.resume();
    await new Promise((resolve, reject) => stream.on('end', resolve).on('error', reject));
    expect(pulled).toBe(batchCount);
  });

  it.each<ExportFormat>(['csv', 'json', 'xlsx'])('%s: destroys the stream with the error the batches throw', async (format) => {
    const failure = new Error('cursor lost');
    async function* rows(): AsyncGenerator<Row[]> {
      yield [{ id: 1 }];
      throw failure;
    }
    await expect(bytesOf(exportStream(format, ['id'], rows()))).rejects.toBe(failure);
  });

  it.each<ExportFormat>(['csv', 'json', 'xlsx'])('%s: closes the batches when the reader goes away', async (format) => {
    let closed = false;
    async function* rows(): AsyncGenerator<Row[]> {
      try {
        for (let batch = 0; ; batch += 1) yield Array.from({ length: 1000 }, (_, index) => ({ id: batch * 1000 + index }));
      } finally {
        closed = true;
      }
    }
    const stream = exportStream(format, ['id'], rows());
    for await (const _chunk of stream) break;
    await sleep(20);
    expect(stream.destroyed).toBe(true);
    expect(closed).toBe(true);
  });
});
