import type { DataSourceKind } from './types.js';

/** The few spellings that differ between the engines the query engine speaks to. */
export interface SqlDialect {
  kind: DataSourceKind;
  /** Bound-value placeholder for the 1-based `index`. */
  placeholder(index: number): string;
  /** A condition that is always true, for a filter placeholder with no filter. */
  alwaysTrue: string;
  /** The type used to cast a column to text for substring matching. */
  textType: string;
}

const dialects: Record<DataSourceKind, SqlDialect> = {
  duckdb: { kind: 'duckdb', placeholder: (index) => `$${index}`, alwaysTrue: 'TRUE', textType: 'VARCHAR' },
  // better-sqlite3 binds `?NNN` from an object keyed by the number, so a value can appear once per index.
  sqlite: { kind: 'sqlite', placeholder: (index) => `?${index}`, alwaysTrue: '1=1', textType: 'TEXT' },
  postgres: { kind: 'postgres', placeholder: (index) => `$${index}`, alwaysTrue: 'TRUE', textType: 'TEXT' },
};

export function dialectFor(kind: DataSourceKind): SqlDialect {
  return dialects[kind];
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
