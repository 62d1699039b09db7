import { Badge, Stack, Table, Text } from '@mantine/core';
import type { ChangedBy, ContentDiff, DiffRow } from './dashboardDiff.js';

const CHANGED_BY: Record<ChangedBy, { label: string; color: string }> = {
  you: { label: 'your change', color: 'blue' },
  them: { label: 'their change', color: 'orange' },
  both: { label: 'changed by both', color: 'red' },
};

function Cell({ value, absent }: { value: string | null; absent: string }) {
  return value === null ? (
    <Text size="sm" c="dimmed" fs="italic">
      {absent}
    </Text>
  ) : (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {value}
    </Text>
  );
}

function DiffTable({ caption, rows, absent }: { caption: string; rows: DiffRow[]; absent: string }) {
  if (rows.length === 0) return null;
  return (
    <Table verticalSpacing={6} withTableBorder aria-label={caption} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="26%">{caption}</Table.Th>
          <Table.Th>Yours (not saved)</Table.Th>
          <Table.Th>Theirs (saved)</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td>
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {row.label}
              </Text>
              <Badge size="xs" variant="light" color={CHANGED_BY[row.changedBy].color}>
                {CHANGED_BY[row.changedBy].label}
              </Badge>
              {row.differs && row.differs.length > 0 && (
                <Text size="xs" c="dimmed">
                  differs in {row.differs.join(', ')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Cell value={row.mine} absent={absent} />
            </Table.Td>
            <Table.Td>
              <Cell value={row.theirs} absent={absent} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Side by side: the dashboard as the user was about to save it, and as it is saved now. */
export function ChangesReview({ diff }: { diff: ContentDiff }) {
  if (diff.fields.length === 0 && diff.widgets.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Both versions have the same content; only the version number moved on.
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="conflict-review">
      <DiffTable caption="Dashboard" rows={diff.fields} absent="—" />
      <DiffTable caption="Widget" rows={diff.widgets} absent="Not on this side" />
    </Stack>
  );
}
