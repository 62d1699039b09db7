import { Alert, Button, Group, Text } from '@mantine/core';
import type { Editor } from '../types.js';
import type { RemoteUpdate } from './useDashboardEvents.js';

function names(editors: Editor[]): string {
  const all = editors.map((editor) => editor.name);
  return all.length <= 2 ? all.join(' and ') : `${all.slice(0, 2).join(', ')} and ${all.length - 2} more`;
}

/** Someone else's save waiting to be loaded, and who else is editing the dashboard. */
export function LiveNotices({ editors, update, editing, onLoad, onDismiss }: { editors: Editor[]; update: RemoteUpdate | null; editing: boolean; onLoad: () => void; onDismiss: () => void }) {
  return (
    <>
      {update && (
        <Alert color="blue" variant="light" mb="sm" withCloseButton closeButtonLabel="Dismiss" onClose={onDismiss} role="status" aria-label="Dashboard updated">
          <Group justify="space-between" gap="xs">
            <Text size="sm">
              Updated by <strong>{update.by.name}</strong> (version {update.version}).
            </Text>
            <Button size="xs" variant="light" onClick={onLoad}>
              Reload
            </Button>
          </Group>
        </Alert>
      )}
      {editors.length > 0 &&
        (editing ? (
          <Alert color="yellow" variant="light" mb="sm" role="status" aria-label="Also editing">
            <Text size="sm">
              <strong>{names(editors)}</strong> {editors.length === 1 ? 'is' : 'are'} also editing this dashboard. If you both change the same thing, the later save asks which to keep.
            </Text>
          </Alert>
        ) : (
          <Text size="sm" c="dimmed" mb="sm" role="status" aria-label="Being edited">
            {names(editors)} {editors.length === 1 ? 'is' : 'are'} editing this dashboard.
          </Text>
        ))}
    </>
  );
}
