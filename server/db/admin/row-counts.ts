import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DialectName } from '../metadata-dialect.js';

/**
 * Counting rows without reading them all. An exact count over millions of rows costs a scan;
 * PostgreSQL's statistics and planner give a close figure at once, which a list's "about 1.2M"
 * or a dashboard's card needs, not the last digit.
 */

/** The catalog's figure for a whole table (PostgreSQL's `reltuples`), or undefined when it has none. */
export async function estimatedTableRows(db: Kysely<unknown>, dialect: DialectName, tableName: string, schema = 'public'): Promise<number | undefined> {
  if (dialect !== 'postgres') return undefined;
  const result = await sql<{ rows: string | number }>`
    select c.reltuples::bigint as rows from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relname = ${tableName} and n.nspname = ${schema} and c.relkind in ('r', 'p')`.execute(db);
  const rows = Number(result.rows[0]?.rows ?? -1);
  // -1: never analysed or vacuumed, so no figure yet.
  return rows >= 0 ? rows : undefined;
}

/**
 * An exact count that gives up after `budgetMs` on PostgreSQL (undefined then); SQLite counts
 * in-process and always finishes.
 */
export async function countWithin(db: Kysely<unknown>, dialect: DialectName, query: RawBuilder<unknown>, budgetMs: number): Promise<number | undefined> {
  const counting = sql<{ total: string | number }>`select count(*) as total from (${query}) as counted`;
  if (dialect !== 'postgres') return Number((await counting.execute(db)).rows[0]?.total ?? 0);
  try {
    return await db.transaction().execute(async (trx) => {
      await sql`select set_config('statement_timeout', ${String(Math.max(1, Math.round(budgetMs)))}, true)`.execute(trx);
      return Number((await counting.execute(trx)).rows[0]?.total ?? 0);
    });
  } catch (error) {
    if ((error as { code?: string }).code === '57014') return undefined;
    throw error;
  }
}

interface PlanNode {
  'Node Type'?: string;
  'Plan Rows'?: number;
  Plans?: PlanNode[];
}

/**
 * The planner's guess of how many rows a query returns (PostgreSQL), and whether answering it
 * means reading a whole table (a sequential scan somewhere in the plan) rather than an index.
 */
export async function plannedRows(db: Kysely<unknown>, query: RawBuilder<unknown>): Promise<{ rows: number; readsWholeTable: boolean }> {
  const result = await sql<{ 'QUERY PLAN': unknown }>`explain (format json) ${query}`.execute(db);
  const plan = result.rows[0]?.['QUERY PLAN'];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan?: PlanNode }[];
  const root = parsed[0]?.Plan;
  const scans = (node: PlanNode | undefined): boolean => !!node && (/Seq Scan/.test(node['Node Type'] ?? '') || (node.Plans ?? []).some(scans));
  return { rows: Math.round(root?.['Plan Rows'] ?? 0), readsWholeTable: scans(root) };
}
