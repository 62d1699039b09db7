import { badRequest } from './query-refusal.js';

/**
 * A deliberately small lexer: just enough to know what is code and what is a string, an identifier
 * or a comment, so the guard, the placeholder expansion and the cache key never look inside literals.
 * Where engines disagree on lexing, it errs towards treating text as code, which can only make the
 * guard refuse more, never less.
 */
export type TokenKind =
  | 'word'
  | 'quoted_identifier'
  | 'string'
  | 'comment'
  | 'whitespace'
  | 'number'
  | 'named_parameter'
  | 'positional_parameter'
  | 'filter_placeholder'
  | 'punctuation';

export interface Token {
  kind: TokenKind;
  /** The exact source text of the token. */
  text: string;
  /** word: upper-cased; named_parameter and filter_placeholder: the bare name. */
  value: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DIGIT = /[0-9]/;

function unterminated(what: string): never {
  throw badRequest(`SQL has an unterminated ${what}`, 'SQL_NOT_ALLOWED');
}

/** Index just past a quoted run that starts at `start` (the opening quote); doubled quotes escape. */
function scanQuoted(sql: string, start: number, quote: string, backslashEscapes: boolean, what: string): number {
  let i = start + 1;
  while (i < sql.length) {
    const ch = sql[i];
    if (backslashEscapes && ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === quote) {
      if (sql[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return unterminated(what);
}

function scanWhile(sql: string, start: number, pattern: RegExp): number {
  let i = start;
  while (i < sql.length && pattern.test(sql[i] as string)) i += 1;
  return i;
}

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, end: number, value?: string) => {
    const text = sql.slice(i, end);
    tokens.push({ kind, text, value: value ?? text });
    i = end;
  };

  while (i < sql.length) {
    const ch = sql[i] as string;
    const next = sql[i + 1];

    if (/\s/.test(ch)) {
      push('whitespace', scanWhile(sql, i, /\s/));
    } else if (ch === '-' && next === '-') {
      push('comment', scanWhile(sql, i, /[^\n\r]/));
    } else if (ch === '/' && next === '*') {
      const close = sql.indexOf('*/', i + 2);
      if (close < 0) unterminated('comment');
      push('comment', close + 2);
    } else if (ch === "'") {
      push('string', scanQuoted(sql, i, "'", false, 'string literal'));
    } else if (ch === '"' || ch === '`') {
      const end = scanQuoted(sql, i, ch, false, 'quoted identifier');
      push('quoted_identifier', end, sql.slice(i + 1, end - 1).split(ch + ch).join(ch));
    } else if (ch === '$') {
      scanDollar(sql, i, push);
    } else if (ch === '{' && next === '{') {
      const close = sql.indexOf('}}', i + 2);
      if (close < 0) unterminated('filter placeholder');
      const name = sql.slice(i + 2, close).trim();
      if (!IDENTIFIER.test(name)) {
        throw badRequest(`Filter placeholder ${sql.slice(i, close + 2)} must name a field (letters, digits, underscore)`, 'SQL_NOT_ALLOWED');
      }
      push('filter_placeholder', close + 2, name);
    } else if (DIGIT.test(ch) || (ch === '.' && next !== undefined && DIGIT.test(next))) {
      push('number', scanWhile(sql, i + 1, /[0-9A-Za-z_.]/));
    } else if (WORD_START.test(ch)) {
      const end = scanWhile(sql, i + 1, WORD_PART);
      const word = sql.slice(i, end);
      // E'...' strings treat backslash as an escape (PostgreSQL, DuckDB); lexing them like plain
      // strings would let `E'\''` hide code inside what looks like a literal.
      if ((word === 'E' || word === 'e') && sql[end] === "'") {
        push('string', scanQuoted(sql, end, "'", true, 'string literal'));
      } else {
        push('word', end, word.toUpperCase());
      }
    } else {
      push('punctuation', i + 1);
    }
  }
  return tokens;
}

function scanDollar(sql: string, i: number, push: (kind: TokenKind, end: number, value?: string) => void): void {
  const rest = sql.slice(i);
  const positional = /^\$[0-9]+/.exec(rest);
  if (positional) return push('positional_parameter', i + positional[0].length);
  const tagged = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(rest);
  if (tagged) {
    const tag = tagged[0];
    const close = sql.indexOf(tag, i + tag.length);
    if (close < 0) unterminated('dollar-quoted string');
    return push('string', close + tag.length);
  }
  const named = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
  if (named) return push('named_parameter', i + named[0].length, named[1]);
  return push('punctuation', i + 1);
}

/** Tokens that carry meaning: everything but whitespace and comments. */
export function significant(tokens: Token[]): Token[] {
  return tokens.filter((token) => token.kind !== 'whitespace' && token.kind !== 'comment');
}

/**
 * One canonical spelling per query for cache keys: comments dropped, whitespace collapsed,
 * literals and identifiers untouched.
 */
export function normalizeSql(sql: string): string {
  return significant(tokenize(sql))
    .map((token) => token.text)
    .join(' ');
}
