import { randomUUID } from 'node:crypto';
import { isSuperadmin, type Actor } from '../access/actor.js';
import { notFound } from '../errors/domain-errors.js';

export interface ImportRowError {
  row_number: number;
  field: string;
  value: unknown;
  error: string;
}

export interface ImportOutcome {
  success: boolean;
  message: string;
  imported_count: number;
  failed_count: number;
  errors: ImportRowError[];
  job_id: string;
  /** Where the rows that failed can be downloaded as CSV, when some did. */
  failed_rows_url: string | null;
}

/** A failed row as it came, for the download: its number, its cells by header, and why. */
export interface FailedRow {
  row_number: number;
  cells: Record<string, string>;
  reason: string;
}

export interface ImportJob {
  id: string;
  model: string;
  status: 'running' | 'done' | 'failed';
  processed_rows: number;
  started_at: string;
  finished_at: string | null;
  result?: ImportOutcome;
  error: string | null;
  owner: { userId: string | null; tenantId: string };
  failedRows: FailedRow[];
  headers: string[];
}

/** Kept this long after they end, for their progress and failed rows to be read. */
const KEEP_MS = 60 * 60 * 1000;
/** Failed rows kept for download per import; the count goes on past it. */
export const MAX_FAILED_ROWS = 10_000;

/**
 * Imports under way and recently ended, in this instance's memory: their progress, result and
 * failed rows, for the one who started them (or a superadmin), and the idempotency keys of
 * executes, so a retried request answers with the first one's result instead of importing again.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();
  private readonly byKey = new Map<string, string>();

  start(actor: Actor, model: string, idempotencyKey?: string): ImportJob {
    this.sweep();
    const job: ImportJob = {
      id: randomUUID(),
      model,
      status: 'running',
      processed_rows: 0,
      started_at: new Date().toISOString(),
      finished_at: null,
      error: null,
      owner: { userId: actor.userId, tenantId: actor.tenantId },
      failedRows: [],
      headers: [],
    };
    this.jobs.set(job.id, job);
    if (idempotencyKey) this.byKey.set(this.keyOf(actor, model, idempotencyKey), job.id);
    return job;
  }

  /** The job an earlier execute with this key started, if it is still known. */
  byIdempotencyKey(actor: Actor, model: string, key: string): ImportJob | undefined {
    const id = this.byKey.get(this.keyOf(actor, model, key));
    return id ? this.jobs.get(id) : undefined;
  }

  finish(job: ImportJob, result: ImportOutcome): void {
    Object.assign(job, { status: 'done', result, finished_at: new Date().toISOString() });
  }

  fail(job: ImportJob, error: string): void {
    Object.assign(job, { status: 'failed', error, finished_at: new Date().toISOString() });
    // A failed execute may be retried with the same key.
    for (const [key, id] of this.byKey) if (id === job.id) this.byKey.delete(key);
  }

  get(actor: Actor, id: string): ImportJob {
    const job = this.jobs.get(id);
    const mine = job && (isSuperadmin(actor) || (job.owner.userId === actor.userId && job.owner.tenantId === actor.tenantId));
    if (!job || !mine) throw notFound(`Job ${id}`);
    return job;
  }

  private keyOf(actor: Actor, model: string, key: string): string {
    return `${actor.tenantId}\u0000${actor.userId ?? ''}\u0000${model}\u0000${key}`;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (job.finished_at && now - Date.parse(job.finished_at) > KEEP_MS) this.jobs.delete(id);
    }
    for (const [key, id] of this.byKey) if (!this.jobs.has(id)) this.byKey.delete(key);
  }
}
