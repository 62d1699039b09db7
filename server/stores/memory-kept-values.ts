import type { KeptValues } from '../modules/caching/kept-values.js';

/** Values kept at most, least recently stored first out. */
const MAX_VALUES = 10_000;

/** Kept values in this process's memory. */
export class MemoryKeptValues implements KeptValues {
  private readonly values = new Map<string, { value: unknown; until: number }>();

  async get<T>(namespace: string, key: string): Promise<T | undefined> {
    const id = `${namespace}\u0001${key}`;
    const kept = this.values.get(id);
    if (!kept) return undefined;
    if (kept.until > Date.now()) return kept.value as T;
    this.values.delete(id);
    return undefined;
  }

  async set(namespace: string, key: string, value: unknown, ttlMs: number): Promise<void> {
    const id = `${namespace}\u0001${key}`;
    this.values.delete(id);
    this.values.set(id, { value, until: Date.now() + ttlMs });
    if (this.values.size > MAX_VALUES) this.values.delete(this.values.keys().next().value!);
  }

  async forget(namespace: string, keyPrefix: string): Promise<void> {
    const start = `${namespace}\u0001${keyPrefix}`;
    for (const id of this.values.keys()) if (id.startsWith(start)) this.values.delete(id);
  }
}
