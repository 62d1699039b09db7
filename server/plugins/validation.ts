import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

type BuildValidator = NonNullable<NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildValidator']>;

/** Unknown body and path fields are refused rather than silently dropped; query strings still coerce. */
export const AJV_OPTIONS = { removeAdditional: false, coerceTypes: 'array', allErrors: true } as const;

/**
 * Query strings are where clients and proxies add what no route asked for (cache-busters such as
 * `_=1733000000`, tracking parameters), so unknown query keys are dropped instead of refused: the
 * query schemas keep `additionalProperties: false`, which Ajv's `removeAdditional` turns into removal.
 * Bodies and path parameters keep refusing unknown fields.
 *
 * Only the query string and path, which are text by nature, coerce types. A JSON body already says
 * what type each value is; coercing it would turn `[5, true, null]` into `["5", "true", ""]` for a
 * union that lists string first, or `null` into 0.
 */
export function validatorsStrippingUnknownQueryKeys(): BuildValidator {
  const pool = AjvCompiler();
  return (externalSchemas, serverOptions) => {
    const options = serverOptions as { customOptions?: object } | undefined;
    const strict = pool(externalSchemas, serverOptions);
    const lenient = pool(externalSchemas, { ...options, customOptions: { ...options?.customOptions, removeAdditional: true } } as typeof serverOptions);
    const exact = pool(externalSchemas, { ...options, customOptions: { ...options?.customOptions, coerceTypes: false } } as typeof serverOptions);
    return (route) => (route.httpPart === 'querystring' ? lenient(route) : route.httpPart === 'body' ? exact(route) : strict(route));
  };
}
