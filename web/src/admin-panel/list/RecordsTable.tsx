import { Checkbox, Group, Paper, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import type { FieldSpec } from '../fields.js';
import { recordIdOf, recordKeyOf } from '../paths.js';
import type { ModelSummary, RecordList, SortOrder } from '../types.js';
import { RecordCell } from './RecordCell.js';
import type { Selection } from './useSelection.js';
import { useRowKeyboard } from './useRowKeyboard.js';

interface Props {
  model: ModelSummary;
  columns: string[];
  specs: Map<string, FieldSpec>;
  list: RecordList;
  sort: { field: string; order: SortOrder } | null;
  onSort: (field: string) => void;
  selection: Selection | null;
  onOpen: (id: string) => void;
  busy: boolean;
}

/** Clicks on the row's own controls (checkbox, links) do their own thing, not open the record. */
const fromControl = (event: MouseEvent) => event.target instanceof HTMLElement && Boolean(event.target.closest('a, button, input, label'));

export function RecordsTable({ model, columns, specs, list, sort, onSort, selection, onOpen, busy }: Props) {
  const ids = list.items.map((row) => recordIdOf(model, row));
  const pageKey = ids.join('\u0000');
  const open = (index: number) => {
    const id = ids[index];
    if (id !== undefined && model.can_view_details) onOpen(id);
  };
  const { highlighted, highlight } = useRowKeyboard(list.items.length, pageKey, open);
  const selectedOnPage = selection ? ids.filter((id) => selection.isSelected(id)).length : 0;
  const sortable = new Set(model.sortable_fields);

  return (
    <Paper withBorder>
      {/* Native scrolling: on a phone the table scrolls sideways inside its frame instead of widening the page. */}
      <Table.ScrollContainer minWidth={Math.max(480, columns.length * 140)} type="native">
        <Table verticalSpacing="xs" highlightOnHover aria-busy={busy} aria-label={`${model.name} records`}>
          <Table.Thead>
            <Table.Tr>
              {selection && (
                <Table.Th w={40}>
                  <Checkbox
                    aria-label="Select all rows on this page"
                    checked={ids.length > 0 && selectedOnPage === ids.length}
                    indeterminate={selectedOnPage > 0 && selectedOnPage < ids.length}
                    onChange={(event) => selection.setMany(list.items.map((row, i) => [ids[i]!, recordKeyOf(model, row)]), event.currentTarget.checked)}
                  />
                </Table.Th>
              )}
              {columns.map((name) => {
                const title = specs.get(name)?.title ?? name;
                const direction = sort?.field === name ? sort.order : null;
                const SortIcon = direction === 'asc' ? IconSortAscending : direction === 'desc' ? IconSortDescending : IconArrowsSort;
                return (
                  <Table.Th key={name} aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined} style={{ whiteSpace: 'nowrap' }}>
                    {sortable.has(name) ? (
                      <UnstyledButton onClick={() => onSort(name)} fw={700} fz="sm" aria-label={`Sort by ${title}`}>
                        <Group gap={4} wrap="nowrap">
                          {title}
                          <Text span c={direction ? undefined : 'dimmed'} aria-hidden="true" lh={0}>
                            <SortIcon size={14} />
                          </Text>
                        </Group>
                      </UnstyledButton>
                    ) : (
                      title
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((row, index) => {
              const id = ids[index]!;
              const active = index === highlighted;
              return (
                <Table.Tr
                  key={id}
                  data-row-index={index}
                  data-highlighted={active || undefined}
                  onClick={(event) => {
                    if (fromControl(event)) return;
                    highlight(index);
                    open(index);
                  }}
                  style={{
                    cursor: model.can_view_details ? 'pointer' : undefined,
                    background: active ? 'var(--mantine-primary-color-light)' : undefined,
                    outline: active ? '2px solid var(--mantine-primary-color-filled)' : undefined,
                    outlineOffset: -2,
                  }}
                >
                  {selection && (
                    <Table.Td>
                      <Checkbox
                        aria-label={`Select ${id}`}
                        checked={selection.isSelected(id)}
                        disabled={selection.allMatching}
                        onChange={(event) => selection.toggle(id, recordKeyOf(model, row), event.currentTarget.checked)}
                      />
                    </Table.Td>
                  )}
                  {columns.map((name) => (
                    <Table.Td key={name}>
                      <RecordCell spec={specs.get(name)} value={row[name]} label={list.labels[name]?.[String(row[name])]} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
            {list.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length + (selection ? 1 : 0)}>
                  <Text c="dimmed" ta="center" py="lg">
                    No records match.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <VisuallyHidden aria-live="polite">{highlighted >= 0 ? `Row ${highlighted + 1} of ${list.items.length}` : ''}</VisuallyHidden>
    </Paper>
  );
}
