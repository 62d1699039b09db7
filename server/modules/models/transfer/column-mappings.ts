/**
 * How an import says which CSV column fills which model field, and how its text is adjusted on the
 * way. Values stay text here: casting to the field's type is the service's job, with the schema.
 */

export const COLUMN_TRANSFORMS = ['none', 'lowercase', 'uppercase', 'trim'] as const;

export type ColumnTransform = (typeof COLUMN_TRANSFORMS)[number];

export interface ColumnMapping {
  csv_column: string;
  model_field: string;
  transform: ColumnTransform;
}

export function isColumnTransform(value: unknown): value is ColumnTransform {
  return typeof value === 'string' && (COLUMN_TRANSFORMS as readonly string[]).includes(value);
}

export function applyTransform(value: string, transform: ColumnTransform): string {
  switch (transform) {
    case 'none':
      return value;
    case 'lowercase':
      return value.toLowerCase();
    case 'uppercase':
      return value.toUpperCase();
    case 'trim':
      return value.trim();
    default:
      throw new Error(`Unknown column transform: ${String(transform)}`);
  }
}

/**
 * What is wrong with a set of mappings against a file's headers, one sentence per problem; empty
 * when they can be applied. Checked once before the rows are read, so a mistake is reported before
 * anything is written rather than as a failure on every row.
 */
export function checkMappings(headers: readonly string[], mappings: readonly ColumnMapping[]): string[] {
  const problems: string[] = [];
  const known = new Set(headers);
  const targets = new Map<string, string>();
  for (const mapping of mappings) {
    if (!known.has(mapping.csv_column)) problems.push(`CSV column "${mapping.csv_column}" is not in the file's header`);
    if (!isColumnTransform(mapping.transform)) {
      problems.push(`Transform "${String(mapping.transform)}" for CSV column "${mapping.csv_column}" is not one of ${COLUMN_TRANSFORMS.join(', ')}`);
    }
    if (typeof mapping.model_field !== 'string' || mapping.model_field === '') {
      problems.push(`CSV column "${mapping.csv_column}" is mapped to no model field`);
      continue;
    }
    const earlier = targets.get(mapping.model_field);
    if (earlier !== undefined) {
      problems.push(`Model field "${mapping.model_field}" is filled from both "${earlier}" and "${mapping.csv_column}"`);
    } else {
      targets.set(mapping.model_field, mapping.csv_column);
    }
  }
  return problems;
}

export type MappedRecord = Record<string, string | null>;

/**
 * A function turning each record into `{model_field: value}`, with the header lookups done once for
 * the whole file. An empty cell stays `''` (whether that means NULL is the caller's decision); a cell
 * the record does not have (a short row, or a column not in the header) is `null`.
 */
export function createRecordMapper(
  headers: readonly string[],
  mappings: readonly ColumnMapping[],
): (record: readonly string[]) => MappedRecord {
  const plan = mappings.map((mapping) => ({ ...mapping, index: headers.indexOf(mapping.csv_column) }));
  return (record) => {
    // A plain loop into a plain object, as this runs per row; a field named `__proto__` is defined
    // as an own key rather than assigned, which would set the object's prototype.
    const out: MappedRecord = {};
    for (const { index, model_field, transform } of plan) {
      const raw = index < 0 ? undefined : record[index];
      const value = raw === undefined ? null : applyTransform(raw, transform);
      if (model_field === '__proto__') Object.defineProperty(out, model_field, { value, enumerable: true, writable: true, configurable: true });
      else out[model_field] = value;
    }
    return out;
  };
}

/** One record mapped; for many records of one file, `createRecordMapper` does the lookups once. */
export function mapRecord(headers: readonly string[], record: readonly string[], mappings: readonly ColumnMapping[]): MappedRecord {
  return createRecordMapper(headers, mappings)(record);
}
