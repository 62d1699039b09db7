import { Type } from 'typebox';

/** The `{detail, status_code}` error body (seed 001), as documented in OpenAPI. */
export const DetailError = Type.Object(
  {
    detail: Type.String(),
    status_code: Type.Integer(),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    current: Type.Optional(Type.Unknown({ description: 'On a version conflict (409): the record as it is now' })),
    line: Type.Optional(Type.Integer({ minimum: 1, description: 'A failed query (400 QUERY_FAILED): the line of the SQL the database placed its error on, when it said' })),
    column: Type.Optional(Type.Integer({ minimum: 1, description: 'A failed query: the column on that line, when the database said' })),
  },
  { $id: 'DetailError', title: 'Error' },
);

export const RateLimited = Type.Object(
  { error: Type.Literal('Too Many Requests'), retry_after: Type.Integer(), detail: Type.String(), status_code: Type.Literal(429) },
  { title: 'RateLimited' },
);

/** Error responses every authenticated route of the detail-format faces can give. */
export function detailErrors(...statuses: number[]) {
  const out: Record<number, unknown> = { 401: DetailError, 403: DetailError, 422: DetailError, 429: RateLimited };
  for (const s of statuses) out[s] = DetailError;
  return out;
}

/**
 * Bounds for numbers that only count or name things. Every number a request carries is bounded:
 * past them, SQLite and PostgreSQL refuse the value (a server error) or it stops being exact.
 */
export const MAX_OFFSET = 2_147_483_647;
export const MAX_VERSION = 2_147_483_647;
/** Values compared with data (filter values, query parameters): as far as a double is still exact. */
export const MAX_DATA_NUMBER = Number.MAX_SAFE_INTEGER;

export const Offset = Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 });
export const DataNumber = Type.Number({ minimum: -MAX_DATA_NUMBER, maximum: MAX_DATA_NUMBER });

export const Pagination = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  offset: Type.Optional(Offset),
};

export function page<T extends Parameters<typeof Type.Array>[0]>(item: T, title: string) {
  return Type.Object({ items: Type.Array(item), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() }, { title });
}

/** An id in a path: ids are at most 64 characters. */
export const PathId = Type.String({ minLength: 1, maxLength: 64 });
export const IdParams = Type.Object({ id: PathId });
export const PageQuery = Type.Object(Pagination, { additionalProperties: false });
/** The empty body of a 204. */
export const NoContent = Type.Null({ description: 'No content' });
