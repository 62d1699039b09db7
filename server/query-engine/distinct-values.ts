import { dialectFor, quoteIdentifier } from './sql-dialect.js';
import type { DataSourceKind } from './types.js';

export interface DistinctValuesSpec {
  /** `table` or `schema.table`. */
  table: string;
  column: string;
  /** Fields of other filters on the same table: their `{{field}}` placeholders narrow the values. */
  linked: string[];
  /** Rows asked for; one more than shown tells whether the list goes on. */
  limit: number;
}

/**
 * The distinct values of a column for a filter's list, matching `$search` (a lowercase LIKE
 * pattern) case-insensitively, narrowed by the linked filters' current values, in order.
 */
export function distinctValuesSql(kind: DataSourceKind, spec: DistinctValuesSpec): string {
  const dialect = dialectFor(kind);
  const table = spec.table.split('.').map(quoteIdentifier).join('.');
  const column = quoteIdentifier(spec.column);
  const conditions = [...spec.linked.map((field) => `{{${field}}}`), `lower(CAST(${column} AS ${dialect.textType})) LIKE $search ESCAPE '\\'`];
  return `SELECT DISTINCT ${column} AS value FROM ${table} WHERE ${conditions.join(' AND ')} ORDER BY 1 LIMIT ${spec.limit}`;
}

/** `Nor` → `%nor%`, with LIKE's own wildcards in the text taken literally. */
export function containsPattern(search: string): string {
  return `%${search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
