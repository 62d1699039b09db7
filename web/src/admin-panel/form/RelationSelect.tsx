import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { FieldSpec } from '../fields.js';
import { useRelationSearch } from '../queries.js';
import { useRelatedLabel } from '../record/useRelatedLabel.js';
import type { RelationOption } from '../types.js';
import type { FormValue } from './formValues.js';

interface Props {
  model: string;
  spec: FieldSpec;
  value: FormValue;
  onChange: (value: FormValue) => void;
  error?: string;
  label?: string;
}

/**
 * A foreign key picked by the related record's label: typing searches the server
 * (`/relationships/{field}/search?q=`), and the options keep the key's own value (a number stays a
 * number) for the body.
 */
export function RelationSelect({ model, spec, value, onChange, error, label }: Props) {
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const currentLabel = useRelatedLabel(spec.relation, value);
  // Once a record is picked the search box shows its label; that is not a search for it.
  const query = search === currentLabel ? '' : search.trim();
  const [debounced] = useDebouncedValue(query, 250);
  const results = useRelationSearch(model, spec.name, debounced, opened);

  const options = useMemo(() => {
    const byKey = new Map<string, RelationOption>();
    if (value !== null && value !== '') byKey.set(String(value), { id: value, label: currentLabel ?? String(value) });
    for (const item of results.data?.items ?? []) byKey.set(String(item.id), item);
    return byKey;
  }, [value, currentLabel, results.data]);

  return (
    <Select
      label={label ?? spec.title}
      withAsterisk={spec.required}
      placeholder={spec.nullable ? 'None' : 'Search…'}
      searchable
      clearable={spec.nullable}
      disabled={spec.readOnly}
      data={[...options].map(([key, option]) => ({ value: key, label: option.label }))}
      value={value === null || value === '' ? null : String(value)}
      onChange={(key) => onChange(key === null ? (spec.nullable ? null : '') : (options.get(key)?.id as FormValue) ?? key)}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched the labels; filtering again here would hide its answers.
      filter={({ options: all }) => all}
      onDropdownOpen={() => setOpened(true)}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'No matches'}
      error={error}
    />
  );
}
