/**
 * What the admin panel learns of a table by reading the database's own catalog: enough to list,
 * filter, validate and write its rows without a hand-written model. Types are folded into a few
 * kinds that decide filtering, JSON Schema and form fields alike; `dbType` keeps the original.
 */

export type ColumnKind = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'time' | 'uuid' | 'json' | 'binary';

export interface ColumnSchema {
  name: string;
  kind: ColumnKind;
  /** The type as the database spells it (`varchar(120)`, `timestamp with time zone`, an enum's name). */
  dbType: string;
  nullable: boolean;
  /** The default as the database spells it (`0`, `'draft'::status`, `CURRENT_TIMESTAMP`), or null. */
  defaultValue: string | null;
  /** Filled in by the database when left out: a serial, identity or SQLite rowid key. */
  generated: boolean;
  maxLength?: number;
  /** The allowed values of an enum column (PostgreSQL enums). */
  enumValues?: string[];
}

export interface ForeignKey {
  columns: string[];
  table: string;
  referencedColumns: string[];
}

export interface TableSchema {
  name: string;
  columns: ColumnSchema[];
  /** In key order; empty when the table has none (its rows cannot be addressed one by one). */
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** Each unique constraint or unique index, by its columns (the primary key not repeated). */
  uniques: string[][];
  /** CHECK constraints as the database prints them, to name in error messages. */
  checks: string[];
}

/** The kind of a declared type, by the words databases use for it; unknown types read as text. */
export function kindOfType(declared: string): ColumnKind {
  const type = declared.toLowerCase();
  if (/^(bool|boolean)$/.test(type)) return 'boolean';
  if (/^(tiny|small|medium|big)?int(eger|[248])?\b|^(small|big)?serial\b|^unsigned big int/.test(type)) return 'integer';
  if (/^(real|float|double|numeric|decimal|money)/.test(type) || type === 'double precision') return 'number';
  if (/^timestamp|^datetime/.test(type)) return 'datetime';
  if (/^date$/.test(type)) return 'date';
  if (/^time( |$)|^time without|^time with|^timetz/.test(type)) return 'time';
  if (type === 'uuid') return 'uuid';
  if (/^jsonb?$/.test(type)) return 'json';
  if (/^(blob|bytea)$/.test(type)) return 'binary';
  return 'string';
}

/** `varchar(120)` → 120. */
export function lengthOfType(declared: string): number | undefined {
  const match = /^\s*(?:var)?char(?:acter)?(?: varying)?\s*\(\s*(\d+)\s*\)/i.exec(declared);
  return match ? Number(match[1]) : undefined;
}
