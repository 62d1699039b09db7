import { Button, Group, Modal, Text } from '@mantine/core';

interface FailingSaveDialogProps {
  opened: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}

export function FailingSaveDialog({ opened, error, onCancel, onConfirm }: FailingSaveDialogProps) {
  return (
    <Modal opened={opened} onClose={onCancel} title="Save anyway?" size="md" centered zIndex={400}>
      <Text size="sm">The widget's query fails. Saved as it is, its tile shows the error instead of data until the query is fixed.</Text>
      {error && (
        <Text size="sm" c="red" mt="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} lineClamp={6}>
          {error}
        </Text>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel} data-autofocus>
          Keep editing
        </Button>
        <Button color="red" onClick={onConfirm}>
          Save anyway
        </Button>
      </Group>
    </Modal>
  );
}
