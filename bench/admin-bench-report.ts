/**
 * Measuring and printing for the admin-panel benchmarks: a small closed-loop load generator over
 * keep-alive HTTP, percentiles, and the closing table of figure, baseline, ratio and target.
 */
import { Agent, request } from 'node:http';

export const pct = (xs: number[], p: number): number => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
};
export const median = (xs: number[]): number => pct(xs, 0.5);

/** One GET, body read to the end; rejects on a non-2xx answer so a broken server never looks fast. */
export function get(agent: Agent, url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { agent, headers }, (res) => {
      let head = '';
      res.on('data', (chunk: Buffer) => {
        if (head.length < 300) head += chunk.toString();
      });
      res.on('end', () => {
        if ((res.statusCode ?? 0) >= 300) reject(new Error(`GET ${url}: ${res.statusCode} ${head.slice(0, 300)}`));
        else resolve(performance.now() - started);
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
}

/**
 * `clients` loops, each sending its next request as soon as the last one answered (a closed loop,
 * like people clicking through pages), for `durationMs` after `warmupMs` whose answers are not
 * counted. `path(i)` gives the i-th request, so both servers get the same sequence of requests.
 */
export async function load(options: { base: string; headers: Record<string, string>; path: (i: number) => string; clients: number; durationMs: number; warmupMs: number }): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const measureFrom = started + options.warmupMs;
  const end = measureFrom + options.durationMs;
  const worker = async () => {
    for (;;) {
      const sentAt = performance.now();
      if (sentAt >= end) return;
      const ms = await get(agent, options.base + options.path(next++), options.headers);
      const doneAt = sentAt + ms;
      // Answers that arrive inside the window count, whenever they were sent: with slow answers
      // (seconds under 20 clients) few requests would both start and end inside it.
      if (doneAt >= measureFrom && doneAt <= end) latencies.push(ms);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, worker));
  agent.destroy();
  return { requests: latencies.length, rps: latencies.length / (options.durationMs / 1000), p50: median(latencies), p95: pct(latencies, 0.95) };
}

/** Times `work` `runs` times in a row (after one unmeasured run) and answers every time in ms. */
export async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

export interface ResultRow {
  what: string;
  figure: string;
  baseline: string;
  /** figure / baseline as the target states it (higher is better for throughput, lower for time); none without a baseline. */
  ratio?: number;
  target: string;
  pass: boolean;
}

export function printTable(title: string, rows: ResultRow[], notes: string[]): void {
  const header = ['measure', 'Tessera', 'baseline', 'ratio', 'target', 'result'];
  const cells = rows.map((r) => [r.what, r.figure, r.baseline, r.ratio === undefined ? '-' : `${r.ratio < 0.1 ? r.ratio.toPrecision(2) : r.ratio.toFixed(2)}x`, r.target, r.pass ? 'PASS' : 'MISS']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join(' | ');
  console.log(`\n${title}`);
  for (const note of notes) console.log(`  ${note}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const seconds = (value: number): string => `${(value / 1000).toFixed(2)} s`;
