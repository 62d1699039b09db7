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
