import type { DialectName } from '../metadata-dialect.js';

/**
 * A write the database refused for its data, not for a fault: what rule the row broke and, where
 * the database says, which column. Both stores word these differently; callers see one shape.
 */
export interface ConstraintViolation {
  rule: 'unique' | 'not_null' | 'foreign_key' | 'check' | 'type' | 'too_long' | 'out_of_range';
  /** The column at fault, when the database names it (or it can be read off its message). */
  column?: string;
  /** The database's own words, safe to show: they name the rule and the column, never other rows. */
  message: string;
}

interface DriverError {
  code?: string;
  message?: string;
  detail?: string;
  column?: string;
  constraint?: string;
}

const PG_RULES: Record<string, ConstraintViolation['rule']> = {
  '23505': 'unique',
  '23502': 'not_null',
  '23503': 'foreign_key',
  '23514': 'check',
  '22P02': 'type',
  '22007': 'type',
  '22008': 'type',
  '22001': 'too_long',
  '22003': 'out_of_range',
};

/** The violation an error from a write stands for, or undefined when it is some other failure. */
export function constraintViolation(error: unknown, dialect: DialectName, columns: readonly string[] = []): ConstraintViolation | undefined {
  const e = (error ?? {}) as DriverError;
  const message = String(e.message ?? '');
  if (dialect === 'postgres') {
    const rule = e.code ? PG_RULES[e.code] : undefined;
    if (!rule) return undefined;
    if (rule === 'check' && !e.column) {
      // PostgreSQL names the constraint (`orders_total_check`); its columns are in its name by convention.
      const column = columns.find((c) => e.constraint?.includes(c));
      return { rule, ...(column ? { column } : {}), message: `breaks the check ${e.constraint ?? ''}`.trim() };
    }
    // "Key (email)=(a@b.c) already exists." names the key's columns.
    const keyColumns = /^Key \(([^)]+)\)=/.exec(e.detail ?? '')?.[1];
    const column = e.column ?? keyColumns?.split(',')[0]?.trim().replace(/^"|"$/g, '');
    return { rule, ...(column ? { column } : {}), message: rule === 'unique' || rule === 'foreign_key' ? describeKey(rule, column) : message };
  }
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return { rule: 'unique', ...sqliteColumn(message), message: describeKey('unique', sqliteColumn(message).column) };
  }
  if (e.code === 'SQLITE_CONSTRAINT_NOTNULL') return { rule: 'not_null', ...sqliteColumn(message), message: 'must not be null' };
  if (e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return { rule: 'foreign_key', message: describeKey('foreign_key', undefined) };
  if (e.code === 'SQLITE_CONSTRAINT_CHECK') {
    // SQLite names the check's expression, not a column: the first of the table's columns it mentions.
    const expression = message.replace(/^CHECK constraint failed: /, '');
    const column = columns.find((c) => new RegExp(`(^|[^\\w])${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w]|$)`).test(expression));
    return { rule: 'check', ...(column ? { column } : {}), message: `breaks the check ${expression}` };
  }
  if (e.code === 'SQLITE_MISMATCH') return { rule: 'type', message: 'has the wrong type' };
  return undefined;
}

/** "UNIQUE constraint failed: customers.email, customers.x" → the first column. */
function sqliteColumn(message: string): { column?: string } {
  const match = /constraint failed: ([^,\s]+)/.exec(message)?.[1];
  const column = match?.includes('.') ? match.slice(match.indexOf('.') + 1) : undefined;
  return column ? { column } : {};
}

function describeKey(rule: 'unique' | 'foreign_key', column: string | undefined): string {
  if (rule === 'unique') return column ? `a record with this ${column} exists already` : 'a record with this key exists already';
  return column ? `refers to a ${column} that does not exist` : 'refers to a record that does not exist (or is still referred to)';
}
