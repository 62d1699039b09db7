import { useState } from 'react';

/**
 * The rows chosen for a bulk action: some keys (kept by their path id, with the key value bulk
 * requests take), or every row matching the list. A different list starts with nothing chosen.
 */
export function useSelection(identity: string) {
  const empty = { identity, keys: new Map<string, unknown>(), allMatching: false };
  const [state, setState] = useState(empty);
  const current = state.identity === identity ? state : empty;

  return {
    keys: current.keys,
    allMatching: current.allMatching,
    count: current.keys.size,
    isSelected: (id: string) => current.allMatching || current.keys.has(id),
    toggle: (id: string, key: unknown, on: boolean) => {
      const keys = new Map(current.keys);
      if (on) keys.set(id, key);
      else keys.delete(id);
      setState({ identity, keys, allMatching: false });
    },
    setMany: (rows: [string, unknown][], on: boolean) => {
      const keys = new Map(current.keys);
      for (const [id, key] of rows) {
        if (on) keys.set(id, key);
        else keys.delete(id);
      }
      setState({ identity, keys, allMatching: false });
    },
    selectAllMatching: () => setState({ identity, keys: current.keys, allMatching: true }),
    clear: () => setState(empty),
  };
}

export type Selection = ReturnType<typeof useSelection>;
