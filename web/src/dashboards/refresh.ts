/**
 * The server refuses intervals below its minimum (10 s unless configured otherwise). The view
 * still clamps, because a dashboard saved before the rule, or by a server configured lower, must
 * not make every open browser hammer the data sources.
 */
export const MIN_REFRESH_SECONDS = 10;

export const REFRESH_HINT = `at least ${MIN_REFRESH_SECONDS} seconds, or off`;

/** The effective auto-refresh in seconds, or null when it is off. */
export function effectiveRefreshSeconds(seconds: number | null | undefined): number | null {
  if (!seconds || seconds <= 0 || !Number.isFinite(seconds)) return null;
  return Math.max(seconds, MIN_REFRESH_SECONDS);
}

/** For TanStack Query's `refetchInterval`. */
export function refetchIntervalMs(seconds: number | null | undefined): number | false {
  const effective = effectiveRefreshSeconds(seconds);
  return effective === null ? false : effective * 1000;
}

export function formatRefresh(seconds: number): string {
  return seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

/** What is wrong with a value typed into the settings form; empty and 0 both mean off. */
export function refreshProblem(value: number | ''): string | null {
  if (value === '' || value === 0) return null;
  if (!Number.isInteger(value) || value < 0) return 'Use whole seconds.';
  if (value < MIN_REFRESH_SECONDS) return `At least ${MIN_REFRESH_SECONDS} seconds, or 0 for off.`;
  return null;
}
