import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryState } from '../../ui/QueryState.js';
import { fieldSpecs, specsByName } from '../fields.js';
import { ImportWizard } from '../import/ImportWizard.js';
import { ModelBreadcrumbs, ModelGate } from '../ModelGate.js';
import { newRecordPath, recordIdOf, recordPath } from '../paths.js';
import { listQuery, useModelSchema, useRecords } from '../queries.js';
import type { ModelSummary } from '../types.js';
import { BulkActionsBar } from './BulkActionsBar.js';
import { ColumnChooser } from './ColumnChooser.js';
import { ExportMenu } from './ExportMenu.js';
import { FilterBuilder } from './FilterBuilder.js';
import { FilterChips } from './FilterChips.js';
import { ListPager } from './ListPager.js';
import { RecordsTable } from './RecordsTable.js';
import { useCursorPages } from './useCursorPages.js';
import { listIdentity, useListParams } from './useListParams.js';
import { useSelection } from './useSelection.js';
import { useVisibleColumns } from './useVisibleColumns.js';
import { usePageTitle } from '../../layout/usePageTitle.js';

/** `/admin/models/:model`: a model's records with search, filters, sort, paging, selection and bulk actions. */
export function ModelListPage() {
  return <ModelGate>{(model) => <ModelList key={model.name} model={model} />}</ModelGate>;
}

function ModelList({ model }: { model: ModelSummary }) {
  usePageTitle(model.name, 'Admin');
  const navigate = useNavigate();
  const [params, setParams] = useListParams();
  const [searchText, setSearchText] = useState(params.search);
  const committedSearch = useRef(params.search);
  const commitSearch = useDebouncedCallback((search: string) => {
    committedSearch.current = search;
    setParams({ search });
  }, 300);
  // A search the box did not type (a link, the back button) is shown in the box too.
  useEffect(() => {
    if (params.search === committedSearch.current) return;
    committedSearch.current = params.search;
    setSearchText(params.search);
  }, [params.search]);
  const [importing, setImporting] = useState(false);

  const schema = useModelSchema(model.name, 'edit');
  const specs = useMemo(() => (schema.data ? fieldSpecs(schema.data) : []), [schema.data]);
  const byName = useMemo(() => specsByName(specs), [specs]);
  const columns = useVisibleColumns(model.name, specs.length > 0 ? specs.map((s) => s.name) : model.list_fields, model.list_fields);

  const identity = listIdentity(model.name, params);
  const pages = useCursorPages(identity);
  const selection = useSelection(identity);
  const records = useRecords(model.name, { ...params, cursor: pages.cursor });
  const query = listQuery(params);

  const sort = params.sortBy ? { field: params.sortBy, order: params.sortOrder ?? 'asc' } : model.default_sort;
  const toggleSort = (field: string) =>
    setParams((current) => {
      const now = current.sortBy ? { field: current.sortBy, order: current.sortOrder ?? 'asc' } : model.default_sort;
      return { sortBy: field, sortOrder: now?.field === field && now.order === 'asc' ? 'desc' : 'asc' };
    });

  const filterable = specs.filter((spec) => model.filterable_fields.includes(spec.name));
  const editable = specs.filter((spec) => !spec.readOnly && !model.primary_key.includes(spec.name));
  const canSelect = model.can_delete || model.can_edit || model.can_export;
  const items = records.data?.items ?? [];
  const pageFullySelected = items.length > 0 && items.every((row) => selection.isSelected(recordIdOf(model, row)));

  return (
    <>
      <ModelBreadcrumbs model={model.name} />
      <PageHeader
        title={model.name}
        actions={
          <>
            {model.can_import && (
              <Button variant="default" onClick={() => setImporting(true)}>
                Import
              </Button>
            )}
            {model.can_export && <ExportMenu model={model.name} query={query} />}
            {model.can_create && (
              <Button component={Link} to={newRecordPath(model.name)}>
                New
              </Button>
            )}
          </>
        }
      />

      <Stack gap="sm" mb="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            aria-label={`Search ${model.name}`}
            placeholder={model.searchable_fields.length > 0 ? `Search ${model.searchable_fields.join(', ')}` : 'No searchable fields'}
            disabled={model.searchable_fields.length === 0}
            type="search"
            style={{ flex: '1 1 260px', maxWidth: 420 }}
            value={searchText}
            onChange={(event) => {
              setSearchText(event.currentTarget.value);
              commitSearch(event.currentTarget.value);
            }}
          />
          <Group gap="sm" wrap="nowrap">
            <FilterBuilder fields={filterable} onAdd={(filter) => setParams({ filters: [...params.filters, filter] })} />
            <ColumnChooser fields={specs} visible={columns.visible} customised={columns.customised} onChange={columns.setVisible} />
          </Group>
        </Group>
        <FilterChips filters={params.filters} specs={byName} onChange={(filters) => setParams({ filters })} />
      </Stack>

      {canSelect && records.data && (
        <BulkActionsBar
          model={model}
          selection={selection}
          total={records.data.total}
          totalExact={records.data.total_exact}
          pageRowCount={items.length}
          pageFullySelected={pageFullySelected}
          listSelection={{ search: query.search, filters: params.filters }}
          editableFields={editable}
        />
      )}

      <QueryState query={records} noun={`${model.name} records`}>
        {(list) => (
          <>
            <RecordsTable
              model={model}
              columns={columns.visible}
              specs={byName}
              list={list}
              sort={sort}
              onSort={toggleSort}
              selection={canSelect ? selection : null}
              onOpen={(id) => navigate(recordPath(model.name, id))}
              busy={records.isFetching}
            />
            <ListPager
              list={list}
              page={pages.page}
              limit={params.limit}
              busy={records.isPlaceholderData}
              onPrevious={pages.previous}
              onNext={() => list.next_cursor && pages.next(list.next_cursor)}
              onLimit={(limit) => setParams({ limit })}
            />
          </>
        )}
      </QueryState>

      {model.can_import && <ImportWizard model={model.name} opened={importing} onClose={() => setImporting(false)} />}
    </>
  );
}
