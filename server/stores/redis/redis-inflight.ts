import { createHash, randomUUID } from 'node:crypto';
import type { Computed, Flight, InflightQueries } from '../../query-engine/inflight-queries.js';
import type { RedisLink } from './redis-link.js';

/** Deletes a lock only while it is still the one this flight took. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
/** A finished flight's answer stays this long for instances that joined it to read. */
const RESULT_KEPT_MS = 30_000;
/** How often a waiting instance checks that the instance running the query is still there. */
const CHECK_EVERY_MS = 1_000;

interface Led {
  key: string;
  id: string;
  token: string;
  flight: Flight;
}

/**
 * Single flight across instances: the first instance to ask for a query takes a lock in Redis and
 * runs it; the others wait for its answer (announced on a channel, read from a short-lived key)
 * instead of sending the same query to the database. Within an instance, requests join as in
 * memory. If the running instance goes away or its query fails, a waiting instance runs the query
 * itself; while Redis is away, every instance runs its own.
 */
export class RedisInflightQueries implements InflightQueries {
  private readonly flights = new Map<string, Flight>();
  private readonly deciding = new Map<string, Promise<Flight>>();
  private readonly led = new Map<Flight, Led>();
  private readonly waiters = new Map<string, Set<(outcome: string) => void>>();
  private readonly instance = randomUUID();

  constructor(
    private readonly link: RedisLink,
    /** How long a lock outlives a silent instance: longer than any query may run. */
    private readonly leaseMs: number,
  ) {
    link.client.defineCommand('tesseraFlightRelease', { numberOfKeys: 1, lua: RELEASE });
    // Listening starts with the instance; `Stores.ready()` waits for the same connection.
    void link.subscribe(link.key('flight', 'done', '*'), (channel, outcome) => {
      const id = channel.slice(link.key('flight', 'done', '').length);
      for (const wake of this.waiters.get(id) ?? []) wake(outcome);
    });
  }

  async join(key: string, flight: Flight): Promise<Flight> {
    const running = this.flights.get(key);
    if (running) return running;
    const pending = this.deciding.get(key);
    if (pending) return pending;
    // Set before the first await, so requests arriving meanwhile wait for the same decision.
    const decision = this.decide(key, flight);
    this.deciding.set(key, decision);
    try {
      const chosen = await decision;
      this.flights.set(key, chosen);
      // This instance's own execution ends itself (the engine calls end()); a wait on another's
      // must be let go here, or later requests would join an answer that is long settled.
      if (chosen !== flight) void chosen.promise.finally(() => this.end(key, chosen)).catch(() => undefined);
      return chosen;
    } finally {
      this.deciding.delete(key);
    }
  }

  async end(key: string, flight: Flight): Promise<void> {
    if (this.flights.get(key) === flight) this.flights.delete(key);
  }

  async drop(tenantId: string, source?: string): Promise<void> {
    const releases: Promise<unknown>[] = [];
    for (const [key, flight] of this.flights) {
      if (flight.tenantId !== tenantId || (source !== undefined && flight.source !== source)) continue;
      flight.dropped = true;
      this.flights.delete(key);
      // The data changed: requests from now on start a new execution rather than join this one.
      const led = this.led.get(flight);
      if (led) releases.push(this.release(led));
    }
    await Promise.all(releases);
  }

  private async decide(key: string, flight: Flight): Promise<Flight> {
    if (!this.link.healthy) return flight;
    const id = createHash('sha256').update(key).digest('base64url');
    const token = `${this.instance}:${randomUUID()}`;
    try {
      const won = await this.link.client.set(this.lockKey(id), token, 'PX', this.leaseMs, 'NX');
      if (won) {
        this.lead({ key, id, token, flight });
        return flight;
      }
    } catch (error) {
      this.link.failed(error);
      return flight;
    }
    return this.follow(id, flight);
  }

  /** Once this instance's execution settles, its answer is left for the instances waiting on it. */
  private lead(led: Led): void {
    this.led.set(led.flight, led);
    const announce = async (outcome: 'ok' | 'failed', computed?: Computed) => {
      this.led.delete(led.flight);
      try {
        if (computed) await this.link.client.set(this.resultKey(led.id), JSON.stringify(computed), 'PX', RESULT_KEPT_MS);
        await this.release(led);
        await this.link.client.publish(this.link.key('flight', 'done', led.id), outcome);
      } catch (error) {
        // The waiting instances find the lock gone or expired and run the query themselves.
        this.link.failed(error);
      }
    };
    led.flight.promise.then(
      (computed) => announce('ok', computed),
      () => announce('failed'),
    );
  }

  /**
   * A flight that waits for another instance's execution. `own` is this instance's prepared
   * flight, run if that execution fails or disappears.
   */
  private follow(id: string, own: Flight): Flight {
    let settle!: (computed: Promise<Computed>) => void;
    const promise = new Promise<Computed>((resolve) => (settle = (computed) => resolve(computed)));
    const waiters = this.waiters.get(id) ?? new Set();
    this.waiters.set(id, waiters);
    let done = false;
    const runOwn = () => {
      own.start();
      return own.promise;
    };
    const finish = async (outcome: string | null) => {
      if (done) return;
      done = true;
      waiters.delete(wake);
      if (waiters.size === 0) this.waiters.delete(id);
      clearInterval(check);
      const stored = outcome === 'failed' ? null : await this.link.client.get(this.resultKey(id)).catch(() => null);
      settle(stored ? Promise.resolve(JSON.parse(stored) as Computed) : runOwn());
    };
    const wake = (outcome: string) => void finish(outcome);
    waiters.add(wake);
    // The answer may have been announced before this instance listened; a missing lock says so.
    const lockGone = async () => (await this.link.client.exists(this.lockKey(id)).catch(() => 0)) === 0;
    const finishIfGone = async () => {
      if (await lockGone()) await finish(null);
    };
    const check = setInterval(() => void finishIfGone(), CHECK_EVERY_MS);
    check.unref();
    void finishIfGone();
    return { tenantId: own.tenantId, source: own.source, ttlMs: own.ttlMs, promise, started: true, start: () => undefined, dropped: false };
  }

  private release(led: Led): Promise<unknown> {
    const client = this.link.client as unknown as { tesseraFlightRelease(key: string, token: string): Promise<unknown> };
    return client.tesseraFlightRelease(this.lockKey(led.id), led.token).catch((error: unknown) => this.link.failed(error));
  }

  private lockKey(id: string): string {
    return this.link.key('flight', 'lock', id);
  }

  private resultKey(id: string): string {
    return this.link.key('flight', 'result', id);
  }
}
