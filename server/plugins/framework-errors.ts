import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { formatForUrl, replyWithProblem, type FaceFormat } from './errors.js';

/**
 * Errors raised before a route is known: Fastify's router (a malformed `%` escape, a path
 * parameter over `maxParamLength`) and Node's HTTP parser (a request line or headers over
 * `maxHeaderSize`, a garbled request). Each still answers in the error format of the face its
 * URL belongs to.
 */
export function frameworkErrorHandler(faces: FaceFormat[]) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => replyWithProblem(error, request, reply, formatForUrl(request.url, faces));
}

/** The request line, as far as Node read it before giving up (Node hands over the bytes as a Buffer). */
function requestLineOf(rawPacket: unknown): { line: string; complete: boolean } {
  const head = Buffer.isBuffer(rawPacket) ? rawPacket.subarray(0, 64 * 1024).toString('latin1') : '';
  const end = head.indexOf('\r\n');
  return end === -1 ? { line: head, complete: false } : { line: head.slice(0, end), complete: true };
}

// Node counts the request line toward its header size limit and reports both as a header overflow.
// A request line that alone takes most of the limit is answered as what it is: a URI too long.
const LONG_REQUEST_LINE = 8 * 1024;

function problemOf(error: { code?: string }, requestLine: { line: string; complete: boolean }) {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, message: 'The request took too long to arrive', code: 'REQUEST_TIMEOUT' };
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    if (!requestLine.complete || requestLine.line.length > LONG_REQUEST_LINE) return { status: 414, message: 'The URL is too long', code: 'URI_TOO_LONG' };
    return { status: 431, message: 'The request headers are too large', code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' };
  }
  return { status: 400, message: 'The request is not valid HTTP', code: 'BAD_REQUEST' };
}

/**
 * Fastify's `clientErrorHandler`: Node's parser failed, so there is no request object, only the
 * socket and the bytes read so far. The response is written by hand and the connection closed.
 */
export function clientErrorHandler(faces: FaceFormat[]) {
  const answered = new WeakSet<Socket>();
  return (error: { code?: string; rawPacket?: unknown }, socket: Socket) => {
    // The parser reports again for every later chunk; one answer per connection.
    if (error.code === 'ECONNRESET' || socket.destroyed || answered.has(socket)) return;
    answered.add(socket);
    const requestLine = requestLineOf(error.rawPacket);
    const target = /^[A-Z]+ (\S+)/.exec(requestLine.line)?.[1] ?? '/';
    const problem = problemOf(error, requestLine);
    const body = JSON.stringify(formatForUrl(target, faces)(problem));
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    }
    // Closing at once would throw away unread bytes with a TCP reset, which can destroy the answer
    // before the client reads it; close our side, let the client finish, and cut it off after a while.
    socket.end();
    socket.resume();
    setTimeout(() => socket.destroy(), 5_000).unref();
  };
}
