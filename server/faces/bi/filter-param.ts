import type { Static } from 'typebox';
import { Value } from 'typebox/value';
import { FilterList } from '../../../common/contracts/dashboards.js';
import { invalid } from '../../modules/errors/domain-errors.js';

/** `?filters=` carries a JSON array of filters; anything else is a 422 naming the problem. */
export function parseFiltersParam(raw: string | undefined): Static<typeof FilterList> | undefined {
  if (raw === undefined || raw === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalid('filters must be a JSON array of {field, operator, values}', [{ field: 'filters', message: 'is not valid JSON' }]);
  }
  if (!Value.Check(FilterList, parsed)) {
    const fields = [...Value.Errors(FilterList, parsed)].slice(0, 10).map((e) => ({ field: `filters${e.instancePath.replace(/\//g, '.')}`, message: e.message }));
    throw invalid(`Invalid filters: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, fields);
  }
  return parsed;
}
