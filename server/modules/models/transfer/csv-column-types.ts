/**
 * What an uploaded CSV column looks like it holds, so the import preview can suggest a mapping and
 * warn about mismatches. Only a hint: the model's schema decides how values are finally cast.
 */

export type DetectedType = 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'email' | 'string';

export interface ColumnTypeInfo {
  csv_column: string;
  detected_type: DetectedType;
  /** Up to five distinct non-empty values, in the order first seen. */
  sample_values: string[];
  /** Some sampled row has this cell empty (or blank, or missing). */
  nullable: boolean;
}

const SAMPLE_VALUE_COUNT = 5;

// A leading zero ("007", "0123") marks an identifier or a code (zip code, phone number), whose zeros
// an integer column would drop, so such values are text. "0" and "0.5" are numbers.
const INTEGER = /^[-+]?(?:0|[1-9]\d*)$/;
const NUMBER = /^[-+]?(?:(?:0|[1-9]\d*)(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no']);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 date and time; a space instead of `T` too, since that is how databases print timestamps.
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// Deliberately loose (something@domain.tld without spaces): it only suggests a type.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isCalendarDate(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  return match !== null && isCalendarDate(match[1]!, match[2]!, match[3]!);
}

function isDateTime(value: string): boolean {
  const match = DATETIME.exec(value);
  if (match === null || !isCalendarDate(match[1]!, match[2]!, match[3]!)) return false;
  return Number(match[4]) <= 23 && Number(match[5]) <= 59 && Number(match[6] ?? 0) <= 60; // 60: leap second
}

/**
 * Type evidence for one column, gathered value by value so a file's sample never needs to be kept.
 * Each flag says whether every non-empty value seen so far fits that type.
 */
export class ColumnTypeEvidence {
  private integer = true;
  private number = true;
  /** Every value is true/false/yes/no or 0/1 … */
  private booleanLike = true;
  /** … and at least one of them is a word, so a column of only 0s and 1s stays an integer. */
  private booleanWord = false;
  private date = true;
  private datetime = true;
  private email = true;
  private seenValue = false;
  private nullable = false;
  private readonly samples: string[] = [];

  constructor(readonly column: string) {}

  /** `undefined` is a cell missing from a short row; it counts as empty. */
  add(raw: string | undefined): void {
    const value = raw?.trim() ?? '';
    if (value === '') {
      this.nullable = true;
      return;
    }
    this.seenValue = true;
    if (this.samples.length < SAMPLE_VALUE_COUNT && !this.samples.includes(raw!)) this.samples.push(raw!);

    const isInteger = this.integer && INTEGER.test(value);
    this.integer = isInteger;
    this.number = this.number && (isInteger || NUMBER.test(value));
    if (this.booleanLike) {
      const word = BOOLEAN_WORDS.has(value.toLowerCase());
      this.booleanWord ||= word;
      this.booleanLike = word || value === '0' || value === '1';
    }
    this.date = this.date && isDate(value);
    this.datetime = this.datetime && (isDateTime(value) || isDate(value));
    this.email = this.email && EMAIL.test(value);
  }

  /** The narrowest type every value fits; `string` for a column with no values at all. */
  detectedType(): DetectedType {
    if (!this.seenValue) return 'string';
    if (this.integer) return 'integer';
    if (this.number) return 'number';
    if (this.booleanLike && this.booleanWord) return 'boolean';
    if (this.date) return 'date';
    if (this.datetime) return 'datetime'; // dates mixed with timestamps read as timestamps
    if (this.email) return 'email';
    return 'string';
  }

  result(): ColumnTypeInfo {
    return {
      csv_column: this.column,
      detected_type: this.detectedType(),
      sample_values: [...this.samples],
      nullable: this.nullable,
    };
  }
}
