import { Button, Group, Menu, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/errors.js';
import { ConfirmModal } from '../../ui/ConfirmModal.js';
import { notify } from '../../ui/notify.js';
import { downloadSelection, EXPORT_FORMATS } from '../downloads.js';
import type { FieldSpec } from '../fields.js';
import { useBulkAction, useBulkDelete, type BulkSelection } from '../mutations.js';
import type { BulkActionSummary, ExportFormat, ModelSummary } from '../types.js';
import { BulkActionModal } from './BulkActionModal.js';
import { BulkEditModal } from './BulkEditModal.js';
import type { Selection } from './useSelection.js';

const number = new Intl.NumberFormat();

interface Props {
  model: ModelSummary;
  selection: Selection;
  /** The rows matching the list, for "select all N matching". */
  total: number;
  totalExact: boolean;
  pageRowCount: number;
  pageFullySelected: boolean;
  /** The list's search and filters: "all matching" means matching these. */
  listSelection: Omit<BulkSelection, 'ids'>;
  editableFields: FieldSpec[];
}

/** What is selected, "select all N matching", and the bulk actions over the selection. */
export function BulkActionsBar({ model, selection, total, totalExact, pageRowCount, pageFullySelected, listSelection, editableFields }: Props) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [asking, setAsking] = useState<BulkActionSummary | null>(null);
  const [editing, setEditing] = useState(false);
  const bulkDelete = useBulkDelete(model.name);
  const bulkAction = useBulkAction(model.name);

  if (!selection.allMatching && selection.count === 0) return null;
  const totalText = `${totalExact ? '' : 'about '}${number.format(total)}`;
  const count = selection.allMatching ? `all ${totalText} matching records` : `${number.format(selection.count)} ${selection.count === 1 ? 'record' : 'records'}`;
  const request: BulkSelection = selection.allMatching ? { ids: 'all', ...listSelection } : { ids: [...selection.keys.values()] };

  const runDelete = () =>
    bulkDelete.mutate(request, {
      onSuccess: (answer) => {
        notify.success(`Deleted ${number.format(answer.deleted)} ${answer.deleted === 1 ? 'record' : 'records'}`);
        selection.clear();
      },
      onError: (error) => notify.error(errorMessage(error)),
      onSettled: () => setConfirmDelete(false),
    });

  const runAction = (action: BulkActionSummary, params?: Record<string, unknown>) =>
    bulkAction.mutate(
      { action: action.name, selection: request, ...(params ? { params } : {}) },
      {
        onSuccess: (answer) => {
          notify.success(`${action.label}: ${number.format(answer.affected)} affected`);
          selection.clear();
        },
        onError: (error) => notify.error(errorMessage(error)),
        onSettled: () => setAsking(null),
      },
    );

  const exportAs = (format: ExportFormat) => void downloadSelection(model.name, request, format).catch((error: unknown) => notify.error(errorMessage(error)));

  return (
    <Paper withBorder p="xs" px="sm" mb="sm" bg="var(--mantine-primary-color-light)" role="region" aria-label="Selection">
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Text size="sm" fw={600} data-testid="selection-count">
            {selection.allMatching ? `All ${totalText} matching records selected` : `${number.format(selection.count)} selected`}
          </Text>
          {!selection.allMatching && pageFullySelected && total > pageRowCount && (
            <Button variant="subtle" size="compact-sm" onClick={selection.selectAllMatching}>
              Select all {totalText} matching
            </Button>
          )}
          <Button variant="subtle" size="compact-sm" color="gray" onClick={selection.clear}>
            Clear selection
          </Button>
        </Group>
        <Menu position="bottom-end" shadow="md">
          <Menu.Target>
            <Button size="xs">Bulk actions</Button>
          </Menu.Target>
          <Menu.Dropdown>
            {model.can_edit && editableFields.length > 0 && <Menu.Item onClick={() => setEditing(true)}>Edit a field…</Menu.Item>}
            {model.can_edit &&
              model.bulk_actions.map((action) => (
                <Menu.Item key={action.name} onClick={() => (action.confirm || action.params.length > 0 ? setAsking(action) : runAction(action))}>
                  {action.label}
                </Menu.Item>
              ))}
            {model.can_export && (
              <>
                <Menu.Label>Export selected as</Menu.Label>
                {EXPORT_FORMATS.map(({ format, label }) => (
                  <Menu.Item key={format} onClick={() => exportAs(format)}>
                    {label}
                  </Menu.Item>
                ))}
              </>
            )}
            {model.can_delete && (
              <>
                <Menu.Divider />
                <Menu.Item color="red" onClick={() => setConfirmDelete(true)}>
                  Delete…
                </Menu.Item>
              </>
            )}
          </Menu.Dropdown>
        </Menu>
      </Group>

      <ConfirmModal
        opened={confirmDelete}
        title="Delete records"
        confirmLabel={`Delete ${count}`}
        loading={bulkDelete.isPending}
        onConfirm={runDelete}
        onClose={() => setConfirmDelete(false)}
      >
        {`Delete ${count}? This cannot be undone.`}
      </ConfirmModal>
      <BulkActionModal action={asking} count={count} loading={bulkAction.isPending} onRun={(params) => asking && runAction(asking, params)} onClose={() => setAsking(null)} />
      <BulkEditModal
        opened={editing}
        model={model.name}
        fields={editableFields}
        selection={request}
        count={count}
        onClose={() => setEditing(false)}
        onDone={(affected) => {
          notify.success(`Updated ${number.format(affected)} ${affected === 1 ? 'record' : 'records'}`);
          selection.clear();
        }}
      />
    </Paper>
  );
}
