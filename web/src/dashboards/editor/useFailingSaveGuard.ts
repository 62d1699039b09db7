import { useState } from 'react';

interface PreviewRuns {
  lastRun: boolean | null;
  run: () => Promise<boolean>;
}

/**
 * Saving a widget whose query fails is allowed, but never by accident: the query runs first when
 * it has not run as it is now, and a failure asks before saving (`confirming`).
 */
export function useFailingSaveGuard(preview: PreviewRuns, applies: boolean) {
  const [held, setHeld] = useState<(() => void) | null>(null);
  const [checking, setChecking] = useState(false);

  const request = async (save: () => void) => {
    if (!applies) return save();
    let ok = preview.lastRun;
    if (ok === null) {
      setChecking(true);
      try {
        ok = await preview.run();
      } finally {
        setChecking(false);
      }
    }
    if (ok) save();
    else setHeld(() => save);
  };

  return {
    request,
    checking,
    confirming: held !== null,
    confirm: () => {
      held?.();
      setHeld(null);
    },
    cancel: () => setHeld(null),
  };
}
