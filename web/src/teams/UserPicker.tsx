import { Select, type MantineSpacing } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useUsers } from '../users/queries.js';

interface UserPickerProps {
  label: string;
  /** Users already chosen; they are not offered again. */
  excludeIds: readonly string[];
  disabled?: boolean;
  mt?: MantineSpacing;
  onPick: (userId: string) => void;
}

/** Searches users on the server, so it works however many users the tenant has. */
export function UserPicker({ label, excludeIds, disabled, mt, onPick }: UserPickerProps) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const users = useUsers({ page: 1, search: debouncedSearch });

  const options = (users.data?.items ?? [])
    .filter((user) => !excludeIds.includes(user.id))
    .map((user) => ({ value: user.id, label: user.name ? `${user.name} (${user.email})` : user.email }));

  return (
    <Select
      label={label}
      mt={mt}
      placeholder="Search users to add"
      searchable
      size="sm"
      data={options}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search text; filtering again locally could hide matches
      // it found on fields that are not part of the label.
      filter={({ options: parsed }) => parsed}
      nothingFoundMessage={users.isFetching ? 'Searching…' : 'No matching users'}
      disabled={disabled}
      onChange={(userId) => {
        if (!userId) return;
        setSearch('');
        onPick(userId);
      }}
    />
  );
}
