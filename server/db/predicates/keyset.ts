import { sql, type AliasedRawBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { MetadataDialect } from '../metadata-dialect.js';
import type { Ordering } from '../../predicates/predicate.js';
import { orderTerm, sortKeys, type OrderTerm, type SortKey } from './predicate-compiler.js';
import { PredicateError, type TableDescription } from '../../predicates/table-description.js';
import { idSql } from './field-sql.js';

/**
 * Keyset pages: the next page is the rows after the last row served, in the order's keys and
 * then the table's id. Unlike an offset, a row inserted or deleted meanwhile never shifts a row
 * into or out of a page, and rows with equal keys are neither skipped nor repeated.
 */

/** Where a page ended: the last row's sort keys, in order, and its id. */
export interface PageCursor {
  keys: (string | number | null)[];
  id: string | number;
}

export interface KeysetPage {
  /** `query.orderBy(...term)` for each, in order; they always end with the id. */
  terms: OrderTerm[];
  /** Select these as well, so each row carries what `cursorOf` reads. */
  selections: AliasedRawBuilder<unknown, string>[];
  /** The cursor of a row selected with `selections`: pass the last row of a page. */
  cursorOf(row: Readonly<Record<string, unknown>>): PageCursor;
  /** A `where` condition for the rows after `cursor`. A cursor that does not fit the order is a PredicateError. */
  after(cursor: PageCursor): RawBuilder<SqlBool>;
}

const keyAlias = (index: number) => `page_key_${index}`;
const ID_ALIAS = 'page_key_id';
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const FALSE = sql<SqlBool>`1 = 0`;

/**
 * A cursor value as SQL that compares with the key the way the order does. Numbers pass through
 * text and a cast on both stores, so PostgreSQL's exact numerics (read back as strings) keep
 * every digit.
 */
function boundKey(key: SortKey, value: string | number, dialect: MetadataDialect, index: number): RawBuilder<unknown> {
  if (key.type === 'text') {
    if (typeof value !== 'string') throw new PredicateError('cursor', `key ${index + 1} must be text`);
    return dialect.byCodePoint(dialect.boundValue(value, 'text'));
  }
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !NUMBER.test(text)) throw new PredicateError('cursor', `key ${index + 1} must be a number`);
  return sql`cast(${text} as numeric)`;
}

/**
 * [after, equal]: when this key alone puts a row after the cursor's, and when it ties. Ascending
 * puts nulls first and descending last, as `orderTerm` does. A comparison with a null row value
 * is unknown, which a `where` treats as false, as it should: that row is on the other side.
 */
function keyConditions(key: SortKey, value: string | number | null, dialect: MetadataDialect, index: number): [RawBuilder<SqlBool>, RawBuilder<SqlBool>] {
  const k = key.comparable;
  if (value === null) {
    const equal = sql<SqlBool>`${key.value} is null`;
    return key.direction === 'asc' ? [sql<SqlBool>`${key.value} is not null`, equal] : [FALSE, equal];
  }
  const c = boundKey(key, value, dialect, index);
  const equal = sql<SqlBool>`${k} = ${c}`;
  if (key.direction === 'asc') return [sql<SqlBool>`${k} > ${c}`, equal];
  const before = sql<SqlBool>`${k} < ${c}`;
  return [key.nullable ? sql<SqlBool>`(${before} or ${key.value} is null)` : before, equal];
}

/**
 * Order terms, selections and the after-cursor condition for keyset pages over the described
 * table. An empty order pages by id alone. Throws a PredicateError for an order that does not
 * fit the table.
 */
export function keysetPage(order: Ordering, table: TableDescription, dialect: MetadataDialect): KeysetPage {
  const keys = sortKeys(order, table, dialect);
  const id = idSql(table);
  return {
    terms: [...keys.map(orderTerm), [id, (ob) => ob.asc()]],
    selections: [...keys.map((key, index) => key.value.as(keyAlias(index))), id.as(ID_ALIAS)],
    cursorOf(row) {
      const value = (alias: string) => {
        const v = row[alias];
        if (v === undefined) throw new Error(`the row lacks ${alias}; select the page's selections`);
        return typeof v === 'bigint' ? v.toString() : (v as string | number | null);
      };
      return { keys: keys.map((_, index) => value(keyAlias(index))), id: value(ID_ALIAS) as string | number };
    },
    after(cursor) {
      if (!Array.isArray(cursor.keys) || cursor.keys.length !== keys.length) throw new PredicateError('cursor', `expected ${keys.length} sort key${keys.length === 1 ? '' : 's'}`);
      if (typeof cursor.id !== 'string' && typeof cursor.id !== 'number') throw new PredicateError('cursor', 'the id must be text or a number');
      // Built from the id outwards: after = a1 or (e1 and (a2 or (e2 and ... id > cursor.id))).
      let rest = sql<SqlBool>`${id} > ${cursor.id}`;
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        const [after, equal] = keyConditions(keys[index] as SortKey, cursor.keys[index] ?? null, dialect, index);
        const tied = sql<SqlBool>`(${equal} and ${rest})`;
        rest = after === FALSE ? tied : sql<SqlBool>`(${after} or ${tied})`;
      }
      return rest;
    },
  };
}
