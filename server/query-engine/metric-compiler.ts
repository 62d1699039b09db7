import { invalid } from './query-refusal.js';
import { quoteIdentifier } from './sql-dialect.js';
import { guardSql } from './sql-guard.js';
import { significant, tokenize } from './sql-tokenizer.js';
import type { DataSourceKind, MetricDefinition, MetricQuery, TimeGrain } from './types.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TABLE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;
const GRAINS = new Set<TimeGrain>(['day', 'week', 'month', 'quarter', 'year']);

/** Words that would end the measure's expression and start a clause of their own. */
const CLAUSE_WORDS = new Set([
  'SELECT', 'FROM', 'WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'OFFSET', 'UNION', 'INTERSECT', 'EXCEPT',
  'WINDOW', 'QUALIFY', 'FETCH', 'AS',
]);

function checkIdentifier(name: unknown, field: string): string {
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    throw invalid(`${field} must be a plain column name`, [{ field, message: 'must match ^[A-Za-z_][A-Za-z0-9_]*$' }]);
  }
  return name;
}

/**
 * The measure is spliced into SQL, so it must be one self-contained expression: no comment that
 * could swallow the rest of the line, no parenthesis closing what it did not open, no clause of
 * its own. Whatever it calls must then pass the guard like any widget SQL.
 */
function checkMeasure(measure: string): void {
  const refuse = (why: string): never => {
    throw invalid(`Metric measure ${why}`, [{ field: 'measure', message: why }]);
  };
  if (typeof measure !== 'string' || measure.trim() === '') refuse('is empty');
  const tokens = tokenize(measure);
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === 'comment') refuse('may not contain comments');
    if (token.kind === 'filter_placeholder' || token.kind === 'named_parameter' || token.kind === 'positional_parameter') {
      refuse('may not contain placeholders or parameters');
    }
    if (token.text === ';') refuse('may not contain ";"');
    if (token.text === '(') depth += 1;
    if (token.text === ')') depth -= 1;
    if (depth < 0) refuse('has unbalanced parentheses');
    if (depth === 0 && token.kind === 'word' && CLAUSE_WORDS.has(token.value)) refuse(`must be a single expression (found ${token.value})`);
  }
  if (depth !== 0) refuse('has unbalanced parentheses');
  if (significant(tokens).length === 0) refuse('is empty');
  guardSql(`SELECT ${measure} FROM t`);
}

function quoteTable(table: string): string {
  if (typeof table !== 'string' || !TABLE.test(table)) {
    throw invalid('Metric table must be a table name or schema.table', [{ field: 'table', message: 'must be name or schema.name' }]);
  }
  return table.split('.').map(quoteIdentifier).join('.');
}

/** The first day of the period that contains `column`, as a DATE. Weeks start on Monday everywhere. */
function periodStart(kind: DataSourceKind, grain: TimeGrain, column: string): string {
  if (kind !== 'sqlite') return `CAST(date_trunc('${grain}', ${column}) AS DATE)`;
  switch (grain) {
    case 'day':
      return `date(${column})`;
    case 'week':
      return `date(${column}, 'weekday 0', '-6 days')`;
    case 'month':
      return `date(${column}, 'start of month')`;
    case 'quarter':
      return `date(${column}, 'start of month', printf('-%d months', (CAST(strftime('%m', ${column}) AS INTEGER) - 1) % 3))`;
    case 'year':
      return `date(${column}, 'start of year')`;
  }
}

/**
 * A metric query as SQL. Filters become `{{field}}` placeholders so that they are expanded, bound
 * and applied before aggregation exactly like filters on hand-written widget SQL.
 */
export function compileMetric(kind: DataSourceKind, metric: MetricDefinition, query: MetricQuery = {}): { sql: string } {
  const table = quoteTable(metric.table);
  checkMeasure(metric.measure);
  const allowed = new Set((metric.dimensions ?? []).map((name, index) => checkIdentifier(name, `dimensions[${index}]`)));
  const timeColumn = metric.time_column ? checkIdentifier(metric.time_column, 'time_column') : undefined;

  const dimensions = [...new Set(query.dimensions ?? [])];
  dimensions.forEach((name, index) => {
    if (!allowed.has(name)) {
      throw invalid(`"${name}" is not a dimension of this metric`, [{ field: `dimensions[${index}]`, message: 'not an allowed dimension' }]);
    }
  });

  const grain = query.time_grain ?? undefined;
  if (grain !== undefined && !GRAINS.has(grain)) {
    throw invalid(`Unknown time grain "${String(grain)}"`, [{ field: 'time_grain', message: 'must be day, week, month, quarter or year' }]);
  }
  if (grain !== undefined && !timeColumn) {
    throw invalid('This metric has no time column, so it has no time grain', [{ field: 'time_grain', message: 'metric has no time column' }]);
  }

  const filterFields = [...new Set((query.filters ?? []).map((filter) => filter.field))];
  (query.filters ?? []).forEach((filter, index) => {
    if (!allowed.has(filter.field) && filter.field !== timeColumn) {
      throw invalid(`Metric cannot be filtered by "${filter.field}"`, [
        { field: `filters[${index}].field`, message: 'not a dimension or the time column of this metric' },
      ]);
    }
  });

  const select = dimensions.map(quoteIdentifier);
  if (grain && timeColumn) select.push(`${periodStart(kind, grain, quoteIdentifier(timeColumn))} AS "period"`);
  const groups = select.map((_, index) => String(index + 1));
  select.push(`(${metric.measure}) AS "value"`);

  let sql = `SELECT ${select.join(', ')} FROM ${table}`;
  if (filterFields.length > 0) sql += ` WHERE ${filterFields.map((field) => `{{${field}}}`).join(' AND ')}`;
  if (groups.length > 0) {
    const order = grain ? [String(dimensions.length + 1), ...groups.slice(0, dimensions.length)] : groups;
    sql += ` GROUP BY ${groups.join(', ')} ORDER BY ${order.join(', ')}`;
  }
  guardSql(sql);
  return { sql };
}
