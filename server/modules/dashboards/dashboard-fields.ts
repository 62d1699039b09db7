import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { dialectFor, type DialectName, type MetadataDialect } from '../../db/metadata-dialect.js';
import type { Operand, Ordering, Predicate, ValueType } from '../../predicates/predicate.js';
import { compileOrder, compileSearch, compileWhere, type OrderTerm } from '../../db/predicates/predicate-compiler.js';
import * as predicateTypes from '../../predicates/predicate-types.js';
import { PredicateError, type TableDescription } from '../../predicates/table-description.js';
import { invalid } from '../errors/domain-errors.js';

/**
 * The dashboard fields that filters, orders and searches may name, over the `dashboards` table,
 * and the generic predicate compiler applied to them. Faces name these fields in their own words
 * (the analytics face's `widgetCount` is `widget_count`).
 */
export type DashboardField = 'name' | 'type' | 'description' | 'widget_count' | 'refresh_interval_seconds' | 'created_at' | 'updated_at';

export const DASHBOARD_FIELDS: TableDescription<DashboardField> = {
  table: 'dashboards',
  id: 'id',
  fields: {
    name: { column: 'name', type: 'string' },
    type: { column: 'type', type: 'string' },
    description: { column: 'description', type: 'string' },
    widget_count: {
      column: sql`(select count(*) from ${sql.table('widgets')} where ${sql.ref('widgets.dashboard_id')} = ${sql.ref('dashboards.id')})`,
      type: 'number',
    },
    refresh_interval_seconds: { column: 'refresh_interval_seconds', type: 'number', nullable: true },
    created_at: { column: 'created_at', type: 'datetime' },
    updated_at: { column: 'updated_at', type: 'datetime' },
  },
};

/** The free-text search looks in these. */
const SEARCHED_FIELDS: readonly DashboardField[] = ['name', 'description'];

/** An order over dashboard fields, most significant key first. */
export type DashboardOrder = Ordering;

// A face types and folds its trees as it parses them, so it can word its errors; over dashboards:
export const operandType = (operand: Operand): ValueType => predicateTypes.operandType(operand, DASHBOARD_FIELDS);
export const same = (left: Predicate, right: Predicate): Predicate => predicateTypes.same(left, right, DASHBOARD_FIELDS);

/** A name serves callers that hold only the store's name (tests opening their own connection). */
function adapter(dialect: MetadataDialect | DialectName): MetadataDialect {
  return typeof dialect === 'string' ? dialectFor(dialect) : dialect;
}

/** A tree the compiler refuses is the caller's mistake: a validation error (422) naming the part. */
function refusingInvalid<T>(compile: () => T): T {
  try {
    return compile();
  } catch (error) {
    if (error instanceof PredicateError) throw invalid(error.message, [{ field: error.part, message: error.problem }]);
    throw error;
  }
}

/** A `where` condition over `dashboards`. Faces should have refused an ill-typed tree already. */
export function dashboardWhere(predicate: Predicate, dialect: MetadataDialect | DialectName): RawBuilder<SqlBool> {
  return refusingInvalid(() => compileWhere(predicate, DASHBOARD_FIELDS, adapter(dialect)));
}

/** Order terms over `dashboards`, ending with its id; none for an empty order. */
export function dashboardOrder(order: DashboardOrder, dialect: MetadataDialect | DialectName): OrderTerm[] {
  return refusingInvalid(() => compileOrder(order, DASHBOARD_FIELDS, adapter(dialect)));
}

/** Dashboards whose name or description contains `needle`, ignoring case over all of Unicode. */
export function dashboardSearch(needle: string, dialect: MetadataDialect): RawBuilder<SqlBool> {
  return compileSearch(needle, SEARCHED_FIELDS, DASHBOARD_FIELDS, dialect);
}
