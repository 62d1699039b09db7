import { useCallback, useState } from 'react';

const storageKey = (model: string) => `tessera-admin-columns:${model.toLowerCase()}`;

function readStored(model: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey(model)) ?? 'null');
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The columns a model's list shows: the model's list fields until the user picks others, then their
 * choice, remembered in this browser. Fields the server no longer has are dropped, and the order is
 * always the model's, so a remembered choice never breaks the table.
 */
export function useVisibleColumns(model: string, available: string[], defaults: string[]) {
  const [stored, setStored] = useState<{ model: string; columns: string[] | null }>(() => ({ model, columns: readStored(model) }));
  // A different model in the same page (navigating between lists) reads its own choice.
  const chosen = stored.model === model ? stored.columns : readStored(model);
  const wanted = new Set(chosen ?? defaults);
  const visible = available.filter((name) => wanted.has(name));

  const setVisible = useCallback(
    (columns: string[] | null) => {
      if (columns === null) window.localStorage.removeItem(storageKey(model));
      else window.localStorage.setItem(storageKey(model), JSON.stringify(columns));
      setStored({ model, columns });
    },
    [model],
  );

  return { visible: visible.length > 0 ? visible : defaults, setVisible, customised: chosen !== null };
}
