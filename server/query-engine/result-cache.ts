import type { QueryResult } from './types.js';

interface Entry {
  tenantId: string;
  source: string;
  result: QueryResult;
  bytes: number;
  computedAt: number;
  expiresAt: number;
}

export interface CacheScope {
  tenantId: string;
  source: string;
}

/**
 * Where the engine keeps results: this process's memory by default, or a store that several
 * instances share. Calls are asynchronous for the latter; the memory one answers at once.
 */
export interface QueryResultCache {
  /** A stored result no older than `maxAgeMs` at `now`. */
  get(key: string, now: number, maxAgeMs: number): Promise<QueryResult | undefined>;
  /** Keeps `result`, computed at `computedAt`, for `ttlMs` (not at all when 0). */
  set(key: string, scope: CacheScope, result: QueryResult, computedAt: number, ttlMs: number): Promise<void>;
  /** Drops a tenant's entries, or only those of one of its sources. */
  invalidate(tenantId: string, source?: string): Promise<void>;
  /** For the engine's stats; a shared store may report only what it can tell cheaply. */
  usage(): { bytes: number; entries: number };
}

/**
 * Query results by key, least recently used first out once the approximate size (the JSON length
 * of rows and columns) passes the budget. Each entry expires after the TTL it was stored with.
 */
export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  private totalBytes = 0;

  constructor(private readonly maxBytes: number) {}

  get bytes(): number {
    return this.totalBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * A stored result no older than `maxAgeMs`: a widget asking for a 60 s TTL does not get an
   * hour-old answer that another widget cached for an hour.
   */
  get(key: string, now: number, maxAgeMs: number): QueryResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now >= entry.expiresAt) {
      this.remove(key, entry);
      return undefined;
    }
    if (now - entry.computedAt >= maxAgeMs) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  set(key: string, scope: CacheScope, result: QueryResult, computedAt: number, ttlMs: number): void {
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    const bytes = key.length + JSON.stringify(result.columns).length + JSON.stringify(result.rows).length;
    if (ttlMs <= 0 || bytes > this.maxBytes) return;
    this.entries.set(key, { ...scope, result, bytes, computedAt, expiresAt: computedAt + ttlMs });
    this.totalBytes += bytes;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.totalBytes <= this.maxBytes) break;
      this.remove(oldestKey, oldest);
    }
  }

  /** Drops a tenant's entries, or only those of one of its sources. */
  invalidate(tenantId: string, source?: string): void {
    for (const [key, entry] of this.entries) {
      if (entry.tenantId === tenantId && (source === undefined || entry.source === source)) this.remove(key, entry);
    }
  }

  clear(): void {
    this.entries.clear();
    this.totalBytes = 0;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }
}

/** The result cache in this process's memory: a `ResultCache` behind the engine's interface. */
export class MemoryResultCache implements QueryResultCache {
  private readonly lru: ResultCache;

  constructor(maxBytes: number) {
    this.lru = new ResultCache(maxBytes);
  }

  async get(key: string, now: number, maxAgeMs: number): Promise<QueryResult | undefined> {
    return this.lru.get(key, now, maxAgeMs);
  }

  async set(key: string, scope: CacheScope, result: QueryResult, computedAt: number, ttlMs: number): Promise<void> {
    this.lru.set(key, scope, result, computedAt, ttlMs);
  }

  async invalidate(tenantId: string, source?: string): Promise<void> {
    this.lru.invalidate(tenantId, source);
  }

  usage(): { bytes: number; entries: number } {
    return { bytes: this.lru.bytes, entries: this.lru.size };
  }
}
