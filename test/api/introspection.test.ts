import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introspect, type TableSchema } from '../../server/db/introspection/index.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../helpers/postgres-database.js';

/**
 * The catalog reader the admin panel builds its models from, on a real shop schema: keys of every
 * kind, references, uniques, checks, defaults, lengths and (on PostgreSQL) enums.
 */
const pgUrl = process.env.TESSERA_TEST_DATABASE_URL;
const dir = mkdtempSync(join(tmpdir(), 'tessera-introspect-'));
let database: ThrowawayDatabase | undefined;
let db: Kysely<unknown>;
let tables: Map<string, TableSchema>;
const dialect = pgUrl ? 'postgres' : 'sqlite';

const SHARED_DDL = [
  `create table customers (
     id integer primary key${pgUrl ? ' generated always as identity' : ''},
     email varchar(120) not null unique,
     name text not null,
     country char(2) default 'FR',
     created_at timestamp not null default CURRENT_TIMESTAMP,
     credit numeric(10, 2) check (credit >= 0)
   )`,
  `create table products (sku text primary key, title varchar(200) not null, price real not null, active boolean not null default true)`,
  `create table orders (
     id integer primary key${pgUrl ? ' generated always as identity' : ''},
     customer_id integer not null references customers (id),
     ordered_on date,
     ${pgUrl ? "status order_status not null default 'new'," : "status text not null default 'new' check (status in ('new', 'paid', 'shipped')),"}
     notes ${pgUrl ? 'jsonb' : 'json'}
   )`,
  `create table order_items (
     order_id integer not null references orders (id),
     sku text not null references products,
     quantity integer not null check (quantity > 0),
     primary key (order_id, sku),
     unique (order_id, quantity)
   )`,
];

beforeAll(async () => {
  if (pgUrl) {
    database = await createThrowawayDatabase(pgUrl);
    db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 2 }) }) });
    await sql.raw(`create type order_status as enum ('new', 'paid', 'shipped')`).execute(db);
  } else {
    db = new Kysely({ dialect: new SqliteDialect({ database: new SQLite(join(dir, 'shop.sqlite')) }) });
  }
  for (const ddl of SHARED_DDL) await sql.raw(ddl).execute(db);
  tables = new Map((await introspect(db, dialect)).map((t) => [t.name, t]));
});

afterAll(async () => {
  await db?.destroy();
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

const column = (table: string, name: string) => tables.get(table)?.columns.find((c) => c.name === name);

describe(`table introspection (${dialect})`, () => {
  it('lists the tables and their columns in order', () => {
    expect([...tables.keys()]).toEqual(['customers', 'order_items', 'orders', 'products']);
    expect(tables.get('customers')?.columns.map((c) => c.name)).toEqual(['id', 'email', 'name', 'country', 'created_at', 'credit']);
  });

  it('reads kinds, nullability, lengths and defaults', () => {
    expect(column('customers', 'id')).toMatchObject({ kind: 'integer', nullable: false, generated: true });
    expect(column('customers', 'email')).toMatchObject({ kind: 'string', nullable: false, maxLength: 120, generated: false });
    expect(column('customers', 'country')).toMatchObject({ kind: 'string', nullable: true, maxLength: 2 });
    expect(column('customers', 'country')?.defaultValue).toContain("'FR'");
    expect(column('customers', 'created_at')).toMatchObject({ kind: 'datetime', nullable: false });
    expect(column('customers', 'credit')).toMatchObject({ kind: 'number', nullable: true });
    expect(column('products', 'price')).toMatchObject({ kind: 'number' });
    expect(column('products', 'active')).toMatchObject({ kind: 'boolean', nullable: false });
    expect(column('orders', 'ordered_on')).toMatchObject({ kind: 'date', nullable: true });
    expect(column('orders', 'notes')).toMatchObject({ kind: 'json' });
  });

  it('reads primary keys of every shape: generated, text, composite', () => {
    expect(tables.get('customers')?.primaryKey).toEqual(['id']);
    expect(tables.get('products')?.primaryKey).toEqual(['sku']);
    expect(column('products', 'sku')).toMatchObject({ kind: 'string', generated: false });
    expect(tables.get('order_items')?.primaryKey).toEqual(['order_id', 'sku']);
  });

  it('reads foreign keys, including one that names no columns', () => {
    expect(tables.get('orders')?.foreignKeys).toEqual([{ columns: ['customer_id'], table: 'customers', referencedColumns: ['id'] }]);
    const items = tables.get('order_items')?.foreignKeys ?? [];
    expect(items).toHaveLength(2);
    expect(items).toContainEqual({ columns: ['order_id'], table: 'orders', referencedColumns: ['id'] });
    expect(items).toContainEqual({ columns: ['sku'], table: 'products', referencedColumns: ['sku'] });
  });

  it('reads unique constraints and checks', () => {
    expect(tables.get('customers')?.uniques).toEqual([['email']]);
    expect(tables.get('order_items')?.uniques).toEqual([['order_id', 'quantity']]);
    expect(tables.get('customers')?.checks.join(' ')).toMatch(/credit >= .*0/);
    expect(tables.get('order_items')?.checks.join(' ')).toMatch(/quantity > 0/);
  });

  it('reads the allowed values of an enum (PostgreSQL) or keeps its check (SQLite)', () => {
    const status = column('orders', 'status');
    expect(status).toMatchObject({ kind: 'string', nullable: false });
    if (pgUrl) expect(status?.enumValues).toEqual(['new', 'paid', 'shipped']);
    else expect(tables.get('orders')?.checks.join(' ')).toContain("status in ('new', 'paid', 'shipped')");
  });
});

describe('column kinds from declared types', () => {
  it('folds the names both databases use, and reads unknown types as text', async () => {
    const { kindOfType, lengthOfType } = await import('../../server/db/introspection/table-schema.js');
    const kinds = Object.fromEntries(
      ['BIGINT', 'int4', 'smallserial', 'interval', 'point', 'double precision', 'NUMERIC(12,2)', 'timestamp with time zone', 'DATETIME', 'time without time zone', 'uuid', 'jsonb', 'BLOB', 'bytea', 'citext'].map((t) => [t, kindOfType(t)]),
    );
    expect(kinds).toEqual({
      BIGINT: 'integer',
      int4: 'integer',
      smallserial: 'integer',
      interval: 'string',
      point: 'string',
      'double precision': 'number',
      'NUMERIC(12,2)': 'number',
      'timestamp with time zone': 'datetime',
      DATETIME: 'datetime',
      'time without time zone': 'time',
      uuid: 'uuid',
      jsonb: 'json',
      BLOB: 'binary',
      bytea: 'binary',
      citext: 'string',
    });
    expect([lengthOfType('VARCHAR(40)'), lengthOfType('character varying(7)'), lengthOfType('text')]).toEqual([40, 7, undefined]);
  });
});
