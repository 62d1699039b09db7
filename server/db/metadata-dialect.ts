import { sql, type ColumnDataType, type ColumnDefinitionBuilder, type CreateTableBuilder, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from './schema.js';
import { SQLITE_UNICODE_LOWER, SQLITE_UNICODE_UPPER } from './sqlite-functions.js';

/**
 * Every difference between the SQLite and PostgreSQL metadata stores lives behind one adapter,
 * so migrations, repositories and the predicate compiler never ask which store they are on.
 * Both stores hold UTF-8 text; the expression pieces make them agree on case, collation,
 * positions and white space, with every value a bound parameter.
 */
export type DialectName = 'sqlite' | 'postgres';

/** The SQL type a bound value stands for. */
export type SqlType = 'text' | 'numeric' | 'integer';

export interface MetadataDialect {
  readonly name: DialectName;

  /** The column type of a boolean stored as 0/1 (see `toDbBool`). */
  booleanType(): ColumnDataType;
  /** An auto-incrementing integer primary key. */
  addSerialId<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'>;
  /**
   * Holds a row for the rest of the transaction, so concurrent changes to it queue instead of
   * failing each other's version check.
   */
  lockRowForChange(executor: Kysely<DB>, table: 'dashboards', id: string): Promise<void>;

  /** A bound value of a known SQL type. */
  boundValue(value: string | number | null, type: SqlType): RawBuilder<unknown>;
  /** An integer expression as the string functions take it. */
  asInteger(expression: RawBuilder<unknown>, width?: 'integer' | 'bigint'): RawBuilder<unknown>;
  /** Text that compares and orders by code point, whatever the store's collation. */
  byCodePoint(expression: RawBuilder<unknown>): RawBuilder<unknown>;
  /** Unicode case mapping (`ÉTÉ` → `été`, `ß` → `SS`), not only A–Z. */
  caseMapped(expression: RawBuilder<unknown>, to: 'lower' | 'upper'): RawBuilder<unknown>;
  /** 1-based position of `needle` in `haystack` counted in characters, 0 when absent. */
  textPosition(haystack: RawBuilder<unknown>, needle: RawBuilder<unknown>): RawBuilder<number>;
  /** Both ends stripped of Unicode white space (`UNICODE_WHITESPACE`). */
  trimmed(expression: RawBuilder<unknown>): RawBuilder<unknown>;
  /** Equality where null equals null (and nothing else), never unknown. */
  sameValue(left: RawBuilder<unknown>, right: RawBuilder<unknown>): RawBuilder<SqlBool>;
  /** The unknown truth value as a condition. */
  unknownCondition(): RawBuilder<SqlBool>;
  /** Case-insensitive substring match over all of Unicode (`été` finds "ÉTÉ Report"). */
  containsInsensitive(expression: Expression<unknown>, needle: string): RawBuilder<boolean>;
}

/** The characters JavaScript's String.prototype.trim() removes: Unicode white space and line ends. */
export const UNICODE_WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** `%needle%` in lower case, with LIKE's own characters escaped by a backslash. */
function likePattern(needle: string): string {
  return `%${needle.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const sqliteDialect: MetadataDialect = {
  name: 'sqlite',
  booleanType: () => 'integer',
  addSerialId: (table) => table.addColumn('id', 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement()),
  // Nothing to lock: the single connection already runs write transactions one at a time.
  lockRowForChange: async () => undefined,

  // better-sqlite3 binds numbers and text as they are and SQLite compares them by value.
  boundValue: (value) => sql`${value}`,
  asInteger: (expression) => expression,
  // BINARY, SQLite's default collation, already compares by code point.
  byCodePoint: (expression) => expression,
  // SQLite's own lower()/upper() map A–Z only; these are JavaScript's mapping, registered on the connection (sqlite-functions.ts).
  caseMapped: (expression, to) => sql`${sql.raw(to === 'lower' ? SQLITE_UNICODE_LOWER : SQLITE_UNICODE_UPPER)}(${expression})`,
  textPosition: (haystack, needle) => sql<number>`instr(${haystack}, ${needle})`,
  trimmed: (expression) => sql`trim(${expression}, ${UNICODE_WHITESPACE})`,
  sameValue: (left, right) => sql<SqlBool>`${left} is ${right}`,
  unknownCondition: () => sql<SqlBool>`null`,
  containsInsensitive: (expression, needle) => sql<boolean>`${sqliteDialect.caseMapped(sql`${expression}`, 'lower')} like ${likePattern(needle)} escape '\\'`,
};

export const postgresDialect: MetadataDialect = {
  name: 'postgres',
  booleanType: () => 'boolean',
  addSerialId: (table) => table.addColumn('id', 'bigserial', (c) => c.primaryKey()),
  async lockRowForChange(executor, table, id) {
    await executor.selectFrom(table).select('id').where('id', '=', id).forUpdate().execute();
  },

  // Told its type, PostgreSQL never has to guess (and misparse `2.5` as an integer).
  boundValue: (value, type) => sql`cast(${value} as ${sql.raw(type)})`,
  // PostgreSQL's string functions take integer, and a count(*) is bigint there.
  asInteger: (expression, width = 'integer') => sql`cast(${expression} as ${sql.raw(width)})`,
  // Whatever collation the database was created with.
  byCodePoint: (expression) => sql`${expression} collate "C"`,
  // ICU's root locale, whatever locale the database was created with.
  caseMapped: (expression, to) => (to === 'lower' ? sql`lower(${expression} collate "und-x-icu")` : sql`upper(${expression} collate "und-x-icu")`),
  textPosition: (haystack, needle) => sql<number>`strpos(${haystack}, ${needle})`,
  // Plain btrim() strips spaces only.
  trimmed: (expression) => sql`btrim(${expression}, ${postgresDialect.boundValue(UNICODE_WHITESPACE, 'text')})`,
  sameValue: (left, right) => sql<SqlBool>`${left} is not distinct from ${right}`,
  unknownCondition: () => sql<SqlBool>`cast(null as boolean)`,
  containsInsensitive: (expression, needle) => sql<boolean>`${postgresDialect.caseMapped(sql`${expression}`, 'lower')} like ${likePattern(needle)} escape '\\'`,
};

const DIALECTS: Readonly<Record<DialectName, MetadataDialect>> = { sqlite: sqliteDialect, postgres: postgresDialect };

export function dialectFor(name: DialectName): MetadataDialect {
  return DIALECTS[name];
}

// The same on both stores: how values travel and how a driver reports a duplicate.

/** Booleans travel as 0/1: better-sqlite3 cannot bind JS booleans and PostgreSQL parses '0'/'1'. */
export function toDbBool(value: boolean): number {
  return value ? 1 : 0;
}

export function fromDbBool(value: number | boolean): boolean {
  return value === true || value === 1;
}

/** A unique-constraint violation, as either driver reports it. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
