import type { FastifyInstance, RouteOptions } from 'fastify';
import { Type, type TSchema } from 'typebox';

/** What the reference says about one operation beyond its schemas. */
export interface OperationDoc {
  /** Unique across the whole document; generated clients name their methods after it. */
  id: string;
  tag: string;
  description: string;
  /** Statuses the route gives besides the ones every route of its kind gives (see `standardErrors`). */
  errors?: readonly number[];
  /** The answer carries an ETag, and a matching `If-None-Match` gets 304 with no body. */
  conditional?: boolean;
}

/** Operation docs of one face, keyed by `METHOD /path` as the face declares the route. */
export type OperationDocs = Readonly<Record<string, OperationDoc>>;

/** The schemas a face writes its errors with. */
export interface FaceErrorSchemas {
  error: TSchema;
  rateLimited: TSchema;
}

/**
 * Statuses any route of a kind can give because of the request pipeline it runs through
 * (`app.ts`): every API route may be refused for URL or header size and for the rate limit; a
 * route behind authentication for the session (401) and the role (403); a route with a body for
 * unreadable JSON (400), size (413), content type (415) and validation (422); a route with
 * parameters for validation, and for naming nothing (404).
 */
export function standardErrors(route: Pick<RouteOptions, 'method' | 'schema' | 'config'>): number[] {
  const schema = (route.schema ?? {}) as { body?: unknown; params?: unknown; querystring?: unknown };
  const isPublic = (route.config as { public?: boolean } | undefined)?.public === true;
  const statuses = [414, 429, 431];
  if (!isPublic) statuses.push(401, 403);
  if (schema.body) statuses.push(400, 413, 415, 422);
  if (schema.params) statuses.push(404, 422);
  if (schema.querystring) statuses.push(422);
  return statuses;
}

/**
 * Gives each route of a face its operationId, tag, description and the errors it really returns,
 * from the face's table. A route missing from the table stops the app from starting, so no
 * operation reaches the document undescribed.
 */
export function describeOperations(app: FastifyInstance, docs: OperationDocs, schemas: FaceErrorSchemas): void {
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat().filter((m) => m !== 'HEAD');
    if (methods.length === 0 || (route.schema as { hide?: boolean } | undefined)?.hide) return;
    const key = `${methods.join(',')} ${route.routePath}`;
    const doc = docs[key];
    if (!doc) throw new Error(`No operation doc for ${key}: add it to the face's operations table`);
    const schema = (route.schema ??= {}) as Record<string, unknown>;
    const response = ((schema.response ??= {}) as Record<string, unknown>);
    for (const status of [...standardErrors(route), ...(doc.errors ?? [])]) {
      response[status] ??= status === 429 ? schemas.rateLimited : schemas.error;
    }
    if (doc.conditional) response[304] ??= Type.Null();
    Object.assign(schema, { operationId: doc.id, tags: [doc.tag], description: doc.description });
  });
}
