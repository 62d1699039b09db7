import type { ODataListOptions, ODataListQuery } from './odata-query.js';

/** Rows in a response when the client names no `$top`, and the most any response carries. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** How many rows this response serves: what was asked for, but never more than one page. */
export function pageLength(top: number | undefined): number {
  return top === undefined ? DEFAULT_PAGE_SIZE : Math.min(top, MAX_PAGE_SIZE);
}

/**
 * `$top` and `$skip` of the page after one that served `served` rows, or undefined when nothing
 * the client asked for is left: the next page carries on where this one stopped and keeps what
 * remains of the client's `$top`.
 */
export function nextPage(query: Pick<ODataListQuery, 'top' | 'skip'>, served: number, total: number): { top: number | undefined; skip: number } | undefined {
  const skip = query.skip + served;
  if (served === 0 || skip >= total) return undefined;
  if (query.top !== undefined && served >= query.top) return undefined;
  return { top: query.top === undefined ? undefined : query.top - served, skip };
}

/**
 * The absolute URL of the next page: the same path and options, with the next `$top`/`$skip`.
 * Values are percent-encoded (a space as %20, never `+`: that is a plus sign to OData but a space to
 * form decoders).
 */
export function nextLink(base: { protocol: string; host: string; path: string }, options: ODataListOptions, next: { top: number | undefined; skip: number }): string {
  const pairs: [string, string | number | undefined][] = [
    ['$filter', options.$filter],
    ['$orderby', options.$orderby],
    ['$count', options.$count],
    ['$top', next.top],
    ['$skip', next.skip],
  ];
  const query = pairs.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return `${base.protocol}://${base.host}${base.path}?${query.join('&')}`;
}
