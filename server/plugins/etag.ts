import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { badRequest } from '../modules/errors/domain-errors.js';
import type { HttpProblem } from './errors.js';

/**
 * Dashboards are versioned; their ETag names the version, so `If-Match` names the version a change
 * is based on. A body that embeds more than the dashboard (the analytics face computes widget data
 * into it) carries a digest of the body after the version, `"3-<digest>"`, so two different bodies
 * never share a tag and `If-None-Match` cannot answer 304 for data that moved on.
 */
const digestedReplies = new WeakSet<FastifyReply>();
const ifMatchRequests = new WeakSet<FastifyRequest>();

export function sendVersionTag(reply: FastifyReply, version: number): void {
  reply.header('etag', `"${version}"`);
}

/** The version tag plus a digest of the body as sent (added when the body is serialized). */
export function sendContentTag(reply: FastifyReply, version: number): void {
  sendVersionTag(reply, version);
  digestedReplies.add(reply);
}

/** The version named by `If-Match` (`"3"`, `W/"3"`, or a content tag `"3-<digest>"`); undefined when absent or `*`. */
export function ifMatchVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  // The digest of a content tag is about the embedded data, which a change does not touch: the version decides.
  const match = /^\s*(?:W\/)?"(\d{1,9})(?:-[A-Za-z0-9_-]{1,64})?"\s*$/.exec(header);
  if (!match) throw badRequest('If-Match must be the ETag of the dashboard, like "3"');
  ifMatchRequests.add(request);
  return Number(match[1]);
}

/** A body `version` wins over `If-Match`; with neither, the change applies to whatever is current. */
export function basedOnVersion(request: FastifyRequest, bodyVersion: number | undefined): number | undefined {
  return bodyVersion ?? ifMatchVersion(request);
}

/**
 * A stale version named by `If-Match` is a failed precondition (RFC 9110: 412); the same stale
 * version sent in the body stays a 409 conflict. Either way the current state travels along.
 */
export function asPreconditionFailure(request: FastifyRequest, problem: HttpProblem): HttpProblem {
  if (problem.status !== 409 || problem.code !== 'VERSION_CONFLICT' || !ifMatchRequests.has(request)) return problem;
  return { ...problem, status: 412 };
}

function digestOf(body: string | Buffer): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 22);
}

/** Weak comparison (RFC 9110 §13.1.2): `W/` is ignored, any listed tag or `*` matches. */
function noneMatchHits(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

/**
 * Completes content tags once the body is serialized, and answers a GET or HEAD whose
 * `If-None-Match` names the current tag with 304 and no body. Registered before compression,
 * so the digest is of the JSON itself.
 */
export function registerConditionalRequests(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    let etag = reply.getHeader('etag');
    if (typeof etag !== 'string') return payload;
    if (digestedReplies.has(reply) && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      etag = `${etag.slice(0, -1)}-${digestOf(payload)}"`;
      reply.header('etag', etag);
    }
    const noneMatch = request.headers['if-none-match'];
    const safe = request.method === 'GET' || request.method === 'HEAD';
    if (!safe || reply.statusCode !== 200 || noneMatch === undefined || !noneMatchHits(noneMatch, etag)) return payload;
    reply.code(304);
    reply.removeHeader('content-type');
    reply.removeHeader('content-length');
    return null;
  });
}
