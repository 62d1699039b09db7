import { sql, type RawBuilder } from 'kysely';
import { describedField, type TableDescription } from '../../predicates/table-description.js';

/** The field's value as SQL: its column, qualified by the table, or its expression. */
export function fieldSql(table: TableDescription, name: string): RawBuilder<unknown> {
  const { column } = describedField(table, name);
  return typeof column === 'string' ? sql.ref(`${table.table}.${column}`) : column;
}

/** The table's unique id column, qualified. */
export function idSql(table: TableDescription): RawBuilder<unknown> {
  return sql.ref(`${table.table}.${table.id}`);
}
