/** Where in the SQL a database placed its error: 1-based line, and column when it says. */
export interface SqlPosition {
  line: number;
  column?: number;
}

function positionAt(sql: string, offset: number): SqlPosition {
  const before = sql.slice(0, Math.max(0, Math.min(offset, sql.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Each engine says it its own way: PostgreSQL gives a character `position` (1-based) on the error,
 * DuckDB quotes the line (`LINE 3: …`) with a caret under the spot, SQLite only names the token
 * (`near "FORM": syntax error`, `no such column: x`), whose first occurrence is the best guess.
 */
export function errorPosition(message: string, cause: unknown, sql: string, offset = 0): SqlPosition | undefined {
  const postgres = Number((cause as { position?: unknown } | null | undefined)?.position) - offset;
  if (Number.isInteger(postgres) && postgres > 0 && postgres <= sql.length + 1) return positionAt(sql, postgres - 1);

  const duckdb = /LINE (\d+): ([^\n]*)\n( *)\^/.exec(message);
  if (duckdb) {
    const line = Number(duckdb[1]);
    // DuckDB shortens long lines around the error ("..."), so the caret's column is only exact when it did not.
    const prefix = `LINE ${duckdb[1]}: `.length;
    const exact = !duckdb[2]?.startsWith('...');
    return exact ? { line, column: Math.max(1, (duckdb[3]?.length ?? 0) - prefix + 1) } : { line };
  }
  const lineOnly = /LINE (\d+):/.exec(message);
  if (lineOnly) return { line: Number(lineOnly[1]) };

  const token = /near "([^"]+)": syntax error/.exec(message)?.[1] ?? /no such (?:column|table): ([\w.]+)/.exec(message)?.[1];
  if (token) {
    const at = sql.indexOf(token);
    if (at >= 0) return positionAt(sql, at);
  }
  return undefined;
}

/** A piece of SQL as the author wrote it and as it went to the database (`{{region}}` → `("region" = $1)`). */
export interface SqlPiece {
  written: string;
  sent: string;
}

function offsetAt(sql: string, { line, column = 1 }: SqlPosition): number {
  const lines = sql.split('\n');
  const before = lines.slice(0, line - 1).reduce((total, text) => total + text.length + 1, 0);
  return before + column - 1;
}

/**
 * Where a position the database gave in the SQL it was sent lies in the SQL as written, which is what
 * the author's editor shows: text after a rewritten placeholder moves back by the difference, and a
 * position inside one lands on the placeholder's start.
 */
export function writtenPosition(position: SqlPosition, pieces: SqlPiece[]): SqlPosition {
  // Only the line: placeholders hold no line breaks, so lines are the same on both sides.
  if (position.column === undefined) return position;
  const written = pieces.map((piece) => piece.written).join('');
  const target = offsetAt(pieces.map((piece) => piece.sent).join(''), position);
  let sentAt = 0;
  let writtenAt = 0;
  for (const piece of pieces) {
    if (target < sentAt + piece.sent.length) {
      return positionAt(written, writtenAt + (piece.written === piece.sent ? target - sentAt : 0));
    }
    sentAt += piece.sent.length;
    writtenAt += piece.written.length;
  }
  return positionAt(written, writtenAt + (target - sentAt));
}
