import type { QueryResult } from './types.js';

export interface Computed {
  result: QueryResult;
  computedAt: number;
}

/** One execution of a query, which every identical request arriving while it runs joins. */
export interface Flight {
  tenantId: string;
  source: string;
  /** The longest TTL any participant asked for; decides whether and how long the result is kept. */
  ttlMs: number;
  promise: Promise<Computed>;
  /** Whether a participant's turn came and sent the query to the database. */
  started: boolean;
  start: () => void;
  /** Set when the data changed while it ran: its answer is given but not kept. */
  dropped: boolean;
}

/**
 * The queries running now, by cache key (single flight). In this process's memory by default; a
 * store shared by several instances would let one instance's request wait for another's execution.
 */
export interface InflightQueries {
  /**
   * The flight already running under `key`, or else `flight`, registered there. One step, so two
   * requests for the same query never both run it.
   */
  join(key: string, flight: Flight): Promise<Flight>;
  /** Removes `flight` once it has ended, unless another flight has taken its place. */
  end(key: string, flight: Flight): Promise<void>;
  /** Marks the flights of a tenant (or one of its sources) dropped and forgets them. */
  drop(tenantId: string, source?: string): Promise<void>;
}

export class MemoryInflightQueries implements InflightQueries {
  private readonly flights = new Map<string, Flight>();

  async join(key: string, flight: Flight): Promise<Flight> {
    const running = this.flights.get(key);
    if (running) return running;
    this.flights.set(key, flight);
    return flight;
  }

  async end(key: string, flight: Flight): Promise<void> {
    if (this.flights.get(key) === flight) this.flights.delete(key);
  }

  async drop(tenantId: string, source?: string): Promise<void> {
    for (const [key, flight] of this.flights) {
      if (flight.tenantId === tenantId && (source === undefined || flight.source === source)) {
        flight.dropped = true;
        this.flights.delete(key);
      }
    }
  }
}
