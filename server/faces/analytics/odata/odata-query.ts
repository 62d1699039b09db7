import type { Predicate } from '../../../predicates/predicate.js';
import type { DashboardOrder } from '../../../modules/dashboards/dashboard-fields.js';
import { ODataFilterError, quote, type ODataParameter } from './odata-errors.js';
import { parseODataOrderBy } from './odata-orderby.js';
import { parseODataFilter } from './odata-parser.js';

/** A list request's OData options, as the query string carries them (before they are read). */
export interface ODataListOptions {
  $filter?: string | undefined;
  $orderby?: string | undefined;
  $top?: string | undefined;
  $skip?: string | undefined;
  $count?: string | undefined;
}

export interface ODataListQuery {
  predicate: Predicate | undefined;
  order: DashboardOrder | undefined;
  /** How many rows the client wants in all (over as many pages as it takes); undefined for all of them. */
  top: number | undefined;
  skip: number;
  /** `$count=true`: the client wants `@odata.count`. */
  count: boolean;
}

const PARAMETERS: readonly ODataParameter[] = ['$filter', '$orderby', '$top', '$skip', '$count'];

/**
 * `$top` and `$skip` are plain digits in OData's grammar; anything else (`-1`, `1e3`, `+5`) is
 * refused, as is a number past what a page offset can hold exactly.
 */
function wholeNumber(text: string, parameter: '$top' | '$skip'): number {
  if (!/^[0-9]+$/.test(text)) {
    throw new ODataFilterError(`${parameter} must be a whole number of zero or more written in digits, like 20; found ${quote(text)}`, 0, parameter);
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new ODataFilterError(`${parameter} ${quote(text)} is too large; the limit is ${Number.MAX_SAFE_INTEGER}`, 0, parameter);
  return value;
}

function booleanOption(text: string, parameter: '$count'): boolean {
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  throw new ODataFilterError(`${parameter} must be true or false; found ${quote(text)}`, 0, parameter);
}

/** Reads the list options; throws ODataFilterError (400, INVALID_<OPTION>) for the first bad one. */
export function parseODataListQuery(options: ODataListOptions): ODataListQuery {
  return {
    predicate: options.$filter ? parseODataFilter(options.$filter) : undefined,
    order: options.$orderby ? parseODataOrderBy(options.$orderby) : undefined,
    top: options.$top === undefined ? undefined : wholeNumber(options.$top, '$top'),
    skip: options.$skip === undefined ? 0 : wholeNumber(options.$skip, '$skip'),
    count: options.$count === undefined ? false : booleanOption(options.$count, '$count'),
  };
}

type ValidationIssue = { instancePath?: string };

/**
 * A query string the route schema refused. An option given twice arrives as a list and fails
 * the schema; that is the option's own 400. Anything else (an unknown option) stays as it was.
 */
export function queryValidationError(error: Error & { validation?: ValidationIssue[] }): Error {
  for (const issue of error.validation ?? []) {
    const name = issue.instancePath?.replace(/^\//, '').split('/')[0];
    const parameter = PARAMETERS.find((p) => p === name);
    if (parameter) return new ODataFilterError(`${parameter} must be given once, as text`, 0, parameter);
  }
  return error;
}
