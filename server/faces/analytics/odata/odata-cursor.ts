import type { Operand, Predicate, ValueType } from '../../../predicates/predicate.js';
import { operandType } from '../../../modules/dashboards/dashboard-fields.js';
import { ODataFilterError, at, type ODataParameter } from './odata-errors.js';
import type { Token } from './odata-lexer.js';

/** A parsed piece of a query option: a value (operand) or a condition, with where it was written. */
export type Span = { start: number; end: number };
export type Node = (Span & { kind: 'operand'; operand: Operand }) | (Span & { kind: 'condition'; predicate: Predicate });

export const MAX_QUERY_LENGTH = 2000;
/** Parentheses, calls and `not` each nest one level; the limit keeps recursion shallow. */
export const MAX_QUERY_DEPTH = 32;

const TYPE_NAMES: Record<ValueType, string> = { string: 'a string', number: 'a number', datetime: 'a datetime', date: 'a date', null: 'null' };

export function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * Walks the tokens of one query option and words its errors: what was expected, what was found
 * and where. Keywords are matched without regard to case, as OData 4.01 allows.
 */
export class TokenCursor {
  private index = 0;
  private depth = 0;

  constructor(
    protected readonly source: string,
    private readonly tokens: Token[],
    readonly parameter: ODataParameter,
  ) {}

  get token(): Token {
    return this.tokens[this.index] ?? (this.tokens[this.tokens.length - 1] as Token);
  }

  peek(offset: number): Token | undefined {
    return this.tokens[this.index + offset];
  }

  get lastEnd(): number {
    return this.tokens[this.index - 1]?.end ?? 0;
  }

  advance(): Token {
    const token = this.token;
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  /** The current token's word in lower case, or undefined when it is no word. */
  get word(): string | undefined {
    return this.token.kind === 'identifier' ? this.token.text.toLowerCase() : undefined;
  }

  isWord(word: string): boolean {
    return this.word === word;
  }

  error(message: string, position: number): ODataFilterError {
    return new ODataFilterError(message, position, this.parameter);
  }

  found(token: Token): string {
    if (token.kind === 'end') return this.parameter === '$filter' ? 'the end of the filter' : `the end of ${this.parameter}`;
    return token.kind === 'string' ? shown(token.text) : `'${shown(token.text)}'`;
  }

  expected(what: string): ODataFilterError {
    return this.error(`Expected ${what} ${at(this.token.position)}, found ${this.found(this.token)}`, this.token.position);
  }

  expect(kind: 'rparen' | 'comma' | 'lparen', what: string): Token {
    if (this.token.kind !== kind) throw this.expected(what);
    return this.advance();
  }

  enter(position: number): void {
    this.depth += 1;
    if (this.depth > MAX_QUERY_DEPTH) throw this.error(`${this.parameter === '$filter' ? 'Filter' : this.parameter} nests deeper than ${MAX_QUERY_DEPTH} levels ${at(position)}`, position);
  }

  leave(): void {
    this.depth -= 1;
  }

  /** A node as a message shows it: its source text and what it is. */
  describe(node: Node): string {
    const text = shown(this.source.slice(node.start, node.end));
    if (node.kind !== 'operand') return `${text} (a condition)`;
    const type = operandType(node.operand);
    return type === 'null' ? 'null' : `${text} (${TYPE_NAMES[type]})`;
  }
}
