import type { Static } from 'typebox';
import { Value } from 'typebox/value';
import { DrillPath, MAX_DRILL_LEVELS } from '../../../common/contracts/dashboard-data.js';
import { FilterList } from '../../../common/contracts/dashboards.js';
import { invalid } from '../../modules/errors/domain-errors.js';

/** A query parameter that carries JSON; text that is not JSON is a 422 saying what was expected. */
function parseJsonParam(raw: string, name: string, expected: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw invalid(`${name} must be ${expected}`, [{ field: name, message: 'is not valid JSON' }]);
  }
}

/** `?filters=` carries a JSON array of filters; anything else is a 422 naming the problem. */
export function parseFiltersParam(raw: string | undefined): Static<typeof FilterList> | undefined {
  if (raw === undefined || raw === '') return undefined;
  const parsed = parseJsonParam(raw, 'filters', 'a JSON array of {field, operator, values}');
  if (!Value.Check(FilterList, parsed)) {
    const fields = [...Value.Errors(FilterList, parsed)].slice(0, 10).map((e) => ({ field: `filters${e.instancePath.replace(/\//g, '.')}`, message: e.message }));
    throw invalid(`Invalid filters: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, fields);
  }
  return parsed;
}

/** `?drill=` carries a JSON array of the values clicked so far down a widget's drill levels. */
export function parseDrillParam(raw: string | undefined): Static<typeof DrillPath> | undefined {
  if (raw === undefined) return undefined;
  const parsed = parseJsonParam(raw, 'drill', 'a JSON array of the values clicked so far');
  if (!Value.Check(DrillPath, parsed)) {
    throw invalid(`drill must be a JSON array of at most ${MAX_DRILL_LEVELS} strings, numbers, booleans or nulls`, [{ field: 'drill', message: 'must be an array of values' }]);
  }
  return parsed;
}
