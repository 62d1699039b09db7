import type { LoginFailureStore } from '../modules/auth/login-throttle.js';

/** Beyond this many keys, recording a failure first sweeps out keys whose failures have aged out. */
const SWEEP_ABOVE_KEYS = 50_000;

/** Failed logins counted in this process's memory. */
export class MemoryLoginFailures implements LoginFailureStore {
  private readonly failures = new Map<string, number[]>();

  async recent(key: string, since: number): Promise<number[]> {
    return this.live(key, since);
  }

  async add(key: string, at: number, since: number, keep: number): Promise<void> {
    if (this.failures.size > SWEEP_ABOVE_KEYS) for (const known of [...this.failures.keys()]) this.live(known, since);
    this.failures.set(key, [...this.live(key, since), at].slice(-keep));
  }

  async clear(key: string): Promise<void> {
    this.failures.delete(key);
  }

  private live(key: string, since: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }
}
