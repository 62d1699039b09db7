import type { RawBuilder } from 'kysely';

/**
 * What the predicate compiler knows of a table: the fields a filter, an order or a search may
 * name, where each one's value comes from, and its type. Trees name fields by plain names; a
 * name the description lacks is refused before any SQL exists.
 */

/**
 * A field's value type. Instants are stored as UTC text `YYYY-MM-DDTHH:MM:SS.sssZ` and dates
 * as `YYYY-MM-DD`, so both compare and order as text.
 */
export type FieldType = 'string' | 'number' | 'datetime' | 'date';

export interface FieldDescription {
  /** A column of the described table, or an SQL expression over its row (a count of related rows, say). */
  column: string | RawBuilder<unknown>;
  type: FieldType;
  /** Whether the value may be null on some row; null never equals a value and orders first ascending. */
  nullable?: boolean;
}

export interface TableDescription<F extends string = string> {
  /** The table's name as the query names it; column fields are read as `table.column`. */
  table: string;
  /** A column unique per row: the last sort key, so rows with equal keys keep one order across pages. */
  id: string;
  fields: Readonly<Record<F, FieldDescription>>;
}

/** Which part of a list request a problem is in; callers word their errors after it. */
export type PredicatePart = 'filter' | 'order' | 'search' | 'cursor';

/**
 * A filter, order, search or page cursor that cannot be compiled over the table: an unknown
 * field, an ill-typed comparison, a malformed value. The caller's input was wrong (a 400 or 422),
 * and `problem` says how, in words fit to show to whoever wrote it.
 */
export class PredicateError extends Error {
  constructor(
    readonly part: PredicatePart,
    readonly problem: string,
  ) {
    super(`Invalid ${part}: ${problem}`);
    this.name = 'PredicateError';
  }
}

export function isDescribedField(table: TableDescription, name: string): boolean {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(table.fields, name);
}

/** The field's description; a name the table lacks is a PredicateError. */
export function describedField(table: TableDescription, name: string, part: PredicatePart = 'filter'): FieldDescription {
  if (!isDescribedField(table, name)) throw new PredicateError(part, `unknown field ${String(name)}`);
  return table.fields[name] as FieldDescription;
}
