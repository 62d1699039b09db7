import { existsSync, renameSync, rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { cumulate, pick, prng, shuffle } from './seeded-random.js';
import { CATALOG, COUNTRIES, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, ORDER_NOTES } from './shop-words.js';

/**
 * The demo shop: a writable SQLite file of customers, products, orders and their items, with real
 * keys and constraints, for the admin panel to edit and a BI dashboard to chart. Written from a
 * seeded generator, so every install gets the same rows for the same size. Orders' ids follow their
 * dates, customers only order after they signed up, and an order's total is the sum of its items.
 */

export interface ShopSize {
  orders: number;
}

export const SHOP_STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded'] as const;

const SCHEMA = [
  `CREATE TABLE customers (
     id INTEGER PRIMARY KEY,
     name TEXT NOT NULL CHECK (length(name) > 0),
     email TEXT NOT NULL UNIQUE CHECK (email LIKE '%_@_%'),
     country TEXT NOT NULL,
     city TEXT NOT NULL,
     created_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
     is_active BOOLEAN NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1))
   )`,
  `CREATE TABLE products (
     id INTEGER PRIMARY KEY,
     sku TEXT NOT NULL UNIQUE,
     name TEXT NOT NULL CHECK (length(name) > 0),
     category TEXT NOT NULL,
     price REAL NOT NULL CHECK (price >= 0),
     stock INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
     description TEXT,
     active BOOLEAN NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
   )`,
  `CREATE TABLE orders (
     id INTEGER PRIMARY KEY,
     customer_id INTEGER NOT NULL REFERENCES customers (id),
     order_date DATE NOT NULL DEFAULT (date('now')),
     status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN (${SHOP_STATUSES.map((s) => `'${s}'`).join(', ')})),
     total REAL NOT NULL DEFAULT 0 CHECK (total >= 0),
     shipping_country TEXT NOT NULL,
     notes TEXT
   )`,
  `CREATE TABLE order_items (
     id INTEGER PRIMARY KEY,
     order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
     product_id INTEGER NOT NULL REFERENCES products (id),
     quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
     unit_price REAL NOT NULL CHECK (unit_price >= 0)
   )`,
];

// Built after the rows are in: one sort per index rather than a b-tree insert per row.
const INDEXES = [
  'CREATE INDEX orders_customer_id ON orders (customer_id)',
  'CREATE INDEX orders_order_date ON orders (order_date)',
  'CREATE INDEX orders_status ON orders (status)',
  'CREATE INDEX order_items_order_id ON order_items (order_id)',
  'CREATE INDEX order_items_product_id ON order_items (product_id)',
];

const DAY_MS = 86_400_000;
const FIRST_ORDER_DAY = Date.UTC(2024, 0, 1);
const ORDER_DAYS = 731; // 2024-01-01 .. 2025-12-31
const FIRST_SIGNUP_DAY = Date.UTC(2023, 0, 1);

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const asciiLower = (text: string) => text.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

type SqlValue = string | number | null;

/**
 * Inserts rows a hundred to a statement: a call into SQLite costs about as much as a row, so rows
 * go in about three times faster than with a statement each.
 */
class BatchInsert {
  private static readonly ROWS = 100;
  private readonly values: SqlValue[] = [];
  private readonly many: SQLite.Statement;
  private readonly one: SQLite.Statement;
  private readonly width: number;

  constructor(db: SQLite.Database, table: string, columns: string[]) {
    this.width = columns.length;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.many = db.prepare(head + Array.from({ length: BatchInsert.ROWS }, () => tuple).join(', '));
    this.one = db.prepare(head + tuple);
  }

  add(row: SqlValue[]): void {
    for (const value of row) this.values.push(value);
    if (this.values.length < this.width * BatchInsert.ROWS) return;
    this.many.run(this.values);
    this.values.length = 0;
  }

  /** Writes the rows short of a whole batch. */
  finish(): void {
    for (let start = 0; start < this.values.length; start += this.width) this.one.run(this.values.slice(start, start + this.width));
    this.values.length = 0;
  }
}

interface Customer {
  id: number;
  country: string;
  /** Days since FIRST_ORDER_DAY of signing up (negative for 2023). */
  signupDay: number;
}

function writeCustomers(db: SQLite.Database, count: number, random: () => number): Customer[] {
  const insert = new BatchInsert(db, 'customers', ['id', 'name', 'email', 'country', 'city', 'created_at', 'is_active']);
  const countries = cumulate(COUNTRIES.map((c) => c.weight));
  const total = countries[countries.length - 1] as number;
  const customers: Customer[] = [];
  for (let id = 1; id <= count; id++) {
    // Ids follow sign-up time: a quarter signed up in 2023, the rest over the two years of orders.
    const share = (id - 1 + random()) / count;
    const signupMs = share < 0.25 ? FIRST_SIGNUP_DAY + (share / 0.25) * 365 * DAY_MS : FIRST_ORDER_DAY + ((share - 0.25) / 0.75) * ORDER_DAYS * DAY_MS;
    const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)] as string;
    const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)] as string;
    const domain = EMAIL_DOMAINS[Math.floor(random() * EMAIL_DOMAINS.length)] as string;
    const place = COUNTRIES[pick(countries, random() * total)] as (typeof COUNTRIES)[number];
    const city = place.cities[Math.floor(random() * place.cities.length)] as string;
    const createdAt = `${new Date(Math.floor(signupMs / 1000) * 1000).toISOString().slice(0, 19)}Z`;
    insert.add([id, `${first} ${last}`, `${asciiLower(first)}.${asciiLower(last)}${id}@${domain}`, place.country, city, createdAt, random() < 0.95 ? 1 : 0]);
    customers.push({ id, country: place.country, signupDay: Math.floor((signupMs - FIRST_ORDER_DAY) / DAY_MS) });
  }
  insert.finish();
  return customers;
}

interface Product {
  id: number;
  cents: number;
}

function writeProducts(db: SQLite.Database, count: number, random: () => number): Product[] {
  const insert = new BatchInsert(db, 'products', ['id', 'sku', 'name', 'category', 'price', 'stock', 'description', 'active']);
  // Each category's products in a shuffled order, dealt out in turns, so a small shop has every category.
  const decks = CATALOG.map((category) =>
    shuffle(
      category.items.flatMap(([base, price]) =>
        category.variants.map(([variant, factor]) => ({
          category,
          name: variant === '' ? base : category.parenthesized ? `${base} (${variant})` : `${base} ${variant}`,
          cents: Math.max(99, Math.round(price * factor) * 100 - 1),
        })),
      ),
      random,
    ),
  );
  const dealt = Array.from({ length: Math.max(...decks.map((deck) => deck.length)) }, (_, turn) => decks.flatMap((deck) => deck.slice(turn, turn + 1))).flat();
  const all = shuffle(dealt.slice(0, count), random);
  const products = all.map((item, index) => {
    const id = index + 1;
    const sku = `${item.category.code}-${String(id).padStart(5, '0')}`;
    const stock = random() < 0.06 ? 0 : Math.floor(random() * 480) + 5;
    const description = random() < 0.2 ? null : item.category.blurb;
    insert.add([id, sku, item.name, item.category.category, item.cents / 100, stock, description, random() < 0.95 ? 1 : 0]);
    return { id, cents: item.cents };
  });
  insert.finish();
  return products;
}

/** Orders per day grow threefold over the two years, with busier Novembers and Decembers and quieter weekends. */
function dayWeights(): Float64Array {
  const weights: number[] = [];
  for (let day = 0; day < ORDER_DAYS; day++) {
    const date = new Date(FIRST_ORDER_DAY + day * DAY_MS);
    const season = date.getUTCMonth() >= 10 ? 1.35 : 1;
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6 ? 0.85 : 1;
    weights.push((1 + (2 * day) / ORDER_DAYS) * season * weekend);
  }
  return cumulate(weights);
}

/** Older orders are mostly delivered; the last days' are still pending, paid or on their way. */
function statusOf(age: number, r: number): (typeof SHOP_STATUSES)[number] {
  if (r < 0.04) return 'cancelled';
  if (age <= 2) return r < 0.6 ? 'pending' : 'paid';
  if (age <= 6) return r < 0.12 ? 'pending' : r < 0.5 ? 'paid' : 'shipped';
  if (age <= 14) return r < 0.07 ? 'paid' : r < 0.7 ? 'shipped' : 'delivered';
  return r < 0.065 ? 'refunded' : 'delivered';
}

const ITEM_COUNTS = cumulate([0.25, 0.3, 0.2, 0.15, 0.1]);

function writeOrders(db: SQLite.Database, count: number, customers: Customer[], products: Product[], random: () => number): void {
  const insertOrder = new BatchInsert(db, 'orders', ['id', 'customer_id', 'order_date', 'status', 'total', 'shipping_country', 'notes']);
  const insertItem = new BatchInsert(db, 'order_items', ['id', 'order_id', 'product_id', 'quantity', 'unit_price']);
  const days = dayWeights();
  const daysTotal = days[days.length - 1] as number;
  // A few products sell far more than the rest.
  const popularity = cumulate(products.map((_, index) => 1 / (index + 4) ** 0.9));
  const popularityTotal = popularity[popularity.length - 1] as number;
  const dayNames = Array.from({ length: ORDER_DAYS }, (_, day) => isoDay(FIRST_ORDER_DAY + day * DAY_MS));
  let signedUp = 0;
  let itemId = 0;
  const picked: Product[] = [];
  for (let id = 1; id <= count; id++) {
    // Spread evenly through the cumulative weights, so ids follow dates.
    const day = pick(days, ((id - 0.5) / count) * daysTotal);
    while (signedUp < customers.length && (customers[signedUp] as Customer).signupDay <= day) signedUp++;
    // Earlier customers have had longer to come back, and do.
    const customer = customers[Math.floor(Math.max(1, signedUp) * random() ** 1.3)] as Customer;
    const itemCount = pick(ITEM_COUNTS, random()) + 1;
    picked.length = 0;
    for (let attempt = 0; picked.length < itemCount && attempt < itemCount * 3; attempt++) {
      const product = products[pick(popularity, random() * popularityTotal)] as Product;
      if (!picked.includes(product)) picked.push(product);
    }
    let totalCents = 0;
    const lines = picked.map((product) => {
      const r = random();
      const quantity = product.cents > 20_000 || r < 0.72 ? 1 : r < 0.92 ? 2 : r < 0.98 ? 3 : 4;
      const unitCents = random() < 0.08 ? Math.round(product.cents * 0.9) : product.cents;
      totalCents += quantity * unitCents;
      return [product.id, quantity, unitCents / 100] as const;
    });
    const country = random() < 0.96 ? customer.country : (COUNTRIES[Math.floor(random() * COUNTRIES.length)] as (typeof COUNTRIES)[number]).country;
    const notes = random() < 0.06 ? (ORDER_NOTES[Math.floor(random() * ORDER_NOTES.length)] as string) : null;
    insertOrder.add([id, customer.id, dayNames[day] as string, statusOf(ORDER_DAYS - 1 - day, random()), totalCents / 100, country, notes]);
    for (const [productId, quantity, unitPrice] of lines) insertItem.add([++itemId, id, productId, quantity, unitPrice]);
  }
  insertOrder.finish();
  insertItem.finish();
}

/** Customers and products grow with the orders, within bounds. */
export function shopSizes(orders: number): { orders: number; customers: number; products: number } {
  return { orders, customers: clamp(Math.floor(orders / 20), 100, 10_000), products: clamp(Math.floor(orders / 400), 50, 500) };
}

/** Writes the demo shop's SQLite file unless it exists; returns whether it was created now. */
export function ensureShopData(file: string, size: ShopSize): boolean {
  if (existsSync(file)) return false;
  // Built under a temporary name and renamed, so an interrupted start never leaves half a shop.
  const partial = `${file}.partial`;
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  const sizes = shopSizes(size.orders);
  const random = prng(0x5eed5);
  const db = new SQLite(partial);
  try {
    // Nothing to protect until the file is renamed into place: no journal while writing. Nor
    // foreign key checks, a fifth of the time: rows only ever reference rows written before them
    // (the tests run PRAGMA foreign_key_check). Whoever opens the shop turns them on for its writes.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.transaction(() => {
      for (const ddl of SCHEMA) db.exec(ddl);
      const customers = writeCustomers(db, sizes.customers, random);
      const products = writeProducts(db, sizes.products, random);
      writeOrders(db, sizes.orders, customers, products, random);
      for (const ddl of INDEXES) db.exec(ddl);
    })();
    // Statistics for the query planner, from a sample of each index: enough, and in milliseconds.
    db.pragma('analysis_limit = 1000');
    db.exec('ANALYZE');
    db.pragma('journal_mode = WAL');
  } catch (error) {
    db.close();
    rmSync(partial, { force: true });
    throw error;
  }
  db.close();
  renameSync(partial, file);
  return true;
}
