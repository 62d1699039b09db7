import type { ColumnDataType, Expression } from 'kysely';
import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { SQLITE_UNICODE_LOWER, SQLITE_UNICODE_UPPER } from './sqlite-functions.js';

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

/** Case-insensitive substring match over all of Unicode (`été` finds "ÉTÉ Report"), alike on both stores. */
export function containsInsensitive(column: Expression<unknown>, needle: string, dialect: DialectName) {
  const pattern = `%${needle.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${caseMapped(sql`${column}`, 'lower', dialect)} like ${pattern} escape '\\'`;
}

/** A unique-constraint violation, as either driver reports it. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

// Expression pieces for the dashboard filter compiler. Both stores hold UTF-8 text; these make
// them agree on case, collation, positions and white space, with every value a bound parameter.

export type SqlType = 'text' | 'numeric' | 'integer';

/** A bound value; PostgreSQL is told its type, so it never has to guess (and misparse `2.5` as an integer). */
export function boundValue(value: string | number | null, type: SqlType, dialect: DialectName): RawBuilder<unknown> {
  if (dialect === 'sqlite') return sql`${value}`;
  return sql`cast(${value} as ${sql.raw(type)})`;
}

/** An integer expression as PostgreSQL's string functions take it (a count(*) is bigint there). */
export function asInteger(expression: RawBuilder<unknown>, dialect: DialectName, width: 'integer' | 'bigint' = 'integer'): RawBuilder<unknown> {
  return dialect === 'postgres' ? sql`cast(${expression} as ${sql.raw(width)})` : expression;
}

/** Text that compares and orders by code point: SQLite's BINARY always does; PostgreSQL needs COLLATE "C". */
export function byCodePoint(expression: RawBuilder<unknown>, dialect: DialectName): RawBuilder<unknown> {
  return dialect === 'postgres' ? sql`${expression} collate "C"` : expression;
}

/**
 * Unicode case mapping (`ÉTÉ` → `été`, `ß` → `SS`). SQLite gets JavaScript's mapping through a
 * function registered on the connection (sqlite-functions.ts); PostgreSQL gets ICU's root locale,
 * whatever locale the database was created with.
 */
export function caseMapped(expression: RawBuilder<unknown>, to: 'lower' | 'upper', dialect: DialectName): RawBuilder<unknown> {
  if (dialect === 'sqlite') return sql`${sql.raw(to === 'lower' ? SQLITE_UNICODE_LOWER : SQLITE_UNICODE_UPPER)}(${expression})`;
  return to === 'lower' ? sql`lower(${expression} collate "und-x-icu")` : sql`upper(${expression} collate "und-x-icu")`;
}

/** 1-based position of `needle` in `haystack` counted in characters, 0 when absent. */
export function textPosition(haystack: RawBuilder<unknown>, needle: RawBuilder<unknown>, dialect: DialectName): RawBuilder<number> {
  return dialect === 'postgres' ? sql<number>`strpos(${haystack}, ${needle})` : sql<number>`instr(${haystack}, ${needle})`;
}

/** The characters JavaScript's String.prototype.trim() removes: Unicode white space and line ends. */
export const UNICODE_WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Both ends stripped of Unicode white space; plain trim() on either store strips spaces only. */
export function trimmed(expression: RawBuilder<unknown>, dialect: DialectName): RawBuilder<unknown> {
  const characters = boundValue(UNICODE_WHITESPACE, 'text', dialect);
  return dialect === 'postgres' ? sql`btrim(${expression}, ${characters})` : sql`trim(${expression}, ${characters})`;
}

/** Equality where null equals null (and nothing else), never unknown. */
export function sameValue(left: RawBuilder<unknown>, right: RawBuilder<unknown>, dialect: DialectName): RawBuilder<SqlBool> {
  return dialect === 'postgres' ? sql<SqlBool>`${left} is not distinct from ${right}` : sql<SqlBool>`${left} is ${right}`;
}

/** The unknown truth value as a condition. */
export function unknownCondition(dialect: DialectName): RawBuilder<SqlBool> {
  return dialect === 'postgres' ? sql<SqlBool>`cast(null as boolean)` : sql<SqlBool>`null`;
}
