import type { ModelRecord, ModelSummary } from './types.js';

/** The web app's pages of the admin panel. Ids go in one path segment, so they are always encoded. */
export const ADMIN_HOME_PATH = '/admin';

export const modelPath = (model: string) => `/admin/models/${encodeURIComponent(model)}`;
export const newRecordPath = (model: string) => `${modelPath(model)}/new`;
// Under `records/`, so a record whose key is `new` is not the create form.
export const recordPath = (model: string, id: string) => `${modelPath(model)}/records/${encodeURIComponent(id)}`;
export const editRecordPath = (model: string, id: string) => `${recordPath(model, id)}/edit`;

/**
 * A record's id as the API's paths and the audit log spell it: the key's value, or a JSON array of
 * the values of a composite key (the server's `recordId`).
 */
export function recordIdOf(model: Pick<ModelSummary, 'primary_key'>, row: ModelRecord): string {
  const values = model.primary_key.map((name) => row[name] ?? null);
  return values.length === 1 ? String(values[0]) : JSON.stringify(values);
}

/** A record's key as bulk requests take it: the value itself, or the array of a composite key's values. */
export function recordKeyOf(model: Pick<ModelSummary, 'primary_key'>, row: ModelRecord): unknown {
  const values = model.primary_key.map((name) => row[name] ?? null);
  return values.length === 1 ? values[0] : values;
}
