import { existsSync, renameSync, rmSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

/**
 * The demo data set: a small company's sales, customers, products and subscriptions, generated
 * inside DuckDB from integer sequences so that every install (and every benchmark run) gets the
 * same rows. `h(i, salt)` (DuckDB's hash of the row number, pinned with the DuckDB version) stands
 * in for randomness; different salts keep the columns independent of each other.
 */

const REGIONS = `[
  {'region': 'US', 'countries': ['United States', 'Canada']},
  {'region': 'EU', 'countries': ['Germany', 'France', 'Spain', 'Netherlands', 'Sweden']},
  {'region': 'APAC', 'countries': ['Japan', 'Australia', 'Singapore', 'India']},
  {'region': 'LATAM', 'countries': ['Brazil', 'Mexico', 'Chile']}
]`;

const PRODUCTS = `VALUES
  (1, 'Laptop Pro 14', 'Hardware', 1899.00), (2, 'Laptop Air 13', 'Hardware', 1199.00), (3, 'Desktop Tower', 'Hardware', 1499.00),
  (4, '4K Monitor', 'Hardware', 449.00), (5, 'Mechanical Keyboard', 'Accessories', 129.00), (6, 'Wireless Mouse', 'Accessories', 59.00),
  (7, 'USB-C Dock', 'Accessories', 219.00), (8, 'Noise-cancelling Headset', 'Accessories', 299.00), (9, 'Webcam HD', 'Accessories', 89.00),
  (10, 'Office Suite', 'Software', 149.00), (11, 'Design Studio', 'Software', 399.00), (12, 'Code IDE Pro', 'Software', 249.00),
  (13, 'Antivirus Plus', 'Software', 49.00), (14, 'Cloud Backup 1TB', 'Services', 99.00), (15, 'Premium Support', 'Services', 499.00),
  (16, 'On-site Setup', 'Services', 349.00), (17, 'Training Workshop', 'Services', 799.00), (18, 'Tablet 11', 'Hardware', 699.00),
  (19, 'Smartphone X', 'Hardware', 999.00), (20, 'Smartwatch', 'Wearables', 349.00), (21, 'Fitness Band', 'Wearables', 99.00),
  (22, 'Wireless Earbuds', 'Wearables', 179.00), (23, 'VR Headset', 'Wearables', 549.00), (24, 'Laptop Sleeve', 'Accessories', 39.00)`;

export interface DemoSize {
  salesRows: number;
  customers: number;
  subscriptions: number;
}

export const DEFAULT_DEMO_SIZE: DemoSize = { salesRows: 1_000_000, customers: 20_000, subscriptions: 12_000 };

const h = (expr: string, salt: number, modulo: number) => `CAST(hash(${expr}, ${salt}) % ${modulo} AS INTEGER)`;
const unit = (expr: string, salt: number) => `((hash(${expr}, ${salt}) % 1000003) / 1000003.0)`;

function statements(size: DemoSize): string[] {
  const { salesRows, customers, subscriptions } = size;
  return [
    `CREATE TABLE regions AS SELECT r.region, r.countries FROM (SELECT unnest(${REGIONS}) AS r)`,
    `CREATE TABLE products AS SELECT * FROM (${PRODUCTS}) AS t(product_id, product, category, unit_price)`,
    `ALTER TABLE products ALTER unit_price TYPE DECIMAL(10, 2)`,
    `CREATE TABLE customers AS
       SELECT i AS customer_id,
              'Customer ' || lpad(CAST(i AS VARCHAR), 5, '0') AS name,
              'customer' || i || '@example.com' AS email,
              g.region,
              g.countries[1 + CAST(hash(i, 2) % len(g.countries) AS INTEGER)] AS country,
              ['Enterprise', 'Mid-market', 'SMB', 'SMB', 'Consumer'][1 + ${h('i', 3, 5)}] AS segment,
              DATE '2022-01-01' + ${h('i', 4, 1095)} AS signup_date
       FROM range(1, ${customers + 1}) AS t(i)
       JOIN (SELECT region, countries, row_number() OVER (ORDER BY region) - 1 AS idx FROM regions) AS g
         ON g.idx = [3, 3, 3, 3, 1, 1, 1, 0, 0, 2][1 + ${h('i', 1, 10)}]`,
    `CREATE TABLE sales AS
       SELECT i + 1 AS order_id,
              DATE '2024-01-01' + CAST(floor(731 * sqrt(${unit('i', 11)})) AS INTEGER) AS order_date,
              c.region, c.country, p.product, p.category,
              ['Online', 'Online', 'Retail', 'Partner'][1 + ${h('i', 12, 4)}] AS channel,
              c.customer_id,
              1 + ${h('i', 13, 4)} AS quantity,
              CAST(round(p.unit_price * (1 + ${h('i', 13, 4)}) * (0.85 + ${h('i', 14, 100)} / 400.0), 2) AS DECIMAL(12, 2)) AS revenue
       FROM range(0, ${salesRows}) AS t(i)
       JOIN customers AS c ON c.customer_id = 1 + ${h('i', 15, customers)}
       JOIN products AS p ON p.product_id = 1 + ${h('i', 16, 24)}`,
    `CREATE TABLE subscriptions AS
       SELECT i AS subscription_id,
              1 + ${h('i', 21, customers)} AS customer_id,
              plan.name AS plan,
              CASE WHEN ${h('i', 22, 10)} < 3 THEN 'cancelled' ELSE 'active' END AS status,
              CAST(plan.price * (1 + ${h('i', 23, 5)}) AS DECIMAL(10, 2)) AS mrr,
              DATE '2023-01-01' + CAST(floor(1095 * sqrt(${unit('i', 24)})) AS INTEGER) AS started_at
       FROM range(1, ${subscriptions + 1}) AS t(i),
       LATERAL (SELECT [{'name': 'Starter', 'price': 19}, {'name': 'Team', 'price': 49}, {'name': 'Business', 'price': 149}, {'name': 'Enterprise', 'price': 499}][1 + ${h('i', 25, 4)}] AS plan)`,
    `ALTER TABLE subscriptions ADD COLUMN cancelled_at DATE`,
    `UPDATE subscriptions SET cancelled_at = started_at + 30 + ${h('subscription_id', 26, 300)} WHERE status = 'cancelled'`,
    `DROP TABLE regions`,
  ];
}

/** Writes the demo DuckDB file unless it exists; returns whether it was created now. */
export async function ensureDemoData(path: string, size: DemoSize = DEFAULT_DEMO_SIZE): Promise<boolean> {
  if (existsSync(path)) return false;
  // Built under a temporary name and renamed, so an interrupted start never leaves half a data set.
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  rmSync(`${partial}.wal`, { force: true });
  const instance = await DuckDBInstance.create(partial);
  try {
    const connection = await instance.connect();
    try {
      for (const sql of statements(size)) await connection.run(sql);
      await connection.run('CHECKPOINT');
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
  renameSync(partial, path);
  return true;
}
