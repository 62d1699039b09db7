import { CSRF_HEADER } from '../../common/auth.js';

/**
 * Post-processing of the generated OpenAPI document, so generated clients get named types:
 * every schema with a `title` (the contracts in `common/contracts/` give one to each request and
 * response shape) moves to `components.schemas` under that title and is referenced with `$ref`.
 * Two different schemas under one title would make one client type lie about the other, so that
 * fails the document instead.
 */

type Json = Record<string, unknown>;

const SCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const;
const SCHEMA_VALUES = ['items', 'additionalProperties', 'not'] as const;
const UNSAFE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

const RESPONSE_TEXT: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No content',
  304: 'Not modified since the ETag given in If-None-Match',
  400: 'Malformed request (unreadable JSON, a bad filter or query)',
  401: 'Not signed in, or the session has ended',
  403: 'Signed in, but the role or the share does not allow this',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state (a duplicate, or a stale version)',
  412: 'If-Match names a version that is no longer current',
  413: 'Request body larger than 1 MiB',
  414: 'URL longer than 8 KiB',
  415: 'Body is not JSON',
  422: 'A field failed validation; `errors` names each one',
  429: 'Too many requests; retry after the time given',
  431: 'Request headers larger than 16 KiB',
};

export function withNamedSchemas(document: Json): Json {
  const doc = structuredClone(document);
  const components = ((doc.components ??= {}) as Json);
  const named = ((components.schemas ??= {}) as Record<string, Json>);
  const seen = new Map<string, string>();
  const sharedResponses: Record<string, Json> = {};

  const hoist = (schema: unknown): unknown => {
    if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
    const node = schema as Json;
    if (typeof node.$ref === 'string') return node;
    const properties = node.properties as Record<string, unknown> | undefined;
    if (properties) for (const key of Object.keys(properties)) properties[key] = hoist(properties[key]);
    for (const key of SCHEMA_LISTS) if (Array.isArray(node[key])) node[key] = (node[key] as unknown[]).map(hoist);
    for (const key of SCHEMA_VALUES) if (node[key] && typeof node[key] === 'object') node[key] = hoist(node[key]);
    const title = node.title;
    if (typeof title !== 'string') return node;
    const text = JSON.stringify(node);
    const before = seen.get(title);
    if (before !== undefined && before !== text) throw new Error(`Two different schemas are both titled "${title}"; give one another title\n${before}\n${text}`);
    seen.set(title, text);
    named[title] = node;
    return { $ref: `#/components/schemas/${title}` };
  };

  for (const operations of Object.values((doc.paths ?? {}) as Record<string, Record<string, Json>>)) {
    for (const [method, operation] of Object.entries(operations)) {
      const content = (operation.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
      for (const media of Object.values(content ?? {})) media.schema = hoist(media.schema);
      const responses = (operation.responses ?? {}) as Record<string, Json>;
      for (const [status, response] of Object.entries(responses)) {
        const standard = response.description === 'Default Response';
        if (standard) response.description = RESPONSE_TEXT[status] ?? 'Response';
        for (const media of Object.values((response.content ?? {}) as Record<string, Json>)) media.schema = hoist(media.schema);
        if (standard && Number(status) >= 400) responses[status] = sharedResponse(status, response);
      }
      for (const parameter of (operation.parameters ?? []) as Json[]) parameter.schema = hoist(parameter.schema);
      if (UNSAFE_METHODS.has(method) && operation.security === undefined) documentCsrfHeader(operation);
    }
  }
  components.schemas = Object.fromEntries(Object.entries(named).sort(([a], [b]) => a.localeCompare(b)));
  components.responses = Object.fromEntries(Object.entries(sharedResponses).sort(([a], [b]) => a.localeCompare(b)));
  return doc;

  /**
   * An error answer every operation of a face words alike (`401` in the detail format, say) is
   * declared once under `components.responses` and referenced, rather than repeated per operation.
   */
  function sharedResponse(status: string, response: Json): Json {
    const schema = (response.content as Record<string, Json> | undefined)?.['application/json']?.schema as Json | undefined;
    const ref = typeof schema?.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
    if (!ref) return response;
    const name = `${ref}${status}`;
    sharedResponses[name] ??= response;
    return { $ref: `#/components/responses/${name}` };
  }
}

/** Cookie sessions must echo the CSRF cookie in a header on every state-changing request. */
function documentCsrfHeader(operation: Json): void {
  const parameters = ((operation.parameters ??= []) as Json[]);
  parameters.push({
    name: CSRF_HEADER,
    in: 'header',
    required: false,
    description: 'With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token.',
    schema: { type: 'string' },
  });
}
