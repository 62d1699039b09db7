import type { Readable } from 'node:stream';
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectName } from '../../db/metadata-dialect.js';
import { afterKeys, allOf, column, orderBy, table, textMatch, type Bound, type SortKey } from '../../db/admin/record-sql.js';
import type { CopyRows } from '../../db/admin/copy-rows.js';
import { csvCellExpression } from '../../db/admin/csv-copy-out.js';
import { countWithin, estimatedTableRows, plannedRows } from '../../db/admin/row-counts.js';
import type { ModelDefinition, ModelRelation } from './model-definition.js';

export type RecordRow = Record<string, unknown>;

/** Where a model's rows live: its source's connection and which store that is. */
export interface RecordStore {
  db: Kysely<unknown>;
  dialect: DialectName;
  schema?: string | undefined;
  /** One connection for a long write, with COPY where the store has it (see AdminConnection). */
  session<T>(work: (db: Kysely<unknown>, copy: CopyRows | undefined) => Promise<T>): Promise<T>;
  /** Whether `session` hands its work a COPY. */
  copies: boolean;
  /** CSV the database writes itself, where it can (see AdminConnection). */
  csvOut?: ((select: RawBuilder<unknown>) => Readable | undefined) | undefined;
}

export interface RowCount {
  total: number;
  exact: boolean;
}

/** Tables this large, unfiltered, are counted from PostgreSQL's statistics rather than scanned. */
const ESTIMATE_ABOVE = 100_000;
/** How long an exact count of a filtered list may take before the planner's estimate stands in. */
const COUNT_BUDGET_MS = 250;

/** Reads and writes a model's rows; the service has already decided what is allowed and checked the values. */
export class RecordsRepository {
  private target(model: ModelDefinition, store: RecordStore): RawBuilder<unknown> {
    return table(model.table.name, store.schema);
  }

  private columns(model: ModelDefinition): RawBuilder<unknown> {
    return sql.join(model.columns.map((c) => column(c.name)));
  }

  private selectWhere(model: ModelDefinition, store: RecordStore, where: RawBuilder<SqlBool>): RawBuilder<unknown> {
    return sql`select ${this.columns(model)} from ${this.target(model, store)} where ${where}`;
  }

  /** One page in `keys` order: after the cursor's key values when given, else from `offset`. */
  async page(store: RecordStore, model: ModelDefinition, where: RawBuilder<SqlBool>, keys: SortKey[], page: { limit: number; offset: number; after?: Bound[] | undefined }): Promise<RecordRow[]> {
    const condition = page.after ? allOf([where, afterKeys(keys, page.after)]) : where;
    const offset = page.after ? sql`` : sql` offset ${page.offset}`;
    const query = sql<RecordRow>`${this.selectWhere(model, store, condition)} order by ${orderBy(keys)} limit ${page.limit}${offset}`;
    return (await query.execute(store.db)).rows;
  }

  /**
   * Rows matching `where`: exact when cheap; on PostgreSQL, for a large table, its statistics when
   * unfiltered and the planner's estimate when the filter would need the whole table read, or
   * when an exact count runs past its budget.
   */
  async count(store: RecordStore, model: ModelDefinition, where: RawBuilder<SqlBool>, filtered: boolean): Promise<RowCount> {
    const estimate = await estimatedTableRows(store.db, store.dialect, model.table.name, store.schema);
    const large = estimate !== undefined && estimate > ESTIMATE_ABOVE;
    if (!filtered && large) return { total: estimate, exact: false };
    const query = sql`select 1 from ${this.target(model, store)} where ${where}`;
    if (large) {
      // A filter no index answers (a substring search, say) would be counted by reading the whole
      // table on every page; the planner's estimate stands in at once.
      const planned = await plannedRows(store.db, query);
      if (planned.readsWholeTable) return { total: planned.rows, exact: false };
    }
    const exact = await countWithin(store.db, store.dialect, query, COUNT_BUDGET_MS);
    if (exact !== undefined) return { total: exact, exact: true };
    return { total: (await plannedRows(store.db, query)).rows, exact: false };
  }

  async findOne(store: RecordStore, model: ModelDefinition, where: RawBuilder<SqlBool>): Promise<RecordRow | undefined> {
    return (await sql<RecordRow>`${this.selectWhere(model, store, where)} limit 1`.execute(store.db)).rows[0];
  }

  async insert(db: Kysely<unknown>, store: RecordStore, model: ModelDefinition, values: RecordRow): Promise<RecordRow> {
    const names = Object.keys(values);
    const insert = names.length === 0
      ? sql`insert into ${this.target(model, store)} default values`
      : sql`insert into ${this.target(model, store)} (${sql.join(names.map(column))}) values (${sql.join(names.map((n) => sql`${values[n] as Bound}`))})`;
    const result = await sql<RecordRow>`${insert} returning ${this.columns(model)}`.execute(db);
    return result.rows[0] as RecordRow;
  }

  /** Rows that all set the same columns, in one statement. */
  async insertMany(db: Kysely<unknown>, store: RecordStore, model: ModelDefinition, rows: RecordRow[]): Promise<void> {
    const names = Object.keys(rows[0] ?? {});
    if (rows.length === 0) return;
    if (names.length === 0) {
      for (const _row of rows) await sql`insert into ${this.target(model, store)} default values`.execute(db);
      return;
    }
    const tuples = rows.map((row) => sql`(${sql.join(names.map((n) => sql`${row[n] as Bound}`))})`);
    await sql`insert into ${this.target(model, store)} (${sql.join(names.map(column))}) values ${sql.join(tuples)}`.execute(db);
  }

  async update(db: Kysely<unknown>, store: RecordStore, model: ModelDefinition, where: RawBuilder<SqlBool>, values: RecordRow): Promise<RecordRow[]> {
    const names = Object.keys(values);
    if (names.length === 0) return (await sql<RecordRow>`${this.selectWhere(model, store, where)}`.execute(db)).rows;
    const assignments = sql.join(names.map((n) => sql`${column(n)} = ${values[n] as Bound}`));
    const result = await sql<RecordRow>`update ${this.target(model, store)} set ${assignments} where ${where} returning ${this.columns(model)}`.execute(db);
    return result.rows;
  }

  async delete(db: Kysely<unknown>, store: RecordStore, model: ModelDefinition, where: RawBuilder<SqlBool>): Promise<number> {
    const result = await sql`delete from ${this.target(model, store)} where ${where}`.execute(db);
    return Number(result.numAffectedRows ?? 0);
  }

  /** Primary keys of the rows matching `where`, for bulk actions over "all matching". */
  async keys(db: Kysely<unknown>, store: RecordStore, model: ModelDefinition, where: RawBuilder<SqlBool>, limit: number): Promise<RecordRow[]> {
    const keys = sql.join(model.primaryKey.map(column));
    return (await sql<RecordRow>`select ${keys} from ${this.target(model, store)} where ${where} limit ${limit}`.execute(db)).rows;
  }

  /** Labels of the records `values` refer to through `relation`: one query for a whole page. */
  async labels(store: RecordStore, target: ModelDefinition, relation: ModelRelation, values: Bound[], scope: RawBuilder<SqlBool>): Promise<Map<string, string>> {
    if (!relation.labelColumn || values.length === 0) return new Map();
    const key = column(relation.referencedColumn);
    const result = await sql<{ key: unknown; label: unknown }>`
      select ${key} as key, ${column(relation.labelColumn)} as label from ${this.target(target, store)}
      where ${key} in (${sql.join(values.map((v) => sql`${v}`))}) and ${scope}`.execute(store.db);
    return new Map(result.rows.map((r) => [String(r.key), r.label === null ? '' : String(r.label)]));
  }

  /** Records of `target` whose label contains `q`, for a relation picker: `{id, label}` by label. */
  async pick(store: RecordStore, target: ModelDefinition, keyColumn: string, labelColumn: string, q: string, limit: number, scope: RawBuilder<SqlBool>): Promise<{ rows: { id: unknown; label: unknown }[]; total: number }> {
    const where = q ? allOf([scope, textMatch(labelColumn, q, 'contains', store.dialect)]) : scope;
    const from = sql`from ${this.target(target, store)} where ${where}`;
    const rows = await sql<{ id: unknown; label: unknown }>`
      select ${column(keyColumn)} as id, ${column(labelColumn)} as label ${from}
      order by ${column(labelColumn)}, ${column(keyColumn)} limit ${limit}`.execute(store.db);
    const total = await countWithin(store.db, store.dialect, sql`select 1 ${from}`, COUNT_BUDGET_MS);
    return { rows: rows.rows, total: total ?? rows.rows.length };
  }

  /**
   * Every row matching `where` in the order of `keys` as CSV lines (no header) that the database
   * writes in one statement, or undefined where the store cannot: then `batches` serves.
   */
  csvLines(store: RecordStore, model: ModelDefinition, where: RawBuilder<SqlBool>, keys: SortKey[]): Readable | undefined {
    if (!store.csvOut || store.dialect !== 'postgres') return undefined;
    const cells = sql.join(model.columns.map((c) => csvCellExpression(c)));
    // The cells are computed columns named like the table's; the sort is on the table's own values.
    return store.csvOut(sql`select ${cells} from ${this.target(model, store)} as "rows" where ${where} order by ${orderBy(keys, 'rows')}`);
  }

  /**
   * Every row matching `where` in the order of `keys` (which end with the primary key),
   * `batchSize` at a time: each batch is one keyset query, so an export of millions of rows never holds more than a batch.
   */
  async *batches(store: RecordStore, model: ModelDefinition, where: RawBuilder<SqlBool>, keys: SortKey[], batchSize: number): AsyncGenerator<RecordRow[]> {
    let after: Bound[] | undefined;
    for (;;) {
      const rows = await this.page(store, model, where, keys, { limit: batchSize, offset: 0, after });
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < batchSize) return;
      const last = rows[rows.length - 1] as RecordRow;
      after = keys.map((key) => last[key.name] as Bound);
    }
  }
}
