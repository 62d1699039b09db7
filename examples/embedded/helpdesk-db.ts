import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';

/** The host app's own database: a helpdesk with one table, owned and migrated by the host. */
export interface HelpdeskTables {
  tickets: {
    id: number;
    subject: string;
    status: 'open' | 'pending' | 'closed';
    priority: number;
    opened_at: string;
  };
}

const SUBJECTS = ['Cannot log in', 'Invoice is wrong', 'Export is slow', 'Feature request: dark mode', 'Password reset mail missing', 'API returns 429'];
const STATUSES = ['open', 'pending', 'closed'] as const;

/**
 * Opens (and on first use creates and fills) the helpdesk database in `file`; `prepare` sees the
 * better-sqlite3 database before Kysely wraps it.
 */
export function openHelpdesk(file: string, prepare: (database: SQLite.Database) => void = () => undefined): Kysely<HelpdeskTables> {
  const database = new SQLite(file);
  prepare(database);
  database.exec(`create table if not exists tickets (
    id integer primary key,
    subject text not null,
    status text not null default 'open' check (status in ('open', 'pending', 'closed')),
    priority integer not null default 3 check (priority between 1 and 5),
    opened_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
  )`);
  const { n } = database.prepare('select count(*) as n from tickets').get() as { n: number };
  if (n === 0) {
    const insert = database.prepare('insert into tickets (subject, status, priority, opened_at) values (?, ?, ?, ?)');
    for (let i = 0; i < 24; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      insert.run(SUBJECTS[i % SUBJECTS.length], STATUSES[i % 3], 1 + (i % 5), `2026-11-${day}T09:00:00Z`);
    }
  }
  return new Kysely<HelpdeskTables>({ dialect: new SqliteDialect({ database }) });
}
