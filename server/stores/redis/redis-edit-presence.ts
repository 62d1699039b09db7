import type { Editor, EditPresenceStore } from '../../modules/dashboard-events/edit-presence.js';
import { MemoryEditPresence } from '../memory-edit-presence.js';
import { sharedOrLocal, type RedisLink } from './redis-link.js';

/**
 * Adds or renews an editor, keeping when they started unless their entry had expired; answers 1
 * when they were not editing before. ARGV: user id, entry JSON, now, ttl.
 */
const TOUCH = `
local known = redis.call('HGET', KEYS[1], ARGV[1])
local entry = cjson.decode(ARGV[2])
local new = 1
if known then
  local previous = cjson.decode(known)
  if previous['until'] > tonumber(ARGV[3]) then
    entry['editor'] = previous['editor']
    new = 0
  end
end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(entry))
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return new
`;

/** Edit presence every instance shares: an editor on one instance is seen by viewers on all. */
export class RedisEditPresence implements EditPresenceStore {
  private readonly local = new MemoryEditPresence();

  constructor(private readonly link: RedisLink) {
    link.client.defineCommand('tesseraPresenceTouch', { numberOfKeys: 1, lua: TOUCH });
  }

  touch(dashboard: string, editor: Editor, ttlMs: number): Promise<boolean> {
    return sharedOrLocal(
      this.link,
      async () => {
        const client = this.link.client as unknown as { tesseraPresenceTouch(...args: (string | number)[]): Promise<number> };
        const now = Date.now();
        return (await client.tesseraPresenceTouch(this.keyOf(dashboard), editor.user_id, JSON.stringify({ editor, until: now + ttlMs }), now, ttlMs)) === 1;
      },
      () => this.local.touch(dashboard, editor, ttlMs),
    );
  }

  leave(dashboard: string, userId: string): Promise<boolean> {
    return sharedOrLocal(this.link, async () => (await this.link.client.hdel(this.keyOf(dashboard), userId)) > 0, () => this.local.leave(dashboard, userId));
  }

  editors(dashboard: string): Promise<Editor[]> {
    return sharedOrLocal(
      this.link,
      async () => {
        const now = Date.now();
        const entries = Object.values(await this.link.client.hgetall(this.keyOf(dashboard))).map((raw) => JSON.parse(raw) as { editor: Editor; until: number });
        return entries.filter((entry) => entry.until > now).map((entry) => entry.editor);
      },
      () => this.local.editors(dashboard),
    );
  }

  private keyOf(dashboard: string): string {
    return this.link.key('presence', dashboard);
  }
}
