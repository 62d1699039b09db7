/**
 * How one database value becomes one cell of an exported file. Rows come from drivers as plain
 * JavaScript values (strings, numbers, bigints, Dates, Buffers, parsed JSON); each format needs them
 * in its own shape, and CSV and XLSX additionally need text that a spreadsheet will not run.
 */

/**
 * Characters that make a spreadsheet read a cell as a formula, or that some programs strip before
 * doing so (tab, carriage return). OWASP's advice for CSV injection: prefix such text with a single
 * quote, which every spreadsheet shows as text.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Prefixes text a spreadsheet would treat as a formula with `'`; other text is returned as is. */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]!) ? `'${text}` : text;
}

function isBinary(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array; // Buffer is a Uint8Array too
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** An invalid Date has no ISO form (toISOString throws), so it is exported as an empty cell. */
function isoDate(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * JSON.stringify replacer for values nested inside objects and arrays: bigints (which JSON.stringify
 * rejects) become strings and binary becomes base64 (instead of Buffer's `{type, data}` form). The
 * holder is read because JSON.stringify has already applied `toJSON` to `value`.
 */
function nestedValueReplacer(this: unknown, key: string, value: unknown): unknown {
  const original = (this as Record<string, unknown>)[key];
  if (typeof original === 'bigint') return original.toString();
  if (isBinary(original)) return base64(original);
  return value;
}

/** JSON text of an object or array cell, with the same nested-value rules as the JSON export. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, nestedValueReplacer) ?? '';
}

/**
 * A value as the JSON export writes it: the value itself where JSON has one, otherwise the text
 * the other formats show (ISO dates, bigint digits, base64 binary). No formula neutralising here:
 * JSON is read by programs, which would have to strip the quote again.
 */
export function jsonCell(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'bigint') return value.toString();
  if (isBinary(value)) return base64(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return null; // JSON has no NaN/Infinity
  return value;
}

/**
 * The text of a value shown in a cell, before neutralising; `null` for an empty cell. Numbers keep
 * JavaScript's shortest round-tripping form; objects and arrays become JSON text.
 */
function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return isoDate(value);
  if (isBinary(value)) return base64(value);
  if (typeof value === 'object') return jsonText(value);
  return String(value); // number, bigint, boolean ('true'/'false'), symbol
}

/** A CSV field: text, neutralised when it came from a string-like value (never a number). */
export function csvCell(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  const text = cellText(value);
  return text === null ? '' : neutraliseFormula(text);
}

/**
 * An XLSX cell value for exceljs: numbers and booleans stay typed so spreadsheets can compute with
 * them; everything else is a plain string (exceljs only writes a formula for `{formula}` objects, so
 * strings are never evaluated, but they are still neutralised for when a user edits or re-saves the
 * sheet as CSV). Bigints are strings because Excel keeps only 15 significant digits.
 */
export function xlsxCell(value: unknown): string | number | boolean | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  const text = cellText(value);
  return text === null ? null : neutraliseFormula(text);
}
