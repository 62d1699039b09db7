import type { FastifyInstance } from 'fastify';

/** Longest URL (path and query) a request may have. */
const MAX_URL_BYTES = 8 * 1024;
/** Most a request's header lines, the request line included, may take. */
const MAX_HEADER_BYTES = 16 * 1024;
/**
 * What Node's parser reads before it gives up (its own default is 16 KiB). Raised so that requests
 * a little over the limits above still arrive whole and are answered as what they are, 414 or 431,
 * in the face's format and with the usual headers. Node cannot tell the two apart itself: it sees
 * one header overflow, and only the chunk it failed on, which may hold neither the URL nor the
 * header. Past this size the hand-written answer of `clientErrorHandler` is all there is.
 */
export const NODE_MAX_HEADER_SIZE = 64 * 1024;

const tooLarge = (statusCode: number, message: string) => Object.assign(new Error(message), { statusCode });

export function registerRequestSizeLimits(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const url = request.raw.url ?? '';
    if (url.length > MAX_URL_BYTES) throw tooLarge(414, `The URL is too long (more than ${MAX_URL_BYTES} bytes)`);
    let size = url.length;
    for (const part of request.raw.rawHeaders) size += part.length + 2;
    if (size > MAX_HEADER_BYTES) throw tooLarge(431, `The request headers are too large (more than ${MAX_HEADER_BYTES} bytes)`);
  });
}
