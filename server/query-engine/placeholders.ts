import type { SqlPiece } from './error-position.js';
import { invalid } from './query-refusal.js';
import type { GuardedSql } from './sql-guard.js';
import { quoteIdentifier, type SqlDialect } from './sql-dialect.js';
import type { DashboardFilter, FilterOperator, JsonValue } from './types.js';

/** What drivers bind. Values are always bound, never spliced into SQL text. */
export type BindValue = string | number | boolean | null;

export interface ExpandedSql {
  sql: string;
  values: BindValue[];
  /** Fields of request filters that no `{{field}}` in the SQL refers to. */
  ignoredFilters: string[];
  /** The SQL piece by piece, as written and as sent, to place a database's error in what the author wrote. */
  pieces?: SqlPiece[];
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

const COMPARISONS: Partial<Record<FilterOperator, string>> = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' };
const SINGLE_VALUE = new Set<FilterOperator>(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains']);
const OPERATORS = new Set<FilterOperator>([...SINGLE_VALUE, 'in', 'not_in', 'between']);

type ScalarValue = string | number | boolean;

function isScalar(value: unknown): value is ScalarValue {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** NULL means "is missing" for the equality operators; nothing sensible for ordering or matching. */
const NULL_ALLOWED = new Set<FilterOperator>(['eq', 'neq', 'in', 'not_in']);

/** Refuses filters a client could not have meant; a 422 upstream. */
export function validateFilters(filters: DashboardFilter[]): void {
  filters.forEach((filter, index) => {
    const at = `filters[${index}]`;
    if (typeof filter.field !== 'string' || !FIELD.test(filter.field)) {
      throw invalid('Filter field must be a plain column name', [{ field: `${at}.field`, message: 'must match ^[A-Za-z_][A-Za-z0-9_]*$' }]);
    }
    if (!OPERATORS.has(filter.operator)) {
      throw invalid(`Unknown filter operator "${String(filter.operator)}"`, [{ field: `${at}.operator`, message: 'unknown operator' }]);
    }
    const allowNull = NULL_ALLOWED.has(filter.operator);
    if (!Array.isArray(filter.values) || !filter.values.every((value) => isScalar(value) || (allowNull && value === null))) {
      const kinds = allowNull ? 'strings, numbers, booleans or null' : 'strings, numbers or booleans';
      throw invalid(`Filter on ${filter.field}: values must be a list of ${kinds}`, [{ field: `${at}.values`, message: `must be a list of ${kinds}` }]);
    }
    const count = filter.values.length;
    if (count === 0) return;
    if (filter.operator === 'between' && count !== 2) {
      throw invalid(`Filter on ${filter.field}: between takes exactly 2 values`, [{ field: `${at}.values`, message: 'between takes exactly 2 values' }]);
    }
    if (SINGLE_VALUE.has(filter.operator) && count !== 1) {
      throw invalid(`Filter on ${filter.field}: ${filter.operator} takes exactly 1 value`, [
        { field: `${at}.values`, message: `${filter.operator} takes exactly 1 value` },
      ]);
    }
  });
}

function likePattern(value: ScalarValue): string {
  return `%${String(value).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

class Binder {
  readonly values: BindValue[] = [];
  constructor(private readonly dialect: SqlDialect) {}

  bind(value: BindValue): string {
    this.values.push(value);
    return this.dialect.placeholder(this.values.length);
  }
}

/** eq/neq/in/not_in with NULL among the values: SQL's `= NULL` is never true, so spell it IS NULL. */
function nullAwareClause(column: string, operator: FilterOperator, values: ScalarValue[], binder: Binder): string {
  const negated = operator === 'neq' || operator === 'not_in';
  const nullCheck = `${column} ${negated ? 'IS NOT NULL' : 'IS NULL'}`;
  if (values.length === 0) return nullCheck;
  const list = values.map((value) => binder.bind(value)).join(', ');
  return negated ? `${column} NOT IN (${list}) AND ${nullCheck}` : `${column} IN (${list}) OR ${nullCheck}`;
}

function filterClause(filter: DashboardFilter, dialect: SqlDialect, binder: Binder): string {
  const column = quoteIdentifier(filter.field);
  if (filter.values.includes(null)) {
    return nullAwareClause(column, filter.operator, filter.values.filter((value) => value !== null) as ScalarValue[], binder);
  }
  const values = filter.values as ScalarValue[];
  const comparison = COMPARISONS[filter.operator];
  if (comparison) return `${column} ${comparison} ${binder.bind(values[0] as ScalarValue)}`;
  switch (filter.operator) {
    case 'in':
    case 'not_in': {
      const list = values.map((value) => binder.bind(value)).join(', ');
      return `${column} ${filter.operator === 'in' ? 'IN' : 'NOT IN'} (${list})`;
    }
    case 'between':
      return `${column} BETWEEN ${binder.bind(values[0] as ScalarValue)} AND ${binder.bind(values[1] as ScalarValue)}`;
    case 'contains':
      return `lower(CAST(${column} AS ${dialect.textType})) LIKE lower(${binder.bind(likePattern(values[0] as ScalarValue))}) ESCAPE '\\'`;
    default:
      throw invalid(`Unknown filter operator "${String(filter.operator)}"`);
  }
}

function paramValue(name: string, params: Record<string, JsonValue>): BindValue {
  if (!Object.prototype.hasOwnProperty.call(params, name) || params[name] === undefined) {
    throw invalid(`Missing value for parameter $${name}`, [{ field: `params.${name}`, message: 'is required by the SQL' }]);
  }
  const value = params[name];
  if (value !== null && !isScalar(value)) {
    throw invalid(`Parameter $${name} must be a string, number, boolean or null`, [
      { field: `params.${name}`, message: 'must be a string, number, boolean or null' },
    ]);
  }
  return value;
}

/**
 * Turns `{{field}}` into a condition built from the filters on that field, and `$name` into a bound
 * value, in the driver's placeholder style.
 */
export function expandPlaceholders(
  guarded: GuardedSql,
  dialect: SqlDialect,
  filters: DashboardFilter[] = [],
  params: Record<string, JsonValue> = {},
): ExpandedSql {
  validateFilters(filters);
  const binder = new Binder(dialect);
  const referenced = new Set<string>();
  const pieces = guarded.tokens.map((token): SqlPiece => {
    if (token.kind === 'named_parameter') return { written: token.text, sent: binder.bind(paramValue(token.value, params)) };
    if (token.kind !== 'filter_placeholder') return { written: token.text, sent: token.text };
    referenced.add(token.value);
    const clauses = filters
      .filter((filter) => filter.field === token.value && filter.values.length > 0)
      .map((filter) => `(${filterClause(filter, dialect, binder)})`);
    return { written: token.text, sent: clauses.length === 0 ? dialect.alwaysTrue : `(${clauses.join(' AND ')})` };
  });
  const ignoredFilters = [...new Set(filters.map((filter) => filter.field))].filter((field) => !referenced.has(field));
  return { sql: pieces.map((piece) => piece.sent).join(''), values: binder.values, ignoredFilters, pieces };
}
