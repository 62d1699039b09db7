import type { FieldSpec } from '../fields.js';
import type { ImportPreview } from '../types.js';
import type { ColumnMapping } from './importRequests.js';

const normalise = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The fields an import may fill: everything the create form lets a user write. */
export function importableFields(specs: FieldSpec[]): FieldSpec[] {
  return specs.filter((spec) => !spec.readOnly);
}

/** Each CSV column mapped to the field of the same name or title (ignoring case, spaces and punctuation), or skipped. */
export function suggestMappings(preview: ImportPreview, fields: FieldSpec[]): ColumnMapping[] {
  const taken = new Set<string>();
  return preview.headers.map((header) => {
    const key = normalise(header);
    const field = fields.find((f) => !taken.has(f.name) && (normalise(f.name) === key || normalise(f.title) === key));
    if (field) taken.add(field.name);
    return { csv_column: header, model_field: field?.name ?? null, transform: 'none' };
  });
}

/** Why the mapping cannot be sent yet, if it cannot. */
export function mappingProblem(mappings: ColumnMapping[], fields: FieldSpec[]): string | null {
  const targets = mappings.map((m) => m.model_field).filter((f): f is string => f !== null);
  if (targets.length === 0) return 'Map at least one column to a field.';
  const twice = targets.find((field, index) => targets.indexOf(field) !== index);
  if (twice) return `${fields.find((f) => f.name === twice)?.title ?? twice} is filled from two columns.`;
  const missing = fields.filter((f) => f.required && !targets.includes(f.name));
  if (missing.length > 0) return `Required ${missing.length === 1 ? 'field' : 'fields'} not mapped: ${missing.map((f) => f.title).join(', ')}.`;
  return null;
}
