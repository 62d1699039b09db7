import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a cookie-authenticated write without the right CSRF token is told, wherever it is caught. */
export const CSRF_REFUSED = 'Missing or wrong CSRF token: send the tessera_csrf cookie value in the X-CSRF-Token header';

/**
 * Signed double-submit CSRF tokens: `<nonce>.<HMAC(session id, nonce)>`. A plain random cookie
 * can be planted by whoever can set a cookie for the site (a sibling subdomain, a network
 * attacker on http); a token signed for this session cannot be made up without the server's key.
 */
export class CsrfTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    // A key of its own, so a CSRF token can never double as anything signed with the JWT secret.
    this.key = createHmac('sha256', secret).update('tessera-csrf-v1').digest();
  }

  issue(sessionId: string): string {
    const nonce = randomBytes(18).toString('base64url');
    return `${nonce}.${this.sign(sessionId, nonce)}`;
  }

  verify(sessionId: string, token: string): boolean {
    const [nonce, signature, extra] = token.split('.');
    if (!nonce || !signature || extra !== undefined) return false;
    const expected = Buffer.from(this.sign(sessionId, nonce));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private sign(sessionId: string, nonce: string): string {
    return createHmac('sha256', this.key).update(`${sessionId}!${nonce}`).digest('base64url');
  }
}
