import type { Operand } from '../../../predicates/predicate.js';
import type { DashboardOrder } from '../../../modules/dashboards/dashboard-fields.js';
import { MAX_QUERY_LENGTH, shown } from './odata-cursor.js';
import { ODataFilterError, at } from './odata-errors.js';
import { tokenize } from './odata-lexer.js';
import { ODataExpressionParser } from './odata-parser.js';

/** Whether an expression reads a property; one that does not is the same on every row and orders nothing. */
function readsProperty(operand: Operand): boolean {
  return operand.kind === 'field' || (operand.kind === 'call' && operand.args.some(readsProperty));
}

/**
 * `$orderby`: comma-separated `expression [asc|desc]`, ascending by default, where an expression
 * is a property or a function of properties (`tolower(name) desc`, `length(name)`). A blank
 * value is an empty order (the caller's default applies).
 */
export function parseODataOrderBy(source: string): DashboardOrder {
  if (source.length > MAX_QUERY_LENGTH) {
    throw new ODataFilterError(`$orderby is ${source.length} characters long; the limit is ${MAX_QUERY_LENGTH}`, MAX_QUERY_LENGTH, '$orderby');
  }
  const parser = new ODataExpressionParser(source, tokenize(source, '$orderby'), '$orderby');
  const order: DashboardOrder = [];
  const seen = new Set<string>();
  // A function, not a property read, so each check sees the token the parser has moved on to.
  const next = () => parser.token.kind;
  if (next() === 'end') return order;

  for (;;) {
    if (next() === 'end' || next() === 'comma') throw parser.expected('a property or a function of one');
    const node = parser.parseOr();
    const text = shown(source.slice(node.start, node.end));
    if (node.kind !== 'operand') throw parser.error(`Cannot order by the condition ${text} ${at(node.start)}; order by a property or a function of one`, node.start);
    if (!readsProperty(node.operand)) throw parser.error(`Ordering by ${text} ${at(node.start)} orders nothing: it is the same for every dashboard`, node.start);
    const key = JSON.stringify(node.operand);
    if (seen.has(key)) throw parser.error(`'${text}' ${at(node.start)} appears twice in $orderby`, node.start);
    seen.add(key);

    let direction: 'asc' | 'desc' = 'asc';
    const word = parser.word;
    if (word === 'asc' || word === 'desc') {
      direction = word;
      parser.advance();
    } else if (next() !== 'end' && next() !== 'comma') {
      throw parser.expected("'asc', 'desc', ',' or the end of $orderby");
    }
    order.push({ expression: node.operand, direction });

    if (next() === 'end') return order;
    parser.expect('comma', "',' or the end of $orderby");
  }
}
