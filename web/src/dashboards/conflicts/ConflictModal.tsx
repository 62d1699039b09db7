import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/errors.js';
import { useVersions } from '../history/historyQueries.js';
import { conflictCurrent } from '../queries.js';
import type { Dashboard } from '../types.js';
import { ChangesReview } from './ChangesReview.js';
import { diffContent } from './dashboardDiff.js';
import { applyChange, describeChange, type PendingChange } from './pendingChange.js';

interface ConflictModalProps {
  pending: PendingChange;
  current: Dashboard;
  /** Drop the user's change and show the saved dashboard. */
  onReload: () => void;
  /** The change went through on top of theirs. */
  onOverwritten: () => void;
  /** Yet another version appeared while overwriting. */
  onConflictAgain: (current: Dashboard) => void;
  /** Back to the editor, with the change still in it. */
  onKeepEditing: () => void;
}

// Above the editors (modals and drawers sit at 200), which stay open underneath.
const ABOVE_EDITORS = 400;

export function ConflictModal({ pending, current, onReload, onOverwritten, onConflictAgain, onKeepEditing }: ConflictModalProps) {
  const [reviewing, setReviewing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Naming who saved helps decide whether to overwrite; the history knows, the 409 does not.
  const versions = useVersions(current.id, true);
  const author = versions.data?.pages[0]?.items.find((item) => item.version === current.version)?.author_email;
  const diff = useMemo(
    () => diffContent(pending.base, applyChange(pending.base, pending.change), current),
    [pending, current],
  );

  const overwrite = async () => {
    setSaving(true);
    setError(null);
    try {
      await pending.resend(current.version, current);
      onOverwritten();
    } catch (failure) {
      const newer = conflictCurrent(failure);
      if (newer) onConflictAgain(newer);
      else setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onKeepEditing}
      title="This dashboard changed while you were editing"
      size={reviewing ? 'xl' : 'lg'}
      zIndex={ABOVE_EDITORS}
      closeButtonProps={{ 'aria-label': 'Keep editing' }}
    >
      <Stack>
        <Text size="sm">
          {author ?? 'Someone'} saved version {current.version} while you were working on {describeChange(pending.base, pending.change)}.{' '}
          {pending.change.kind === 'session'
            ? 'Your edits are not saved yet. Reload to drop them and see theirs, or overwrite to save yours on top of theirs (widgets only you kept stay, widgets only they added go).'
            : 'Your change is not saved yet. Reload to drop it and see theirs, or overwrite to save yours on top of theirs.'}
        </Text>
        {error && (
          <Alert color="red" variant="light" role="alert" title="Your change was not saved">
            {error}
          </Alert>
        )}
        {reviewing && <ChangesReview diff={diff} />}
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => setReviewing(!reviewing)} aria-expanded={reviewing}>
            {reviewing ? 'Hide changes' : 'Review changes'}
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onReload} disabled={saving}>
              Reload
            </Button>
            <Button color="orange" onClick={() => void overwrite()} loading={saving}>
              Overwrite
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
