import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { unauthorized } from '../errors/domain-errors.js';

const ISSUER = 'tessera';

export interface AccessClaims {
  sub: string;
  tid: string;
  role: string;
  /** The session (refresh-token family) the token was issued to; logging out ends it. */
  sid: string;
}

/** Short-lived HS256 access tokens carrying the user, tenant and role. */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(claims: AccessClaims): Promise<string> {
    return new SignJWT({ tid: claims.tid, role: claims.role, sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<AccessClaims> {
    try {
      // A token without an expiry would be valid forever; without a session it could not be ended.
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER, requiredClaims: ['exp', 'sub', 'sid'] });
      if (typeof payload.sub !== 'string' || typeof payload.tid !== 'string' || typeof payload.role !== 'string' || typeof payload.sid !== 'string') {
        throw unauthorized('Malformed access token');
      }
      return { sub: payload.sub, tid: payload.tid, role: payload.role, sid: payload.sid };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthorized('Access token expired');
      if (error instanceof joseErrors.JOSEError) throw unauthorized('Invalid access token');
      throw error;
    }
  }
}
