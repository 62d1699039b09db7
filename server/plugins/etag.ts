import type { FastifyReply, FastifyRequest } from 'fastify';
import { badRequest } from '../modules/errors/domain-errors.js';

/** Dashboards are versioned; their ETag is the version, so `If-Match` names the version a change is based on. */
export function sendVersionTag(reply: FastifyReply, version: number): void {
  reply.header('etag', `"${version}"`);
}

/** The version named by `If-Match` (`"3"` or `W/"3"`); undefined when absent or `*`. */
export function ifMatchVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match) throw badRequest('If-Match must be the ETag of the dashboard, like "3"');
  return Number(match[1]);
}

/** A body `version` wins over `If-Match`; with neither, the change applies to whatever is current. */
export function basedOnVersion(request: FastifyRequest, bodyVersion: number | undefined): number | undefined {
  return bodyVersion ?? ifMatchVersion(request);
}
