import { describe, expect, it } from 'vitest';
import type { ColumnSchema } from '../../server/db/introspection/index.js';
import { coerceValue } from '../../server/modules/models/record-values.js';

const column = (kind: ColumnSchema['kind'], extra: Partial<ColumnSchema> = {}): ColumnSchema => ({ name: 'c', kind, dbType: kind, nullable: false, defaultValue: null, generated: false, ...extra });

describe('values for admin columns', () => {
  it('keeps every digit of numerics a double cannot hold, from text and JSON alike', () => {
    expect(coerceValue(column('number'), '12345678901234567.89', 'text', 'postgres')).toEqual({ value: '12345678901234567.89' });
    expect(coerceValue(column('number'), '0.1000000000000000055511151231257827', 'text', 'postgres')).toEqual({ value: '0.1000000000000000055511151231257827' });
    expect(coerceValue(column('number'), '2.5', 'text', 'postgres')).toEqual({ value: '2.5' }); // bound as text: the store reads it as its type
    expect(coerceValue(column('integer'), '9007199254740993', 'json', 'postgres')).toEqual({ value: '9007199254740993' });
  });

  it('reads booleans, dates and enums strictly from JSON and leniently from text', () => {
    expect(coerceValue(column('boolean'), 'yes', 'text', 'sqlite')).toEqual({ value: 1 });
    expect(coerceValue(column('boolean'), 'yes', 'json', 'postgres')).toEqual({ error: 'must be true or false' });
    expect(coerceValue(column('date'), '2025-02-30', 'text', 'sqlite')).toHaveProperty('error');
    expect(coerceValue(column('string', { enumValues: ['a', 'b'] }), 'c', 'json', 'postgres')).toHaveProperty('error');
    expect(coerceValue(column('string', { maxLength: 2 }), 'abc', 'json', 'postgres')).toEqual({ error: 'must be at most 2 characters' });
  });
});
