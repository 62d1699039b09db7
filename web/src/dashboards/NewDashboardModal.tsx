import { Alert, Button, Group, Modal, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage, fieldError, isApiError } from '../api/errors.js';
import { useCreateDashboard } from './queries.js';
import { VISIBILITIES, type Visibility } from './types.js';
import { VISIBILITY_LABELS } from './VisibilityBadge.js';

const EMPTY = { name: '', description: '', visibility: 'private' as Visibility, tags: [] as string[] };

export function NewDashboardModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateDashboard();
  const navigate = useNavigate();
  const [form, setForm] = useState(EMPTY);

  const close = () => {
    setForm(EMPTY);
    create.reset();
    onClose();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      {
        name: form.name.trim(),
        description: form.description.trim() || undefined,
        visibility: form.visibility,
        tags: form.tags,
      },
      {
        onSuccess: (dashboard) => {
          close();
          // A new dashboard is empty; it opens ready for its first widget.
          navigate(`/dashboards/${encodeURIComponent(dashboard.id)}?edit=1`);
        },
      },
    );
  };

  // A taken name is a 409 without a field; it still belongs next to the name.
  const nameError = fieldError(create.error, 'name') ?? (isApiError(create.error, 409) ? create.error.message : undefined);
  const showAlert = create.isError && !nameError;

  return (
    <Modal opened={opened} onClose={close} title="New dashboard" centered>
      <form onSubmit={handleSubmit}>
        <Stack>
          {showAlert && (
            <Alert color="red" variant="light">
              {errorMessage(create.error)}
            </Alert>
          )}
          <TextInput
            label="Name"
            required
            data-autofocus
            maxLength={200}
            value={form.name}
            onChange={(event) => setForm({ ...form, name: event.currentTarget.value })}
            error={nameError}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxRows={6}
            value={form.description}
            onChange={(event) => setForm({ ...form, description: event.currentTarget.value })}
            error={fieldError(create.error, 'description')}
          />
          <Select
            label="Visibility"
            description="Private: you and people you share with. Team: your teams. Public: everyone in the tenant."
            data={VISIBILITIES.map((value) => ({ value, label: VISIBILITY_LABELS[value] }))}
            allowDeselect={false}
            value={form.visibility}
            onChange={(value) => value && setForm({ ...form, visibility: value as Visibility })}
          />
          <TagsInput
            label="Tags"
            placeholder="Type a tag and press Enter"
            value={form.tags}
            onChange={(tags) => setForm({ ...form, tags })}
            error={fieldError(create.error, 'tags')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create dashboard
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
