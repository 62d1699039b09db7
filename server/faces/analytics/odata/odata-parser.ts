import { compare as comparePredicate, constant, date, datetime, field, junction, not, value, type CompareOp, type Predicate } from '../../../predicates/predicate.js';
import { comparable } from '../../../predicates/predicate-types.js';
import { operandType, same } from '../../../modules/dashboards/dashboard-fields.js';
import { ODATA_FUNCTIONS, arityOfFunction, buildCall, isODataFunction } from './odata-calls.js';
import { MAX_QUERY_DEPTH, MAX_QUERY_LENGTH, TokenCursor, shown, type Node } from './odata-cursor.js';
import { ODataFilterError, at, type ODataParameter } from './odata-errors.js';
import { tokenize, type Token } from './odata-lexer.js';
import { fieldOfProperty, isODataProperty } from './odata-properties.js';

/**
 * `$filter` → predicate tree. Precedence, loosest first: `or`, `and`, `not`, equality (`eq ne`),
 * relational (`gt ge lt le in`), then parentheses, literals, properties and calls; operators of
 * one level apply left to right. Operator, literal and function names are matched without regard
 * to case (OData 4.01); property names are case-sensitive, and near misses get a suggestion.
 */

export const MAX_FILTER_LENGTH = MAX_QUERY_LENGTH;
export const MAX_FILTER_DEPTH = MAX_QUERY_DEPTH;

const EQUALITY: ReadonlySet<string> = new Set(['eq', 'ne']);
const RELATIONAL: ReadonlySet<string> = new Set(['gt', 'ge', 'lt', 'le']);
const KEYWORDS: ReadonlySet<string> = new Set([...EQUALITY, ...RELATIONAL, 'in', 'and', 'or', 'not', 'true', 'false', 'null']);
/** OData operators this dialect does not offer; named so the error says "not supported" rather than "unexpected". */
const UNSUPPORTED_OPERATORS: ReadonlySet<string> = new Set(['has', 'add', 'sub', 'mul', 'div', 'divby', 'mod']);
const COMPARISON_LIST = 'a comparison operator (eq, ne, gt, ge, lt, le, in)';

export class ODataExpressionParser extends TokenCursor {
  constructor(source: string, tokens: Token[], parameter: ODataParameter) {
    super(source, tokens, parameter);
  }

  parseFilter(): Predicate {
    const node = this.parseOr();
    if (this.token.kind !== 'end') throw this.expected(node.kind === 'operand' ? COMPARISON_LIST : "'and', 'or' or the end of the filter");
    return this.condition(node);
  }

  condition(node: Node): Predicate {
    if (node.kind === 'condition') return node.predicate;
    throw this.expected(COMPARISON_LIST);
  }

  parseOr(): Node {
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
    if (!this.isWord('not')) return this.parseEquality();
    const start = this.advance().position;
    this.enter(start);
    const operand = this.condition(this.parseNot());
    this.leave();
    return { kind: 'condition', predicate: not(operand), start, end: this.lastEnd };
  }

  private parseEquality(): Node {
    let left = this.parseRelational();
    while (this.word !== undefined && EQUALITY.has(this.word)) {
      const operator = this.advance();
      left = this.compare(operator.text.toLowerCase() as CompareOp, left, this.parseRelational(), operator.position);
    }
    this.refuseUnknownOperator();
    return left;
  }

  private parseRelational(): Node {
    let left = this.parsePrimary();
    while (this.word !== undefined && (RELATIONAL.has(this.word) || this.word === 'in')) {
      const operator = this.advance();
      const op = operator.text.toLowerCase();
      left = op === 'in' ? this.parseIn(left, operator) : this.compare(op as CompareOp, left, this.parsePrimary(), operator.position);
    }
    return left;
  }

  /** `x in (a, b, c)` is `x eq a or x eq b or x eq c`. */
  private parseIn(left: Node, operator: Token): Node {
    const open = this.expect('lparen', "'(' and a list of values");
    this.enter(open.position);
    const items: Node[] = [];
    do {
      if (items.length > 0) this.advance();
      items.push(this.parseOr());
    } while (this.token.kind === 'comma');
    const close = this.expect('rparen', "',' or ')'");
    this.leave();
    const tests = items.map((item) => this.condition(this.compare('eq', left, item, operator.position)));
    return { kind: 'condition', predicate: junction('or', tests), start: left.start, end: close.end };
  }

  /** A word where an operator belongs that is no operator: say what it is instead of "unexpected". */
  private refuseUnknownOperator(): void {
    const word = this.word;
    if (word === undefined || KEYWORDS.has(word)) return;
    if (UNSUPPORTED_OPERATORS.has(word)) throw this.error(`Operator '${this.token.text}' ${at(this.token.position)} is not supported`, this.token.position);
    // In $orderby a direction may follow; the caller words what is wrong there.
    if (this.parameter === '$orderby') return;
    throw this.expected('an operator (eq, ne, gt, ge, lt, le, in, and, or)');
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
        this.leave();
        return { ...inner, start: token.position, end: close.end };
      }
      case 'string':
      case 'number':
        this.advance();
        return { kind: 'operand', operand: value(token.value), ...span };
      case 'datetime':
        this.advance();
        return { kind: 'operand', operand: datetime(token.value, token.offsetMinutes), ...span };
      case 'date':
        this.advance();
        return { kind: 'operand', operand: date(token.value), ...span };
      case 'identifier':
        return this.parseWord(token);
      default:
        throw this.expected('a property, literal or function');
    }
  }

  private parseWord(token: Token): Node {
    const span = { start: token.position, end: token.end };
    const word = token.text.toLowerCase();
    if (this.peek(1)?.kind === 'lparen' && !KEYWORDS.has(word)) return this.parseCall(token);
    if (word === 'true' || word === 'false') {
      this.advance();
      return { kind: 'condition', predicate: constant(word === 'true'), ...span };
    }
    if (word === 'null') {
      this.advance();
      return { kind: 'operand', operand: value(null), ...span };
    }
    if (KEYWORDS.has(word) || UNSUPPORTED_OPERATORS.has(word)) throw this.expected('a property, literal or function');
    this.advance();
    return { kind: 'operand', operand: field(fieldOfProperty(token.text, token.position, this.parameter)), ...span };
  }

  private parseCall(name: Token): Node {
    if (!isODataFunction(name.text)) {
      const hint = isODataProperty(name.text) ? `'${name.text}' is a property, not a function` : `supported functions are ${ODATA_FUNCTIONS.join(', ')}`;
      throw this.error(`Unknown function '${shown(name.text)}' ${at(name.position)}; ${hint}`, name.position);
    }
    this.advance();
    this.advance();
    this.enter(name.position);
    const [min, max] = arityOfFunction(name.text);
    const args: Node[] = [];
    for (let i = 0; i < max; i += 1) {
      if (i >= min && this.token.kind === 'rparen') break;
      if (i > 0) this.expect('comma', "','");
      args.push(this.parseOr());
    }
    const close = this.expect('rparen', "')'");
    this.leave();
    return buildCall(this, name, args, { start: name.position, end: close.end });
  }

  /**
   * Values compare when their types do (null with anything). Conditions compare with conditions,
   * `true`, `false` and null, by eq and ne only: `P eq true` holds when P is true, and is false
   * (not unknown) when P is unknown.
   */
  private compare(op: CompareOp, left: Node, right: Node, position: number): Node {
    const span = { start: left.start, end: right.end };
    if (left.kind === 'operand' && right.kind === 'operand') {
      const [l, r] = [operandType(left.operand), operandType(right.operand)];
      if (!comparable(l, r)) {
        const types = new Set([l, r]);
        const hint = (types.has('datetime') || types.has('date')) && types.has('string') ? '; write dates and datetimes without quotes, like 2026-06-02 or 2026-06-02T10:30:00Z' : '';
        throw this.error(`Cannot compare ${this.describe(left)} with ${this.describe(right)} ${at(position)}${hint}`, position);
      }
      return { kind: 'condition', predicate: comparePredicate(op, left.operand, right.operand), ...span };
    }
    const truth = (node: Node): Predicate | undefined =>
      node.kind === 'condition' ? node.predicate : operandType(node.operand) === 'null' ? constant(null) : undefined;
    const [l, r] = [truth(left), truth(right)];
    if (!l || !r) throw this.error(`Cannot compare ${this.describe(left)} with ${this.describe(right)} ${at(position)}`, position);
    if (op !== 'eq' && op !== 'ne') throw this.error(`Conditions can only be compared with eq or ne ${at(position)}`, position);
    const equal = same(l, r);
    return { kind: 'condition', predicate: op === 'eq' ? equal : not(equal), ...span };
  }
}

/** Parses `$filter`; throws ODataFilterError (400, INVALID_FILTER) naming what was expected and where. */
export function parseODataFilter(source: string): Predicate {
  if (source.length > MAX_FILTER_LENGTH) {
    throw new ODataFilterError(`Filter is ${source.length} characters long; the limit is ${MAX_FILTER_LENGTH}`, MAX_FILTER_LENGTH);
  }
  return new ODataExpressionParser(source, tokenize(source), '$filter').parseFilter();
}
