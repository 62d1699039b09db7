import type { ValueType } from './predicate.js';

/**
 * The functions a predicate operand may apply, with the types they take and give. Every function
 * of a null is null. Strings are measured in code points.
 * - `tolower`, `toupper`: Unicode case mapping (not only A–Z), the same on both stores.
 * - `trim`: removes leading and trailing Unicode white space.
 * - `length`; `indexof(s, t)`: 0-based position of t in s, or -1.
 * - `substring(s, start[, length])`: 0-based; a negative start counts as 0 and a negative length
 *   as 0, and a start past the end gives ''.
 * - `concat(s, t)`.
 * - `year`, `month`, `day` of a date or instant; `hour`, `minute`, `second` of an instant; `date`
 *   of an instant. Instants are UTC, so these are UTC parts.
 * - `now()`: the instant the query is compiled.
 */
export type OperandFn =
  | 'tolower'
  | 'toupper'
  | 'trim'
  | 'length'
  | 'indexof'
  | 'substring'
  | 'concat'
  | 'year'
  | 'month'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'date'
  | 'now';

/** `integer`: a number with no fraction; `temporal`: a date or an instant. */
export type ArgumentKind = 'string' | 'integer' | 'temporal' | 'datetime';

interface Signature {
  args: readonly ArgumentKind[];
  /** How many of the last arguments may be left out. */
  optional?: number;
  result: Exclude<ValueType, 'null'>;
}

const SIGNATURES: Readonly<Record<OperandFn, Signature>> = {
  tolower: { args: ['string'], result: 'string' },
  toupper: { args: ['string'], result: 'string' },
  trim: { args: ['string'], result: 'string' },
  length: { args: ['string'], result: 'number' },
  indexof: { args: ['string', 'string'], result: 'number' },
  substring: { args: ['string', 'integer', 'integer'], optional: 1, result: 'string' },
  concat: { args: ['string', 'string'], result: 'string' },
  year: { args: ['temporal'], result: 'number' },
  month: { args: ['temporal'], result: 'number' },
  day: { args: ['temporal'], result: 'number' },
  hour: { args: ['datetime'], result: 'number' },
  minute: { args: ['datetime'], result: 'number' },
  second: { args: ['datetime'], result: 'number' },
  date: { args: ['datetime'], result: 'date' },
  now: { args: [], result: 'datetime' },
};

export const OPERAND_FNS = Object.keys(SIGNATURES) as OperandFn[];

/** Integer literals must fit the 32-bit integers both stores take as string positions. */
export const MAX_INTEGER_ARGUMENT = 2 ** 31 - 1;

export function isOperandFn(name: string): name is OperandFn {
  return Object.prototype.hasOwnProperty.call(SIGNATURES, name);
}

export function resultTypeOf(fn: OperandFn): Exclude<ValueType, 'null'> {
  return SIGNATURES[fn].result;
}

export function argumentKindOf(fn: OperandFn, index: number): ArgumentKind | undefined {
  return SIGNATURES[fn].args[index];
}

/** The fewest and most arguments `fn` takes. */
export function arityOf(fn: OperandFn): [min: number, max: number] {
  const { args, optional = 0 } = SIGNATURES[fn];
  return [args.length - optional, args.length];
}

export function arityProblem(fn: string, count: number): string | undefined {
  if (!isOperandFn(fn)) return `unknown function ${fn}`;
  const [min, max] = arityOf(fn);
  if (count >= min && count <= max) return undefined;
  const takes = min === max ? `${min}` : `${min} or ${max}`;
  return `${fn} takes ${takes} argument${max === 1 ? '' : 's'}, not ${count}`;
}

export const ARGUMENT_KIND_NAMES: Record<ArgumentKind, string> = {
  string: 'a string',
  integer: 'a whole number',
  temporal: 'a date or datetime',
  datetime: 'a datetime',
};

/**
 * Why an argument of type `type` (and literal value `literal`, when it is one) does not fit
 * position `index` of `fn`, or undefined. Null fits anywhere.
 */
export function argumentProblem(fn: OperandFn, index: number, type: ValueType, literal?: string | number | null): string | undefined {
  const kind = argumentKindOf(fn, index);
  if (!kind) return `${fn} takes no argument ${index + 1}`;
  if (type === 'null') return undefined;
  const fits =
    kind === 'string' ? type === 'string' : kind === 'integer' ? type === 'number' : kind === 'datetime' ? type === 'datetime' : type === 'date' || type === 'datetime';
  if (!fits) return `argument ${index + 1} of ${fn} must be ${ARGUMENT_KIND_NAMES[kind]}`;
  if (kind === 'integer' && typeof literal === 'number' && !(Number.isInteger(literal) && Math.abs(literal) <= MAX_INTEGER_ARGUMENT)) {
    return `argument ${index + 1} of ${fn} must be a whole number between -${MAX_INTEGER_ARGUMENT} and ${MAX_INTEGER_ARGUMENT}`;
  }
  return undefined;
}
