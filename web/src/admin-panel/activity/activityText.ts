/** How the activity feed words the audit log's actions and values. */

const ACTION_COLORS: Record<string, string> = {
  create: 'teal',
  update: 'blue',
  delete: 'red',
  bulk_delete: 'red',
  import: 'grape',
  export: 'gray',
};

export const actionColor = (action: string) => ACTION_COLORS[action] ?? 'indigo';
export const actionLabel = (action: string) => action.replace(/_/g, ' ');

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** An update's `details.changes`, `{field: {old, new}}`, as a list; anything else has none. */
export function changesOf(details: Record<string, unknown>): FieldChange[] {
  const changes = details.changes;
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, change]) => {
    const pair = (change ?? {}) as { old?: unknown; new?: unknown };
    return { field, old: pair.old, new: pair.new };
  });
}

/** A value in one short line: text as it is, null spelled out, objects as JSON, long ones cut. */
export function shortValue(value: unknown, max = 80): string {
  const text = value === null || value === undefined ? 'null' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
