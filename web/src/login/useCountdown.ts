import { useEffect, useState } from 'react';

/** Seconds left until a server-imposed wait is over; 0 when there is nothing to wait for. */
export function useCountdown(): [number, (seconds: number) => void] {
  const [until, setUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (until === null) return;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) setUntil(null);
    }, 250);
    return () => window.clearInterval(timer);
  }, [until]);

  const start = (seconds: number) => {
    const current = Date.now();
    setNow(current);
    setUntil(current + seconds * 1000);
  };

  const remaining = until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
  return [remaining, start];
}
