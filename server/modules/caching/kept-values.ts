/**
 * Small computed values kept for a while (card data, model counts), under a namespace per kind:
 * in this process's memory, or shared by every instance on one Redis. Values are JSON.
 */
export interface KeptValues {
  get<T>(namespace: string, key: string): Promise<T | undefined>;
  set(namespace: string, key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Forgets the namespace's values whose keys start with `keyPrefix`. */
  forget(namespace: string, keyPrefix: string): Promise<void>;
}
