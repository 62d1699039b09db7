import { isDatePreset, presetRange, type DatePreset } from './datePresets.js';
import { filtersKey, isBlank, isListOperator, parseTypedValue, valueKind, valueText } from './filterValues.js';
import type { Filter, FilterValue } from './types.js';

/** Query parameters of the dashboard page that are not filters. */
const RESERVED = new Set(['edit', 'cross']);

/** The filter values on screen: one entry per saved filter, with the preset a date range came from. */
export interface FilterState {
  filters: Filter[];
  /** By filter index: the relative range a date filter was set to, kept as such in links. */
  presets: Record<number, DatePreset>;
}

/** `region` → "Region", `order_date` → "Order date": what a filter is called when its author named it nothing. */
export function filterLabel(filter: Filter): string {
  if (filter.label) return filter.label;
  const words = filter.field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function textOf(value: FilterValue | undefined): string {
  return isBlank(value) ? '' : valueText(value);
}

/**
 * Reads filter values from the page's query string (`?region=EU&region=US&order_date=2025-01-01~2025-03-31`,
 * `order_date=last_30_days`, `order_date=~2025-03-31` for one bound). A filter missing from it keeps
 * its saved default; `region=` with nothing says "no value".
 */
export function filtersFromUrl(saved: Filter[], params: URLSearchParams, today = new Date()): FilterState {
  const presets: Record<number, DatePreset> = {};
  const filters = saved.map((filter, index) => {
    if (RESERVED.has(filter.field) || !params.has(filter.field)) return filter;
    const texts = params.getAll(filter.field);
    const kind = valueKind(filter.values, filter.field);
    const parse = (text: string): FilterValue => (text === '' ? null : parseTypedValue(text, kind === 'date' ? 'text' : kind));
    if (isListOperator(filter.operator)) return { ...filter, values: texts.filter((t) => t !== '').map(parse) };
    const text = texts[0] ?? '';
    if (filter.operator === 'between') {
      if (isDatePreset(text)) {
        presets[index] = text;
        return { ...filter, values: presetRange(text, today) };
      }
      const [from = '', to = ''] = text.split('~');
      return { ...filter, values: text === '' ? [] : [parse(from), parse(to)] };
    }
    return { ...filter, values: text === '' ? [] : [parse(text)] };
  });
  return { filters, presets };
}

/** Writes `state` into `current` (keeping other parameters): only filters that differ from their saved default. */
export function filtersToUrl(saved: Filter[], state: FilterState, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  state.filters.forEach((filter, index) => {
    if (RESERVED.has(filter.field)) return;
    next.delete(filter.field);
    const preset = state.presets[index];
    if (preset) return next.set(filter.field, preset);
    if (filtersKey([filter]) === filtersKey([saved[index] ?? filter])) return;
    const present = filter.values.filter((value) => !isBlank(value));
    if (present.length === 0) return next.set(filter.field, '');
    if (isListOperator(filter.operator)) return present.forEach((value) => next.append(filter.field, textOf(value)));
    if (filter.operator === 'between') return next.set(filter.field, `${textOf(filter.values[0])}~${textOf(filter.values[1])}`);
    next.set(filter.field, textOf(filter.values[0]));
  });
  return next;
}
