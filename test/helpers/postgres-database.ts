import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own on the server behind `adminUrl` (TESSERA_TEST_DATABASE_URL), so test files
 * never see each other's rows. `icuLocale` asks for that collation where the server has ICU, to
 * prove code does not depend on the server's sort order.
 */
export async function createThrowawayDatabase(adminUrl: string, options: { icuLocale?: string } = {}): Promise<ThrowawayDatabase> {
  const name = `tessera_t_${randomBytes(6).toString('hex')}`;
  const plain = `create database ${name}`;
  if (options.icuLocale) {
    await onServer(adminUrl, `${plain} template template0 locale_provider icu icu_locale '${options.icuLocale}'`).catch(() => onServer(adminUrl, plain));
  } else {
    await onServer(adminUrl, plain);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(adminUrl, `drop database if exists ${name} with (force)`) };
}
