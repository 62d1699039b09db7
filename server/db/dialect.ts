import type { ColumnDataType, Expression } from 'kysely';
import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';
import { sql } from 'kysely';

/**
 * Every difference between the SQLite and PostgreSQL metadata stores lives here, so migrations
 * and repositories can stay dialect-free.
 */
export type DialectName = 'sqlite' | 'postgres';

/** Booleans travel as 0/1: better-sqlite3 cannot bind JS booleans and PostgreSQL parses '0'/'1'. */
export function toDbBool(value: boolean): number {
  return value ? 1 : 0;
}

export function fromDbBool(value: number | boolean): boolean {
  return value === true || value === 1;
}

export function booleanType(dialect: DialectName): ColumnDataType {
  return dialect === 'postgres' ? 'boolean' : 'integer';
}

/** An auto-incrementing integer primary key. */
export function addSerialId<T extends string>(
  dialect: DialectName,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'bigserial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement());
}

/** Case-insensitive substring match; both sides are lower-cased so it behaves alike on both stores. */
export function containsInsensitive(column: Expression<unknown>, needle: string) {
  const pattern = `%${needle.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${column}) like ${pattern} escape '\\'`;
}

/** A unique-constraint violation, as either driver reports it. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
