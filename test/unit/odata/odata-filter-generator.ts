import * as reference from './odata-reference.js';
import type { Kind, Row, Value } from './odata-reference.js';

/**
 * Random OData filters, grammatical or damaged. Each grammatical one comes with its meaning
 * under OData's rules (odata-reference.ts), built alongside its text from the same choices.
 */

/** mulberry32: small, seedable, so a failing filter can be reproduced. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const r = seededRandom(20260602);
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const PIECES = [...'aAnZé_%\\ ÉßΣ', 'ÉTÉ', "'", ';--', '/*', 'apple', 'Banana', '\u00a0', '\t', 'İ'];
export const text = () => Array.from({ length: Math.floor(r() * 6) }, () => pick(PIECES)).join('');
export const instant = () => new Date(Date.UTC(2025, 11, 31) + Math.floor(r() * 200 * 86_400_000)).toISOString();
/** Keywords and function names in any case, as OData 4.01 allows. */
const word = (w: string) => (r() < 0.15 ? w.toUpperCase() : r() < 0.1 ? `${w.charAt(0).toUpperCase()}${w.slice(1)}` : w);

/**
 * A generated piece of filter: its text, what kind of value it is, and its value on a row;
 * `join` is the and/or at its top level, so an enclosing `not` or `and` knows to add parentheses.
 */
type Gen = { text: string; kind: Kind; at: (row: Row) => Value; join?: 'and' | 'or' };

const FIELDS: Record<Exclude<Kind, 'boolean' | 'date'>, [string, (row: Row) => Value][]> = {
  string: [['name', (row) => row.name], ['type', (row) => row.type], ['description', (row) => row.description]],
  number: [['widgetCount', (row) => row.widgetCount], ['refreshInterval', (row) => row.refreshInterval]],
  datetime: [['createdAt', (row) => row.createdAt], ['updatedAt', (row) => row.updatedAt]],
};

const constant = (text: string, kind: Kind, v: Value): Gen => ({ text, kind, at: () => v });
const NULL = constant('null', 'string', null);

function literal(kind: Exclude<Kind, 'boolean'>): Gen {
  if (kind === 'string') {
    const v = text();
    return constant(`'${v.replace(/'/g, "''")}'`, kind, v);
  }
  if (kind === 'number') {
    const v = (r() * 400 - 100).toFixed(Math.floor(r() * 3));
    const written = r() < 0.1 ? `${v}e${Math.floor(r() * 3)}` : v;
    return constant(written, kind, Number(written));
  }
  if (kind === 'date') {
    const day = pick([instant().slice(0, 10), '0001-01-01', '9999-12-31']);
    return constant(day, kind, day);
  }
  const base = instant();
  const written = base.replace(/\.000Z$/, pick(['Z', '.000Z', '+02:00', '-11:30']));
  return constant(written, kind, written);
}

function callOf(fn: string, kind: Kind, args: Gen[]): Gen {
  return { text: `${word(fn)}(${args.map((a) => a.text).join(', ')})`, kind, at: (row) => reference.applyFunction(fn, args.map((a) => a.at(row)), args.map((a) => a.kind)) };
}

function integerLiteral(): Gen {
  const n = Math.floor(r() * 24) - 4;
  return constant(String(n), 'number', n);
}

/** A whole number for substring: a literal, an integer property, a length, or null. */
function integerOperand(depth: number): Gen {
  const roll = r();
  if (roll < 0.5) return integerLiteral();
  if (roll < 0.6) return { ...NULL, kind: 'number' };
  if (roll < 0.8) {
    const [name, at] = pick(FIELDS.number);
    return { text: name, kind: 'number', at };
  }
  return callOf('length', 'number', [operand('string', depth + 1, true)]);
}

/**
 * A value of `kind`. now() appears only outside calls: the stores read the clock when the query
 * is compiled and the reference when it evaluates, so `second(now())` could differ by a tick.
 */
function operand(kind: Exclude<Kind, 'boolean'>, depth: number, inCall = false): Gen {
  if (r() < 0.06) return { ...NULL, kind };
  const deeper = depth < 3 && r() < 0.3;
  if (kind === 'string' && deeper) {
    const fn = pick(['tolower', 'toupper', 'trim', 'substring', 'concat']);
    if (fn === 'substring') {
      const args = [operand('string', depth + 1, true), integerOperand(depth)];
      return callOf(fn, kind, r() < 0.5 ? args : [...args, integerOperand(depth)]);
    }
    return callOf(fn, kind, fn === 'concat' ? [operand('string', depth + 1, true), operand('string', depth + 1, true)] : [operand('string', depth + 1, true)]);
  }
  if (kind === 'number' && deeper) {
    const fn = pick(['length', 'indexof', 'year', 'month', 'day', 'hour', 'minute', 'second']);
    if (fn === 'length') return callOf(fn, kind, [operand('string', depth + 1, true)]);
    if (fn === 'indexof') return callOf(fn, kind, [operand('string', depth + 1, true), operand('string', depth + 1, true)]);
    const temporal = ['year', 'month', 'day'].includes(fn) && r() < 0.3 ? operand('date', depth + 1, true) : operand('datetime', depth + 1, true);
    return callOf(fn, kind, [temporal]);
  }
  if (kind === 'date') return r() < 0.5 ? literal('date') : callOf('date', 'date', [operand('datetime', depth + 1, true)]);
  if (kind === 'datetime' && !inCall && r() < 0.05) return callOf('now', kind, []);
  if (r() < 0.6) {
    const [name, at] = pick(FIELDS[kind]);
    return { text: name, kind, at };
  }
  return literal(kind);
}

const condition = (text: string, at: (row: Row) => Value): Gen => ({ text, kind: 'boolean', at });

function comparison(depth: number): Gen {
  const kind = pick(['string', 'number', 'datetime', 'date'] as const);
  const left = operand(kind, depth);
  const otherKind = kind === 'datetime' && r() < 0.3 ? 'date' : kind === 'date' && r() < 0.3 ? 'datetime' : kind;
  const right = operand(otherKind, depth);
  const op = pick(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
  return condition(`${left.text} ${word(op)} ${right.text}`, (row) => reference.compareValues(op, left.at(row), left.kind, right.at(row), right.kind));
}

function generate(depth: number): Gen {
  const choice = depth > 3 ? Math.floor(r() * 3) : Math.floor(r() * 10);
  switch (choice) {
    case 0:
      return comparison(depth);
    case 1: {
      const fn = pick(['contains', 'startswith', 'endswith']);
      return callOf(fn, 'boolean', [operand('string', depth, true), operand('string', depth, true)]);
    }
    case 2: {
      const kind = pick(['string', 'number'] as const);
      const left = operand(kind, depth);
      const items = Array.from({ length: 1 + Math.floor(r() * 3) }, () => (r() < 0.15 ? { ...NULL, kind } : literal(kind)));
      return condition(`${left.text} ${word('in')} (${items.map((i) => i.text).join(', ')})`, (row) =>
        items.map((i) => reference.compareValues('eq', left.at(row), kind, i.at(row), kind)).reduce<Value>((a, b) => reference.or(a, b), false),
      );
    }
    case 3: {
      const inner = generate(depth + 1);
      return condition(`${word('not')} ${inner.join ? `(${inner.text})` : inner.text}`, (row) => reference.not(inner.at(row)));
    }
    case 4: {
      const inner = generate(depth + 1);
      return condition(`(${inner.text})`, inner.at);
    }
    case 5:
    case 6: {
      const [a, b] = [generate(depth + 1), generate(depth + 1)];
      const join = pick(['and', 'or'] as const);
      const side = (g: Gen) => (join === 'and' && g.join === 'or' ? `(${g.text})` : g.text);
      return { ...condition(`${side(a)} ${word(join)} ${side(b)}`, (row) => reference[join](a.at(row), b.at(row))), join };
    }
    case 7: {
      // Two-valued: a condition compared with true, false, null or another condition.
      const a = generate(depth + 1);
      const b = r() < 0.8 ? pick([constant('true', 'boolean', true), constant('false', 'boolean', false), { ...NULL, kind: 'boolean' as const }]) : generate(depth + 1);
      const op = pick(['eq', 'ne']);
      const text = b.kind === 'boolean' && !['true', 'false', 'null'].includes(b.text) ? `(${a.text}) ${word(op)} (${b.text})` : `(${a.text}) ${word(op)} ${b.text}`;
      return condition(text, (row) => reference.compareValues(op, a.at(row), 'boolean', b.at(row), 'boolean'));
    }
    default:
      return pick([constant('true', 'boolean', true), constant('false', 'boolean', false)]);
  }
}

const WORDS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'and', 'or', 'not', 'in', 'true', 'false', 'null', 'EQ', 'has', 'add', 'Name', 'colour', 'contains(', 'substring(', 'year(', 'now()', 'length(', '(', ')', ',', '2026-06-01'];
const GARBAGE = [..."'\"%_\\;/*-+.:$@#=<>!?[]{}é", '\u0000', '😀', ' ', '\t', '\n', '--', '/*', '*/', "''"];

/** A quarter token soup; the rest grammatical, a third of those then damaged in a few places. */
export function randomFilter(): { filter: string; meaning?: (row: Row) => Value } {
  if (r() < 0.25) {
    return { filter: Array.from({ length: Math.floor(r() * 12) }, () => (r() < 0.7 ? pick(WORDS) : r() < 0.5 ? literal('string').text : pick(GARBAGE))).join(pick([' ', ''])) };
  }
  const generated = generate(0);
  if (r() >= 0.3) return { filter: generated.text, meaning: generated.at };
  let filter = generated.text;
  for (let i = Math.floor(r() * 3) + 1; i > 0; i -= 1) {
    const at = Math.floor(r() * (filter.length + 1));
    filter = filter.slice(0, at) + (r() < 0.5 ? pick(GARBAGE) : pick(WORDS)) + filter.slice(at + (r() < 0.5 ? 1 : 0));
  }
  return { filter };
}
