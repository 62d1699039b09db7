import { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

/**
 * Some answers go out before the request body has arrived: 413 for a body over the limit, 415 for
 * a media type no parser takes. Fastify then asks Node to close the connection, and Node destroys
 * the socket as soon as the answer is written, while the client is still sending. The unread bytes
 * make the kernel reset the connection, and many clients report that reset instead of the answer.
 *
 * So the connection is kept instead: Node reads the rest of the body and throws it away, after
 * which the connection serves the next request as usual. A client that keeps sending for longer
 * than `graceMs` is cut off; by then it has had the answer for that long.
 */
export function registerUnreadBodyDrain(app: FastifyInstance, options: { graceMs: number } = { graceMs: 10_000 }): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.raw.complete && reply.getHeader('connection') === 'close') reply.removeHeader('connection');
    return payload;
  });
  app.addHook('onResponse', async (request) => {
    const body = request.raw;
    // Injected requests (tests) have no socket to keep.
    if (body.complete || !(body.socket instanceof Socket) || body.socket.destroyed) return;
    const cutOff = setTimeout(() => body.socket.destroy(), options.graceMs);
    cutOff.unref();
    body.once('end', () => clearTimeout(cutOff));
    body.once('close', () => clearTimeout(cutOff));
    // Node already discards what nobody reads; this makes sure the body keeps flowing.
    body.resume();
  });
}
