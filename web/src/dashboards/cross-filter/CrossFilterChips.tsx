import { CloseButton, Group, Pill, Text } from '@mantine/core';
import { filterLabel } from '../filterUrl.js';
import type { Filter } from '../types.js';
import type { CrossFilter } from './crossFilterUrl.js';

interface CrossFilterChipsProps {
  crossFilters: CrossFilter[];
  saved: Filter[];
  onClear: (field: string) => void;
}

/** The filters set by clicking a tile, each cleared with one click. */
export function CrossFilterChips({ crossFilters, saved, onClear }: CrossFilterChipsProps) {
  if (crossFilters.length === 0) return null;
  return (
    <Group gap="xs" mb="sm" aria-label="Filters set by clicking a tile" role="group">
      <Text size="sm" c="dimmed">
        Filtered by click:
      </Text>
      {crossFilters.map((cross) => {
        const label = filterLabel(saved.find((filter) => filter.field === cross.field) ?? { field: cross.field, operator: 'eq', values: [] });
        const value = cross.value === null ? '(empty)' : String(cross.value);
        return (
          <Pill key={cross.field} size="md" data-testid="cross-filter-chip">
            <Group gap={4} wrap="nowrap">
              <span>
                {label}: <strong>{value}</strong>
              </span>
              <CloseButton size="xs" aria-label={`Clear ${label} filter`} onClick={() => onClear(cross.field)} />
            </Group>
          </Pill>
        );
      })}
    </Group>
  );
}
