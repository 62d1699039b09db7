/**
 * Runs at most `max` tasks at once; the rest wait in arrival order. A dashboard runs its widget
 * queries through one of these so a 30-widget dashboard does not take every connection at once.
 */
export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly pending: number;
}

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`Limiter needs a positive integer, got ${max}`);
  let active = 0;
  const queue: Array<() => void> = [];

  // A finishing task hands its slot straight to the next waiter, so `active` never overshoots.
  const next = () => {
    const waiter = queue.shift();
    if (waiter) waiter();
    else active -= 1;
  };

  return {
    get active() {
      return active;
    },
    get pending() {
      return queue.length;
    },
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= max) await new Promise<void>((resolve) => queue.push(resolve));
      else active += 1;
      try {
        return await task();
      } finally {
        next();
      }
    },
  };
}
