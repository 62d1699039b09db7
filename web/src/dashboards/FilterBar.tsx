import { Button, Group, Paper } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { FilterState } from './filterUrl.js';
import { FilterInput } from './FilterInput.js';
import { filtersKey, forQuery, isListOperator, parseTypedValue, valueKind } from './filterValues.js';
import type { Filter } from './types.js';

interface FilterBarProps {
  dashboardId: string;
  saved: Filter[];
  applied: FilterState;
  onApply: (state: FilterState) => void;
}

/** Text typed into a list filter but not yet turned into a tag counts as a value when applying. */
function withTyped(filter: Filter, typed: string | undefined): Filter {
  const text = typed?.trim();
  if (!text || !isListOperator(filter.operator)) return filter;
  const kind = valueKind(filter.values, filter.field);
  return { ...filter, values: [...filter.values, parseTypedValue(text, kind === 'date' ? 'text' : kind)] };
}

/** Edits the values of the dashboard's filters; nothing is queried until Apply. */
export function FilterBar({ dashboardId, saved, applied, onApply }: FilterBarProps) {
  const [draft, setDraft] = useState(applied);
  const [typed, setTyped] = useState<Record<number, string>>({});
  const current = (): FilterState => ({ ...draft, filters: draft.filters.map((filter, index) => withTyped(filter, typed[index])) });
  const dirty = filtersKey(current().filters) !== filtersKey(applied.filters) || JSON.stringify(draft.presets) !== JSON.stringify(applied.presets);
  const changed = filtersKey(applied.filters) !== filtersKey(saved) || Object.keys(applied.presets).length > 0;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Read here, not from a render: a click on Apply also ends the typing in a tag input.
    onApply(current());
  };

  return (
    <Paper withBorder p="sm" mb="md" component="form" onSubmit={handleSubmit} aria-label="Dashboard filters">
      <Group align="flex-end" gap="sm">
        {draft.filters.map((filter, index) => (
          <FilterInput
            key={`${filter.field}-${index}`}
            dashboardId={dashboardId}
            filter={filter}
            others={draft.filters.filter((_, at) => at !== index).map(forQuery)}
            defaults={saved[index]?.values ?? []}
            preset={draft.presets[index]}
            typed={typed[index] ?? ''}
            onTyped={(text) => setTyped({ ...typed, [index]: text })}
            onChange={(values, preset) => {
              const presets = { ...draft.presets };
              if (preset) presets[index] = preset;
              else delete presets[index];
              setDraft({ filters: draft.filters.map((item, at) => (at === index ? { ...item, values } : item)), presets });
            }}
          />
        ))}
        <Group gap="xs">
          <Button type="submit" variant={dirty ? 'filled' : 'light'}>
            Apply
          </Button>
          <Button
            variant="default"
            disabled={!dirty && !changed}
            onClick={() => {
              const defaults = { filters: saved, presets: {} };
              setDraft(defaults);
              setTyped({});
              onApply(defaults);
            }}
          >
            Reset
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
