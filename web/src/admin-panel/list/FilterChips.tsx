import { Button, Group, Pill } from '@mantine/core';
import type { FieldSpec } from '../fields.js';
import type { ColumnFilter } from '../types.js';
import { filterText } from './filterOperators.js';

/** The list's filters as removable chips. */
export function FilterChips({ filters, specs, onChange }: { filters: ColumnFilter[]; specs: Map<string, FieldSpec>; onChange: (filters: ColumnFilter[]) => void }) {
  if (filters.length === 0) return null;
  return (
    <Group gap="xs" aria-label="Filters" role="list">
      {filters.map((filter, index) => {
        const text = filterText(filter, specs.get(filter.field)?.title ?? filter.field);
        return (
          <Pill
            key={`${index}-${text}`}
            role="listitem"
            size="md"
            withRemoveButton
            removeButtonProps={{ 'aria-label': `Remove filter ${text}` }}
            onRemove={() => onChange(filters.filter((_, i) => i !== index))}
          >
            {text}
          </Pill>
        );
      })}
      {filters.length > 1 && (
        <Button variant="subtle" size="compact-sm" onClick={() => onChange([])}>
          Clear all
        </Button>
      )}
    </Group>
  );
}
