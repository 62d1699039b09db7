import { Button, Group, Modal, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** Raised when asked from inside a drawer or another modal. */
  zIndex?: number;
}

/** Asks before anything that cannot be undone. */
export function ConfirmModal({ opened, title, children, confirmLabel, loading, onConfirm, onClose, zIndex }: ConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered zIndex={zIndex}>
      <Text size="sm">{children}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} disabled={loading}>
          Cancel
        </Button>
        <Button color="red" onClick={onConfirm} loading={loading}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
