import { createHash, randomBytes } from 'node:crypto';
import type { TokenPair, CurrentUser } from '../../../common/auth.js';
import { impliedRoles, isRole, permissionsOf, type Role } from '../../../common/permissions.js';
import { fromDbBool } from '../../db/dialect.js';
import type { UserRow } from '../../db/schema.js';
import type { AuditService } from '../audit/audit.service.js';
import { unauthorized } from '../errors/domain-errors.js';
import { newId, nowIso } from '../ids.js';
import type { UsersRepository } from '../users/users.repository.js';
import { normalizeEmail } from '../users/users.service.js';
import type { AccessTokens } from './access-tokens.js';
import type { Actor } from './actor.js';
import type { LoginThrottle } from './login-throttle.js';
import { burnVerification, verifyPassword } from './passwords.js';
import type { RefreshTokensRepository } from './refresh-tokens.repository.js';

export interface ClientInfo {
  ip?: string | undefined;
  userAgent?: string | undefined;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function actorOf(user: UserRow, client: ClientInfo): Actor {
  return { userId: user.id, email: user.email, tenantId: user.tenant_id, role: user.role as Role, ip: client.ip, userAgent: client.userAgent };
}

export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly accessTokens: AccessTokens,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly refreshTtlSeconds: number,
  ) {}

  async login(input: { email: string; password: string }, client: ClientInfo): Promise<TokenPair> {
    const email = normalizeEmail(input.email);
    const address = client.ip ?? 'unknown';
    this.throttle.assertAllowed(email, address);
    const user = await this.users.findByEmail(email);
    const ok = user ? await verifyPassword(user.password_hash, input.password) : (await burnVerification(input.password), false);
    if (!user || !ok || !fromDbBool(user.is_active)) {
      this.throttle.recordFailure(email, address);
      const actor: Actor = { userId: user?.id ?? null, email, tenantId: user?.tenant_id ?? '', role: 'viewer', ...client };
      await this.audit.change(actor, async (_trx, record) => {
        record({ action: 'login_failed', model: 'User', recordId: user?.id ?? null, tenantId: user?.tenant_id ?? null, details: { email } });
      });
      throw unauthorized('Invalid email or password');
    }
    this.throttle.recordSuccess(email);
    return this.audit.change(actorOf(user, client), async (trx, record) => {
      const at = nowIso();
      await this.users.touchLogin(trx, user.id, at);
      // Rotated tokens are kept until they expire (to catch reuse); after that they are dead weight.
      await this.refreshTokens.deleteExpired(trx, at);
      const refresh = await this.issueRefresh(trx, user.id, newId('fam'));
      record({ action: 'login', model: 'User', recordId: user.id, details: {} });
      return this.pair(user, refresh);
    });
  }

  async refresh(token: string, client: ClientInfo): Promise<TokenPair> {
    const row = await this.refreshTokens.findByHash(hashToken(token));
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
      return this.pair(user, refresh);
    });
    if (!result) throw unauthorized('Refresh token was already used; the session has been revoked');
    return result;
  }

  /** Ends the session a refresh token belongs to; with no usable token it only records the logout. */
  async logout(refreshToken: string | undefined, actor: Actor | undefined, client: ClientInfo): Promise<void> {
    const row = refreshToken ? await this.refreshTokens.findByHash(hashToken(refreshToken)) : undefined;
    const owner = row ? await this.users.findById(row.user_id) : undefined;
    const who = actor ?? (owner ? actorOf(owner, client) : undefined);
    if (!who) return;
    await this.audit.change(who, async (trx, record) => {
      if (row) await this.refreshTokens.revokeFamily(trx, row.family_id, nowIso());
      record({ action: 'logout', model: 'User', recordId: who.userId, details: {} });
    });
  }

  /** Resolves a bearer token to the current state of its user, so deactivation and role changes apply at once. */
  async authenticate(accessToken: string, client: ClientInfo): Promise<Actor> {
    const claims = await this.accessTokens.verify(accessToken);
    const user = await this.users.findById(claims.sub);
    if (!user || !fromDbBool(user.is_active)) throw unauthorized('This account is no longer active');
    return actorOf(user, client);
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

  private async pair(user: UserRow, refreshToken: string): Promise<TokenPair> {
    const accessToken = await this.accessTokens.sign({ sub: user.id, tid: user.tenant_id, role: user.role });
    return { access_token: accessToken, refresh_token: refreshToken, token_type: 'bearer', expires_in: this.accessTokens.ttlSeconds };
  }
}
