import { Type } from 'typebox';

/** The `{detail, status_code}` error body (seed 001), as documented in OpenAPI. */
export const DetailError = Type.Object(
  {
    detail: Type.String(),
    status_code: Type.Integer(),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    current: Type.Optional(Type.Unknown({ description: 'On a version conflict (409): the record as it is now' })),
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

export const Pagination = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
};

export function page<T extends Parameters<typeof Type.Array>[0]>(item: T, title: string) {
  return Type.Object({ items: Type.Array(item), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() }, { title });
}

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
