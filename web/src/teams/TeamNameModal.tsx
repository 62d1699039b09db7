import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage, fieldError } from '../api/errors.js';

interface TeamNameModalProps {
  opened: boolean;
  title: string;
  submitLabel: string;
  initialName?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (name: string) => void;
  onClose: () => void;
}

/** Shared by "create" and "rename": both only ask for a name. */
export function TeamNameModal({ opened, title, submitLabel, initialName = '', pending, error, onSubmit, onClose }: TeamNameModalProps) {
  const [name, setName] = useState(initialName);

  useEffect(() => {
    if (opened) setName(initialName);
  }, [opened, initialName]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed) onSubmit(trimmed);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form onSubmit={handleSubmit}>
        <Stack>
          {error != null && (
            <Alert color="red" variant="light">
              {errorMessage(error)}
            </Alert>
          )}
          <TextInput
            label="Team name"
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError(error, 'name')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" loading={pending} disabled={!name.trim()}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
