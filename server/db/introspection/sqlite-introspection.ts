import { sql, type Kysely } from 'kysely';
import { kindOfType, lengthOfType, type ColumnSchema, type TableSchema } from './table-schema.js';

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}
interface ForeignKeyInfo {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string | null;
}
interface IndexInfo {
  name: string;
  unique: number;
  origin: string;
}

/**
 * Reads SQLite's catalog through its table-valued pragma functions, which take the table's name
 * as a bound value: no name is ever spliced into SQL.
 */
export async function introspectSqlite(db: Kysely<unknown>): Promise<TableSchema[]> {
  const tables = await sql<{ name: string; sql: string | null }>`
    select name, sql from sqlite_master
    where type = 'table' and name not like 'sqlite\\_%' escape '\\'
    order by name`.execute(db);
  return Promise.all(tables.rows.map((table) => describeTable(db, table.name, table.sql ?? '')));
}

async function describeTable(db: Kysely<unknown>, table: string, createSql: string): Promise<TableSchema> {
  const columns = (await sql<ColumnInfo>`select name, type, "notnull", dflt_value, pk from pragma_table_info(${table})`.execute(db)).rows;
  const keys = (await sql<ForeignKeyInfo>`select id, seq, "table", "from", "to" from pragma_foreign_key_list(${table}) order by id, seq`.execute(db)).rows;
  const indexes = (await sql<IndexInfo>`select name, "unique", origin from pragma_index_list(${table})`.execute(db)).rows;

  const primaryKey = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  // An INTEGER PRIMARY KEY is the rowid: SQLite fills it in when a row leaves it out.
  const rowid = primaryKey.length === 1 ? columns.find((c) => c.name === primaryKey[0] && c.type.toUpperCase() === 'INTEGER')?.name : undefined;

  const uniques: string[][] = [];
  for (const index of indexes.filter((i) => i.unique === 1 && i.origin !== 'pk')) {
    const names = (await sql<{ name: string }>`select name from pragma_index_info(${index.name}) order by seqno`.execute(db)).rows.map((r) => r.name);
    uniques.push(names);
  }

  const foreignKeys = new Map<number, TableSchema['foreignKeys'][number]>();
  for (const key of keys) {
    const entry = foreignKeys.get(key.id) ?? { columns: [], table: key.table, referencedColumns: [] };
    entry.columns.push(key.from);
    entry.referencedColumns.push(key.to ?? '');
    foreignKeys.set(key.id, entry);
  }
  // A reference without named columns points at the other table's primary key.
  for (const entry of foreignKeys.values()) {
    if (entry.referencedColumns.every((c) => c === '')) {
      const referenced = (await sql<ColumnInfo>`select name, pk from pragma_table_info(${entry.table})`.execute(db)).rows;
      entry.referencedColumns = referenced.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    }
  }

  const checks = checksOf(createSql);
  return {
    name: table,
    columns: columns.map((c): ColumnSchema => ({
      name: c.name,
      kind: kindOfType(c.type),
      dbType: c.type,
      // SQLite lets a non-rowid primary key hold NULL unless declared NOT NULL; the rowid never does.
      nullable: c.notnull === 0 && c.name !== rowid,
      defaultValue: c.dflt_value,
      generated: c.name === rowid,
      ...(lengthOfType(c.type) !== undefined ? { maxLength: lengthOfType(c.type) } : {}),
      ...listedValues(c.name, checks),
    })),
    primaryKey,
    foreignKeys: [...foreignKeys.values()],
    uniques,
    checks,
  };
}

/**
 * SQLite has no enum type; `CHECK (status IN ('new', 'paid'))` is how its tables say one, and the
 * panel offers those values as a choice.
 */
function listedValues(column: string, checks: string[]): { enumValues?: string[] } {
  const name = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^check\\s*\\(\\s*["\`\\[]?${name}["\`\\]]?\\s+in\\s*\\(((?:\\s*'(?:[^']|'')*'\\s*,?)+)\\)\\s*\\)$`, 'i');
  for (const check of checks) {
    const list = pattern.exec(check)?.[1];
    if (list) return { enumValues: [...list.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'")) };
  }
  return {};
}

/** SQLite keeps no catalog of CHECK constraints; they are read from the table's CREATE statement. */
function checksOf(createSql: string): string[] {
  const checks: string[] = [];
  const pattern = /\bcheck\s*\(/gi;
  for (let match = pattern.exec(createSql); match; match = pattern.exec(createSql)) {
    let depth = 1;
    let end = pattern.lastIndex;
    while (end < createSql.length && depth > 0) {
      if (createSql[end] === '(') depth++;
      else if (createSql[end] === ')') depth--;
      end++;
    }
    checks.push(createSql.slice(match.index, end).replace(/\s+/g, ' ').trim());
  }
  return checks;
}
