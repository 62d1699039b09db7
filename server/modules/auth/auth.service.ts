import { createHash, randomBytes } from 'node:crypto';
import type { CurrentUser, TokenPair } from '../../../common/contracts/auth.js';
import { impliedRoles, isRole, permissionsOf, type Role } from '../../../common/permissions.js';
import { fromDbBool } from '../../db/metadata-dialect.js';
import type { UserRow } from '../../db/schema.js';
import type { NotificationBus } from '../changes/notification-bus.js';
import type { AuditService } from '../audit/audit.service.js';
import { forbidden, unauthorized } from '../errors/domain-errors.js';
import { newId, nowIso } from '../ids.js';
import type { UsersRepository } from '../users/users.repository.js';
import { normalizeEmail } from '../users/users.service.js';
import type { AccessTokens } from './access-tokens.js';
import type { Actor } from '../access/actor.js';
import { CSRF_REFUSED, type CsrfTokens } from './csrf-tokens.js';
import type { SessionStatus } from './session-status.js';
import type { LoginThrottle } from './login-throttle.js';
import { burnVerification, verifyPassword } from '../users/passwords.js';
import type { RefreshTokensRepository } from '../sessions/refresh-tokens.repository.js';

export interface ClientInfo {
  ip?: string | undefined;
  userAgent?: string | undefined;
}

/** Tokens of a signed-in session, and the CSRF token that cookie-based requests of it must echo. */
export interface SignedIn {
  tokens: TokenPair;
  csrfToken: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function actorOf(user: UserRow, client: ClientInfo, sessionId?: string): Actor {
  return { userId: user.id, email: user.email, tenantId: user.tenant_id, role: user.role as Role, sessionId, ip: client.ip, userAgent: client.userAgent };
}

export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly accessTokens: AccessTokens,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly refreshTtlSeconds: number,
    private readonly sessions: SessionStatus,
    private readonly csrf: CsrfTokens,
    private readonly notifications: NotificationBus,
  ) {}

  async login(input: { email: string; password: string }, client: ClientInfo): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    const address = client.ip ?? 'unknown';
    await this.throttle.assertAllowed(email, address);
    const user = await this.users.findByEmail(email);
    const ok = user ? await verifyPassword(user.password_hash, input.password) : (await burnVerification(input.password), false);
    if (!user || !ok || !fromDbBool(user.is_active)) {
      await this.throttle.recordFailure(email, address);
      const actor: Actor = { userId: user?.id ?? null, email, tenantId: user?.tenant_id ?? '', role: 'viewer', ...client };
      await this.audit.change(actor, async (_trx, record) => {
        record({ action: 'login_failed', model: 'User', recordId: user?.id ?? null, tenantId: user?.tenant_id ?? null, details: { email } });
      });
      throw unauthorized('Invalid email or password');
    }
    await this.throttle.recordSuccess(email);
    return this.audit.change(actorOf(user, client), async (trx, record) => {
      const at = nowIso();
      await this.users.touchLogin(trx, user.id, at);
      // Rotated tokens are kept until they expire (to catch reuse); after that they are dead weight.
      await this.refreshTokens.deleteExpired(trx, at);
      const sessionId = newId('fam');
      const refresh = await this.issueRefresh(trx, user.id, sessionId);
      record({ action: 'login', model: 'User', recordId: user.id, details: {} });
      return this.signedIn(user, refresh, sessionId);
    });
  }

  /**
   * `csrfToken` is given when the refresh token came from a cookie: the request must then carry the
   * CSRF token of that session (null when it carried none).
   */
  async refresh(token: string, client: ClientInfo, csrfToken?: string | null): Promise<SignedIn> {
    const row = await this.refreshTokens.findByHash(hashToken(token));
    if (row && csrfToken !== undefined) this.assertCsrf(row.family_id, csrfToken);
    if (!row || row.revoked_at) throw unauthorized('Invalid refresh token');
    const user = await this.users.findById(row.user_id);
    if (!user || !fromDbBool(user.is_active)) throw unauthorized('Invalid refresh token');
    const actor = actorOf(user, client);
    if (row.rotated_at) {
      // A rotated token coming back means it was copied: end the whole session it belongs to.
      await this.revokeFamily(actor, row.family_id, 'refresh_token_reuse');
      throw unauthorized('Refresh token was already used; the session has been revoked');
    }
    if (row.expires_at < nowIso()) throw unauthorized('Refresh token expired');
    const result = await this.audit.change(actor, async (trx, record) => {
      if (!(await this.refreshTokens.markRotated(trx, row.id, nowIso()))) {
        // Another request rotated this token a moment ago: the same copy was used twice.
        await this.refreshTokens.revokeFamily(trx, row.family_id, nowIso());
        record({ action: 'refresh_token_reuse', model: 'User', recordId: user.id, details: { family: row.family_id } });
        return undefined;
      }
      const refresh = await this.issueRefresh(trx, user.id, row.family_id);
      record({ action: 'token_refresh', model: 'User', recordId: user.id, details: {} });
      return this.signedIn(user, refresh, row.family_id);
    });
    if (!result) await this.sessionEnded(row.family_id);
    if (!result) throw unauthorized('Refresh token was already used; the session has been revoked');
    return result;
  }

  /**
   * Ends the session of the refresh token, or else of the access token the request came with, so
   * neither token of it works afterwards. `csrfToken` as for refresh().
   */
  async logout(refreshToken: string | undefined, actor: Actor | undefined, client: ClientInfo, csrfToken?: string | null): Promise<void> {
    const row = refreshToken ? await this.refreshTokens.findByHash(hashToken(refreshToken)) : undefined;
    if (row && csrfToken !== undefined) this.assertCsrf(row.family_id, csrfToken);
    const owner = row ? await this.users.findById(row.user_id) : undefined;
    const who = actor ?? (owner ? actorOf(owner, client) : undefined);
    if (!who) return;
    const sessionId = row?.family_id ?? actor?.sessionId;
    await this.audit.change(who, async (trx, record) => {
      if (sessionId) await this.refreshTokens.revokeFamily(trx, sessionId, nowIso());
      record({ action: 'logout', model: 'User', recordId: who.userId, details: {} });
    });
    if (sessionId) await this.sessionEnded(sessionId);
  }

  /** Cookie-authenticated writes echo a CSRF token, which must be the one signed for their session. */
  assertCsrf(sessionId: string | undefined, token: string | null): void {
    if (!sessionId || !token || !this.csrf.verify(sessionId, token)) throw forbidden(CSRF_REFUSED);
  }

  /** Resolves a bearer token to the current state of its user, so deactivation and role changes apply at once. */
  async authenticate(accessToken: string, client: ClientInfo): Promise<Actor> {
    const claims = await this.accessTokens.verify(accessToken);
    if (!(await this.sessions.isLive(claims.sid))) throw unauthorized('This session has ended; sign in again');
    const user = await this.users.findById(claims.sub);
    if (!user || !fromDbBool(user.is_active)) throw unauthorized('This account is no longer active');
    return actorOf(user, client, claims.sid);
  }

  async me(actor: Actor): Promise<CurrentUser> {
    if (!actor.userId) throw unauthorized();
    const user = await this.users.findById(actor.userId);
    if (!user) throw unauthorized();
    const role = isRole(user.role) ? user.role : 'viewer';
    return { id: user.id, email: user.email, name: user.name, tenant_id: user.tenant_id, roles: impliedRoles(role), permissions: [...permissionsOf(role)] };
  }

  private async revokeFamily(actor: Actor, familyId: string, action: string): Promise<void> {
    await this.audit.change(actor, async (trx, record) => {
      await this.refreshTokens.revokeFamily(trx, familyId, nowIso());
      record({ action, model: 'User', recordId: actor.userId, details: { family: familyId } });
    });
    await this.sessionEnded(familyId);
  }

  /** Refuses the session's access tokens here at once, and on the other instances once they hear of it. */
  private async sessionEnded(sessionId: string): Promise<void> {
    this.sessions.markEnded(sessionId);
    await this.notifications.publish('sessionEnded', { sessionId });
  }

  private async issueRefresh(trx: Parameters<RefreshTokensRepository['insert']>[0], userId: string, familyId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const created = new Date();
    await this.refreshTokens.insert(trx, {
      id: newId('rt'),
      token_hash: hashToken(token),
      user_id: userId,
      family_id: familyId,
      created_at: created.toISOString(),
      expires_at: new Date(created.getTime() + this.refreshTtlSeconds * 1000).toISOString(),
      rotated_at: null,
      revoked_at: null,
    });
    return token;
  }

  private async signedIn(user: UserRow, refreshToken: string, sessionId: string): Promise<SignedIn> {
    const accessToken = await this.accessTokens.sign({ sub: user.id, tid: user.tenant_id, role: user.role, sid: sessionId });
    return {
      tokens: { access_token: accessToken, refresh_token: refreshToken, token_type: 'bearer', expires_in: this.accessTokens.ttlSeconds },
      csrfToken: this.csrf.issue(sessionId),
    };
  }
}
