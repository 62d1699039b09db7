import type { CardWidget } from '../../../common/contracts/cards.js';
import { CARD_STATUSES } from '../../../common/contracts/cards.js';
import { assertCan, type Actor } from '../access/actor.js';
import type { KeptValues } from '../caching/kept-values.js';
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

const DEFAULT_ICON =
  '<svg viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" stroke-width="2"><rect x="3" y="3" width="18" height="18" rx="2"/><path d="M3 9h18"/></svg>';

/** What is kept of a card's computation: its data, or why it failed. */
type Outcome = { data: CardContent } | { failed: string };

/**
 * The card dashboard (seed 004): cards registered in code, from the config, the host app and
 * models' registrations, computed in parallel, each within a time limit and kept for its refresh
 * interval per tenant and role (what a card counts depends on who may see it), one computation
 * at a time per key. A card that throws or times out is answered as unavailable, with the
 * reason, never dropped and never failing the others; it is asked again ten seconds later.
 */
export class CardsService {
  /** Computations running in this instance, so concurrent requests share one. */
  private readonly computing = new Map<string, Promise<Outcome>>();

  constructor(
    private readonly cards: RegisteredCard[],
    private readonly sources: CardSources,
    private readonly log: FaultLog,
    /** Where outcomes are kept: this instance's memory, or shared by all instances. */
    private readonly kept: KeptValues,
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
    let pending = this.computing.get(key);
    if (!pending) {
      pending = this.outcome(key, card, context).finally(() => this.computing.delete(key));
      this.computing.set(key, pending);
    }
    const outcome = await pending;
    return 'data' in outcome ? outcome.data : { headline: 'Unavailable', detail: outcome.failed, status: 'down' };
  }

  private async outcome(key: string, card: RegisteredCard, context: CardContext): Promise<Outcome> {
    const kept = await this.kept.get<Outcome>('cards', key);
    if (kept) return kept;
    const refreshMs = (card.refreshSeconds ?? DEFAULT_REFRESH_SECONDS) * 1000;
    try {
      const outcome = { data: await computed(card, context) };
      await this.kept.set('cards', key, outcome, refreshMs);
      return outcome;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.log.error({ card: card.id, err: error }, 'card failed');
      // A failure is kept briefly: a hanging card then costs one timeout, not one per request.
      const outcome = { failed: reason };
      await this.kept.set('cards', key, outcome, Math.min(refreshMs, FAILURE_RETRY_MS));
      return outcome;
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
