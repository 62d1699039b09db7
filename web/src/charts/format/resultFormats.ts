import type { ResultSet, WidgetConfig } from '../types.js';
import { columnFormat, type ColumnFormat, type FormatContext } from './columnFormat.js';
import { readColumnSettings, type ColumnSetting } from './columnSettings.js';

/** The formats of every column of one result under one widget config. */
export interface ResultFormats {
  column(name: string): ColumnFormat;
  label(name: string): string;
  text(name: string, value: unknown): string;
  tick(name: string, value: unknown): string;
}

/**
 * Formats for a result. `overrides` adds settings under the author's (a KPI card's own
 * `format` and `currency` keys, which predate per-column settings).
 */
export function resultFormats(
  result: Pick<ResultSet, 'columns' | 'rows'>,
  config: WidgetConfig,
  context: FormatContext = {},
  overrides: Record<string, ColumnSetting> = {},
): ResultFormats {
  const settings = readColumnSettings(config);
  const formats = new Map<string, ColumnFormat>();
  for (const column of result.columns) {
    const values = result.rows.map((row) => row[column.name]);
    formats.set(column.name, columnFormat(column, values, { ...overrides[column.name], ...settings[column.name] }, context));
  }
  const column = (name: string): ColumnFormat => {
    const known = formats.get(name);
    if (known) return known;
    // A name the result lacks (a series, a stale config) still reads like the others.
    const made = columnFormat({ name, type: 'string' }, [], settings[name], context);
    formats.set(name, made);
    return made;
  };
  return {
    column,
    label: (name) => column(name).label,
    text: (name, value) => column(name).text(value),
    tick: (name, value) => column(name).tick(value),
  };
}
