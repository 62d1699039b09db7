import { describe, expect, it } from 'vitest';
import { ODataFilterError } from '../../../server/faces/analytics/odata/odata-errors.js';
import { parseODataOrderBy } from '../../../server/faces/analytics/odata/odata-orderby.js';

describe('OData $orderby', () => {
  it('reads properties with optional directions, ascending by default', () => {
    expect(parseODataOrderBy('name')).toEqual([{ field: 'name', direction: 'asc' }]);
    expect(parseODataOrderBy('widgetCount desc, createdAt asc,refreshInterval')).toEqual([
      { field: 'widget_count', direction: 'desc' },
      { field: 'created_at', direction: 'asc' },
      { field: 'refresh_interval_seconds', direction: 'asc' },
    ]);
  });

  it('gives an empty order for a blank value', () => {
    expect(parseODataOrderBy('')).toEqual([]);
    expect(parseODataOrderBy('  ')).toEqual([]);
  });

  it.each([
    ['name,', 'Expected a property name at position 5, found the end of $orderby', 5],
    [',name', "Expected a property name at position 0, found ','", 0],
    ['name sideways', "Expected 'asc', 'desc', ',' or the end of $orderby at position 5, found 'sideways'", 5],
    ['name DESC', "Unknown direction 'DESC' at position 5; directions are lowercase: 'desc'", 5],
    ['name desc type', "Expected ',' or the end of $orderby at position 10, found 'type'", 10],
    ['colour', 'Unknown property \'colour\' at position 0; properties are name, type, description, widgetCount, refreshInterval, createdAt, updatedAt', 0],
    ['CreatedAt desc', "Unknown property 'CreatedAt' at position 0; did you mean 'createdAt'?", 0],
    ['name, type desc, name desc', "Property 'name' at position 17 appears twice in $orderby", 17],
    ["name; drop table dashboards", "Unexpected character ';' at position 4", 4],
    ["'name'", "Expected a property name at position 0, found ''name''", 0],
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
