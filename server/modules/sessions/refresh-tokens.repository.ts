import type { Kysely } from 'kysely';
import type { DB, RefreshTokenRow } from '../../db/schema.js';

export class RefreshTokensRepository {
  constructor(private readonly db: Kysely<DB>) {}

  findByHash(tokenHash: string): Promise<RefreshTokenRow | undefined> {
    return this.db.selectFrom('refresh_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  }

  async insert(executor: Kysely<DB>, row: RefreshTokenRow): Promise<void> {
    await executor.insertInto('refresh_tokens').values(row).execute();
  }

  /** Marks a live token as used; false when another request used or revoked it first. */
  async markRotated(executor: Kysely<DB>, id: string, at: string): Promise<boolean> {
    const result = await executor
      .updateTable('refresh_tokens')
      .set({ rotated_at: at })
      .where('id', '=', id)
      .where('rotated_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async revokeFamily(executor: Kysely<DB>, familyId: string, at: string): Promise<void> {
    await executor.updateTable('refresh_tokens').set({ revoked_at: at }).where('family_id', '=', familyId).where('revoked_at', 'is', null).execute();
  }

  /** Ends every live session of the user; answers the sessions (families) it ended. */
  async revokeAllForUser(executor: Kysely<DB>, userId: string, at: string): Promise<string[]> {
    const live = await executor.selectFrom('refresh_tokens').select('family_id').distinct().where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
    await executor.updateTable('refresh_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
    return live.map((row) => row.family_id);
  }

  /** A session lives while one token of its family is neither revoked nor expired. */
  async familyIsLive(familyId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('refresh_tokens')
      .select('id')
      .where('family_id', '=', familyId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', new Date().toISOString())
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Expired tokens are useless; dropping them keeps the table small. */
  async deleteExpired(executor: Kysely<DB>, now: string): Promise<void> {
    await executor.deleteFrom('refresh_tokens').where('expires_at', '<', now).execute();
  }
}
