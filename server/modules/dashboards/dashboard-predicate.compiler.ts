import { sql, type Expression, type ExpressionBuilder, type OrderByModifiersCallbackExpression, type RawBuilder, type SqlBool } from 'kysely';
import { byCodePoint, sameValue, unknownCondition, type DialectName } from '../../db/dialect.js';
import type { DB } from '../../db/schema.js';
import { invalid } from '../errors/domain-errors.js';
import {
  operandMayBeNull,
  operandType,
  orderProblem,
  predicateProblem,
  type CompareOp,
  type DashboardOrder,
  type Operand,
  type Predicate,
} from './dashboard-predicate.js';
import { asInstant, operandSql } from './dashboard-predicate.operand-sql.js';

/**
 * Turns a predicate into Kysely SQL that behaves the same on SQLite and PostgreSQL:
 * - Values are always bound parameters; identifiers come only from a fixed map.
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

/** Text (and ISO timestamps and dates) compared by code point; a date next to an instant is its midnight UTC. */
function comparableSql(operand: Operand, other: Operand, dialect: DialectName): RawBuilder<unknown> {
  const type = operandType(operand);
  if (type === 'number') return operandSql(operand, dialect);
  const expression = type === 'date' && operandType(other) === 'datetime' ? asInstant(operand, dialect) : operandSql(operand, dialect);
  return byCodePoint(expression, dialect);
}

function compareSql(op: CompareOp, left: Operand, right: Operand, dialect: DialectName): RawBuilder<SqlBool> {
  if (isNullLiteral(left) || isNullLiteral(right)) {
    if (op !== 'eq' && op !== 'ne') return constantSql(false, dialect);
    if (isNullLiteral(left) && isNullLiteral(right)) return constantSql(op === 'eq', dialect);
    const subject = operandSql(isNullLiteral(left) ? right : left, dialect);
    return op === 'eq' ? sql<SqlBool>`${subject} is null` : sql<SqlBool>`${subject} is not null`;
  }
  const l = comparableSql(left, right, dialect);
  const r = comparableSql(right, left, dialect);
  const nullable = [left, right].filter(operandMayBeNull);
  if (op === 'eq' || op === 'ne') {
    if (nullable.length === 0) return op === 'eq' ? sql<SqlBool>`${l} = ${r}` : sql<SqlBool>`${l} <> ${r}`;
    const equal = sameValue(l, r, dialect);
    return op === 'eq' ? equal : sql<SqlBool>`not (${equal})`;
  }
  const ordered = sql<SqlBool>`${l} ${sql.raw(COMPARE_SQL[op])} ${r}`;
  if (nullable.length === 0) return ordered;
  // false, not unknown, when a side is null: `false and unknown` is false in SQL.
  const guards = nullable.map((o) => sql`${operandSql(o, dialect)} is not null`);
  return sql<SqlBool>`(${sql.join([...guards, ordered], sql` and `)})`;
}

function matchSql(predicate: Extract<Predicate, { kind: 'match' }>, dialect: DialectName): RawBuilder<SqlBool> {
  const target = byCodePoint(operandSql(predicate.target, dialect), dialect);
  const needle = byCodePoint(operandSql(predicate.needle, dialect), dialect);
  switch (predicate.fn) {
    case 'contains':
      return dialect === 'postgres' ? sql<SqlBool>`strpos(${target}, ${needle}) > 0` : sql<SqlBool>`instr(${target}, ${needle}) > 0`;
    case 'startswith':
      return sql<SqlBool>`substr(${target}, 1, length(${needle})) = ${needle}`;
    case 'endswith':
      // A needle longer than the target gives a start before 1; the slice is then shorter than the needle, so no match.
      return sql<SqlBool>`substr(${target}, length(${target}) - length(${needle}) + 1) = ${needle}`;
  }
}

function constantSql(value: boolean | null, dialect: DialectName): RawBuilder<SqlBool> {
  if (value === null) return unknownCondition(dialect);
  return value ? sql<SqlBool>`1 = 1` : sql<SqlBool>`1 = 0`;
}

function predicateSql(predicate: Predicate, dialect: DialectName): RawBuilder<SqlBool> {
  switch (predicate.kind) {
    case 'constant':
      return constantSql(predicate.value, dialect);
    case 'not':
      return sql<SqlBool>`not (${predicateSql(predicate.operand, dialect)})`;
    case 'same':
      return sameValue(sql`(${predicateSql(predicate.left, dialect)})`, sql`(${predicateSql(predicate.right, dialect)})`, dialect);
    case 'and':
    case 'or': {
      const parts = predicate.operands.map((p) => sql`(${predicateSql(p, dialect)})`);
      return sql<SqlBool>`(${sql.join(parts, predicate.kind === 'and' ? sql` and ` : sql` or `)})`;
    }
    case 'compare':
      return compareSql(predicate.op, predicate.left, predicate.right, dialect);
    case 'match':
      return matchSql(predicate, dialect);
  }
}

/**
 * A `where` callback for a query over `dashboards`. Throws a validation error (422) for a
 * tree that is not well-typed, before any SQL exists; faces should have refused it already.
 */
export function compilePredicate(predicate: Predicate, dialect: DialectName): (eb: ExpressionBuilder<DB, 'dashboards'>) => Expression<SqlBool> {
  const problem = predicateProblem(predicate);
  if (problem) throw invalid(`Invalid filter: ${problem}`, [{ field: 'filter', message: problem }]);
  const compiled = predicateSql(predicate, dialect);
  return () => compiled;
}

/** One `orderBy` call: `query.orderBy(expression, modifiers)`. */
export type OrderTerm = readonly [expression: Expression<unknown>, modifiers: OrderByModifiersCallbackExpression];

/**
 * Order terms for a query over `dashboards`, ending with `dashboards.id` so pages of equal keys
 * stay stable. Text orders by code point; nulls come first ascending and last descending
 * (OData's rule), on both stores. An empty order gives no terms: the caller keeps its default.
 */
export function compileOrder(order: DashboardOrder, dialect: DialectName): OrderTerm[] {
  if (order.length === 0) return [];
  const problem = orderProblem(order);
  if (problem) throw invalid(`Invalid order: ${problem}`, [{ field: 'order', message: problem }]);
  const terms = order.map(({ expression, direction }): OrderTerm => {
    const compiled = operandSql(expression, dialect);
    const key = operandType(expression) === 'number' ? compiled : byCodePoint(compiled, dialect);
    return [key, direction === 'desc' ? (ob) => ob.desc().nullsLast() : (ob) => ob.asc().nullsFirst()];
  });
  return [...terms, [sql.ref('dashboards.id'), (ob) => ob.asc()]];
}
