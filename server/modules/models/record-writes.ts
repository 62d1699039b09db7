import type { Kysely } from 'kysely';
import { constraintViolation } from '../../db/admin/constraint-violations.js';
import type { Actor } from '../access/actor.js';
import type { AuditEntryInput, AuditService } from '../audit/audit.service.js';
import { conflict, DomainError, invalid } from '../errors/domain-errors.js';
import type { RecordStore } from './records.repository.js';

/**
 * Runs a write on a model's source in one transaction and records it in the audit log before
 * that transaction commits, so a write the log cannot record is rolled back. (The two are
 * different databases; only the source's own commit can still fail after the entry is written.)
 * The database's refusals become the caller's errors: a duplicate key is a 409, a row still
 * referred to cannot be deleted (409), any other broken rule is a 422 naming its column.
 */
export async function auditedWrite<T>(
  store: RecordStore,
  audit: AuditService,
  actor: Actor,
  work: (trx: Kysely<unknown>, record: (entry: AuditEntryInput) => void) => Promise<T>,
  context: { deleting?: boolean; columns?: readonly string[] } = {},
): Promise<T> {
  try {
    return await store.db.transaction().execute(async (trx) => {
      const entries: AuditEntryInput[] = [];
      const result = await work(trx, (entry) => entries.push(entry));
      if (entries.length > 0) await audit.change(actor, async (_metadata, record) => entries.forEach(record));
      return result;
    });
  } catch (error) {
    throw asDomainError(error, store, context);
  }
}

export function asDomainError(error: unknown, store: Pick<RecordStore, 'dialect'>, context: { deleting?: boolean; columns?: readonly string[] } = {}): unknown {
  if (error instanceof DomainError) return error;
  const violation = constraintViolation(error, store.dialect, context.columns);
  if (!violation) return error;
  const field = violation.column ?? '';
  if (violation.rule === 'unique') {
    return new DomainError('conflict', field ? `${field}: ${violation.message}` : violation.message, 'CONFLICT', { fields: [{ field, message: violation.message }] });
  }
  if (violation.rule === 'foreign_key' && (context.deleting || !violation.column)) {
    return context.deleting ? conflict('The record is still referred to by other records') : invalid(`Invalid reference: ${violation.message}`, [{ field, message: violation.message }]);
  }
  return invalid(field ? `${field}: ${violation.message}` : violation.message, [{ field, message: violation.message }]);
}
