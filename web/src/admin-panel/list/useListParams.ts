import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { FILTER_OPERATORS, type ColumnFilter, type SortOrder } from '../types.js';

/**
 * A list's search, filters, sort and page size, kept in the page's query string (under the API's
 * own parameter names) so a reload, a shared link or the back button shows the same rows.
 */
export interface ListParams {
  search: string;
  filters: ColumnFilter[];
  sortBy: string | null;
  sortOrder: SortOrder | null;
  limit: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 50;

function parseFilters(raw: string | null): ColumnFilter[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    // A hand-edited link may hold anything; only well-formed conditions reach the server.
    return parsed.filter(
      (f): f is ColumnFilter =>
        typeof f === 'object' && f !== null && typeof f.field === 'string' && (FILTER_OPERATORS as readonly string[]).includes(f.operator),
    );
  } catch {
    return [];
  }
}

function readParams(query: URLSearchParams): ListParams {
  const limit = Number(query.get('limit'));
  const order = query.get('sort_order');
  return {
    search: query.get('search') ?? '',
    filters: parseFilters(query.get('filters')),
    sortBy: query.get('sort_by') || null,
    sortOrder: order === 'asc' || order === 'desc' ? order : null,
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_PAGE_SIZE,
  };
}

function writeParams(params: ListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.search) query.set('search', params.search);
  if (params.filters.length > 0) query.set('filters', JSON.stringify(params.filters));
  if (params.sortBy) {
    query.set('sort_by', params.sortBy);
    query.set('sort_order', params.sortOrder ?? 'asc');
  }
  if (params.limit !== DEFAULT_PAGE_SIZE) query.set('limit', String(params.limit));
  return query;
}

export function useListParams() {
  const [query, setQuery] = useSearchParams();
  const raw = query.toString();
  // Parsed once per change of the query string, so the params object is stable between renders.
  const params = useMemo(() => readParams(new URLSearchParams(raw)), [raw]);
  const update = useCallback(
    (changes: Partial<ListParams> | ((current: ListParams) => Partial<ListParams>)) => {
      // Replacing the entry: typing a search should not leave a trail of history entries behind.
      // Changes computed from the current URL, so two quick clicks each see the other's result.
      setQuery((current) => {
        const params = readParams(current);
        return writeParams({ ...params, ...(typeof changes === 'function' ? changes(params) : changes) });
      }, { replace: true });
    },
    [setQuery],
  );
  return [params, update] as const;
}

/** The part of the params that decides which rows match; paging and selection start over when it changes. */
export function listIdentity(model: string, params: ListParams): string {
  return JSON.stringify([model, params.search.trim(), params.filters, params.sortBy, params.sortOrder, params.limit]);
}
