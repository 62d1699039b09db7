import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid, type FieldError } from '../modules/errors/domain-errors.js';

/**
 * Values no route can use, refused once for every route after validation and before any handler:
 *
 * - the NUL character: PostgreSQL refuses it in text, so a NUL reaching a query is a server error;
 * - numbers that are not finite: the validator coerces `?limit=1e309` and JSON.parse reads a body's
 *   `1e309` as Infinity, and Ajv then skips `minimum`/`maximum` for it, so bounds alone do not hold.
 */
const MAX_DEPTH = 64;

function pathOf(parent: string, key: string | number): string {
  return parent ? `${parent}.${key}` : String(key);
}

function findBadValue(value: unknown, path: string, depth = 0): FieldError | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? { field: path, message: 'must not contain the NUL character' } : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { field: path, message: 'must be a finite number' };
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH || Buffer.isBuffer(value)) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBadValue(value[i], pathOf(path, i), depth + 1);
      if (bad) return bad;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return { field: path || 'request', message: 'must not have a field name with the NUL character' };
    const bad = findBadValue(item, pathOf(path, key), depth + 1);
    if (bad) return bad;
  }
  return undefined;
}

export function badInputOf(request: Pick<FastifyRequest, 'params' | 'query' | 'body'>): FieldError | undefined {
  return findBadValue(request.params, '') ?? findBadValue(request.query, '') ?? findBadValue(request.body, '');
}

/** preHandler: after authentication (401 first) and schema validation, before any handler reaches the database. */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    const bad = badInputOf(request);
    if (bad) throw invalid(`Validation failed: ${bad.field} ${bad.message}`, [bad]);
  });
}
