import { Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';

/**
 * Shown while a page's code loads. Most loads finish within a few frames, so the loader appears only
 * after a short delay: a fast load shows nothing instead of a spinner that flashes and vanishes.
 */
export function RouteFallback({ delayMs = 300 }: { delayMs?: number }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return (
    <Center py="xl" aria-busy="true">
      {visible && <Loader aria-label="Loading" />}
    </Center>
  );
}
