import type { DashboardField, DashboardOrder } from '../../../modules/dashboards/dashboard-predicate.js';
import { ODataFilterError, at } from './odata-errors.js';
import { tokenize, type Token } from './odata-lexer.js';
import { fieldOfProperty } from './odata-properties.js';
import { MAX_FILTER_LENGTH } from './odata-parser.js';

function found(token: Token): string {
  return token.kind === 'end' ? 'the end of $orderby' : `'${token.text.length > 40 ? `${token.text.slice(0, 37)}...` : token.text}'`;
}

function expected(what: string, token: Token): ODataFilterError {
  return new ODataFilterError(`Expected ${what} ${at(token.position)}, found ${found(token)}`, token.position, '$orderby');
}

/**
 * `$orderby`: comma-separated `property [asc|desc]`, ascending by default. A blank value is an
 * empty order (the caller's default applies). Directions are lowercase, as in OData.
 */
export function parseODataOrderBy(source: string): DashboardOrder {
  if (source.length > MAX_FILTER_LENGTH) {
    throw new ODataFilterError(`$orderby is ${source.length} characters long; the limit is ${MAX_FILTER_LENGTH}`, MAX_FILTER_LENGTH, '$orderby');
  }
  const tokens = tokenize(source, '$orderby');
  const order: DashboardOrder = [];
  const seen = new Set<DashboardField>();
  let index = 0;
  const next = (): Token => tokens[index] ?? (tokens[tokens.length - 1] as Token);
  if (next().kind === 'end') return order;

  for (;;) {
    const property = next();
    if (property.kind !== 'identifier') throw expected('a property name', property);
    const field = fieldOfProperty(property.text, property.position, '$orderby');
    if (seen.has(field)) {
      throw new ODataFilterError(`Property '${property.text}' ${at(property.position)} appears twice in $orderby`, property.position, '$orderby');
    }
    seen.add(field);
    index += 1;

    let direction: 'asc' | 'desc' = 'asc';
    const word = next();
    if (word.kind === 'identifier') {
      if (word.text === 'asc' || word.text === 'desc') {
        direction = word.text;
        index += 1;
      } else if (word.text.toLowerCase() === 'asc' || word.text.toLowerCase() === 'desc') {
        throw new ODataFilterError(`Unknown direction '${word.text}' ${at(word.position)}; directions are lowercase: '${word.text.toLowerCase()}'`, word.position, '$orderby');
      } else {
        throw expected("'asc', 'desc', ',' or the end of $orderby", word);
      }
    }
    order.push({ field, direction });

    const separator = next();
    if (separator.kind === 'end') return order;
    if (separator.kind !== 'comma') throw expected("',' or the end of $orderby", separator);
    index += 1;
  }
}
