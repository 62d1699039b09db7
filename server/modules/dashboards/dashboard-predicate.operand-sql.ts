import { sql, type RawBuilder } from 'kysely';
import { asInteger, boundValue, byCodePoint, caseMapped, textPosition, trimmed, type DialectName, type SqlType } from '../../db/dialect.js';
import type { DashboardsTable } from '../../db/schema.js';
import { argumentKindOf } from './dashboard-predicate.functions.js';
import { operandType, wallClock, type CallOperand, type DashboardField, type Operand, type ValueType } from './dashboard-predicate.js';

/**
 * Operands as SQL expressions that give the same values on SQLite and PostgreSQL. Stored instants
 * are ISO text (`2026-06-02T10:30:00.000Z`) and dates `2026-06-02`, so date parts are slices of
 * the text; strings are measured in characters on both stores.
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

/** Where each date part sits in `YYYY-MM-DDTHH:MM:SS.sssZ` (1-based start, length). */
const PART: Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', [number, number]> = {
  year: [1, 4],
  month: [6, 2],
  day: [9, 2],
  hour: [12, 2],
  minute: [15, 2],
  second: [18, 2],
};

/** Appended to a date to compare it with an instant: its midnight UTC. */
export const MIDNIGHT_UTC = 'T00:00:00.000Z';

function fieldSql(field: DashboardField): RawBuilder<unknown> {
  if (field === 'widget_count') {
    return sql`(select count(*) from ${sql.table('widgets')} where ${sql.ref('widgets.dashboard_id')} = ${sql.ref('dashboards.id')})`;
  }
  return sql.ref(COLUMN[field]);
}

const SQL_TYPE_OF: Record<ValueType, SqlType> = { string: 'text', number: 'numeric', datetime: 'text', date: 'text', null: 'text' };

/**
 * An operand as SQL. `nullAs` types a bare null literal (PostgreSQL must know what the null
 * stands for when it is a function's argument).
 */
export function operandSql(operand: Operand, dialect: DialectName, nullAs: SqlType = 'text'): RawBuilder<unknown> {
  switch (operand.kind) {
    case 'field':
      return fieldSql(operand.field);
    case 'value':
      return boundValue(operand.value, operand.value === null ? nullAs : SQL_TYPE_OF[operandType(operand)], dialect);
    case 'datetime':
    case 'date':
      return boundValue(operand.value, 'text', dialect);
    case 'call':
      return callSql(operand, dialect);
  }
}

/** An operand of type date as an instant (its midnight UTC), for comparing with instants. */
export function asInstant(operand: Operand, dialect: DialectName): RawBuilder<unknown> {
  if (operand.kind === 'date') return boundValue(`${operand.value}${MIDNIGHT_UTC}`, 'text', dialect);
  return sql`(${operandSql(operand, dialect)} || ${boundValue(MIDNIGHT_UTC, 'text', dialect)})`;
}

function argumentSql(operand: CallOperand, index: number, dialect: DialectName): RawBuilder<unknown> {
  const arg = operand.args[index];
  if (!arg) throw new Error(`${operand.fn} lacks argument ${index + 1}`);
  const kind = argumentKindOf(operand.fn, index);
  // Date parts of a literal instant are read on the clock it was written with.
  if ((kind === 'datetime' || kind === 'temporal') && arg.kind === 'datetime') return boundValue(wallClock(arg), 'text', dialect);
  if (kind !== 'integer') return operandSql(arg, dialect);
  // An integer literal binds as one; an integer expression (a bigint count on PostgreSQL) is cast.
  return arg.kind === 'value' ? boundValue(arg.value, 'integer', dialect) : asInteger(operandSql(arg, dialect), dialect);
}

/**
 * `substring` with OData's 0-based start: a negative start or length counts as 0 and a start past
 * the end gives ''. The start is moved to 1-based in bigint, so the largest integer cannot
 * overflow even where PostgreSQL folds constants ahead of time.
 */
function substringSql(operand: CallOperand, dialect: DialectName): RawBuilder<unknown> {
  const text = argumentSql(operand, 0, dialect);
  const start = argumentSql(operand, 1, dialect);
  const next = sql`${asInteger(start, dialect, 'bigint')} + 1`;
  const from = asInteger(sql`case when ${start} < 0 then 1 when ${start} >= length(${text}) then length(${text}) + 1 else ${next} end`, dialect);
  if (operand.args.length < 3) return sql`substr(${text}, ${from})`;
  const length = argumentSql(operand, 2, dialect);
  return sql`substr(${text}, ${from}, case when ${length} < 0 then 0 else ${length} end)`;
}

function callSql(operand: CallOperand, dialect: DialectName): RawBuilder<unknown> {
  const arg = (index: number) => argumentSql(operand, index, dialect);
  switch (operand.fn) {
    case 'tolower':
      return caseMapped(arg(0), 'lower', dialect);
    case 'toupper':
      return caseMapped(arg(0), 'upper', dialect);
    case 'trim':
      return trimmed(arg(0), dialect);
    case 'length':
      return sql`length(${arg(0)})`;
    case 'indexof':
      return sql`(${textPosition(byCodePoint(arg(0), dialect), byCodePoint(arg(1), dialect), dialect)} - 1)`;
    case 'substring':
      return substringSql(operand, dialect);
    case 'concat':
      return sql`(${arg(0)} || ${arg(1)})`;
    case 'year':
    case 'month':
    case 'day':
    case 'hour':
    case 'minute':
    case 'second': {
      const [start, length] = PART[operand.fn];
      return sql`cast(substr(${arg(0)}, ${sql.lit(start)}, ${sql.lit(length)}) as integer)`;
    }
    case 'date':
      return sql`substr(${arg(0)}, 1, 10)`;
    case 'now':
      return boundValue(new Date().toISOString(), 'text', dialect);
  }
}
