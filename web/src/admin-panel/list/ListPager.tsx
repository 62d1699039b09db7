import { Button, Group, Select, Text } from '@mantine/core';
import type { RecordList } from '../types.js';
import { PAGE_SIZES } from './useListParams.js';

const count = new Intl.NumberFormat();

interface Props {
  list: RecordList;
  page: number;
  limit: number;
  onPrevious: () => void;
  onNext: () => void;
  onLimit: (limit: number) => void;
  busy: boolean;
}

/** Where the page sits in the list ("51–100 of about 1,200"), Previous/Next, and the page size. */
export function ListPager({ list, page, limit, onPrevious, onNext, onLimit, busy }: Props) {
  const first = (page - 1) * limit + 1;
  const last = first + list.items.length - 1;
  const total = `${list.total_exact ? '' : 'about '}${count.format(list.total)}`;
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" data-testid="list-total">
        {list.items.length > 0 ? `${count.format(first)}–${count.format(last)} of ${total}` : `0 of ${total}`}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Select
          aria-label="Rows per page"
          w={80}
          data={PAGE_SIZES.map((size) => String(size))}
          value={String(limit)}
          allowDeselect={false}
          onChange={(value) => value && onLimit(Number(value))}
        />
        <Button variant="default" px="sm" onClick={onPrevious} disabled={page <= 1 || busy}>
          Previous
        </Button>
        <Text size="sm" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
          Page {page}
        </Text>
        <Button variant="default" px="sm" onClick={onNext} disabled={!list.next_cursor || busy}>
          Next
        </Button>
      </Group>
    </Group>
  );
}
