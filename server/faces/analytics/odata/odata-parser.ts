import {
  comparisonProblem,
  constant,
  junction,
  match,
  not,
  operandType,
  compare as comparePredicate,
  datetime,
  field,
  value,
  type CompareOp,
  type MatchFn,
  type Operand,
  type Predicate,
  type ValueType,
} from '../../../modules/dashboards/dashboard-predicate.js';
import { ODataFilterError, at } from './odata-errors.js';
import { tokenize, type Token } from './odata-lexer.js';
import { fieldOfProperty, isODataProperty } from './odata-properties.js';

/**
 * `$filter` → predicate tree. Precedence, loosest first: `or`, `and`, `not`, comparison
 * (`eq ne gt ge lt le`, not chainable), then parentheses, literals, properties and calls.
 * Keywords, function and property names are case-sensitive as in OData; near misses in case
 * get an error that names the right spelling instead of a silent guess.
 */

export const MAX_FILTER_LENGTH = 2000;
/** Parentheses, calls and `not` each nest one level; the limit keeps recursion shallow. */
export const MAX_FILTER_DEPTH = 32;

type Span = { start: number; end: number };
type Node =
  | (Span & { kind: 'operand'; operand: Operand })
  | (Span & { kind: 'boolean'; value: boolean })
  | (Span & { kind: 'condition'; predicate: Predicate });

const COMPARISONS: ReadonlySet<string> = new Set<CompareOp>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const KEYWORDS: ReadonlySet<string> = new Set([...COMPARISONS, 'and', 'or', 'not', 'true', 'false', 'null']);
/** OData operators this dialect does not offer; named so the error says "not supported" rather than "unexpected". */
const UNSUPPORTED_OPERATORS: ReadonlySet<string> = new Set(['in', 'has', 'add', 'sub', 'mul', 'div', 'divby', 'mod']);
const FUNCTIONS = new Map<string, number>([['contains', 2], ['startswith', 2], ['endswith', 2], ['tolower', 1]]);
const MATCH_FUNCTIONS: ReadonlySet<string> = new Set<MatchFn>(['contains', 'startswith', 'endswith']);
const COMPARISON_LIST = 'a comparison operator (eq, ne, gt, ge, lt, le)';
const TYPE_NAMES: Record<ValueType, string> = { string: 'a string', number: 'a number', datetime: 'a datetime', null: 'null' };

/** Folds A–Z only, exactly like the compiled lower() on both stores. */
const lowerAscii = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

class FilterParser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  parse(): Predicate {
    const node = this.parseOr();
    if (this.token.kind !== 'end') throw this.expected(node.kind === 'operand' ? COMPARISON_LIST : "'and', 'or' or the end of the filter");
    return this.condition(node);
  }

  private get token(): Token {
    return this.tokens[this.index] ?? (this.tokens[this.tokens.length - 1] as Token);
  }

  private get lastEnd(): number {
    return this.tokens[this.index - 1]?.end ?? 0;
  }

  private advance(): Token {
    const token = this.token;
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private isWord(word: string): boolean {
    return this.token.kind === 'identifier' && this.token.text === word;
  }

  private found(token: Token): string {
    if (token.kind === 'end') return 'the end of the filter';
    return token.kind === 'string' ? shown(token.text) : `'${shown(token.text)}'`;
  }

  private expected(what: string): ODataFilterError {
    return new ODataFilterError(`Expected ${what} ${at(this.token.position)}, found ${this.found(this.token)}`, this.token.position);
  }

  private expect(kind: 'rparen' | 'comma', what: string): Token {
    if (this.token.kind !== kind) throw this.expected(what);
    return this.advance();
  }

  private enter(position: number): void {
    this.depth += 1;
    if (this.depth > MAX_FILTER_DEPTH) throw new ODataFilterError(`Filter nests deeper than ${MAX_FILTER_DEPTH} levels ${at(position)}`, position);
  }

  private condition(node: Node): Predicate {
    if (node.kind === 'condition') return node.predicate;
    if (node.kind === 'boolean') return constant(node.value);
    throw this.expected(COMPARISON_LIST);
  }

  private parseOr(): Node {
    return this.parseJunction('or', () => this.parseAnd());
  }

  private parseAnd(): Node {
    return this.parseJunction('and', () => this.parseNot());
  }

  private parseJunction(kind: 'and' | 'or', parseTerm: () => Node): Node {
    const first = parseTerm();
    if (!this.isWord(kind)) return first;
    const operands = [this.condition(first)];
    while (this.isWord(kind)) {
      this.advance();
      operands.push(this.condition(parseTerm()));
    }
    return { kind: 'condition', predicate: junction(kind, operands), start: first.start, end: this.lastEnd };
  }

  private parseNot(): Node {
    if (!this.isWord('not')) return this.parseComparison();
    const start = this.advance().position;
    this.enter(start);
    const operand = this.condition(this.parseNot());
    this.depth -= 1;
    return { kind: 'condition', predicate: not(operand), start, end: this.lastEnd };
  }

  private parseComparison(): Node {
    const left = this.parsePrimary();
    if (!(this.token.kind === 'identifier' && COMPARISONS.has(this.token.text))) {
      this.refuseUnknownOperator();
      return left;
    }
    const operator = this.advance();
    const right = this.parsePrimary();
    const node = this.compare(operator.text as CompareOp, left, right, operator.position);
    if (this.token.kind === 'identifier' && COMPARISONS.has(this.token.text)) {
      throw new ODataFilterError(`Comparisons cannot be chained ${at(this.token.position)}; join them with 'and' or 'or'`, this.token.position);
    }
    this.refuseUnknownOperator();
    return node;
  }

  /** A word where an operator belongs that is no operator: say what it is instead of "unexpected". */
  private refuseUnknownOperator(): void {
    const token = this.token;
    if (token.kind !== 'identifier' || COMPARISONS.has(token.text) || token.text === 'and' || token.text === 'or') return;
    const lower = token.text.toLowerCase();
    if (KEYWORDS.has(lower) && lower !== token.text) {
      throw new ODataFilterError(`Unknown operator '${shown(token.text)}' ${at(token.position)}; operators are lowercase: '${lower}'`, token.position);
    }
    if (UNSUPPORTED_OPERATORS.has(token.text)) throw new ODataFilterError(`Operator '${token.text}' ${at(token.position)} is not supported`, token.position);
    throw this.expected(`an operator (eq, ne, gt, ge, lt, le, and, or)`);
  }

  private parsePrimary(): Node {
    const token = this.token;
    const span = { start: token.position, end: token.end };
    switch (token.kind) {
      case 'lparen': {
        this.advance();
        this.enter(token.position);
        const inner = this.parseOr();
        if (this.token.kind !== 'rparen') throw this.expected(inner.kind === 'operand' ? `${COMPARISON_LIST} or ')'` : "')'");
        const close = this.advance();
        this.depth -= 1;
        return { ...inner, start: token.position, end: close.end };
      }
      case 'string':
      case 'number':
        this.advance();
        return { kind: 'operand', operand: value(token.value), ...span };
      case 'datetime':
        this.advance();
        return { kind: 'operand', operand: datetime(token.value), ...span };
      case 'identifier':
        return this.parseWord(token);
      default:
        throw this.expected('a property, literal or function');
    }
  }

  private parseWord(token: Token): Node {
    const span = { start: token.position, end: token.end };
    const word = token.text;
    if (this.tokens[this.index + 1]?.kind === 'lparen' && !KEYWORDS.has(word)) return this.parseCall(token);
    if (word === 'true' || word === 'false') {
      this.advance();
      return { kind: 'boolean', value: word === 'true', ...span };
    }
    if (word === 'null') {
      this.advance();
      return { kind: 'operand', operand: value(null), ...span };
    }
    if (KEYWORDS.has(word) || UNSUPPORTED_OPERATORS.has(word)) throw this.expected('a property, literal or function');
    const lower = word.toLowerCase();
    if (!isODataProperty(word) && (lower === 'true' || lower === 'false' || lower === 'null')) {
      throw new ODataFilterError(`Unknown property '${word}' ${at(token.position)}; literals are lowercase: '${lower}'`, token.position);
    }
    this.advance();
    return { kind: 'operand', operand: field(fieldOfProperty(word, token.position)), ...span };
  }

  private parseCall(name: Token): Node {
    const arity = FUNCTIONS.get(name.text);
    if (arity === undefined) {
      const lower = name.text.toLowerCase();
      const hint = isODataProperty(name.text)
        ? `'${name.text}' is a property, not a function`
        : FUNCTIONS.has(lower)
          ? `function names are lowercase: '${lower}'`
          : `supported functions are ${[...FUNCTIONS.keys()].join(', ')}`;
      throw new ODataFilterError(`Unknown function '${shown(name.text)}' ${at(name.position)}; ${hint}`, name.position);
    }
    this.advance();
    this.advance();
    this.enter(name.position);
    const args: Node[] = [];
    for (let i = 0; i < arity; i += 1) {
      if (i > 0) this.expect('comma', "','");
      args.push(this.parseOr());
    }
    const close = this.expect('rparen', "')'");
    this.depth -= 1;
    const span = { start: name.position, end: close.end };
    const operands = args.map((arg, i) => this.stringArgument(name.text, i, arg));
    const [first, second] = operands as [Operand, Operand];
    if (MATCH_FUNCTIONS.has(name.text)) return { kind: 'condition', predicate: match(name.text as MatchFn, first, second), ...span };
    // tolower: a property is lowered in SQL, a literal right here.
    const lowered: Operand = first.kind === 'field' ? field(first.field, true) : value(lowerAscii(String(first.value)));
    return { kind: 'operand', operand: lowered, ...span };
  }

  private stringArgument(fn: string, index: number, arg: Node): Operand {
    if (arg.kind === 'operand' && operandType(arg.operand) === 'string') return arg.operand;
    const ordinal = index === 0 ? 'first' : 'second';
    throw new ODataFilterError(`${fn} expects a string as its ${ordinal} argument ${at(arg.start)}, found ${this.describe(arg)}`, arg.start);
  }

  private describe(node: Node): string {
    const text = shown(this.source.slice(node.start, node.end));
    if (node.kind !== 'operand') return `${text} (a condition)`;
    const type = operandType(node.operand);
    return type === 'null' ? 'null' : `${text} (${TYPE_NAMES[type]})`;
  }

  private compare(op: CompareOp, left: Node, right: Node, position: number): Node {
    const span = { start: left.start, end: right.end };
    if (left.kind !== 'operand' || right.kind !== 'operand') {
      if (left.kind === 'operand' || right.kind === 'operand') {
        throw new ODataFilterError(`Cannot compare ${this.describe(left)} with ${this.describe(right)} ${at(position)}`, position);
      }
      if (op !== 'eq' && op !== 'ne') throw new ODataFilterError(`Conditions can only be compared with eq or ne ${at(position)}`, position);
      const literal = right.kind === 'boolean' ? right : left.kind === 'boolean' ? left : undefined;
      if (!literal) throw new ODataFilterError(`Comparing two conditions ${at(position)} is not supported; combine them with and, or, not`, position);
      const other = this.condition(literal === right ? left : right);
      return { kind: 'condition', predicate: (op === 'eq') === literal.value ? other : not(other), ...span };
    }
    const problem = comparisonProblem(op, operandType(left.operand), operandType(right.operand));
    if (problem === 'null-order') throw new ODataFilterError(`null can only be compared with eq or ne ${at(position)}`, position);
    if (problem === 'mismatch') {
      const types = new Set([operandType(left.operand), operandType(right.operand)]);
      const hint = types.has('datetime') && types.has('string') ? '; write datetimes without quotes, like 2026-06-02T10:30:00Z' : '';
      throw new ODataFilterError(`Cannot compare ${this.describe(left)} with ${this.describe(right)} ${at(position)}${hint}`, position);
    }
    return { kind: 'condition', predicate: comparePredicate(op, left.operand, right.operand), ...span };
  }
}

/** Parses `$filter`; throws ODataFilterError (400, INVALID_FILTER) naming what was expected and where. */
export function parseODataFilter(source: string): Predicate {
  if (source.length > MAX_FILTER_LENGTH) {
    throw new ODataFilterError(`Filter is ${source.length} characters long; the limit is ${MAX_FILTER_LENGTH}`, MAX_FILTER_LENGTH);
  }
  return new FilterParser(source, tokenize(source)).parse();
}
