import type { RefreshTokensRepository } from '../sessions/refresh-tokens.repository.js';

/** How long a "still signed in" answer is trusted before the store is asked again. */
const LIVE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/**
 * Whether the session (refresh-token family) an access token belongs to is still signed in. Access
 * tokens are checked on every request, so answers are cached: an ended session is remembered for
 * good (it never comes back), a live one for a few seconds. Ending a session here takes effect at
 * once on this instance; other instances hear of it through the notification bus (forget), and
 * otherwise within LIVE_TTL_MS.
 */
export class SessionStatus {
  private readonly live = new Map<string, number>();
  private readonly ended = new Set<string>();

  constructor(
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly now: () => number = Date.now,
  ) {}

  async isLive(sessionId: string): Promise<boolean> {
    if (this.ended.has(sessionId)) return false;
    const checkedAt = this.live.get(sessionId);
    if (checkedAt !== undefined && this.now() - checkedAt < LIVE_TTL_MS) return true;
    const live = await this.refreshTokens.familyIsLive(sessionId);
    if (live) {
      if (this.live.size >= MAX_ENTRIES) this.live.clear();
      this.live.set(sessionId, this.now());
    } else {
      this.markEnded(sessionId);
    }
    return live;
  }

  markEnded(sessionId: string): void {
    this.live.delete(sessionId);
    if (this.ended.size >= MAX_ENTRIES) this.ended.clear();
    this.ended.add(sessionId);
  }

  /** The session may have ended elsewhere: ask the store next time rather than trust a cached "live". */
  forget(sessionId: string): void {
    this.live.delete(sessionId);
  }

  /** A user's sessions were all ended (deactivated, new password): ask the store again for every one. */
  forgetLive(): void {
    this.live.clear();
  }
}
