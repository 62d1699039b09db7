import type SQLite from 'better-sqlite3';

/**
 * SQL functions SQLite lacks, registered on each metadata connection. SQLite's own lower() and
 * upper() map A–Z only; these map all of Unicode, like PostgreSQL's lower()/upper() under an ICU
 * collation (see `caseMapped` in metadata-dialect.ts), so filters fold case alike on both stores.
 */
export const SQLITE_UNICODE_LOWER = 'unicode_lower';
export const SQLITE_UNICODE_UPPER = 'unicode_upper';

function mapText(map: (text: string) => string) {
  return (input: unknown) => (input === null || input === undefined ? null : map(String(input)));
}

export function registerSqliteFunctions(db: SQLite.Database): void {
  db.function(SQLITE_UNICODE_LOWER, { deterministic: true }, mapText((text) => text.toLowerCase()));
  db.function(SQLITE_UNICODE_UPPER, { deterministic: true }, mapText((text) => text.toUpperCase()));
}
