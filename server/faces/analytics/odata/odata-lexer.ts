import { DATE_START, scanTemporal } from './odata-datetime.js';
import { ODataFilterError, at, type ODataParameter } from './odata-errors.js';

interface TokenBase {
  /** 0-based offset of the first character, and of the one after the last. */
  position: number;
  end: number;
  /** The source text of the token, as written. */
  text: string;
}

export type Token =
  | (TokenBase & { kind: 'lparen' | 'rparen' | 'comma' | 'end' | 'identifier' })
  | (TokenBase & { kind: 'string'; value: string })
  | (TokenBase & { kind: 'number'; value: number })
  /** `value` is the instant in the stored UTC form; `offsetMinutes` the offset it was written with. */
  | (TokenBase & { kind: 'datetime'; value: string; offsetMinutes: number })
  /** `value` is `YYYY-MM-DD`. */
  | (TokenBase & { kind: 'date'; value: string });

const WHITESPACE = /[ \t\r\n]+/y;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const PUNCTUATION: Record<string, 'lparen' | 'rparen' | 'comma'> = { '(': 'lparen', ')': 'rparen', ',': 'comma' };

function scan(pattern: RegExp, source: string, position: number): string | undefined {
  pattern.lastIndex = position;
  return pattern.exec(source)?.[0];
}

/** A character as a message can show it: control and invisible characters by code point. */
function showCharacter(source: string, position: number): string {
  const codePoint = source.codePointAt(position) ?? 0;
  const char = String.fromCodePoint(codePoint);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? `'${char}'` : `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A single-quoted string; `''` stands for one quote, as in OData and SQL. */
function scanString(source: string, position: number, parameter: ODataParameter): Token {
  let value = '';
  let i = position + 1;
  for (;;) {
    const quote = source.indexOf("'", i);
    if (quote < 0) throw new ODataFilterError(`Unterminated string literal starting ${at(position)}`, position, parameter);
    value += source.slice(i, quote);
    if (source[quote + 1] !== "'") {
      i = quote + 1;
      break;
    }
    value += "'";
    i = quote + 2;
  }
  // PostgreSQL text cannot hold U+0000; refusing it here keeps it from becoming a database error.
  const nul = value.indexOf('\u0000');
  if (nul >= 0) throw new ODataFilterError(`String literal starting ${at(position)} contains U+0000, which is not allowed`, position, parameter);
  return { kind: 'string', value, position, end: i, text: source.slice(position, i) };
}

function scanNumber(source: string, position: number, parameter: ODataParameter): Token {
  const text = scan(NUMBER, source, position);
  const end = position + (text?.length ?? 0);
  if (!text || /^[A-Za-z0-9_.]/.test(source.slice(end, end + 1))) {
    throw new ODataFilterError(`Invalid number ${at(position)}: expected digits with an optional '-', decimal part and exponent, like -12.5 or 1e3`, position, parameter);
  }
  const value = Number(text);
  if (!Number.isFinite(value)) throw new ODataFilterError(`Number ${at(position)} is out of range`, position, parameter);
  return { kind: 'number', value, position, end, text };
}

/** Splits `$filter` or `$orderby` text into tokens; the last token is always `end`. */
export function tokenize(source: string, parameter: ODataParameter = '$filter'): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < source.length) {
    const space = scan(WHITESPACE, source, position);
    if (space) {
      position += space.length;
      continue;
    }
    const char = source.charAt(position);
    const punctuation = PUNCTUATION[char];
    let token: Token;
    if (punctuation) {
      token = { kind: punctuation, position, end: position + 1, text: char };
    } else if (char === "'") {
      token = scanString(source, position, parameter);
    } else if (scan(DATE_START, source, position)) {
      const { kind, value, end, offsetMinutes = 0 } = scanTemporal(source, position, parameter);
      const text = source.slice(position, end);
      token = kind === 'date' ? { kind, value, position, end, text } : { kind, value, offsetMinutes, position, end, text };
    } else if (/[0-9-]/.test(char)) {
      token = scanNumber(source, position, parameter);
    } else {
      const identifier = scan(IDENTIFIER, source, position);
      if (!identifier) {
        const hint = char === '"' ? ' (strings are written in single quotes)' : '';
        throw new ODataFilterError(`Unexpected character ${showCharacter(source, position)} ${at(position)}${hint}`, position, parameter);
      }
      token = { kind: 'identifier', position, end: position + identifier.length, text: identifier };
    }
    tokens.push(token);
    position = token.end;
  }
  tokens.push({ kind: 'end', position: source.length, end: source.length, text: '' });
  return tokens;
}
