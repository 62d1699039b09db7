/** One person editing a dashboard, as the other viewers see them. */
export interface Editor {
  user_id: string;
  name: string;
  /** When they started editing (ISO-8601). */
  since: string;
}

/**
 * Who is editing which dashboard: each editor's entry lives as long as their heartbeats keep
 * coming. In memory, or shared by every instance on one Redis.
 */
export interface EditPresenceStore {
  /** Adds or renews `editor` on `dashboard` for `ttlMs`; answers whether they were not there before. */
  touch(dashboard: string, editor: Editor, ttlMs: number): Promise<boolean>;
  leave(dashboard: string, userId: string): Promise<boolean>;
  editors(dashboard: string): Promise<Editor[]>;
}
