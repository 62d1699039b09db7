import type { ResultColumn, WidgetConfig } from './types.js';

export function configString(config: WidgetConfig, key: string): string | undefined {
  const value = config[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** `y_axis` may be one column or several. */
export function configStrings(config: WidgetConfig, key: string): string[] {
  const value = config[key];
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item !== '');
  return [];
}

export function configBoolean(config: WidgetConfig, key: string): boolean | undefined {
  const value = config[key];
  return typeof value === 'boolean' ? value : undefined;
}

export function configNumber(config: WidgetConfig, key: string): number | undefined {
  const value = config[key];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** A configured column only counts when the result has it; otherwise a sensible guess takes over. */
export function pickColumn(columns: ResultColumn[], wanted: string | undefined): string | undefined {
  return wanted && columns.some((column) => column.name === wanted) ? wanted : undefined;
}

export function firstColumn(columns: ResultColumn[], accept: (column: ResultColumn) => boolean, skip: string[] = []) {
  return columns.find((column) => accept(column) && !skip.includes(column.name))?.name;
}

export const isNumeric = (column: ResultColumn) => column.type === 'number';
export const isLabel = (column: ResultColumn) => column.type !== 'number';
