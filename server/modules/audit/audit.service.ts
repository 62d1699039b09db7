import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { nowIso } from '../ids.js';
import { assertCan, canReachTenant, type Actor } from '../access/actor.js';
import type { AuditRepository } from './audit.repository.js';

export interface AuditEntryInput {
  action: string;
  model: string | null;
  recordId: string | number | null;
  details?: Record<string, unknown>;
  /** Defaults to the actor's tenant; set when the change lands in another tenant. */
  tenantId?: string | null;
}

export interface AuditEntry {
  id: number;
  action: string;
  model: string | null;
  record_id: string | null;
  timestamp: string;
  user: string | null;
  user_id: string | null;
  tenant_id: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  user_agent: string | null;
}

export type AuditRecorder = (entry: AuditEntryInput) => void;

/**
 * The only way to write to the metadata store: a change and the audit entries describing it
 * commit or roll back together, and a change that records nothing is refused.
 */
export class AuditService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repository: AuditRepository,
  ) {}

  async change<T>(actor: Actor, work: (trx: Kysely<DB>, audit: AuditRecorder) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      const entries: AuditEntryInput[] = [];
      const result = await work(trx, (entry) => entries.push(entry));
      if (entries.length === 0) throw new Error('A change must record an audit entry');
      const timestamp = nowIso();
      await this.repository.insertMany(
        trx,
        entries.map((e) => ({
          tenant_id: e.tenantId === undefined ? actor.tenantId : e.tenantId,
          action: e.action,
          model: e.model,
          record_id: e.recordId === null ? null : String(e.recordId),
          timestamp,
          user_id: actor.userId,
          user_email: actor.email,
          details: JSON.stringify(e.details ?? {}),
          ip: actor.ip ?? null,
          user_agent: actor.userAgent ?? null,
        })),
      );
      return result;
    });
  }

  async list(
    actor: Actor,
    query: { limit: number; offset: number; action?: string; model?: string; recordId?: string; tenantId?: string },
  ): Promise<{ items: AuditEntry[]; total: number }> {
    assertCan(actor, 'audit:read');
    const tenantId = query.tenantId && canReachTenant(actor, query.tenantId) ? query.tenantId : actor.tenantId;
    const { rows, total } = await this.repository.list({ ...query, tenantId });
    return {
      total,
      items: rows.map((r) => ({
        id: Number(r.id),
        action: r.action,
        model: r.model,
        record_id: r.record_id,
        timestamp: r.timestamp,
        user: r.user_email,
        user_id: r.user_id,
        tenant_id: r.tenant_id,
        details: JSON.parse(r.details) as Record<string, unknown>,
        ip: r.ip,
        user_agent: r.user_agent,
      })),
    };
  }
}
