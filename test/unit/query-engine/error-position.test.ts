import { describe, expect, it } from 'vitest';
import { errorPosition, writtenPosition } from '../../../server/query-engine/error-position.js';

/** The SQL editor marks a failed query where the database placed the error; each engine says it its own way. */
describe('errorPosition', () => {
  const sql = 'SELECT region,\n  SUM(revenue)\nFORM sales';

  it("reads PostgreSQL's character position, less what the driver sent before the SQL", () => {
    expect(errorPosition('syntax error at or near "FORM"', { position: String(sql.indexOf('FORM') + 1) }, sql)).toEqual({ line: 3, column: 1 });
    expect(errorPosition('syntax error', { position: String(sql.indexOf('SUM') + 1 + 10) }, sql, 10)).toEqual({ line: 2, column: 3 });
    // A position in the driver's own wrapper is nowhere in the user's SQL.
    expect(errorPosition('syntax error', { position: '3' }, sql, 10)).toBeUndefined();
  });

  it("reads DuckDB's quoted line and caret, and only the line when DuckDB shortened it", () => {
    const message = 'Parser Error: syntax error at or near "sales"\n\nLINE 3: FORM sales\n             ^';
    expect(errorPosition(message, undefined, sql)).toEqual({ line: 3, column: 6 });
    const shortened = 'Binder Error: no column\n\nLINE 7: ...ery long line WHERE nope\n                              ^';
    expect(errorPosition(shortened, undefined, sql)).toEqual({ line: 7 });
  });

  it('places the token SQLite names, and nothing when no engine says where', () => {
    expect(errorPosition('near "FORM": syntax error', undefined, sql)).toEqual({ line: 3, column: 1 });
    expect(errorPosition('no such column: revenue', undefined, sql)).toEqual({ line: 2, column: 7 });
    expect(errorPosition('Query timed out after 100 ms', undefined, sql)).toBeUndefined();
  });
});

describe('writtenPosition', () => {
  const pieces = [
    { written: 'SELECT 1\nWHERE ', sent: 'SELECT 1\nWHERE ' },
    { written: '{{region}}', sent: '("region" IN ($1, $2))' },
    { written: ' AND x > ', sent: ' AND x > ' },
    { written: '$least', sent: '$3' },
    { written: ' AND nope', sent: ' AND nope' },
  ];

  it('moves a column after expanded placeholders back by what they grew or shrank', () => {
    const sent = pieces.map((piece) => piece.sent).join('').split('\n')[1]!;
    const written = pieces.map((piece) => piece.written).join('').split('\n')[1]!;
    expect(writtenPosition({ line: 2, column: sent.indexOf('nope') + 1 }, pieces)).toEqual({ line: 2, column: written.indexOf('nope') + 1 });
    expect(writtenPosition({ line: 2, column: sent.indexOf(' AND x') + 1 }, pieces)).toEqual({ line: 2, column: written.indexOf(' AND x') + 1 });
  });

  it('puts a position inside an expansion at the placeholder, and keeps a line without a column', () => {
    expect(writtenPosition({ line: 2, column: 'WHERE ("region" IN ('.length + 1 }, pieces)).toEqual({ line: 2, column: 'WHERE '.length + 1 });
    expect(writtenPosition({ line: 1, column: 3 }, pieces)).toEqual({ line: 1, column: 3 });
    expect(writtenPosition({ line: 2 }, pieces)).toEqual({ line: 2 });
  });
});
