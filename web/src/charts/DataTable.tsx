import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { Group, Pagination, Table, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { configNumber, configStrings } from './config.js';
import { PAGINATION_LABELS } from '../ui/paginationLabels.js';
import { picksOfRow, type Pick } from './chartPicks.js';
import type { FormatContext } from './format/columnFormat.js';
import { resultFormats } from './format/resultFormats.js';
import type { ResultColumn, ResultSet, WidgetConfig } from './types.js';
import { compareValues } from './values.js';

type Sort = { column: string; direction: 'ascending' | 'descending' } | null;

const DEFAULT_PAGE_SIZE = 10;

function nextSort(current: Sort, column: string): Sort {
  if (current?.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : null;
}

interface DataTableProps {
  result: ResultSet;
  config?: WidgetConfig;
  /** Overrides `page_size`; previews show fewer rows than a tile. */
  pageSize?: number;
  /** How values read besides the config's column formats (a metric's time grain). */
  context?: FormatContext;
  /** Label cells become buttons that hand over their value (cross-filter, drill-down). */
  onPick?: ((picks: Pick[]) => void) | undefined;
}

const NO_CONFIG: WidgetConfig = {};

/** Rows of a result; headers sort on click (ascending, descending, then back to the query's order). */
export function DataTable({ result, config = NO_CONFIG, pageSize, context, onPick }: DataTableProps) {
  const [sort, setSort] = useState<Sort>(null);
  const [page, setPage] = useState(1);

  const wanted = configStrings(config, 'columns');
  const columns: ResultColumn[] = wanted.length
    ? wanted.flatMap((name) => result.columns.filter((column) => column.name === name))
    : result.columns;
  const formats = useMemo(() => resultFormats(result, config, context), [result, config, context]);
  const size = Math.max(1, Math.floor(pageSize ?? configNumber(config, 'page_size') ?? DEFAULT_PAGE_SIZE));

  const sorted = useMemo(() => {
    if (!sort) return result.rows;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...result.rows].sort((a, b) => factor * compareValues(a[sort.column], b[sort.column]));
  }, [result.rows, sort]);

  const pages = Math.max(1, Math.ceil(sorted.length / size));
  // New data (a refresh, other filters) may have fewer pages than the one being looked at.
  useEffect(() => {
    if (page > pages) setPage(pages);
  }, [page, pages]);
  const visible = sorted.slice((page - 1) * size, page * size);

  if (columns.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No columns to show.
      </Text>
    );
  }

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Table.ScrollContainer minWidth={columns.length * 90} style={{ flex: 1, minHeight: 0 }}>
        <Table striped highlightOnHover stickyHeader verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => {
                const active = sort?.column === column.name ? sort.direction : undefined;
                return (
                  <Table.Th key={column.name} aria-sort={active ?? 'none'} ta={column.type === 'number' ? 'right' : 'left'}>
                    <UnstyledButton
                      fz="sm"
                      fw={700}
                      title={column.name}
                      onClick={() => {
                        setSort((current) => nextSort(current, column.name));
                        setPage(1);
                      }}
                    >
                      {formats.label(column.name)}
                      {active && (
                        <Text span c="dimmed" ml={4} aria-hidden="true">
                          {active === 'ascending' ? <IconArrowUp size={12} /> : <IconArrowDown size={12} />}
                        </Text>
                      )}
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((row, index) => (
              <Table.Tr key={(page - 1) * size + index}>
                {columns.map((column) => (
                  <Table.Td key={column.name} ta={column.type === 'number' ? 'right' : 'left'}>
                    {onPick && column.type !== 'number' && row[column.name] !== null && row[column.name] !== undefined ? (
                      <UnstyledButton fz="sm" td="underline dotted" title="Filter by this value" onClick={() => onPick(picksOfRow(result, row, column.name))}>
                        {formats.text(column.name, row[column.name])}
                      </UnstyledButton>
                    ) : (
                      formats.text(column.name, row[column.name])
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {visible.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text size="sm" c="dimmed" ta="center">
                    No rows.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="flex-end" pt={6}>
          <Pagination size="sm" total={pages} value={page} onChange={setPage} {...PAGINATION_LABELS} />
        </Group>
      )}
    </div>
  );
}
