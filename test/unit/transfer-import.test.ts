import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ColumnMapping,
  type CsvDelimiter,
  applyTransform,
  checkMappings,
  createRecordMapper,
  detectDelimiter,
  detectEncoding,
  mapRecord,
  normaliseHeaders,
  readCsvRecords,
} from '../../server/modules/models/transfer/csv-reading.js';
import { inspectCsvFile } from '../../server/modules/models/transfer/csv-inspection.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let fileCount = 0;
async function csvFile(bytes: Buffer | string): Promise<string> {
  fileCount += 1;
  const path = join(dir, `upload-${fileCount}.csv`);
  await writeFile(path, bytes);
  return path;
}

async function collect(records: AsyncIterable<string[]>): Promise<string[][]> {
  const all: string[][] = [];
  for await (const record of records) all.push(record);
  return all;
}

describe('encodings', () => {
  it('detects UTF-8, UTF-8 with a BOM, latin-1 and cp1252 from the bytes', () => {
    expect(detectEncoding(Buffer.from('name\nRenée\n', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('plain ascii\n'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('\uFEFFname\n', 'utf8'))).toBe('utf-8-sig');
    expect(detectEncoding(iconv.encode('name\nRenée\n', 'latin1'))).toBe('latin-1');
    expect(detectEncoding(iconv.encode('price\n5 €\n', 'win1252'))).toBe('cp1252');
    // A sample that ends inside a character is still UTF-8.
    expect(detectEncoding(Buffer.from('ab€', 'utf8').subarray(0, 4))).toBe('utf-8');
  });

  it.each([
    { encoding: 'utf-8', bytes: Buffer.from('name,city\nRenée,Zürich\nJosé,€uro\n', 'utf8') },
    { encoding: 'utf-8-sig', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name,city\nRenée,Zürich\nJosé,€uro\n', 'utf8')]) },
    { encoding: 'latin-1', bytes: iconv.encode('name,city\nRenée,Zürich\nJosé,Ørsted\n', 'latin1') },
    { encoding: 'cp1252', bytes: iconv.encode('name,city\nRenée,Zürich\nJosé,€uro\n', 'win1252') },
  ])('reads a $encoding file with its characters intact', async ({ encoding, bytes }) => {
    const inspection = await inspectCsvFile(await csvFile(bytes));
    expect(inspection.encoding).toBe(encoding);
    expect(inspection.headers).toEqual(['name', 'city']); // no BOM left on the first header
    expect(inspection.preview_rows[0]).toEqual({ name: 'Renée', city: 'Zürich' });
    expect(inspection.preview_rows[1]!.city).toBe(encoding === 'latin-1' ? 'Ørsted' : '€uro');
  });

  it('notices a file that is not UTF-8 after an ASCII head', async () => {
    const head = `id,name\n${Array.from({ length: 200 }, (_, index) => `${index},person ${index}`).join('\n')}\n`;
    const path = await csvFile(Buffer.concat([Buffer.from(head), iconv.encode('200,Renée “Ré”\n', 'win1252')]));
    const inspection = await inspectCsvFile(path, { sampleSize: 256, previewRows: 300 });
    expect(inspection.encoding).toBe('cp1252');
    expect(inspection.preview_rows.at(-1)).toEqual({ id: '200', name: 'Renée “Ré”' });
    expect(inspection.total_rows).toBe(201);
  });
});

describe('delimiters', () => {
  it.each<[string, CsvDelimiter]>([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|'],
  ])('detects %s, with quoted fields holding the other delimiters', async (_name, delimiter) => {
    const rows = [
      ['id', 'label', 'note'],
      ['1', 'a,b;c\td|e', 'plain'],
      ['2', 'x', '"quoted, ""twice""; | \t"'],
      ['3', 'y', 'more; text, here'],
    ];
    const quote = (field: string) => (/[,;\t|"\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
    const text = rows.map((row) => row.map(quote).join(delimiter)).join('\n') + '\n';
    expect(detectDelimiter(text)).toBe(delimiter);

    const inspection = await inspectCsvFile(await csvFile(text));
    expect(inspection.delimiter).toBe(delimiter);
    expect(inspection.headers).toEqual(['id', 'label', 'note']);
    expect(inspection.preview_rows[0]!.label).toBe('a,b;c\td|e');
    expect(inspection.preview_rows[1]!.note).toBe('"quoted, ""twice""; | \t"');
  });

  it('prefers the delimiter that splits rows consistently over one that is merely frequent', () => {
    expect(detectDelimiter('name;description\nAda;Counts, sums, and tables\nGrace;Compilers, mostly\n')).toBe(';');
    expect(detectDelimiter('single column\nvalue\n')).toBe(',');
  });
});

describe('inspectCsvFile', () => {
  it('counts rows whose quoted fields span lines, and previews them whole', async () => {
    const path = await csvFile('id,comment\n1,"first line\nsecond line"\n2,"a ""quote"""\n\n3,last\n');
    const inspection = await inspectCsvFile(path, { previewRows: 2 });
    expect(inspection.total_rows).toBe(3);
    expect(inspection.preview_rows).toEqual([
      { id: '1', comment: 'first line\nsecond line' },
      { id: '2', comment: 'a "quote"' },
    ]);
  });

  it('detects column types; empty cells make a column nullable without changing its type', async () => {
    const header = 'int,num,bool,flag01,date,stamp,mixed_when,email,text,zip,empty';
    const lines = [
      '1,1.5,true,0,2024-01-31,2024-01-31T10:00:00Z,2024-01-31,ada@example.com,hello,01234,',
      '-20,-3,No,1,2024-02-29,2024-02-29 23:59:59.123+02:00,2024-02-01T08:30,grace@example.org,world,98765,',
      ',2e3,yes,,,,,,,,',
      '7,.5,1,0,2023-12-01,2023-12-01T00:00,2023-12-01 00:00:00,linus@example.net,hello,00001,',
    ];
    const inspection = await inspectCsvFile(await csvFile([header, ...lines].join('\n')));
    const types = Object.fromEntries(inspection.column_types.map((column) => [column.csv_column, column]));
    expect(Object.fromEntries(Object.entries(types).map(([name, column]) => [name, column.detected_type]))).toEqual({
      int: 'integer',
      num: 'number',
      bool: 'boolean',
      flag01: 'integer',
      date: 'date',
      stamp: 'datetime',
      mixed_when: 'datetime',
      email: 'email',
      text: 'string',
      zip: 'string',
      empty: 'string',
    });
    expect(types.int!.nullable).toBe(true);
    expect(types.num!.nullable).toBe(false);
    expect(types.empty!.nullable).toBe(true);
    expect(types.text!.sample_values).toEqual(['hello', 'world']);
    expect(types.empty!.sample_values).toEqual([]);
  });

  it('rejects impossible dates as dates', async () => {
    const inspection = await inspectCsvFile(await csvFile('day\n2023-02-29\n2024-01-01\n'));
    expect(inspection.column_types[0]!.detected_type).toBe('string');
  });

  it('names empty headers and makes repeated ones unique', async () => {
    expect(normaliseHeaders(['id', '', 'name', 'name', ' name ', 'name_2', '  '])).toEqual([
      'id',
      'column_2',
      'name',
      'name_2',
      'name_3',
      'name_2_2',
      'column_7',
    ]);
    const inspection = await inspectCsvFile(await csvFile('a,,a\n1,2,3\n'));
    expect(inspection.headers).toEqual(['a', 'column_2', 'a_2']);
    expect(inspection.preview_rows[0]).toEqual({ a: '1', column_2: '2', a_2: '3' });
  });

  it('reports an empty file as no headers and no rows', async () => {
    const inspection = await inspectCsvFile(await csvFile(''));
    expect(inspection).toMatchObject({ headers: [], preview_rows: [], column_types: [], total_rows: 0, encoding: 'utf-8', delimiter: ',' });
  });

  it('streams a 150 MB file with flat memory', async () => {
    const path = join(dir, 'large.csv');
    const out = createWriteStream(path);
    out.write('id,name,active,day,note\n');
    let bytes = 0;
    let rows = 0;
    while (bytes < 150 * 1024 * 1024) {
      let chunk = '';
      for (let index = 0; index < 1000; index += 1, rows += 1) {
        chunk += `${rows},name ${rows},${rows % 2 ? 'true' : 'false'},2024-01-${String((rows % 28) + 1).padStart(2, '0')},"quoted, ""text""\nsecond line"\n`;
      }
      bytes += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');

    // What JavaScript could hold the file in: strings on the heap, Buffers in array buffers. The
    // process's RSS would also count whatever else the test runner does meanwhile, and memory the
    // allocator has not given back yet.
    const held = () => {
      const memory = process.memoryUsage();
      return memory.heapUsed + memory.arrayBuffers;
    };
    const before = held();
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, held());
    }, 10);
    const inspection = await inspectCsvFile(path).finally(() => clearInterval(sampler));

    expect(inspection.total_rows).toBe(rows);
    expect(inspection.column_types.map((column) => column.detected_type)).toEqual(['integer', 'string', 'boolean', 'date', 'string']);
    // Holding the file would take at least its 150 MB. The bound leaves room for garbage the
    // collector has not reached yet, which varies from run to run by some tens of MB.
    expect(peak - before).toBeLessThan(80 * 1024 * 1024);
  }, 120_000);
});

describe('readCsvRecords', () => {
  it('decodes and parses a stream, keeping ragged rows and stray quotes', async () => {
    const input = Readable.from([iconv.encode('a;b\n1;"x;y"\n2\n3;5" screen;extra\n', 'win1252')]);
    expect(await collect(readCsvRecords(input, { encoding: 'cp1252', delimiter: ';' }))).toEqual([
      ['a', 'b'],
      ['1', 'x;y'],
      ['2'],
      ['3', '5" screen', 'extra'],
    ]);
  });

  it('ends with the error of the input', async () => {
    const failure = new Error('upload aborted');
    const input = new Readable({
      read() {
        this.push('a,b\n1,2\n');
        this.destroy(failure);
      },
    });
    await expect(collect(readCsvRecords(input, { encoding: 'utf-8', delimiter: ',' }))).rejects.toBe(failure);
  });

  it('ends with a parse error on an unclosed quote', async () => {
    const input = Readable.from([Buffer.from('a,b\n1,"never closed\n')]);
    await expect(collect(readCsvRecords(input, { encoding: 'utf-8', delimiter: ',' }))).rejects.toThrow(/quote/i);
  });
});

describe('column mappings', () => {
  it('applies the transforms', () => {
    expect(applyTransform('  MiXed Case ', 'none')).toBe('  MiXed Case ');
    expect(applyTransform('  MiXed Case ', 'lowercase')).toBe('  mixed case ');
    expect(applyTransform('  MiXed Case ', 'uppercase')).toBe('  MIXED CASE ');
    expect(applyTransform('  MiXed Case ', 'trim')).toBe('MiXed Case');
  });

  it('maps records to model fields, keeping empty cells as empty strings and missing cells as null', () => {
    const headers = ['Email', 'Name', 'Note'];
    const mappings: ColumnMapping[] = [
      { csv_column: 'Email', model_field: 'email', transform: 'lowercase' },
      { csv_column: 'Name', model_field: 'name', transform: 'trim' },
      { csv_column: 'Note', model_field: 'note', transform: 'none' },
    ];
    expect(mapRecord(headers, ['Ada@Example.COM', '  Ada ', ''], mappings)).toEqual({ email: 'ada@example.com', name: 'Ada', note: '' });
    const map = createRecordMapper(headers, mappings);
    expect(map(['GRACE@EXAMPLE.ORG', 'Grace'])).toEqual({ email: 'grace@example.org', name: 'Grace', note: null });
  });

  it('reports mappings that cannot be applied', () => {
    const problems = checkMappings(
      ['email', 'name'],
      [
        { csv_column: 'email', model_field: 'email', transform: 'lowercase' },
        { csv_column: 'mail', model_field: 'contact', transform: 'none' },
        { csv_column: 'name', model_field: 'email', transform: 'none' },
        { csv_column: 'name', model_field: 'title', transform: 'capitalize' as never },
        { csv_column: 'name', model_field: '', transform: 'none' },
      ],
    );
    expect(problems).toEqual([
      'CSV column "mail" is not in the file\'s header',
      'Model field "email" is filled from both "email" and "name"',
      'Transform "capitalize" for CSV column "name" is not one of none, lowercase, uppercase, trim',
      'CSV column "name" is mapped to no model field',
    ]);
    expect(checkMappings(['email'], [{ csv_column: 'email', model_field: 'email', transform: 'trim' }])).toEqual([]);
  });
});
