import { sql, type Expression, type ExpressionBuilder, type OrderByModifiersCallbackExpression, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectName } from '../../db/dialect.js';
import type { DashboardsTable, DB } from '../../db/schema.js';
import { invalid } from '../errors/domain-errors.js';
import {
  DASHBOARD_FIELDS,
  isDashboardField,
  operandType,
  predicateProblem,
  type CompareOp,
  type DashboardField,
  type DashboardOrder,
  type Operand,
  type Predicate,
} from './dashboard-predicate.js';

/**
 * Turns a predicate into Kysely SQL that behaves the same on SQLite and PostgreSQL:
 * - Values are always bound parameters; identifiers come only from the fixed map below.
 * - Comparisons are two-valued like OData's: a null field equals only null, is unequal to any
 *   value, and is neither greater nor less than anything, so `not` never meets an SQL NULL.
 * - Strings compare by code point (SQLite's BINARY; PostgreSQL with COLLATE "C"), whatever
 *   collation the PostgreSQL database was created with.
 * - Substring tests use instr/strpos/substr rather than LIKE: SQLite's LIKE ignores ASCII
 *   case and PostgreSQL's does not, and there is no pattern syntax left to escape.
 * - PostgreSQL gets explicit casts on parameters, so it never has to guess their type
 *   (an untyped `2.5` next to an integer column would otherwise fail to parse as integer).
 */

type StoredColumn = `dashboards.${keyof DashboardsTable & string}`;

const COLUMN: Record<Exclude<DashboardField, 'widget_count'>, StoredColumn> = {
  name: 'dashboards.name',
  type: 'dashboards.type',
  description: 'dashboards.description',
  refresh_interval_seconds: 'dashboards.refresh_interval_seconds',
  created_at: 'dashboards.created_at',
  updated_at: 'dashboards.updated_at',
};

const COMPARE_SQL: Record<Exclude<CompareOp, 'eq' | 'ne'>, string> = { gt: '>', ge: '>=', lt: '<', le: '<=' };

const UPPER_ASCII = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function fieldSql(field: DashboardField): RawBuilder<unknown> {
  if (field === 'widget_count') {
    return sql`(select count(*) from ${sql.table('widgets')} where ${sql.ref('widgets.dashboard_id')} = ${sql.ref('dashboards.id')})`;
  }
  return sql.ref(COLUMN[field]);
}

/** SQLite's lower() folds ASCII only; translate() makes PostgreSQL fold exactly the same letters. */
function lowerAscii(expression: RawBuilder<unknown>, dialect: DialectName): RawBuilder<unknown> {
  return dialect === 'postgres'
    ? sql`translate(${expression}, ${sql.lit(UPPER_ASCII)}, ${sql.lit(UPPER_ASCII.toLowerCase())})`
    : sql`lower(${expression})`;
}

function operandSql(operand: Operand, dialect: DialectName): RawBuilder<unknown> {
  if (operand.kind === 'field') {
    const column = fieldSql(operand.field);
    return operand.lower ? lowerAscii(column, dialect) : column;
  }
  if (dialect === 'sqlite') return sql`${operand.value}`;
  return typeof operand.value === 'number' ? sql`cast(${operand.value} as numeric)` : sql`cast(${operand.value} as text)`;
}

/** Text (and ISO timestamps) compared by code point on PostgreSQL, as SQLite always does. */
function comparable(operand: Operand, dialect: DialectName): RawBuilder<unknown> {
  const expression = operandSql(operand, dialect);
  return dialect === 'postgres' && operandType(operand) !== 'number' ? sql`${expression} collate "C"` : expression;
}

function mayBeNull(operand: Operand): boolean {
  return operand.kind === 'field' && DASHBOARD_FIELDS[operand.field].nullable;
}

const isNullLiteral = (operand: Operand) => operand.kind === 'value' && operand.value === null;

function compareSql(op: CompareOp, left: Operand, right: Operand, dialect: DialectName): RawBuilder<SqlBool> {
  if (isNullLiteral(left) && isNullLiteral(right)) return constantSql(op === 'eq');
  if (isNullLiteral(left) || isNullLiteral(right)) {
    const subject = operandSql(isNullLiteral(left) ? right : left, dialect);
    return op === 'eq' ? sql<SqlBool>`${subject} is null` : sql<SqlBool>`${subject} is not null`;
  }
  const l = comparable(left, dialect);
  const r = operandSql(right, dialect);
  const nullable = mayBeNull(left) || mayBeNull(right);
  if (op === 'eq' || op === 'ne') {
    if (!nullable) return op === 'eq' ? sql<SqlBool>`${l} = ${r}` : sql<SqlBool>`${l} <> ${r}`;
    if (dialect === 'postgres') return op === 'eq' ? sql<SqlBool>`${l} is not distinct from ${r}` : sql<SqlBool>`${l} is distinct from ${r}`;
    return op === 'eq' ? sql<SqlBool>`${l} is ${r}` : sql<SqlBool>`${l} is not ${r}`;
  }
  const ordered = sql<SqlBool>`${l} ${sql.raw(COMPARE_SQL[op])} ${r}`;
  if (!nullable) return ordered;
  const guards = [left, right].filter(mayBeNull).map((o) => sql`${operandSql(o, dialect)} is not null`);
  return sql<SqlBool>`(${sql.join([...guards, ordered], sql` and `)})`;
}

function matchSql(predicate: Extract<Predicate, { kind: 'match' }>, dialect: DialectName): RawBuilder<SqlBool> {
  const target = operandSql(predicate.target, dialect);
  const needle = operandSql(predicate.needle, dialect);
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

function constantSql(value: boolean): RawBuilder<SqlBool> {
  return value ? sql<SqlBool>`1 = 1` : sql<SqlBool>`1 = 0`;
}

function predicateSql(predicate: Predicate, dialect: DialectName): RawBuilder<SqlBool> {
  switch (predicate.kind) {
    case 'constant':
      return constantSql(predicate.value);
    case 'not':
      return sql<SqlBool>`not (${predicateSql(predicate.operand, dialect)})`;
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
 * stay stable. Nulls come first ascending and last descending (OData's rule), on both stores.
 * An empty order gives no terms: the caller keeps its default order.
 */
export function compileOrder(order: DashboardOrder, dialect: DialectName): OrderTerm[] {
  if (order.length === 0) return [];
  const terms = order.map(({ field, direction }): OrderTerm => {
    if (!isDashboardField(field)) throw invalid(`Invalid order: unknown field ${String(field)}`, [{ field: 'order', message: `unknown field ${String(field)}` }]);
    const column = fieldSql(field);
    const expression = dialect === 'postgres' && DASHBOARD_FIELDS[field].type !== 'number' ? sql`${column} collate "C"` : column;
    return [expression, direction === 'desc' ? (ob) => ob.desc().nullsLast() : (ob) => ob.asc().nullsFirst()];
  });
  return [...terms, [sql.ref('dashboards.id'), (ob) => ob.asc()]];
}
