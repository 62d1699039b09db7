import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseByteSize } from '../byte-size.js';
import { QueryExecutionError } from '../query-execution-error.js';
import type { Truncation } from '../types.js';

export interface SqliteRequest {
  sql: string;
  /** better-sqlite3's named bindings (`?NNN` by number), or null when there are none. */
  params: Record<string, string | number | null> | null;
  rowCap: number;
  maxBytes: number;
}

export type SqliteReply =
  | { kind: 'rows'; columns: Array<{ name: string; declaredType: string | null }>; rows: unknown[][]; truncated: Truncation }
  | { kind: 'not_query' }
  | { kind: 'row_too_large' }
  | { kind: 'error'; message: string };

const CHILD = fileURLToPath(new URL('./sqlite-child.js', import.meta.url));

/** Node starting and loading better-sqlite3; not part of any query's time. */
const START_TIMEOUT_MS = 15_000;
/** How often a running query's memory is looked at. */
const MEMORY_CHECK_MS = 50;

/**
 * Resident memory of a process, where the system tells (Linux); undefined elsewhere. better-sqlite3
 * is built without SQLite's memory statistics, so SQLite's own heap limit has no effect, and the
 * process is watched from outside instead.
 */
async function residentBytes(pid: number | undefined): Promise<number | undefined> {
  try {
    const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
  } catch {
    return undefined;
  }
}

/** Children die with the server even when it exits without closing the engine. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * A child process with one SQLite file open, running one query at a time. better-sqlite3 runs a
 * statement inside sqlite3_step on the calling thread and SQLite cannot be interrupted from
 * JavaScript: on the main thread a runaway query froze the server, and a worker thread stuck in
 * native code ignores terminate() (it even keeps the process from exiting). A process can always
 * be killed, so a query past its timeout is stopped by killing the process that runs it.
 */
export class SqliteProcess {
  private readonly child: ChildProcess;
  private readonly started: Promise<void>;
  private answer: ((reply: SqliteReply) => void) | undefined;
  private fail: ((error: Error) => void) | undefined;
  private exit: Error | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private killed = false;
  /** What the process holds before any query, measured once it has started. */
  private baseline: Promise<number | undefined> | undefined;
  private readonly memoryLimitBytes: number;

  /** `memoryLimit` ('512MB'): how far a query may grow the process beyond what it held at start. */
  constructor(
    path: string,
    private readonly memoryLimit: string,
  ) {
    this.memoryLimitBytes = parseByteSize(memoryLimit) ?? Infinity;
    this.child = fork(CHILD, [path], {
      execArgv: [],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    running.add(this.child);
    this.started = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new QueryExecutionError('The SQLite query process did not start')), START_TIMEOUT_MS);
      this.answer = () => {
        clearTimeout(timer);
        resolve();
      };
      this.fail = (error) => {
        clearTimeout(timer);
        reject(error);
      };
    });
    this.started.catch(() => this.kill());
    this.child.on('message', (reply: SqliteReply) => this.answer?.(reply));
    this.child.on('error', (error) => this.stopped(new QueryExecutionError(`The SQLite query process failed: ${error.message}`)));
    this.child.on('exit', (code, signal) => {
      running.delete(this.child);
      this.stopped(new QueryExecutionError(`The SQLite query process stopped (${signal ?? `exit code ${code}`})`));
    });
    this.detach();
  }

  get alive(): boolean {
    return !this.killed && this.exit === undefined;
  }

  /** The child's answer; rejects on timeout or past the memory limit (after killing the child), or when it dies. */
  async run(request: SqliteRequest, timeoutMs: number): Promise<SqliteReply> {
    clearTimeout(this.idleTimer);
    this.child.channel?.ref();
    try {
      await this.started;
      const baseline = await (this.baseline ??= residentBytes(this.child.pid));
      return await this.ask(request, timeoutMs, baseline);
    } finally {
      this.detach();
    }
  }

  private ask(request: SqliteRequest, timeoutMs: number, baseline: number | undefined): Promise<SqliteReply> {
    return new Promise<SqliteReply>((resolve, reject) => {
      if (this.exit) return reject(this.exit);
      let settled = false;
      const done = () => {
        settled = true;
        clearTimeout(timer);
        clearInterval(watch);
        this.answer = undefined;
        this.fail = undefined;
      };
      this.answer = (reply) => {
        done();
        resolve(reply);
      };
      this.fail = (error) => {
        done();
        reject(error);
      };
      const stop = (error: Error) => {
        if (settled) return;
        this.fail?.(error);
        this.kill();
      };
      const timer = setTimeout(() => stop(QueryExecutionError.timeout(timeoutMs)), timeoutMs);
      const watch = setInterval(() => {
        void residentBytes(this.child.pid).then((bytes) => {
          if (baseline !== undefined && bytes !== undefined && bytes - baseline > this.memoryLimitBytes) {
            stop(new QueryExecutionError(`Query needs more memory than the ${this.memoryLimit} this data source allows`));
          }
        });
      }, MEMORY_CHECK_MS);
      this.child.send(request, (error) => error && this.stopped(QueryExecutionError.from(error)));
    });
  }

  /** Kills the child unless it runs another query within `ms`. */
  expireWhenIdle(ms: number, onExpired: () => void): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.kill();
      onExpired();
    }, ms).unref();
  }

  kill(): void {
    clearTimeout(this.idleTimer);
    this.killed = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private stopped(error: Error): void {
    this.exit ??= error;
    this.fail?.(this.exit);
  }

  /** An idle child keeps neither the server nor a test run from exiting. */
  private detach(): void {
    this.child.unref();
    this.child.channel?.unref();
  }
}
