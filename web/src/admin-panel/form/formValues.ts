import type { FieldSpec } from '../fields.js';
import type { ModelRecord } from '../types.js';

/**
 * A record form's values while being edited, and the body they become. Inputs hold text as typed
 * (numbers and dates included), booleans as booleans, foreign keys as the key's own value, and
 * null where a nullable field is set to null.
 */
export type FormValue = string | boolean | number | null;
export type FormValues = Record<string, FormValue>;

const TEXT_KINDS = new Set<FieldSpec['kind']>(['text', 'longtext', 'binary']);

/** `2025-01-02 03:04:05`, `…T03:04:05.123Z` → what a datetime-local input shows (`2025-01-02T03:04:05`). */
function localDateTime(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)/.exec(value);
  return match ? `${match[1]}T${match[2]}` : value;
}

function initialValue(spec: FieldSpec, value: unknown): FormValue {
  if (value === null || value === undefined) {
    if (spec.kind === 'boolean' && !spec.nullable) return false;
    return spec.nullable && value === null ? null : '';
  }
  if (spec.kind === 'boolean') return Boolean(value);
  if (spec.kind === 'relation') return typeof value === 'number' || typeof value === 'string' ? value : String(value);
  if (spec.kind === 'json') return JSON.stringify(value, null, 2);
  if (spec.kind === 'datetime') return localDateTime(String(value));
  return String(value);
}

/** The form's starting values: the record's, or for a new one each field's default. */
export function initialValues(specs: FieldSpec[], record?: ModelRecord): FormValues {
  const values: FormValues = {};
  for (const spec of specs) {
    const source = record ? record[spec.name] : spec.defaultValue;
    // A new record starts empty, not null, wherever the field has no default.
    values[spec.name] = initialValue(spec, record ? (source ?? null) : source);
  }
  return values;
}

export const isEmpty = (value: FormValue) => value === '' || value === null;

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A typed number when the text is a number a double holds exactly; otherwise the text itself, which
 * the server parses (big integers, exact decimals) or refuses with a message under the field.
 */
function numberOrText(text: string): number | string {
  if (!PLAIN_NUMBER.test(text)) return text;
  const digits = text.replace(/[eE].*$/, '').replace(/\D/g, '').replace(/^0+/, '');
  return digits.length <= 15 ? Number(text) : text;
}

/** One field's value as the API takes it, or the reason it cannot be sent. */
export function apiValue(spec: FieldSpec, value: FormValue): { value: unknown } | { error: string } {
  if (value === null) return { value: null };
  if (typeof value === 'boolean' || typeof value === 'number') return { value };
  const text = TEXT_KINDS.has(spec.kind) ? value : value.trim();
  if (text === '' && !TEXT_KINDS.has(spec.kind)) return spec.nullable ? { value: null } : { error: 'is required' };
  switch (spec.kind) {
    case 'integer':
    case 'number':
      return { value: numberOrText(text) };
    case 'json':
      try {
        return { value: JSON.parse(text) as unknown };
      } catch {
        return { error: 'is not valid JSON' };
      }
    default:
      return { value: text };
  }
}

export interface FormBody {
  body: ModelRecord;
  errors: Record<string, string>;
}

/**
 * The body to send. A new record sends what was filled in (empty fields are left to the database's
 * defaults); an edit sends only the fields that changed, so the audit log records real changes.
 */
export function formBody(specs: FieldSpec[], values: FormValues, initial: FormValues, mode: 'create' | 'edit'): FormBody {
  const body: ModelRecord = {};
  const errors: Record<string, string> = {};
  for (const spec of specs) {
    if (spec.readOnly) continue;
    const value = values[spec.name] ?? '';
    if (mode === 'edit' && JSON.stringify(value) === JSON.stringify(initial[spec.name] ?? '')) continue;
    if (mode === 'create' && value === '') {
      if (spec.required) errors[spec.name] = 'is required';
      continue;
    }
    const result = apiValue(spec, value);
    if ('error' in result) errors[spec.name] = result.error;
    else body[spec.name] = result.value;
  }
  return { body, errors };
}
