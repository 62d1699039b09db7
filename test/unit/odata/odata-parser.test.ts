import { describe, expect, it } from 'vitest';
import {
  call,
  compare,
  constant,
  date,
  datetime,
  field,
  junction,
  match,
  not,
  value,
  type Predicate,
} from '../../../server/predicates/predicate.js';
import { same } from '../../../server/modules/dashboards/dashboard-fields.js';
import { ODataFilterError } from '../../../server/faces/analytics/odata/odata-errors.js';
import { parseODataFilter } from '../../../server/faces/analytics/odata/odata-parser.js';

const name = (v: string) => compare('eq', field('name'), value(v));
const and = (...ps: Predicate[]) => junction('and', ps);
const or = (...ps: Predicate[]) => junction('or', ps);

function failure(filter: string): ODataFilterError {
  try {
    parseODataFilter(filter);
  } catch (error) {
    expect(error).toBeInstanceOf(ODataFilterError);
    return error as ODataFilterError;
  }
  throw new Error(`expected ${filter} to be refused`);
}

describe('OData $filter precedence', () => {
  it('binds and tighter than or', () => {
    expect(parseODataFilter("name eq 'a' or name eq 'b' and name eq 'c'")).toEqual(or(name('a'), and(name('b'), name('c'))));
    expect(parseODataFilter("name eq 'a' and name eq 'b' or name eq 'c'")).toEqual(or(and(name('a'), name('b')), name('c')));
  });

  it('lets parentheses override precedence', () => {
    expect(parseODataFilter("(name eq 'a' or name eq 'b') and name eq 'c'")).toEqual(and(or(name('a'), name('b')), name('c')));
  });

  it('applies not to a whole comparison and binds it tighter than and', () => {
    expect(parseODataFilter("not name eq 'a' and name eq 'b'")).toEqual(and(not(name('a')), name('b')));
    expect(parseODataFilter("not (name eq 'a' or name eq 'b')")).toEqual(not(or(name('a'), name('b'))));
    expect(parseODataFilter("not not name eq 'a'")).toEqual(not(not(name('a'))));
  });

  it('keeps long chains flat', () => {
    const chain = parseODataFilter(Array.from({ length: 5 }, (_, i) => `name eq '${i}'`).join(' or '));
    expect(chain).toEqual({ kind: 'or', operands: ['0', '1', '2', '3', '4'].map(name) });
  });
});

describe('OData $filter operators, literals and functions', () => {
  it.each(['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const)('reads %s', (op) => {
    expect(parseODataFilter(`widgetCount ${op} 3`)).toEqual(compare(op, field('widget_count'), value(3)));
  });

  it('maps every camelCase property onto its field', () => {
    expect(parseODataFilter("type eq 'x'")).toEqual(compare('eq', field('type'), value('x')));
    expect(parseODataFilter("description ne ''")).toEqual(compare('ne', field('description'), value('')));
    expect(parseODataFilter('refreshInterval ge 60')).toEqual(compare('ge', field('refresh_interval_seconds'), value(60)));
    expect(parseODataFilter('createdAt lt updatedAt')).toEqual(compare('lt', field('created_at'), field('updated_at')));
  });

  it('reads strings with doubled quotes, numbers, null and booleans', () => {
    expect(parseODataFilter("name eq 'O''Brien''s'")).toEqual(name("O'Brien's"));
    expect(parseODataFilter("name eq ''''")).toEqual(name("'"));
    expect(parseODataFilter('widgetCount gt -2')).toEqual(compare('gt', field('widget_count'), value(-2)));
    expect(parseODataFilter('widgetCount lt 2.75')).toEqual(compare('lt', field('widget_count'), value(2.75)));
    expect(parseODataFilter('refreshInterval eq null')).toEqual(compare('eq', field('refresh_interval_seconds'), value(null)));
    expect(parseODataFilter('null ne refreshInterval')).toEqual(compare('ne', value(null), field('refresh_interval_seconds')));
    expect(parseODataFilter('true')).toEqual(constant(true));
    expect(parseODataFilter('false or true')).toEqual(or(constant(false), constant(true)));
  });

  it('normalizes datetimes to the stored UTC form', () => {
    const at = (literal: string) => parseODataFilter(`createdAt gt ${literal}`);
    expect(at('2026-06-02T10:30:00Z')).toEqual(compare('gt', field('created_at'), datetime('2026-06-02T10:30:00.000Z')));
    expect(at('2026-06-02T10:30Z')).toEqual(at('2026-06-02T10:30:00.000Z'));
    expect(at('2026-06-02T10:30:00.5Z')).toEqual(compare('gt', field('created_at'), datetime('2026-06-02T10:30:00.500Z')));
    expect(at('2026-06-02T10:30:00.1230000Z')).toEqual(compare('gt', field('created_at'), datetime('2026-06-02T10:30:00.123Z')));
    expect(at('2026-06-02T10:30:00+02:00')).toEqual(compare('gt', field('created_at'), datetime('2026-06-02T08:30:00.000Z', 120)));
    expect(at('2026-06-02T00:30:00-01:30')).toEqual(compare('gt', field('created_at'), datetime('2026-06-02T02:00:00.000Z', -90)));
    expect(at('2026-01-01T00:30:00+01:00')).toEqual(compare('gt', field('created_at'), datetime('2025-12-31T23:30:00.000Z', 60)));
    expect(at('2026-01-01T00:30:00+00:00')).toEqual(at('2026-01-01T00:30:00Z'));
    // An unencoded '+' arrives as a space.
    expect(at('2026-06-02T10:30:00 02:00')).toEqual(at('2026-06-02T10:30:00+02:00'));
    expect(at('0050-03-01T00:00:00Z')).toEqual(compare('gt', field('created_at'), datetime('0050-03-01T00:00:00.000Z')));
  });

  it('reads the substring functions as conditions and the other functions as values', () => {
    expect(parseODataFilter("contains(name, 'Sales')")).toEqual(match('contains', field('name'), value('Sales')));
    expect(parseODataFilter("startswith(name,'Ex')")).toEqual(match('startswith', field('name'), value('Ex')));
    expect(parseODataFilter("endswith(description, name)")).toEqual(match('endswith', field('description'), field('name')));
    expect(parseODataFilter("tolower(name) eq 'sales'")).toEqual(compare('eq', call('tolower', field('name')), value('sales')));
    expect(parseODataFilter("contains(tolower(name), tolower('ÉLAN'))")).toEqual(match('contains', call('tolower', field('name')), call('tolower', value('ÉLAN'))));
    expect(parseODataFilter("toupper(trim(name)) eq 'A'")).toEqual(compare('eq', call('toupper', call('trim', field('name'))), value('A')));
    expect(parseODataFilter('length(name) gt 3')).toEqual(compare('gt', call('length', field('name')), value(3)));
    expect(parseODataFilter("indexof(name, 'x') eq -1")).toEqual(compare('eq', call('indexof', field('name'), value('x')), value(-1)));
    expect(parseODataFilter("substring(name, 1) eq 'b'")).toEqual(compare('eq', call('substring', field('name'), value(1)), value('b')));
    expect(parseODataFilter("substring(name, 1, widgetCount) eq 'b'")).toEqual(compare('eq', call('substring', field('name'), value(1), field('widget_count')), value('b')));
    expect(parseODataFilter("concat(name, type) eq 'ab'")).toEqual(compare('eq', call('concat', field('name'), field('type')), value('ab')));
  });

  it('reads the date functions, now() and Date literals', () => {
    for (const fn of ['year', 'month', 'day', 'hour', 'minute', 'second'] as const) {
      expect(parseODataFilter(`${fn}(createdAt) eq 2`)).toEqual(compare('eq', call(fn, field('created_at')), value(2)));
    }
    expect(parseODataFilter('year(2026-12-01) eq 2026')).toEqual(compare('eq', call('year', date('2026-12-01')), value(2026)));
    expect(parseODataFilter('date(updatedAt) eq 2026-12-01')).toEqual(compare('eq', call('date', field('updated_at')), date('2026-12-01')));
    expect(parseODataFilter('createdAt lt now()')).toEqual(compare('lt', field('created_at'), call('now')));
    expect(parseODataFilter('createdAt ge 2026-12-01')).toEqual(compare('ge', field('created_at'), date('2026-12-01')));
    expect(parseODataFilter('createdAt ge 0050-03-01 and createdAt lt 2024-02-29')).toEqual(
      and(compare('ge', field('created_at'), date('0050-03-01')), compare('lt', field('created_at'), date('2024-02-29'))),
    );
  });

  it('matches operator, literal and function names without regard to case', () => {
    expect(parseODataFilter("name EQ 'a'")).toEqual(name('a'));
    expect(parseODataFilter("StartsWith(name,'a') AND NOT TOLOWER(type) Ne 'b'")).toEqual(
      and(match('startswith', field('name'), value('a')), not(compare('ne', call('tolower', field('type')), value('b')))),
    );
    expect(parseODataFilter('refreshInterval eq NULL or TRUE')).toEqual(or(compare('eq', field('refresh_interval_seconds'), value(null)), constant(true)));
    expect(parseODataFilter("name IN ('a')")).toEqual(name('a'));
  });

  it('reads in as a list of equalities', () => {
    expect(parseODataFilter("name in ('A','B', 'C')")).toEqual(or(name('A'), name('B'), name('C')));
    expect(parseODataFilter('refreshInterval in (null, 60)')).toEqual(
      or(compare('eq', field('refresh_interval_seconds'), value(null)), compare('eq', field('refresh_interval_seconds'), value(60))),
    );
    expect(parseODataFilter("not name in ('a') and type eq 'b'")).toEqual(and(not(name('a')), compare('eq', field('type'), value('b'))));
  });

  it('reads numbers with exponents', () => {
    expect(parseODataFilter('widgetCount gt 1e5')).toEqual(compare('gt', field('widget_count'), value(100000)));
    expect(parseODataFilter('widgetCount gt 2.5E-1')).toEqual(compare('gt', field('widget_count'), value(0.25)));
  });

  it('takes null anywhere a value goes', () => {
    expect(parseODataFilter('name gt null')).toEqual(compare('gt', field('name'), value(null)));
    expect(parseODataFilter('startswith(name, null)')).toEqual(match('startswith', field('name'), value(null)));
    expect(parseODataFilter('length(null) eq null')).toEqual(compare('eq', call('length', value(null)), value(null)));
    expect(parseODataFilter('substring(name, null) eq null')).toEqual(compare('eq', call('substring', field('name'), value(null)), value(null)));
  });

  it('folds a condition compared with a boolean literal, and compares conditions that may be unknown', () => {
    const c = match('contains', field('name'), value('x'));
    expect(parseODataFilter("contains(name,'x') eq true")).toEqual(c);
    expect(parseODataFilter("contains(name,'x') eq false")).toEqual(not(c));
    expect(parseODataFilter("false ne contains(name,'x')")).toEqual(not(not(c)));
    expect(parseODataFilter("contains(name,'x') eq null")).toEqual(constant(false));
    expect(parseODataFilter('true eq false')).toEqual(constant(false));
    expect(parseODataFilter('true ne null')).toEqual(not(constant(false)));
    const unknown = match('contains', field('name'), value(null));
    expect(parseODataFilter('contains(name, null) eq true')).toEqual(same(unknown, constant(true)));
    expect(parseODataFilter('contains(name, null) ne null')).toEqual(not(same(unknown, constant(null))));
    const d = match('contains', field('type'), value('b'));
    expect(parseODataFilter("contains(name,'x') eq contains(type,'b')")).toEqual(same(c, d));
    expect(parseODataFilter("name eq 'a' eq true")).toEqual(name('a'));
    expect(parseODataFilter("widgetCount gt 1 eq widgetCount lt 3")).toEqual(same(compare('gt', field('widget_count'), value(1)), compare('lt', field('widget_count'), value(3))));
  });

  it('tolerates whitespace of any kind between tokens', () => {
    expect(parseODataFilter("\t( name\neq 'a' )\r\n")).toEqual(name('a'));
  });
});

describe('OData $filter errors', () => {
  it.each([
    ["(name eq 'a' or name eq 'b'", "Expected ')' at position 27, found the end of the filter", 27],
    ["contains(name 'x')", "Expected ',' at position 14, found 'x'", 14],
    ["name eq 'a' and", 'Expected a property, literal or function at position 15, found the end of the filter', 15],
    ['name', 'Expected a comparison operator (eq, ne, gt, ge, lt, le, in) at position 4, found the end of the filter', 4],
    ["name 'x'", "Expected a comparison operator (eq, ne, gt, ge, lt, le, in) at position 5, found 'x'", 5],
    ["name and name eq 'a'", "Expected a comparison operator (eq, ne, gt, ge, lt, le, in) at position 5, found 'and'", 5],
    ["name eq 'a' foo", "Expected an operator (eq, ne, gt, ge, lt, le, in, and, or) at position 12, found 'foo'", 12],
    ["name eq 'a')", "Expected 'and', 'or' or the end of the filter at position 11, found ')'", 11],
    ["name eq 'abc", 'Unterminated string literal starting at position 8', 8],
    ['name eq "a"', `Unexpected character '"' at position 8 (strings are written in single quotes)`, 8],
    ["name eq 'a' ; drop", "Unexpected character ';' at position 12", 12],
    ["name eq 'a'\u0000", 'Unexpected character U+0000 at position 11', 11],
    ["colour eq 'red'", 'Unknown property \'colour\' at position 0; properties are name, type, description, widgetCount, refreshInterval, createdAt, updatedAt', 0],
    ['widget_count gt 1', "Unknown property 'widget_count' at position 0; properties are name, type, description, widgetCount, refreshInterval, createdAt, updatedAt", 0],
    ['WidgetCount gt 1', "Unknown property 'WidgetCount' at position 0; did you mean 'widgetCount'?", 0],
    ["lower(name) gt 'a'", "Unknown function 'lower' at position 0; supported functions are contains, startswith, endswith, tolower, toupper, trim, length, indexof, substring, concat, year, month, day, hour, minute, second, date, now", 0],
    ["name('a')", "Unknown function 'name' at position 0; 'name' is a property, not a function", 0],
    ["Name eq 'a'", "Unknown property 'Name' at position 0; did you mean 'name'?", 0],
    ["name in ()", "Expected a property, literal or function at position 9, found ')'", 9],
    ["name in 'a'", "Expected '(' and a list of values at position 8, found 'a'", 8],
    ["name in ('a' 'b')", "Expected ',' or ')' at position 13, found 'b'", 13],
    ["name in ('a', 1)", 'Cannot compare name (a string) with 1 (a number) at position 5', 5],
    ['widgetCount has 1', "Operator 'has' at position 12 is not supported", 12],
    ['widgetCount add 1 gt 2', "Operator 'add' at position 12 is not supported", 12],
    ["name eq 'a' eq 'b'", "Cannot compare name eq 'a' (a condition) with 'b' (a string) at position 12", 12],
    ["widgetCount gt 1 gt 2", 'Cannot compare widgetCount gt 1 (a condition) with 2 (a number) at position 17', 17],
    ["widgetCount gt 'abc'", "Cannot compare widgetCount (a number) with 'abc' (a string) at position 12", 12],
    ["name eq 3", 'Cannot compare name (a string) with 3 (a number) at position 5', 5],
    ["createdAt gt '2026-06-02T10:30:00Z'", "Cannot compare createdAt (a datetime) with '2026-06-02T10:30:00Z' (a string) at position 10; write dates and datetimes without quotes, like 2026-06-02 or 2026-06-02T10:30:00Z", 10],
    ["createdAt gt 2026-06-02 eq 1", 'Cannot compare createdAt gt 2026-06-02 (a condition) with 1 (a number) at position 24', 24],
    ['createdAt gt 1', 'Cannot compare createdAt (a datetime) with 1 (a number) at position 10', 10],
    ["name eq true", 'Cannot compare name (a string) with true (a condition) at position 5', 5],
    ["contains(name,'a') gt true", 'Conditions can only be compared with eq or ne at position 19', 19],
    ["contains(name,'a') gt contains(type,'b')", 'Conditions can only be compared with eq or ne at position 19', 19],
    ['contains(widgetCount, 1)', 'contains expects a string as its first argument at position 9, found widgetCount (a number)', 9],
    ['tolower(createdAt) eq 1', 'tolower expects a string as its first argument at position 8, found createdAt (a datetime)', 8],
    ["tolower(name, 'x')", "Expected ')' at position 12, found ','", 12],
    ['contains(name) eq 1', "Expected ',' at position 13, found ')'", 13],
    ['substring(name)', "Expected ',' at position 14, found ')'", 14],
    ['substring(name, 1, 2, 3)', "Expected ')' at position 20, found ','", 20],
    ["substring(name, 1.5) eq 'a'", 'substring expects a whole number between -2147483647 and 2147483647 as its second argument at position 16, found 1.5 (a number)', 16],
    ["substring(name, 99999999999) eq 'a'", 'substring expects a whole number between -2147483647 and 2147483647 as its second argument at position 16, found 99999999999 (a number)', 16],
    ["substring(name, '1') eq 'a'", "substring expects a whole number as its second argument at position 16, found '1' (a string)", 16],
    ["concat(name, 1) eq 'a'", 'concat expects a string as its second argument at position 13, found 1 (a number)', 13],
    ['year(name) eq 1', 'year expects a date or datetime as its first argument at position 5, found name (a string)', 5],
    ['hour(2026-01-01) eq 1', 'hour expects a datetime as its first argument at position 5, found 2026-01-01 (a date)', 5],
    ["length(name) gt '1'", "Cannot compare length(name) (a number) with '1' (a string) at position 13", 13],
    ['now(1)', "Expected ')' at position 4, found '1'", 4],
    ['widgetCount gt 1.', "Invalid number at position 15: expected digits with an optional '-', decimal part and exponent, like -12.5 or 1e3", 15],
    ['widgetCount gt 1e', "Invalid number at position 15: expected digits with an optional '-', decimal part and exponent, like -12.5 or 1e3", 15],
    ['widgetCount gt 1e309', 'Number at position 15 is out of range', 15],
    ['widgetCount gt - 1', "Invalid number at position 15: expected digits with an optional '-', decimal part and exponent, like -12.5 or 1e3", 15],
    ['createdAt gt 2026-06-02x', 'Invalid date or datetime literal at position 13: expected a form like 2026-06-02 or 2026-06-02T10:30:00Z', 13],
    ['createdAt gt 2026-13-01', 'Invalid date 2026-13-01 at position 13: a date part is out of range', 13],
    ['createdAt gt 2026-6-01', "Invalid date literal at position 13: expected a form like 2026-06-02 or 2026-06-02T10:30:00Z", 13],
    ['createdAt gt 2026-06-02T10:30:00', 'Datetime literal at position 13 needs a time zone: add Z or an offset like +02:00', 13],
    ['createdAt gt 2026-02-30T10:30:00Z', 'Invalid date 2026-02-30T10:30:00Z at position 13: a date part is out of range', 13],
    ['createdAt gt 2026-06-02T24:00:00Z', 'Invalid datetime 2026-06-02T24:00:00Z at position 13: a date or time part is out of range', 13],
    ['createdAt gt 2026-06-02T10:30:00.0001Z', 'Datetime literal at position 13 is more precise than milliseconds', 13],
    ['createdAt gt 9999-12-31T23:30:00-01:00', 'Datetime literal at position 13 is outside the years 0000 to 9999 in UTC', 13],
    ['', 'Expected a property, literal or function at position 0, found the end of the filter', 0],
  ])('refuses %j', (filter, message, position) => {
    const error = failure(filter);
    expect(error.message).toBe(message);
    expect(error.position).toBe(position);
    expect(error.code).toBe('INVALID_FILTER');
    expect(error.kind).toBe('bad_request');
    expect(error.extra.fields).toEqual([{ field: '$filter', message }]);
  });

  it('refuses filters over 2000 characters and nesting over 32 levels', () => {
    expect(failure(`name eq '${'x'.repeat(2000)}'`).message).toBe('Filter is 2010 characters long; the limit is 2000');
    expect(parseODataFilter(`${'('.repeat(32)}true${')'.repeat(32)}`)).toEqual(constant(true));
    expect(failure(`${'('.repeat(33)}true${')'.repeat(33)}`).message).toBe('Filter nests deeper than 32 levels at position 32');
    expect(failure(`${'not '.repeat(40)}true`).message).toBe('Filter nests deeper than 32 levels at position 128');
    expect(failure(`${'tolower('.repeat(40)}name${')'.repeat(40)} eq 'a'`).message).toBe('Filter nests deeper than 32 levels at position 256');
  });

  it('shortens long source text in messages', () => {
    expect(failure(`widgetCount gt '${'y'.repeat(100)}'`).message).toBe(`Cannot compare widgetCount (a number) with '${'y'.repeat(36)}... (a string) at position 12`);
  });
});
