import { DomainError } from '../../../modules/errors/domain-errors.js';

export type ODataParameter = '$filter' | '$orderby' | '$top' | '$skip' | '$count';

/** Seed 002 names errors `INVALID_<WHAT>`; each query option gets its own code. */
const CODE_OF_PARAMETER: Record<ODataParameter, string> = {
  $filter: 'INVALID_FILTER',
  $orderby: 'INVALID_ORDERBY',
  $top: 'INVALID_TOP',
  $skip: 'INVALID_SKIP',
  $count: 'INVALID_COUNT',
};

/**
 * A query option the face cannot accept: a 400 with a stable code, the 0-based character offset
 * where reading stopped, and the message repeated under the parameter's name so faces that list
 * field errors can show it.
 */
export class ODataFilterError extends DomainError {
  constructor(
    message: string,
    readonly position: number,
    readonly parameter: ODataParameter = '$filter',
  ) {
    super('bad_request', message, CODE_OF_PARAMETER[parameter], { fields: [{ field: parameter, message }] });
    this.name = 'ODataFilterError';
  }
}

export const at = (position: number) => `at position ${position}`;

/** Source text quoted for a message, cut short so a hostile 2000-character literal is not echoed whole. */
export function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `'${shown}'`;
}
