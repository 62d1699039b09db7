import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

interface SaveSessionModalProps {
  opened: boolean;
  saving: boolean;
  error: string | null;
  onSave: (message: string) => void;
  onClose: () => void;
}

/** Save asks what the edits were about; the answer names the new version in the history. */
export function SaveSessionModal({ opened, saving, error, onSave, onClose }: SaveSessionModalProps) {
  const [message, setMessage] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title="Save changes" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSave(message);
        }}
      >
        <Stack>
          <Text size="sm">Your edits become one new version of this dashboard.</Text>
          {error && (
            <Alert color="red" variant="light" role="alert" title="The changes were not saved">
              {error}
            </Alert>
          )}
          <TextInput
            label="What changed?"
            description="Optional; shown in the history"
            placeholder="e.g. Moved the revenue charts to the top"
            maxLength={500}
            data-autofocus
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={saving}>
              Keep editing
            </Button>
            <Button type="submit" color="teal" loading={saving}>
              Save version
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
