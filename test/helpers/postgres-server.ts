import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's PostgreSQL 15 binaries, when installed (`.ci/run` installs them). */
export const PG_BIN = ['/usr/lib/postgresql/15/bin'].find((dir) => existsSync(join(dir, 'initdb')));

/** A PostgreSQL cluster of a test's own, on loopback, that the test may stop and start again. */
export interface PostgresServer {
  /** postgres:// URL of `database` (created on first call) as the superuser. */
  url(database?: string): string;
  stop(): void;
  start(): void;
  remove(): void;
}

/** Runs a PostgreSQL binary as the postgres user when this process is root (initdb refuses root). */
function asPostgres(binary: string, args: string[]): void {
  const command = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] as const : [binary, args] as const;
  const result = spawnSync(command[0], [...command[1]], { stdio: 'pipe' });
  if (result.status !== 0) throw new Error(`${binary} failed: ${result.stderr.toString()}`);
}

export function startPostgresServer(settings: string[] = []): PostgresServer {
  if (!PG_BIN) throw new Error('PostgreSQL 15 is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'tessera-pg-'));
  if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const data = join(dir, 'data');
  asPostgres(join(PG_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=trust']);
  const options = ['-c listen_addresses=127.0.0.1', `-p ${port}`, `-k ${dir}`, '-c fsync=off', '-c max_connections=200', ...settings.map((s) => `-c ${s}`)].join(' ');
  const start = () => asPostgres(join(PG_BIN!, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-o', options, 'start']);
  const stop = () => asPostgres(join(PG_BIN!, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  return {
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start,
    stop,
    remove: () => {
      try {
        stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
