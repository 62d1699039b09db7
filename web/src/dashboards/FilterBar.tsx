import { Button, Group, Paper } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FilterInput } from './FilterInput.js';
import { filtersKey, forQuery } from './filterValues.js';
import type { Filter } from './types.js';

interface FilterBarProps {
  saved: Filter[];
  applied: Filter[];
  onApply: (filters: Filter[]) => void;
}

/** Edits the values of the dashboard's filters; nothing is queried until Apply. */
export function FilterBar({ saved, applied, onApply }: FilterBarProps) {
  const [draft, setDraft] = useState(applied);
  const dirty = filtersKey(draft) !== filtersKey(applied);
  const changed = filtersKey(applied) !== filtersKey(saved);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft.map(forQuery));
  };

  return (
    <Paper withBorder p="sm" mb="md" component="form" onSubmit={handleSubmit} aria-label="Dashboard filters">
      <Group align="flex-end" gap="sm">
        {draft.map((filter, index) => (
          <FilterInput
            key={`${filter.field}-${index}`}
            filter={filter}
            defaults={saved[index]?.values ?? []}
            onChange={(values) => setDraft(draft.map((item, at) => (at === index ? { ...item, values } : item)))}
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
              setDraft(saved);
              onApply(saved);
            }}
          >
            Reset
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
