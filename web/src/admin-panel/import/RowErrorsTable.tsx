import { Table, Text } from '@mantine/core';
import { shortValue } from '../activity/activityText.js';
import type { ImportRowError } from '../types.js';

/** The first row errors are enough to see what is wrong; the failed-rows file has them all. */
const SHOWN = 100;

export function RowErrorsTable({ errors, label }: { errors: ImportRowError[]; label: string }) {
  if (errors.length === 0) return null;
  return (
    <>
      <Table.ScrollContainer minWidth={520} maxHeight={280} type="native">
        <Table fz="sm" verticalSpacing={4} stickyHeader aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>Row</Table.Th>
              <Table.Th>Field</Table.Th>
              <Table.Th>Value</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.slice(0, SHOWN).map((error, index) => (
              <Table.Tr key={`${error.row_number}-${error.field}-${index}`}>
                <Table.Td>{error.row_number}</Table.Td>
                <Table.Td>{error.field}</Table.Td>
                <Table.Td style={{ maxWidth: 180, overflowWrap: 'anywhere' }}>{shortValue(error.value, 60)}</Table.Td>
                <Table.Td>{error.error}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {errors.length > SHOWN && (
        <Text size="xs" c="dimmed" mt={4}>
          The first {SHOWN} of {errors.length} errors.
        </Text>
      )}
    </>
  );
}
