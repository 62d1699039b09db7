import { useRef } from 'react';

/**
 * Keeps the previous object while a new one has the same content. Refetching a dashboard brings
 * every widget config back as a new object, which would otherwise redraw every chart.
 */
export function useStableValue<T>(value: T): T {
  const stored = useRef<{ key: string; value: T } | null>(null);
  const key = JSON.stringify(value);
  if (stored.current?.key !== key) stored.current = { key, value };
  return stored.current.value;
}
