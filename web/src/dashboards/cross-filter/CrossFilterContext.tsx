import { createContext, useContext, type ReactNode } from 'react';
import type { Pick } from '../../charts/chartPicks.js';

/** How a tile hands the values a user clicked to its dashboard; null where clicks filter nothing (previews). */
const CrossFilterContext = createContext<((picks: Pick[]) => void) | null>(null);

export function CrossFilterProvider({ onPick, children }: { onPick: (picks: Pick[]) => void; children: ReactNode }) {
  return <CrossFilterContext.Provider value={onPick}>{children}</CrossFilterContext.Provider>;
}

export const useCrossFilterPick = () => useContext(CrossFilterContext);
