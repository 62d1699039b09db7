import { sql, type Expression, type OrderByModifiersCallbackExpression, type RawBuilder, type SqlBool } from 'kysely';
import type { MetadataDialect } from '../metadata-dialect.js';
import { OperandSql } from './operand-sql.js';
import type { CompareOp, Operand, Ordering, Predicate } from '../../predicates/predicate.js';
import { orderProblem, predicateProblem } from '../../predicates/predicate-problems.js';
import { operandMayBeNull } from '../../predicates/predicate-types.js';
import { describedField, PredicateError, type TableDescription } from '../../predicates/table-description.js';
import { fieldSql, idSql } from './field-sql.js';

/**
 * Turns a predicate over a described table into Kysely SQL that behaves the same on SQLite and
 * PostgreSQL:
 * - Values are always bound parameters; identifiers come only from the table description.
 * - Comparisons are two-valued as in OData: null equals only null, and ordering comparisons
 *   with a null are false, so a comparison never hands SQL's NULL to `not`. Conditions that
 *   can be unknown (a substring test on a null) stay SQL NULL, whose `and`/`or`/`not` are
 *   OData's.
 * - Strings compare by code point (SQLite's BINARY; PostgreSQL with COLLATE "C"), whatever
 *   collation the PostgreSQL database was created with.
 * - Substring tests use instr/strpos/substr rather than LIKE: SQLite's LIKE ignores ASCII
 *   case and PostgreSQL's does not, and there is no pattern syntax left to escape.
 */

const COMPARE_SQL: Record<Exclude<CompareOp, 'eq' | 'ne'>, string> = { gt: '>', ge: '>=', lt: '<', le: '<=' };

const isNullLiteral = (operand: Operand) => operand.kind === 'value' && operand.value === null;

class ConditionSql extends OperandSql {
  mayBeNull(operand: Operand): boolean {
    return operandMayBeNull(operand, this.table);
  }

  /** Text (and ISO timestamps and dates) compared by code point; a date next to an instant is its midnight UTC. */
  private comparable(operand: Operand, other: Operand): RawBuilder<unknown> {
    const type = this.typeOf(operand);
    if (type === 'number') return this.of(operand);
    const expression = type === 'date' && this.typeOf(other) === 'datetime' ? this.asInstant(operand) : this.of(operand);
    return this.dialect.byCodePoint(expression);
  }

  private compare(op: CompareOp, left: Operand, right: Operand): RawBuilder<SqlBool> {
    if (isNullLiteral(left) || isNullLiteral(right)) {
      if (op !== 'eq' && op !== 'ne') return this.constant(false);
      if (isNullLiteral(left) && isNullLiteral(right)) return this.constant(op === 'eq');
      const subject = this.of(isNullLiteral(left) ? right : left);
      return op === 'eq' ? sql<SqlBool>`${subject} is null` : sql<SqlBool>`${subject} is not null`;
    }
    const l = this.comparable(left, right);
    const r = this.comparable(right, left);
    const nullable = [left, right].filter((o) => this.mayBeNull(o));
    if (op === 'eq' || op === 'ne') {
      if (nullable.length === 0) return op === 'eq' ? sql<SqlBool>`${l} = ${r}` : sql<SqlBool>`${l} <> ${r}`;
      const equal = this.dialect.sameValue(l, r);
      return op === 'eq' ? equal : sql<SqlBool>`not (${equal})`;
    }
    const ordered = sql<SqlBool>`${l} ${sql.raw(COMPARE_SQL[op])} ${r}`;
    if (nullable.length === 0) return ordered;
    // false, not unknown, when a side is null: `false and unknown` is false in SQL.
    const guards = nullable.map((o) => sql`${this.of(o)} is not null`);
    return sql<SqlBool>`(${sql.join([...guards, ordered], sql` and `)})`;
  }

  private match(predicate: Extract<Predicate, { kind: 'match' }>): RawBuilder<SqlBool> {
    const target = this.dialect.byCodePoint(this.of(predicate.target));
    const needle = this.dialect.byCodePoint(this.of(predicate.needle));
    switch (predicate.fn) {
      case 'contains':
        return sql<SqlBool>`${this.dialect.textPosition(target, needle)} > 0`;
      case 'startswith':
        return sql<SqlBool>`substr(${target}, 1, length(${needle})) = ${needle}`;
      case 'endswith':
        // A needle longer than the target gives a start before 1; the slice is then shorter than the needle, so no match.
        return sql<SqlBool>`substr(${target}, length(${target}) - length(${needle}) + 1) = ${needle}`;
    }
  }

  private constant(value: boolean | null): RawBuilder<SqlBool> {
    if (value === null) return this.dialect.unknownCondition();
    return value ? sql<SqlBool>`1 = 1` : sql<SqlBool>`1 = 0`;
  }

  condition(predicate: Predicate): RawBuilder<SqlBool> {
    switch (predicate.kind) {
      case 'constant':
        return this.constant(predicate.value);
      case 'not':
        return sql<SqlBool>`not (${this.condition(predicate.operand)})`;
      case 'same':
        return this.dialect.sameValue(sql`(${this.condition(predicate.left)})`, sql`(${this.condition(predicate.right)})`);
      case 'and':
      case 'or': {
        const parts = predicate.operands.map((p) => sql`(${this.condition(p)})`);
        return sql<SqlBool>`(${sql.join(parts, predicate.kind === 'and' ? sql` and ` : sql` or `)})`;
      }
      case 'compare':
        return this.compare(predicate.op, predicate.left, predicate.right);
      case 'match':
        return this.match(predicate);
    }
  }
}

/**
 * A condition for `where` over the described table. Throws a PredicateError for a tree that is
 * not well-typed over it (an unknown field, a string compared with a number), before any SQL exists.
 */
export function compileWhere(predicate: Predicate, table: TableDescription, dialect: MetadataDialect): RawBuilder<SqlBool> {
  const problem = predicateProblem(predicate, table);
  if (problem) throw new PredicateError('filter', problem);
  return new ConditionSql(table, dialect).condition(predicate);
}

/** One `orderBy` call: `query.orderBy(expression, modifiers)`. */
export type OrderTerm = readonly [expression: Expression<unknown>, modifiers: OrderByModifiersCallbackExpression];

/** A sort key as SQL: text orders by code point, numbers as numbers. */
export interface SortKey {
  /** The key's value, as a row may select it. */
  value: RawBuilder<unknown>;
  /** The key as it is ordered and compared. */
  comparable: RawBuilder<unknown>;
  type: 'number' | 'text';
  direction: 'asc' | 'desc';
  nullable: boolean;
}

/** The sort keys of an order, checked against the table; a PredicateError when they do not fit it. */
export function sortKeys(order: Ordering, table: TableDescription, dialect: MetadataDialect): SortKey[] {
  const problem = orderProblem(order, table);
  if (problem) throw new PredicateError('order', problem);
  const operands = new OperandSql(table, dialect);
  return order.map(({ expression, direction }) => {
    const value = operands.of(expression);
    const type = operands.typeOf(expression) === 'number' ? 'number' : 'text';
    const comparable = type === 'number' ? value : dialect.byCodePoint(value);
    return { value, comparable, type, direction, nullable: operandMayBeNull(expression, table) };
  });
}

/** Nulls come first ascending and last descending (OData's rule), on both stores. */
export function orderTerm(key: Pick<SortKey, 'comparable' | 'direction'>): OrderTerm {
  return [key.comparable, key.direction === 'desc' ? (ob) => ob.desc().nullsLast() : (ob) => ob.asc().nullsFirst()];
}

/**
 * Order terms for a query over the described table, ending with its id so pages of equal keys
 * stay stable. An empty order gives no terms: the caller keeps its default.
 */
export function compileOrder(order: Ordering, table: TableDescription, dialect: MetadataDialect): OrderTerm[] {
  if (order.length === 0) return [];
  const terms = sortKeys(order, table, dialect).map(orderTerm);
  return [...terms, [idSql(table), (ob) => ob.asc()]];
}

/**
 * Rows where any of `fields` (string fields of the table) contains `needle`, ignoring case over
 * all of Unicode. A field that is not a string field of the table is a PredicateError.
 */
export function compileSearch(needle: string, fields: readonly string[], table: TableDescription, dialect: MetadataDialect): RawBuilder<SqlBool> {
  if (fields.length === 0) throw new PredicateError('search', 'no fields to search');
  const parts = fields.map((name) => {
    if (describedField(table, name, 'search').type !== 'string') throw new PredicateError('search', `${name} is not a text field`);
    return dialect.containsInsensitive(fieldSql(table, name), needle);
  });
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}
