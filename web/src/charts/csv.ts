import Papa from 'papaparse';
import { configStrings } from './config.js';
import type { FormatContext } from './format/columnFormat.js';
import { resultFormats } from './format/resultFormats.js';
import type { ResultSet, WidgetConfig, WidgetType } from './types.js';
import { toNumber } from './values.js';

export interface CsvOptions {
  /** Values as the tile shows them ("$1,234.50", "Feb 2025"); otherwise as the query gave them. */
  formatted: boolean;
  context?: FormatContext;
}

// A spreadsheet runs a cell starting with one of these as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function rawText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A widget's result as CSV: a table's shown columns (all of them for other widgets), headed by
 * their display names. Text from the database that a spreadsheet would run is prefixed with `'`;
 * numbers, which cannot be formulas, keep their sign.
 */
export function resultCsv(type: WidgetType, result: ResultSet, config: WidgetConfig, options: CsvOptions): string {
  const formats = resultFormats(result, config, options.context);
  const wanted = type === 'table' ? configStrings(config, 'columns') : [];
  const columns = wanted.length ? wanted.filter((name) => result.columns.some((column) => column.name === name)) : result.columns.map((column) => column.name);
  const cell = (name: string, value: unknown) => {
    const text = options.formatted ? formats.text(name, value) : rawText(value);
    const fromText = typeof value === 'string' && toNumber(value) === null;
    return fromText && FORMULA_START.test(text) ? `'${text}` : text;
  };
  return Papa.unparse({
    fields: columns.map((name) => formats.label(name)),
    data: result.rows.map((row) => columns.map((name) => cell(name, row[name]))),
  });
}

/** A file name for a download from a widget's name, without characters file systems refuse. */
export function csvFileName(title: string): string {
  const printable = [...title].map((char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('');
  const base = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
  return `${base || 'widget'}.csv`;
}
