import type { CardWidget } from '../../../common/contracts/cards.js';
import { CARD_STATUSES } from '../../../common/contracts/cards.js';
import { assertCan, type Actor } from '../access/actor.js';
import type { FaultLog } from '../errors/fault-log.js';
import type { CardContent, CardContext, RegisteredCard } from './card-definition.js';

export interface CardFilter {
  group?: string | undefined;
  app?: string | undefined;
  dashboardOnly?: boolean;
}

/** What the service needs beyond the cards: a context for a caller, and the cards of the models they see. */
export interface CardSources {
  context(actor: Actor): CardContext;
  modelCards(actor: Actor): RegisteredCard[];
}

const DEFAULT_ORDER = 50;
const DEFAULT_REFRESH_SECONDS = 60;
/** A card slower than this shows as unavailable; it must not hold up the page. */
const CARD_TIMEOUT_MS = 5000;
/** A card that failed is asked again after this long (or its refresh interval, if shorter), not at every request. */
const FAILURE_RETRY_MS = 10_000;
/** Kept cards' data; past this many, the oldest go first. */
const MAX_CACHED = 5000;

const DEFAULT_ICON =
  '<svg viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" stroke-width="2"><rect x="3" y="3" width="18" height="18" rx="2"/><path d="M3 9h18"/></svg>';

interface Cached {
  data: Promise<CardContent>;
  until: number;
}

/**
 * The card dashboard (seed 004): cards registered in code, from the config, the host app and
 * models' registrations, computed in parallel, each within a time limit and kept for its refresh
 * interval per tenant and role (what a card counts depends on who may see it), one computation
 * at a time per key. A card that throws or times out is answered as unavailable, with the
 * reason, never dropped and never failing the others; it is asked again ten seconds later.
 */
export class CardsService {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly cards: RegisteredCard[],
    private readonly sources: CardSources,
    private readonly log: FaultLog,
  ) {
    const ids = new Set<string>();
    for (const card of cards) {
      if (ids.has(card.id)) throw new Error(`Two cards have the id ${card.id}`);
      ids.add(card.id);
    }
  }

  async list(actor: Actor, filter: CardFilter = {}): Promise<CardWidget[]> {
    assertCan(actor, 'cards:read');
    const group = filter.group?.trim().toLowerCase();
    const app = filter.app?.trim().toLowerCase();
    const chosen = [...this.cards, ...this.sources.modelCards(actor)]
      .filter((card) => !group || card.group?.toLowerCase() === group)
      .filter((card) => !app || card.appLabel?.toLowerCase() === app)
      .filter((card) => !filter.dashboardOnly || card.onDashboard !== false)
      .sort((a, b) => (a.order ?? DEFAULT_ORDER) - (b.order ?? DEFAULT_ORDER) || a.title.localeCompare(b.title));
    const context = this.sources.context(actor);
    return Promise.all(chosen.map(async (card) => this.present(card, await this.data(actor, card, context))));
  }

  private present(card: RegisteredCard, data: CardContent): CardWidget {
    return {
      id: card.id,
      title: card.title,
      icon: card.icon ?? DEFAULT_ICON,
      order: card.order ?? DEFAULT_ORDER,
      widget_type: 'card',
      span: card.span ?? 1,
      on_dashboard: card.onDashboard !== false,
      url: card.url ?? null,
      data,
      group: card.group ?? null,
      app_label: card.appLabel ?? null,
      model_name: card.modelName ?? null,
      refresh_seconds: card.refreshSeconds ?? DEFAULT_REFRESH_SECONDS,
    };
  }

  private async data(actor: Actor, card: RegisteredCard, context: CardContext): Promise<CardContent> {
    const key = `${card.id}\u0000${actor.tenantId}\u0000${actor.role}`;
    const now = Date.now();
    let cached = this.cache.get(key);
    if (!cached || cached.until <= now) {
      const data = computed(card, context);
      cached = { data, until: now + (card.refreshSeconds ?? DEFAULT_REFRESH_SECONDS) * 1000 };
      this.cache.delete(key);
      this.cache.set(key, cached);
      if (this.cache.size > MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
      // A failure is kept briefly: a hanging card then costs one timeout, not one per request.
      const entry = cached;
      data.catch(() => {
        entry.until = Math.min(entry.until, Date.now() + FAILURE_RETRY_MS);
      });
    }
    try {
      return await cached.data;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.log.error({ card: card.id, err: error }, 'card failed');
      return { headline: 'Unavailable', detail: reason, status: 'down' };
    }
  }
}

/** The card's data within its time limit, checked for the shape the page needs. */
async function computed(card: RegisteredCard, context: CardContext): Promise<CardContent> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`took longer than ${CARD_TIMEOUT_MS / 1000} s`)), CARD_TIMEOUT_MS);
  });
  try {
    const data = await Promise.race([Promise.resolve().then(() => card.getData(context)), timeout]);
    if (data === null || typeof data !== 'object') throw new Error('returned no data');
    if (typeof data.headline !== 'string' || typeof data.detail !== 'string') throw new Error('returned no headline or detail text');
    if (data.status !== undefined && !(CARD_STATUSES as readonly string[]).includes(data.status)) throw new Error(`returned an unknown status ${String(data.status)}`);
    return data;
  } finally {
    clearTimeout(timer);
  }
}
