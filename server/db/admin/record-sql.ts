import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectName } from '../metadata-dialect.js';
import { SQLITE_UNICODE_LOWER } from '../sqlite-functions.js';

/**
 * SQL over an admin table whose columns have their own database types (unlike the metadata
 * store's text instants). Identifiers are always quoted from the catalog's names; values are
 * always bound, and PostgreSQL infers their types from the column they meet.
 */

export type FilterOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'in' | 'contains' | 'starts_with' | 'is_null' | 'between';
export type Bound = string | number | boolean | null;

export const column = (name: string): RawBuilder<unknown> => sql.id(name);
export const table = (name: string, schema?: string): RawBuilder<unknown> => (schema ? sql.id(schema, name) : sql.id(name));

const COMPARISONS: Record<'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge', string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };

function asText(name: string, dialect: DialectName): RawBuilder<unknown> {
  return dialect === 'postgres' ? sql`cast(${column(name)} as text)` : column(name);
}

function likePattern(needle: string, anchored: 'contains' | 'prefix'): string {
  const escaped = needle.replace(/[\\%_]/g, (c) => `\\${c}`);
  return anchored === 'contains' ? `%${escaped}%` : `${escaped}%`;
}

/** Case-insensitive substring or prefix test over a column's text. */
export function textMatch(name: string, needle: string, anchored: 'contains' | 'prefix', dialect: DialectName): RawBuilder<SqlBool> {
  const pattern = likePattern(needle, anchored);
  if (dialect === 'postgres') return sql<SqlBool>`${asText(name, dialect)} ilike ${pattern} escape '\\'`;
  // SQLite's own LIKE folds A–Z only; the registered function folds all of Unicode.
  return sql<SqlBool>`${sql.raw(SQLITE_UNICODE_LOWER)}(${column(name)}) like ${pattern.toLowerCase()} escape '\\'`;
}

/** One column filter; `values` are already of the column's type (the caller checked them). */
export function filterCondition(name: string, operator: FilterOperator, values: Bound[], dialect: DialectName): RawBuilder<SqlBool> {
  const col = column(name);
  switch (operator) {
    case 'is_null':
      return values[0] === false ? sql<SqlBool>`${col} is not null` : sql<SqlBool>`${col} is null`;
    case 'in':
      return values.length === 0 ? sql<SqlBool>`1 = 0` : sql<SqlBool>`${col} in (${sql.join(values.map((v) => sql`${v}`))})`;
    case 'between':
      return sql<SqlBool>`${col} between ${values[0]} and ${values[1]}`;
    case 'contains':
      return textMatch(name, String(values[0]), 'contains', dialect);
    case 'starts_with':
      return textMatch(name, String(values[0]), 'prefix', dialect);
    case 'ne':
      // A null is "not equal" to any value, as a user filtering out one status expects.
      return sql<SqlBool>`(${col} <> ${values[0]} or ${col} is null)`;
    default:
      return sql<SqlBool>`${col} ${sql.raw(COMPARISONS[operator])} ${values[0]}`;
  }
}

export interface SortKey {
  name: string;
  direction: 'asc' | 'desc';
  nullable: boolean;
}

/**
 * `order by` terms. Nulls come last ascending and first descending on both stores, as in
 * PostgreSQL's own order, so a plain index (scanned forwards or backwards) serves the sort; a
 * column that cannot be null gets no nulls clause at all, which PostgreSQL would otherwise have to
 * match against the index before using it.
 */
export function orderBy(keys: SortKey[], tableAlias?: string): RawBuilder<unknown> {
  return sql.join(
    keys.map((k) => {
      const direction = sql.raw(k.direction);
      // Qualified, a name means the table's column even where an output column has the same name.
      const key = tableAlias ? sql.id(tableAlias, k.name) : column(k.name);
      if (!k.nullable) return sql`${key} ${direction}`;
      return k.direction === 'asc' ? sql`${key} asc nulls last` : sql`${key} desc nulls first`;
    }),
    sql`, `,
  );
}

/**
 * The rows after `values` (one per key) in the order `keys` give: k1 after, or k1 tied and k2
 * after, and so on; the last keys are the primary key, so no two rows tie on all of them.
 */
export function afterKeys(keys: SortKey[], values: Bound[]): RawBuilder<SqlBool> {
  const direction = keys[0]?.direction;
  if (keys.every((k, i) => k.direction === direction && !k.nullable && values[i] !== null && values[i] !== undefined)) {
    // A row comparison, which both stores answer from an index over the same columns.
    const columns = sql.join(keys.map((k) => column(k.name)));
    const bound = sql.join(values.map((v) => sql`${v}`));
    return direction === 'asc' ? sql<SqlBool>`(${columns}) > (${bound})` : sql<SqlBool>`(${columns}) < (${bound})`;
  }
  let rest: RawBuilder<SqlBool> | undefined;
  for (let index = keys.length - 1; index >= 0; index -= 1) {
    const key = keys[index]!;
    const value = values[index] ?? null;
    const col = column(key.name);
    let after: RawBuilder<SqlBool> | undefined;
    let tied: RawBuilder<SqlBool>;
    if (value === null) {
      // Nulls sit at the end ascending (nothing comes after them) and at the start descending.
      tied = sql<SqlBool>`${col} is null`;
      if (key.direction === 'desc') after = sql<SqlBool>`${col} is not null`;
    } else {
      tied = sql<SqlBool>`${col} = ${value}`;
      const beyond = key.direction === 'asc' ? sql<SqlBool>`${col} > ${value}` : sql<SqlBool>`${col} < ${value}`;
      after = key.direction === 'asc' && key.nullable ? sql<SqlBool>`(${beyond} or ${col} is null)` : beyond;
    }
    const chained = rest ? sql<SqlBool>`(${tied} and ${rest})` : undefined;
    const parts = [after, chained].filter((p): p is RawBuilder<SqlBool> => p !== undefined);
    rest = parts.length === 0 ? sql<SqlBool>`1 = 0` : parts.length === 1 ? parts[0]! : sql<SqlBool>`(${parts[0]!} or ${parts[1]!})`;
  }
  return rest ?? sql<SqlBool>`1 = 1`;
}

export function allOf(conditions: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return conditions.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
}

export function anyOf(conditions: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return conditions.length === 0 ? sql<SqlBool>`1 = 0` : sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}
