import { describe, expect, it } from 'vitest';
import { ODataFilterError } from '../../../server/faces/analytics/odata/odata-errors.js';
import { parseODataOrderBy } from '../../../server/faces/analytics/odata/odata-orderby.js';
import { call, field, value } from '../../../server/predicates/predicate.js';

describe('OData $orderby', () => {
  it('reads properties with optional directions, ascending by default', () => {
    expect(parseODataOrderBy('name')).toEqual([{ expression: field('name'), direction: 'asc' }]);
    expect(parseODataOrderBy('widgetCount desc, createdAt asc,refreshInterval')).toEqual([
      { expression: field('widget_count'), direction: 'desc' },
      { expression: field('created_at'), direction: 'asc' },
      { expression: field('refresh_interval_seconds'), direction: 'asc' },
    ]);
  });

  it('reads functions of properties, and directions in any case', () => {
    expect(parseODataOrderBy('tolower(name) desc, length(name)')).toEqual([
      { expression: call('tolower', field('name')), direction: 'desc' },
      { expression: call('length', field('name')), direction: 'asc' },
    ]);
    expect(parseODataOrderBy("year(createdAt) DESC, substring(name, 1, 2) Asc, concat(type, 'x')")).toEqual([
      { expression: call('year', field('created_at')), direction: 'desc' },
      { expression: call('substring', field('name'), value(1), value(2)), direction: 'asc' },
      { expression: call('concat', field('type'), value('x')), direction: 'asc' },
    ]);
  });

  it('gives an empty order for a blank value', () => {
    expect(parseODataOrderBy('')).toEqual([]);
    expect(parseODataOrderBy('  ')).toEqual([]);
  });

  it.each([
    ['name,', 'Expected a property or a function of one at position 5, found the end of $orderby', 5],
    [',name', "Expected a property or a function of one at position 0, found ','", 0],
    ['name sideways', "Expected 'asc', 'desc', ',' or the end of $orderby at position 5, found 'sideways'", 5],
    ['name desc type', "Expected ',' or the end of $orderby at position 10, found 'type'", 10],
    ['colour', 'Unknown property \'colour\' at position 0; properties are name, type, description, widgetCount, refreshInterval, createdAt, updatedAt', 0],
    ['CreatedAt desc', "Unknown property 'CreatedAt' at position 0; did you mean 'createdAt'?", 0],
    ['name, type desc, name desc', "'name' at position 17 appears twice in $orderby", 17],
    ['tolower(name), TOLOWER(name) desc', "'TOLOWER(name)' at position 15 appears twice in $orderby", 15],
    ["name; drop table dashboards", "Unexpected character ';' at position 4", 4],
    ["'name'", "Ordering by 'name' at position 0 orders nothing: it is the same for every dashboard", 0],
    ['now() desc', 'Ordering by now() at position 0 orders nothing: it is the same for every dashboard', 0],
    ["name eq 'a'", "Cannot order by the condition name eq 'a' at position 0; order by a property or a function of one", 0],
    ['length(createdAt)', 'length expects a string as its first argument at position 7, found createdAt (a datetime)', 7],
    ['widgetCount add 1', "Operator 'add' at position 12 is not supported", 12],
    ['tolower(name', "Expected ')' at position 12, found the end of $orderby", 12],
    [`${'tolower('.repeat(40)}name${')'.repeat(40)}`, '$orderby nests deeper than 32 levels at position 256', 256],
  ])('refuses %j', (orderBy, message, position) => {
    let error: unknown;
    try {
      parseODataOrderBy(orderBy);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ODataFilterError);
    expect((error as ODataFilterError).message).toBe(message);
    expect((error as ODataFilterError).position).toBe(position);
    expect((error as ODataFilterError).code).toBe('INVALID_ORDERBY');
    expect((error as ODataFilterError).extra.fields).toEqual([{ field: '$orderby', message }]);
  });
});
