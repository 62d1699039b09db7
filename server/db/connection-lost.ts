/** Node's socket errors and PostgreSQL's connection and shutdown classes (08xxx, 57P01–57P03). */
const LOST_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
/** What node-postgres says when a connection dies under a query or cannot be had in time. */
const LOST_MESSAGES = /Connection terminated|terminating connection|Client has encountered a connection error|timeout exceeded when trying to connect|Connection closed/i;

/**
 * Whether an error means the database could not be reached (a restart, a network cut) rather than
 * that the request was wrong: the request may succeed if sent again shortly.
 */
export function isConnectionLost(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && LOST_CODES.has(code)) || (typeof message === 'string' && LOST_MESSAGES.test(message));
}
