import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Rows into a table through PostgreSQL's COPY, on a connection inside the caller's transaction:
 * `chunks` is their CSV text as `copyCsvChunks` writes it.
 */
export type CopyRows = (table: string, schema: string | undefined, columns: string[], chunks: Iterable<string>) => Promise<void>;

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Text COPY's CSV reads differently unquoted: an empty string (which would be NULL), delimiters, quotes, line breaks. */
const NEEDS_QUOTES = /^$|[",\r\n\\]/;

/** A value as a CSV field COPY reads back as that value: null unquoted and empty, text quoted where it must be. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as the CSV text COPY reads (`columns` in order), in chunks of about 64 KB: a chunk per row
 * would be one CopyData message and one socket write per row, which costs more than the rows.
 */
export function copyCsvChunks(columns: readonly string[], rows: readonly Record<string, unknown>[]): string[] {
  const chunks: string[] = [];
  let text = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) line += (i === 0 ? '' : ',') + csvField(row[columns[i]!]);
    text += `${line}\n`;
    if (text.length >= 1 << 16) {
      chunks.push(text);
      text = '';
    }
  }
  if (text) chunks.push(text);
  return chunks;
}

/**
 * COPY parses each field as its column's type itself, several times faster than binding the same
 * values into INSERTs. Identifiers are quoted from the catalog's names; values travel as data.
 */
export function copyRowsWith(client: pg.PoolClient): CopyRows {
  return async (table, schema, columns, chunks) => {
    const target = schema ? `${quoteIdentifier(schema)}.${quoteIdentifier(table)}` : quoteIdentifier(table);
    const statement = `COPY ${target} (${columns.map(quoteIdentifier).join(', ')}) FROM STDIN WITH (FORMAT csv)`;
    await pipeline(Readable.from(chunks), client.query(copyFrom(statement)));
  };
}
