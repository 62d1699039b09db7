import type { DialectName } from '../../db/metadata-dialect.js';
import type { Actor } from '../access/actor.js';
import { DomainError } from '../errors/domain-errors.js';
import type { ModelDefinition } from './model-definition.js';
import { recordInput, type InputModel } from './record-input.js';
import type { RecordRow } from './records.repository.js';
import { createRecordMapper, type ColumnMapping } from './transfer/csv-reading.js';

/**
 * What an import does with each CSV record before any database sees it: map its cells to fields
 * and check them as a create would. The same code runs in the request's thread for small files
 * and in a worker thread for large ones (see import-rows-worker.ts).
 */

export interface CheckedRow {
  /** 1-based, counting records after the header. */
  row: number;
  values: RecordRow;
  cells: readonly string[];
}

export interface RowProblem {
  field: string;
  value: unknown;
  error: string;
}

export interface RefusedRow {
  row: number;
  cells: readonly string[];
  problems: RowProblem[];
}

export interface RowCheckSettings {
  model: InputModel;
  headers: string[];
  mappings: ColumnMapping[];
  actor: Actor;
  dialect: DialectName;
}

/** A function checking one record: its values to write, or why it cannot be. */
export function createRowChecker(settings: RowCheckSettings): (cells: readonly string[], row: number) => CheckedRow | RefusedRow {
  const { model, actor, dialect } = settings;
  const mapper = createRecordMapper(settings.headers, settings.mappings);
  const columns = new Map(model.columns.map((c) => [c.name, c]));
  return (cells, row) => {
    const raw = withoutEmptyCells(mapper(cells), columns);
    try {
      return { row, values: recordInput(model, raw, 'create', { actor, dialect, origin: 'text' }), cells };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { row, cells, problems: (error.extra.fields ?? []).map((f) => ({ field: f.field, value: raw[f.field] ?? null, error: f.message })) };
    }
  };
}

/**
 * A CSV has no null: an empty cell is null where the column allows it, and left out otherwise,
 * so the database's default applies, or the row is refused for a required field.
 */
function withoutEmptyCells(mapped: Record<string, string | null>, columns: Map<string, ModelDefinition['columns'][number]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(mapped)) {
    const value = mapped[field];
    const column = columns.get(field);
    if (value !== '' && value !== null) out[field] = value;
    else if (column?.nullable) out[field] = null;
  }
  return out;
}

/** Rows that set the same columns, together: one statement each. Most rows set them all. */
export function bySignature(rows: RecordRow[]): RecordRow[][] {
  const keyLists = rows.map((row) => Object.keys(row));
  const most = Math.max(0, ...keyLists.map((keys) => keys.length));
  const groups = new Map<string, RecordRow[]>();
  rows.forEach((row, i) => {
    const keys = keyLists[i]!;
    // Every row of one import sets the same mapped fields unless it left some out: as many keys as the fullest, the same keys.
    const signature = keys.length === most ? '' : keys.join('\u0000');
    const group = groups.get(signature);
    if (group) group.push(row);
    else groups.set(signature, [row]);
  });
  return [...groups.values()];
}
