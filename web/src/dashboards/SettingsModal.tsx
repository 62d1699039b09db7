import { Alert, Button, Divider, Group, Modal, NumberInput, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldError } from '../api/client.js';
import { notify } from '../ui/notify.js';
import { conflictCurrent, useUpdateDashboard } from './queries.js';
import { SavedFiltersEditor } from './SavedFiltersEditor.js';
import { VISIBILITIES, type Dashboard, type Visibility } from './types.js';
import { VISIBILITY_LABELS } from './VisibilityBadge.js';

interface SettingsModalProps {
  dashboard: Dashboard;
  onClose: () => void;
}

function formFrom(dashboard: Dashboard) {
  return {
    name: dashboard.name,
    description: dashboard.description ?? '',
    tags: dashboard.tags,
    visibility: dashboard.visibility,
    refresh: dashboard.refresh_interval_seconds ?? ('' as number | ''),
    filters: dashboard.filters,
  };
}

/** Mounted only while open, so every opening starts from the dashboard as it is now. */
export function SettingsModal({ dashboard, onClose }: SettingsModalProps) {
  const update = useUpdateDashboard(dashboard.id);
  const [form, setForm] = useState(() => formFrom(dashboard));
  const set = <K extends keyof ReturnType<typeof formFrom>>(key: K, value: ReturnType<typeof formFrom>[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  const incomplete = form.filters.some((filter) => !filter.field.trim());
  const conflict = conflictCurrent(update.error);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (incomplete) return;
    update.mutate(
      {
        name: form.name.trim(),
        description: form.description.trim(),
        tags: form.tags,
        visibility: form.visibility,
        refresh_interval_seconds: form.refresh === '' || form.refresh === 0 ? null : form.refresh,
        filters: form.filters.map((filter) => ({ ...filter, field: filter.field.trim() })),
      },
      {
        onSuccess: () => {
          notify.success('Dashboard settings saved');
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Dashboard settings" size="xl">
      <form onSubmit={handleSubmit}>
        <Stack>
          {conflict ? (
            <Alert color="orange" variant="light" role="alert" title="Changed by someone else">
              This dashboard was changed while you were editing. Saving again keeps your values over theirs.
              <Button
                variant="subtle"
                size="compact-sm"
                ml="xs"
                onClick={() => {
                  setForm(formFrom(conflict));
                  update.reset();
                }}
              >
                Show their version
              </Button>
            </Alert>
          ) : (
            update.isError &&
            !fieldError(update.error, 'name') && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(update.error)}
              </Alert>
            )
          )}
          <TextInput
            label="Name"
            required
            value={form.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={fieldError(update.error, 'name')}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxRows={6}
            value={form.description}
            onChange={(event) => set('description', event.currentTarget.value)}
          />
          <TagsInput label="Tags" value={form.tags} onChange={(tags) => set('tags', tags)} />
          <Group grow align="flex-start">
            <Select
              label="Visibility"
              data={VISIBILITIES.map((value) => ({ value, label: VISIBILITY_LABELS[value] }))}
              value={form.visibility}
              allowDeselect={false}
              onChange={(value) => value && set('visibility', value as Visibility)}
            />
            <NumberInput
              label="Auto-refresh (seconds)"
              description="Empty or 0 turns it off."
              placeholder="Off"
              min={0}
              max={86_400}
              value={form.refresh}
              onChange={(value) => set('refresh', typeof value === 'number' ? value : '')}
              error={fieldError(update.error, 'refresh_interval_seconds')}
            />
          </Group>
          <Divider />
          <SavedFiltersEditor filters={form.filters} onChange={(filters) => set('filters', filters)} />
          {incomplete && (
            <Alert color="orange" variant="light">
              Every filter needs a field.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={update.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending} disabled={incomplete}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
