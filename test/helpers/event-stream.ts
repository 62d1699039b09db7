/** One server-sent event as a client reads it. */
export interface StreamEvent {
  event: string;
  data: unknown;
}

export interface EventStreamReader {
  status: number;
  /** The next event (of `name`, skipping others), or a rejection after `timeoutMs`. */
  next(name?: string, timeoutMs?: number): Promise<StreamEvent>;
  /** Resolves when no event of `name` arrives within `ms`; rejects if one does. */
  quiet(name: string, ms: number): Promise<void>;
  close(): void;
}

/** Opens `url` as a browser's EventSource would (with a bearer token) and parses the stream. */
export async function openEventStream(url: string, token: string): Promise<EventStreamReader> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
  const events: StreamEvent[] = [];
  const waiting = new Set<() => void>();
  let buffer = '';
  if (response.ok && response.body) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const name = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (name && data !== undefined) events.push({ event: name, data: JSON.parse(data) });
            for (const wake of [...waiting]) wake();
          }
        }
      } catch {
        // Aborted by close().
      }
    })();
  }
  const take = (name?: string) => {
    const index = events.findIndex((e) => !name || e.event === name);
    return index === -1 ? undefined : events.splice(index, 1)[0];
  };
  return {
    status: response.status,
    next(name, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const found = take(name);
        if (found) return resolve(found);
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no ${name ?? 'event'} within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          const event = take(name);
          if (!event) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(event);
        };
        waiting.add(check);
      });
    },
    async quiet(name, ms) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      const found = take(name);
      if (found) throw new Error(`unexpected ${name}: ${JSON.stringify(found.data)}`);
    },
    close: () => controller.abort(),
  };
}
