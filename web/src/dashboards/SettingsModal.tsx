import { Alert, Button, Divider, Group, Modal, NumberInput, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldError } from '../api/errors.js';
import { notify } from '../ui/notify.js';
import { useReportConflict } from './conflicts/ConflictContext.js';
import { canonicalJson } from './contentText.js';
import { conflictCurrent, useUpdateDashboard } from './queries.js';
import { REFRESH_HINT, refreshProblem } from './refresh.js';
import { SavedFiltersEditor } from './SavedFiltersEditor.js';
import { VISIBILITIES, type Dashboard, type DashboardInput, type Visibility } from './types.js';
import { VISIBILITY_LABELS } from './VisibilityBadge.js';

interface SettingsModalProps {
  dashboard: Dashboard;
  onClose: () => void;
}

type Form = ReturnType<typeof formFrom>;

/** The fields this dialog edits; the category (`type`) is left as it is. */
type EditedFields = Required<Omit<DashboardInput, 'type'>>;

function formFrom(dashboard: Dashboard) {
  return {
    name: dashboard.name,
    description: dashboard.description,
    tags: dashboard.tags,
    visibility: dashboard.visibility,
    refresh: dashboard.refresh_interval_seconds ?? ('' as number | ''),
    filters: dashboard.filters,
  };
}

/** Only what the user changed is sent, so overwriting after a conflict keeps the other edits. */
function changedFields(base: Dashboard, form: Form): DashboardInput {
  const next: EditedFields = {
    name: form.name.trim(),
    description: form.description.trim(),
    tags: form.tags,
    visibility: form.visibility,
    refresh_interval_seconds: form.refresh === '' || form.refresh === 0 ? null : form.refresh,
    filters: form.filters.map((filter) => ({ ...filter, field: filter.field.trim() })),
  };
  const before: EditedFields = {
    name: base.name,
    description: base.description,
    tags: base.tags,
    visibility: base.visibility,
    refresh_interval_seconds: base.refresh_interval_seconds || null,
    filters: base.filters,
  };
  const changes: DashboardInput = {};
  for (const key of Object.keys(next) as (keyof EditedFields)[]) {
    if (canonicalJson(next[key]) !== canonicalJson(before[key])) Object.assign(changes, { [key]: next[key] });
  }
  return changes;
}

/** Mounted only while open, so every opening starts from the dashboard as it is now. */
export function SettingsModal({ dashboard, onClose }: SettingsModalProps) {
  const update = useUpdateDashboard(dashboard.id);
  const reportConflict = useReportConflict();
  // The version the form was filled from; a save based on it is refused once someone else saved.
  const [base] = useState(dashboard);
  const [form, setForm] = useState(() => formFrom(dashboard));
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));

  const incomplete = form.filters.some((filter) => !filter.field.trim());
  // An interval saved before the minimum existed does not block saving other fields.
  const refreshError = form.refresh === (base.refresh_interval_seconds ?? '') ? null : refreshProblem(form.refresh);
  // The conflict dialog speaks for a stale save; repeating it here would say it twice.
  const shownError = update.isError && !conflictCurrent(update.error) ? update.error : null;

  const saved = () => {
    notify.success('Dashboard settings saved');
    onClose();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (incomplete || refreshError) return;
    const changes = changedFields(base, form);
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(
      { changes, version: base.version },
      {
        onSuccess: saved,
        onError: (error) =>
          reportConflict(error, {
            change: { kind: 'settings', changes },
            base,
            resend: (version) => update.mutateAsync({ changes, version }),
            onDiscard: onClose,
            onSaved: onClose,
          }),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Dashboard settings" size="xl">
      <form onSubmit={handleSubmit}>
        <Stack>
          {shownError && !fieldError(shownError, 'name') && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(shownError)}
            </Alert>
          )}
          <TextInput
            label="Name"
            required
            value={form.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={fieldError(shownError, 'name')}
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
              description={`Seconds between reloads: ${REFRESH_HINT}.`}
              placeholder="Off"
              min={0}
              max={86_400}
              allowDecimal={false}
              value={form.refresh}
              onChange={(value) => set('refresh', typeof value === 'number' ? value : '')}
              error={refreshError ?? fieldError(shownError, 'refresh_interval_seconds')}
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
            <Button type="submit" loading={update.isPending} disabled={incomplete || refreshError !== null}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
