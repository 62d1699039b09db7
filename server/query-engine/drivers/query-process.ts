import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { QueryExecutionError } from '../query-execution-error.js';

/** Node starting and loading the database library; not part of any query's time. */
const START_TIMEOUT_MS = 15_000;
/** How often the memory of a process with queries in flight is looked at. */
const MEMORY_CHECK_MS = 50;

/**
 * Resident memory of a process, where the system tells (Linux); undefined elsewhere. Neither
 * better-sqlite3 nor DuckDB can hold everything a query allocates to a limit (SQLite's heap limit is
 * compiled out, DuckDB's memory_limit covers its buffer manager only), so the process is watched
 * from outside instead.
 */
export async function residentBytes(pid: number | undefined): Promise<number | undefined> {
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

export interface QueryProcessOptions {
  /** The child's script and its arguments. */
  script: string;
  args: string[];
  /** Names the database in errors: "The DuckDB query process stopped". */
  label: string;
  /** How far queries may grow the process beyond what it held once started, in bytes. */
  memoryGrowthLimit: number;
  /** What the queries in flight fail with when the process passes that limit. */
  memoryError: () => QueryExecutionError;
  /**
   * Past its timeout a query is first asked to stop (`{ cancel: id }`) and the process is killed
   * only if it has not answered within this many ms; undefined kills the process at once.
   */
  cancelGraceMs?: number;
}

interface InFlight<Reply> {
  resolve: (reply: Reply) => void;
  reject: (error: Error) => void;
  timeoutMs: number;
  timedOut: boolean;
  timer: NodeJS.Timeout;
}

/**
 * A child process answering query requests `{ id, ...request }` with `{ id, ...reply }`, several at
 * a time if the child can. A query that runs past its timeout or grows the process past its limit is
 * stopped by killing the process, which always works, whatever the database is doing in native code;
 * the queries in flight fail, and the owner starts another process for the next query.
 */
export class QueryProcess<Request extends object, Reply extends object> {
  private readonly child: ChildProcess;
  private readonly started: Promise<void>;
  private readonly inFlight = new Map<number, InFlight<Reply>>();
  private nextId = 1;
  private onReady: (() => void) | undefined;
  private exitError: Error | undefined;
  private killReason: Error | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private memoryWatch: NodeJS.Timeout | undefined;
  /** What the process holds before any query, measured once it has started. */
  private baseline: Promise<number | undefined> | undefined;
  /** Resolves once the process is gone (and so has let go of its files). */
  readonly exited: Promise<void>;

  constructor(private readonly options: QueryProcessOptions) {
    // No inherited flags: the server may run under a test runner or a loader the child has no use for.
    this.child = fork(options.script, options.args, { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    running.add(this.child);
    this.exited = new Promise<void>((resolve) => {
      this.child.on('exit', (code, signal) => {
        running.delete(this.child);
        this.stopped(new QueryExecutionError(`The ${options.label} query process stopped (${signal ?? `exit code ${code}`})`));
        resolve();
      });
    });
    this.started = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new QueryExecutionError(`The ${options.label} query process did not start`)), START_TIMEOUT_MS);
      this.onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      void this.exited.then(() => {
        clearTimeout(timer);
        reject(this.exitError);
      });
    });
    this.started.catch(() => this.kill());
    this.child.on('message', (message: Reply & { id?: number }) => this.answer(message));
    this.child.on('error', (error) => this.stopped(new QueryExecutionError(`The ${options.label} query process failed: ${error.message}`)));
    this.detach();
  }

  get alive(): boolean {
    return this.killReason === undefined && this.exitError === undefined;
  }

  /** Queries sent and not yet answered. */
  get busy(): number {
    return this.inFlight.size;
  }

  /** The child's answer; rejects on timeout, past the memory limit, or when the process dies. */
  async run(request: Request, timeoutMs: number): Promise<Reply> {
    clearTimeout(this.idleTimer);
    this.child.channel?.ref();
    try {
      await this.started;
      await (this.baseline ??= residentBytes(this.child.pid));
      return await this.ask(request, timeoutMs);
    } finally {
      if (this.inFlight.size === 0) this.detach();
    }
  }

  /** Kills the process unless it gets another query within `ms`. */
  expireWhenIdle(ms: number, onExpired: () => void): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.inFlight.size > 0) return;
      void this.kill();
      onExpired();
    }, ms).unref();
  }

  /** Kills the process; queries in flight fail with `reason`. Resolves once it is gone. */
  kill(reason: Error = new QueryExecutionError('Data source was closed')): Promise<void> {
    clearTimeout(this.idleTimer);
    this.killReason ??= reason;
    this.failAll(this.killReason);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      // Whoever awaits the exit must be woken by it: a detached child would let the event loop
      // run dry first, leaving close() unsettled in a process with nothing else to do.
      this.child.ref();
      this.child.kill('SIGKILL');
    }
    return this.exited;
  }

  private ask(request: Request, timeoutMs: number): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const failed = this.killReason ?? this.exitError;
      if (failed) return reject(failed);
      const id = this.nextId++;
      const timer = setTimeout(() => this.timedOut(id), timeoutMs);
      this.inFlight.set(id, { resolve, reject, timeoutMs, timedOut: false, timer });
      this.watchMemory();
      // A channel that cannot take a request leaves a process nobody can talk to: let it go.
      this.child.send({ ...request, id }, (error) => {
        if (error) void this.kill(QueryExecutionError.from(error));
      });
    });
  }

  private answer(message: Reply & { id?: number }): void {
    if (message.id === undefined) return this.onReady?.();
    const query = this.settle(message.id);
    if (!query) return;
    if (query.timedOut) query.reject(QueryExecutionError.timeout(query.timeoutMs));
    else query.resolve(message);
  }

  private timedOut(id: number): void {
    const query = this.inFlight.get(id);
    if (!query) return;
    const { cancelGraceMs } = this.options;
    if (cancelGraceMs === undefined) {
      this.settle(id)?.reject(QueryExecutionError.timeout(query.timeoutMs));
      void this.kill(new QueryExecutionError('Query was stopped along with another query of this data source that ran past its timeout'));
      return;
    }
    // The database may stop the query by itself, keeping the process and the other queries in it.
    query.timedOut = true;
    this.child.send({ cancel: id }, () => undefined);
    query.timer = setTimeout(() => {
      this.settle(id)?.reject(QueryExecutionError.timeout(query.timeoutMs));
      void this.kill(new QueryExecutionError('Query was stopped along with another query of this data source that did not stop at its timeout'));
    }, cancelGraceMs);
  }

  private settle(id: number): InFlight<Reply> | undefined {
    const query = this.inFlight.get(id);
    if (!query) return undefined;
    clearTimeout(query.timer);
    this.inFlight.delete(id);
    if (this.inFlight.size === 0) this.stopWatchingMemory();
    return query;
  }

  private failAll(error: Error): void {
    for (const id of [...this.inFlight.keys()]) this.settle(id)?.reject(error);
  }

  private watchMemory(): void {
    this.memoryWatch ??= setInterval(() => {
      void Promise.all([this.baseline, residentBytes(this.child.pid)]).then(([baseline, bytes]) => {
        if (baseline === undefined || bytes === undefined || this.inFlight.size === 0) return;
        if (bytes - baseline > this.options.memoryGrowthLimit) void this.kill(this.options.memoryError());
      });
    }, MEMORY_CHECK_MS);
  }

  private stopWatchingMemory(): void {
    clearInterval(this.memoryWatch);
    this.memoryWatch = undefined;
  }

  private stopped(error: Error): void {
    this.exitError ??= error;
    this.failAll(this.killReason ?? this.exitError);
  }

  /** An idle child keeps neither the server nor a test run from exiting. */
  private detach(): void {
    this.child.unref();
    this.child.channel?.unref();
  }
}
