import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { FilterList } from '../../../common/contracts/dashboards.js';
import { invalid } from '../../modules/errors/domain-errors.js';
import { MAX_DRILL_LEVELS } from '../../modules/dashboard-data/widget-drill.js';

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

const DrillPath = Type.Array(Type.Union([Type.String({ maxLength: 1000 }), Type.Number(), Type.Boolean(), Type.Null()]), { maxItems: MAX_DRILL_LEVELS });

/** `?drill=` carries a JSON array of the values clicked so far down a widget's drill levels. */
export function parseDrillParam(raw: string | undefined): Static<typeof DrillPath> | undefined {
  if (raw === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalid('drill must be a JSON array of the values clicked so far', [{ field: 'drill', message: 'is not valid JSON' }]);
  }
  if (!Value.Check(DrillPath, parsed)) {
    throw invalid(`drill must be a JSON array of at most ${MAX_DRILL_LEVELS} strings, numbers, booleans or nulls`, [{ field: 'drill', message: 'must be an array of values' }]);
  }
  return parsed;
}
