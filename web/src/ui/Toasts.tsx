import { Notification, Portal, Stack } from '@mantine/core';
import { dismissToast, useToasts } from './notify.js';

export function Toasts() {
  const toasts = useToasts();
  if (toasts.length === 0) return null;
  return (
    <Portal>
      <Stack
        gap="xs"
        pos="fixed"
        bottom="var(--mantine-spacing-md)"
        right="var(--mantine-spacing-md)"
        w={360}
        maw="calc(100vw - 2 * var(--mantine-spacing-md))"
        style={{ zIndex: 1000 }}
      >
        {toasts.map((toast) => (
          <Notification
            key={toast.id}
            color={toast.kind === 'error' ? 'red' : 'teal'}
            title={toast.kind === 'error' ? 'Error' : undefined}
            // Successes are announced politely; only failures interrupt a screen reader.
            role={toast.kind === 'error' ? 'alert' : 'status'}
            withBorder
            onClose={() => dismissToast(toast.id)}
            closeButtonProps={{ 'aria-label': 'Dismiss' }}
          >
            {toast.message}
          </Notification>
        ))}
      </Stack>
    </Portal>
  );
}
