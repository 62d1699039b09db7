import { isUniqueViolation } from '../../db/metadata-dialect.js';
import type { DomainError } from './domain-errors.js';

/**
 * Runs a write whose uniqueness the database guards (a name, an email). Checking first cannot
 * beat a concurrent writer; the unique index does, and its violation, however the driver words
 * it, becomes the caller's conflict here, in the one place that knows what such a violation looks like.
 */
export async function refusingDuplicates<T>(work: () => Promise<T>, duplicate: () => DomainError): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}
