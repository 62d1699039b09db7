import { describe, expect, it } from 'vitest';
import {
  compare,
  constant,
  datetime,
  field,
  junction,
  match,
  not,
  value,
  type Predicate,
} from '../../../server/modules/dashboards/dashboard-predicate.js';
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
    expect(at('2026-06-02T10:30:00+02:00')).toEqual(compare('gt', field('created_at'), datetime('2026-06-02T08:30:00.000Z')));
    expect(at('2026-06-02T00:30:00-01:30')).toEqual(compare('gt', field('created_at'), datetime('2026-06-02T02:00:00.000Z')));
    expect(at('2026-01-01T00:30:00+01:00')).toEqual(compare('gt', field('created_at'), datetime('2025-12-31T23:30:00.000Z')));
    // An unencoded '+' arrives as a space.
    expect(at('2026-06-02T10:30:00 02:00')).toEqual(at('2026-06-02T10:30:00+02:00'));
    expect(at('0050-03-01T00:00:00Z')).toEqual(compare('gt', field('created_at'), datetime('0050-03-01T00:00:00.000Z')));
  });

  it('reads the substring functions as conditions and tolower as an operand', () => {
    expect(parseODataFilter("contains(name, 'Sales')")).toEqual(match('contains', field('name'), value('Sales')));
    expect(parseODataFilter("startswith(name,'Ex')")).toEqual(match('startswith', field('name'), value('Ex')));
    expect(parseODataFilter("endswith(description, name)")).toEqual(match('endswith', field('description'), field('name')));
    expect(parseODataFilter("tolower(name) eq 'sales'")).toEqual(compare('eq', field('name', true), value('sales')));
    expect(parseODataFilter("contains(tolower(name), tolower('ÉLAN'))")).toEqual(match('contains', field('name', true), value('Élan')));
  });

  it('folds a condition compared with a boolean literal', () => {
    const c = match('contains', field('name'), value('x'));
    expect(parseODataFilter("contains(name,'x') eq true")).toEqual(c);
    expect(parseODataFilter("contains(name,'x') eq false")).toEqual(not(c));
    expect(parseODataFilter("false ne contains(name,'x')")).toEqual(c);
    expect(parseODataFilter('true eq false')).toEqual(not(constant(true)));
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
    ['name', 'Expected a comparison operator (eq, ne, gt, ge, lt, le) at position 4, found the end of the filter', 4],
    ["name 'x'", "Expected a comparison operator (eq, ne, gt, ge, lt, le) at position 5, found 'x'", 5],
    ["name and name eq 'a'", "Expected a comparison operator (eq, ne, gt, ge, lt, le) at position 5, found 'and'", 5],
    ["name eq 'a' foo", "Expected an operator (eq, ne, gt, ge, lt, le, and, or) at position 12, found 'foo'", 12],
    ["name eq 'a')", "Expected 'and', 'or' or the end of the filter at position 11, found ')'", 11],
    ["name eq 'abc", 'Unterminated string literal starting at position 8', 8],
    ['name eq "a"', `Unexpected character '"' at position 8 (strings are written in single quotes)`, 8],
    ["name eq 'a' ; drop", "Unexpected character ';' at position 12", 12],
    ["name eq 'a'\u0000", 'Unexpected character U+0000 at position 11', 11],
    ["colour eq 'red'", 'Unknown property \'colour\' at position 0; properties are name, type, description, widgetCount, refreshInterval, createdAt, updatedAt', 0],
    ['widget_count gt 1', "Unknown property 'widget_count' at position 0; properties are name, type, description, widgetCount, refreshInterval, createdAt, updatedAt", 0],
    ['WidgetCount gt 1', "Unknown property 'WidgetCount' at position 0; did you mean 'widgetCount'?", 0],
    ["length(name) gt 1", 'Unknown function \'length\' at position 0; supported functions are contains, startswith, endswith, tolower', 0],
    ["Contains(name,'a')", "Unknown function 'Contains' at position 0; function names are lowercase: 'contains'", 0],
    ["name('a')", "Unknown function 'name' at position 0; 'name' is a property, not a function", 0],
    ["name EQ 'a'", "Unknown operator 'EQ' at position 5; operators are lowercase: 'eq'", 5],
    ["name eq 'a' AND type eq 'b'", "Unknown operator 'AND' at position 12; operators are lowercase: 'and'", 12],
    ['refreshInterval eq NULL', "Unknown property 'NULL' at position 19; literals are lowercase: 'null'", 19],
    ["name in ('a')", "Operator 'in' at position 5 is not supported", 5],
    ['widgetCount add 1 gt 2', "Operator 'add' at position 12 is not supported", 12],
    ["name eq 'a' eq 'b'", "Comparisons cannot be chained at position 12; join them with 'and' or 'or'", 12],
    ["widgetCount gt 'abc'", "Cannot compare widgetCount (a number) with 'abc' (a string) at position 12", 12],
    ["name eq 3", 'Cannot compare name (a string) with 3 (a number) at position 5', 5],
    ["createdAt gt '2026-06-02T10:30:00Z'", "Cannot compare createdAt (a datetime) with '2026-06-02T10:30:00Z' (a string) at position 10; write datetimes without quotes, like 2026-06-02T10:30:00Z", 10],
    ['name gt null', 'null can only be compared with eq or ne at position 5', 5],
    ["name eq true", 'Cannot compare name (a string) with true (a condition) at position 5', 5],
    ["contains(name,'a') gt true", 'Conditions can only be compared with eq or ne at position 19', 19],
    ["contains(name,'a') eq contains(type,'b')", 'Comparing two conditions at position 19 is not supported; combine them with and, or, not', 19],
    ['contains(widgetCount, 1)', 'contains expects a string as its first argument at position 9, found widgetCount (a number)', 9],
    ["startswith(name, null)", 'startswith expects a string as its second argument at position 17, found null', 17],
    ['tolower(createdAt) eq 1', 'tolower expects a string as its first argument at position 8, found createdAt (a datetime)', 8],
    ["tolower(name, 'x')", "Expected ')' at position 12, found ','", 12],
    ['widgetCount gt 1.', 'Invalid number at position 15: expected digits with an optional \'-\' and decimal part, like -12.5', 15],
    ['widgetCount gt 1e5', "Invalid number at position 15: expected digits with an optional '-' and decimal part, like -12.5", 15],
    ['widgetCount gt - 1', "Invalid number at position 15: expected digits with an optional '-' and decimal part, like -12.5", 15],
    ['createdAt gt 2026-06-02', 'Invalid datetime literal at position 13: expected a form like 2026-06-02T10:30:00Z', 13],
    ['createdAt gt 2026-06-02T10:30:00', 'Datetime literal at position 13 needs a time zone: add Z or an offset like +02:00', 13],
    ['createdAt gt 2026-02-30T10:30:00Z', 'Invalid datetime 2026-02-30T10:30:00Z at position 13: a date or time part is out of range', 13],
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
