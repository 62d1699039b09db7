import type { Insertable, Kysely } from 'kysely';
import type { AuditLogTable, AuditRow, DB } from '../../db/schema.js';

export interface AuditQuery {
  tenantId: string | null;
  limit: number;
  offset: number;
  action?: string | undefined;
  model?: string | undefined;
  recordId?: string | undefined;
  /** Entries at or after this instant (ISO text, as stored). */
  since?: string | undefined;
}

export class AuditRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertMany(executor: Kysely<DB>, rows: Insertable<AuditLogTable>[]): Promise<void> {
    if (rows.length > 0) await executor.insertInto('audit_log').values(rows).execute();
  }

  async list(query: AuditQuery): Promise<{ rows: AuditRow[]; total: number }> {
    let base = this.db.selectFrom('audit_log');
    if (query.tenantId !== null) base = base.where('tenant_id', '=', query.tenantId);
    if (query.action) base = base.where('action', '=', query.action);
    if (query.model) base = base.where('model', '=', query.model);
    if (query.recordId) base = base.where('record_id', '=', query.recordId);
    if (query.since) base = base.where('timestamp', '>=', query.since);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('timestamp', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
      base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  }
}
