import type { Kysely } from 'kysely';
import type { DialectName } from '../metadata-dialect.js';
import { introspectPostgres } from './postgres-introspection.js';
import { introspectSqlite } from './sqlite-introspection.js';
import type { TableSchema } from './table-schema.js';

export type { ColumnKind, ColumnSchema, ForeignKey, TableSchema } from './table-schema.js';

/** Every table of a database (PostgreSQL: of one schema, `public` unless told), as its catalog describes it. */
export function introspect(db: Kysely<unknown>, dialect: DialectName, schema?: string): Promise<TableSchema[]> {
  return dialect === 'postgres' ? introspectPostgres(db, schema) : introspectSqlite(db);
}
