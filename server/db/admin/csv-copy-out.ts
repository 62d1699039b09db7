import { PassThrough, type Readable } from 'node:stream';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { ColumnSchema } from '../introspection/index.js';
import { column } from './record-sql.js';

/**
 * A CSV export on PostgreSQL as one `COPY (SELECT …) TO STDOUT`: the database writes the CSV and
 * the server only passes bytes on, which is what lets an export of a million rows take about as
 * long as psql's `\copy`. Each cell is computed in SQL by the export's own rules: formulas
 * neutralised, booleans as true/false, instants in ISO 8601 UTC, bytes as base64, JSON as JSON.
 */

/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage return first; see
 * neutraliseFormula in the export writers) gets a `'` in front. `ascii` of the first character is
 * the cheapest test PostgreSQL has, and it runs for every text cell of the export.
 */
function neutralised(value: RawBuilder<unknown>): RawBuilder<unknown> {
  const text = sql`cast(${value} as text)`;
  return sql`case when ascii(${text}) in (61, 43, 45, 64, 9, 13) then '''' || ${text} else ${text} end`;
}

/**
 * The text of one exported cell of `c` (NULL for an empty field), as the row-by-row writer makes
 * it but for numerics, which keep their scale, and instants, whose fraction is not padded. Where
 * COPY's own text already is right (integers, numerics, dates, times, UUIDs), the column goes out untouched.
 */
export function csvCellExpression(c: ColumnSchema): RawBuilder<unknown> {
  const value = column(c.name);
  const type = c.dbType.toLowerCase();
  switch (c.kind) {
    case 'boolean':
      return sql`case when ${value} then 'true' when not ${value} then 'false' end`;
    case 'integer':
    case 'number':
    case 'date':
    case 'time':
    case 'uuid':
      return value;
    case 'datetime':
      if (/with time zone|timestamptz/.test(type)) {
        // ISO 8601 in UTC, as the API writes instants; a fraction only where the value has one.
        // (to_char would pad it to milliseconds as JavaScript does, at several times the cost.)
        return sql`case when isfinite(${value}) then replace(cast(${value} at time zone 'UTC' as text), ' ', 'T') || 'Z' else cast(${value} as text) end`;
      }
      return sql`replace(cast(${value} as text), ' ', 'T')`;
    case 'binary':
      return sql`translate(encode(${value}, 'base64'), E'\\n', '')`;
    case 'json': {
      // As the row path writes parsed JSON: a number as a number, a string as its text, the rest as JSON.
      const json = sql`to_jsonb(${value})`;
      return sql`case jsonb_typeof(${json}) when 'number' then cast(${json} as text)
        when 'string' then ${neutralised(sql`(${json} #>> '{}')`)} else ${neutralised(json)} end`;
    }
    default:
      return neutralised(value);
  }
}

/**
 * The statement with its parameters written in as literals: COPY takes no parameters. A literal
 * in quotes has the same unknown type a bound text parameter has, so PostgreSQL infers the same
 * types from the columns it meets. Placeholders are only looked for outside quoted identifiers and
 * strings. Returns undefined for a value it has no literal for, so the caller can bind instead.
 */
export function withLiteralParameters(text: string, parameters: readonly unknown[]): string | undefined {
  const literals: string[] = [];
  for (const value of parameters) {
    if (value === null || value === undefined) literals.push('NULL');
    else if (typeof value === 'string') literals.push(pg.escapeLiteral(value));
    else if (typeof value === 'boolean' || typeof value === 'bigint') literals.push(`'${String(value)}'`);
    else if (typeof value === 'number' && Number.isFinite(value)) literals.push(`'${String(value)}'`);
    else return undefined;
  }
  let out = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      out += ch;
      if (ch === quote) quote = undefined; // a doubled quote closes and reopens: the same thing
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '$' && /\d/.test(text[i + 1] ?? '')) {
      let end = i + 1;
      while (/\d/.test(text[end] ?? '')) end++;
      const literal = literals[Number(text.slice(i + 1, end)) - 1];
      if (literal === undefined) return undefined;
      out += literal;
      i = end - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

/** `select` compiled for `db`, as a COPY statement writing CSV without a header; undefined if it cannot be. */
export function copyCsvStatement(db: Kysely<unknown>, select: RawBuilder<unknown>): string | undefined {
  const compiled = select.compile(db);
  const text = withLiteralParameters(compiled.sql, compiled.parameters);
  return text === undefined ? undefined : `COPY (${text}) TO STDOUT WITH (FORMAT csv)`;
}

/**
 * The bytes of a `COPY … TO STDOUT` on a client of its own, released when the copy ends. A reader
 * that goes away mid-copy ends the connection instead of returning it: the server is still sending
 * rows on it, so it cannot serve anyone else.
 */
export function copyOut(pool: pg.Pool, statement: string): Readable {
  const out = new PassThrough();
  void pool.connect().then(
    (client) => {
      if (out.destroyed) return client.release();
      const rows = client.query(copyTo(statement));
      let released = false;
      const release = (error?: Error) => {
        if (released) return;
        released = true;
        client.release(error);
      };
      rows.on('error', (error) => {
        release(error);
        out.destroy(error);
      });
      rows.on('end', () => release());
      out.on('close', () => {
        if (!rows.readableEnded) {
          release(new Error('export reader went away'));
          rows.destroy();
        }
      });
      rows.pipe(out);
    },
    (error: Error) => out.destroy(error),
  );
  return out;
}
