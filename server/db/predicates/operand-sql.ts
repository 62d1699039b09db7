import { sql, type RawBuilder } from 'kysely';
import type { MetadataDialect, SqlType } from '../metadata-dialect.js';
import { wallClock, type CallOperand, type Operand, type ValueType } from '../../predicates/predicate.js';
import { argumentKindOf } from '../../predicates/predicate-functions.js';
import { operandType } from '../../predicates/predicate-types.js';
import type { TableDescription } from '../../predicates/table-description.js';
import { fieldSql } from './field-sql.js';

/**
 * Operands as SQL expressions that give the same values on SQLite and PostgreSQL. Stored instants
 * are ISO text (`2026-06-02T10:30:00.000Z`) and dates `2026-06-02`, so date parts are slices of
 * the text; strings are measured in characters on both stores.
 */

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

export const SQL_TYPE_OF: Record<ValueType, SqlType> = { string: 'text', number: 'numeric', datetime: 'text', date: 'text', null: 'text' };

/** The operands of trees over one table, as SQL for one store. */
export class OperandSql {
  constructor(
    readonly table: TableDescription,
    readonly dialect: MetadataDialect,
  ) {}

  typeOf(operand: Operand): ValueType {
    return operandType(operand, this.table);
  }

  /**
   * An operand as SQL. `nullAs` types a bare null literal (PostgreSQL must know what the null
   * stands for when it is a function's argument).
   */
  of(operand: Operand, nullAs: SqlType = 'text'): RawBuilder<unknown> {
    switch (operand.kind) {
      case 'field':
        return fieldSql(this.table, operand.field);
      case 'value':
        return this.dialect.boundValue(operand.value, operand.value === null ? nullAs : SQL_TYPE_OF[this.typeOf(operand)]);
      case 'datetime':
      case 'date':
        return this.dialect.boundValue(operand.value, 'text');
      case 'call':
        return this.call(operand);
    }
  }

  /** An operand of type date as an instant (its midnight UTC), for comparing with instants. */
  asInstant(operand: Operand): RawBuilder<unknown> {
    if (operand.kind === 'date') return this.dialect.boundValue(`${operand.value}${MIDNIGHT_UTC}`, 'text');
    return sql`(${this.of(operand)} || ${this.dialect.boundValue(MIDNIGHT_UTC, 'text')})`;
  }

  private argument(operand: CallOperand, index: number): RawBuilder<unknown> {
    const arg = operand.args[index];
    if (!arg) throw new Error(`${operand.fn} lacks argument ${index + 1}`);
    const kind = argumentKindOf(operand.fn, index);
    // Date parts of a literal instant are read on the clock it was written with.
    if ((kind === 'datetime' || kind === 'temporal') && arg.kind === 'datetime') return this.dialect.boundValue(wallClock(arg), 'text');
    if (kind !== 'integer') return this.of(arg);
    // An integer literal binds as one; an integer expression (a bigint count on PostgreSQL) is cast.
    return arg.kind === 'value' ? this.dialect.boundValue(arg.value, 'integer') : this.dialect.asInteger(this.of(arg));
  }

  /**
   * `substring` with OData's 0-based start: a negative start or length counts as 0 and a start past
   * the end gives ''. The start is moved to 1-based in bigint, so the largest integer cannot
   * overflow even where PostgreSQL folds constants ahead of time.
   */
  private substring(operand: CallOperand): RawBuilder<unknown> {
    const text = this.argument(operand, 0);
    const start = this.argument(operand, 1);
    const next = sql`${this.dialect.asInteger(start, 'bigint')} + 1`;
    const from = this.dialect.asInteger(sql`case when ${start} < 0 then 1 when ${start} >= length(${text}) then length(${text}) + 1 else ${next} end`);
    if (operand.args.length < 3) return sql`substr(${text}, ${from})`;
    const length = this.argument(operand, 2);
    return sql`substr(${text}, ${from}, case when ${length} < 0 then 0 else ${length} end)`;
  }

  private call(operand: CallOperand): RawBuilder<unknown> {
    const arg = (index: number) => this.argument(operand, index);
    const { dialect } = this;
    switch (operand.fn) {
      case 'tolower':
        return dialect.caseMapped(arg(0), 'lower');
      case 'toupper':
        return dialect.caseMapped(arg(0), 'upper');
      case 'trim':
        return dialect.trimmed(arg(0));
      case 'length':
        return sql`length(${arg(0)})`;
      case 'indexof':
        return sql`(${dialect.textPosition(dialect.byCodePoint(arg(0)), dialect.byCodePoint(arg(1)))} - 1)`;
      case 'substring':
        return this.substring(operand);
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
        return dialect.boundValue(new Date().toISOString(), 'text');
    }
  }
}
