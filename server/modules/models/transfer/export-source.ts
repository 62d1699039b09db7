/** What every export format reads from: rows in batches, as the service pages through a table. */

export type ExportRow = Record<string, unknown>;

/**
 * Tells the source its rows are no longer wanted (the reader went away or the export failed), so a
 * generator's `finally` can release its cursor or connection. Not awaited: a generator blocked on a
 * query finishes that query first, and the stream should close now, not then.
 */
export function closeIterator(iterator: AsyncIterator<unknown>): void {
  try {
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
  } catch {
    // A source that fails to close has nothing left to tell the reader.
  }
}
