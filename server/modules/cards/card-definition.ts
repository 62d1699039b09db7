import type { Actor } from '../access/actor.js';
import type { CardContent } from '../models/model-options.js';

export type { CardContent };

/** What a card's `getData` is given: the caller, their tenant, and read access to their data. */
export interface CardContext {
  actor: Actor;
  tenantId: string;
  /** Runs read-only SQL on one of the tenant's data sources (the same checks and limits as widgets). */
  query(source: string, sql: string): Promise<{ columns: { name: string }[]; rows: Record<string, unknown>[] }>;
  /** Records of an admin model the caller may read, matching `filters` (`[{field, operator, value}]`). */
  countRecords(model: string, filters?: { field: string; operator: string; value?: unknown }[]): Promise<number>;
}

/**
 * A card on the card dashboard (seed 004): a small piece of code returning a headline, a detail
 * line and, optionally, a status badge and keys of its own for API clients.
 */
export interface CardDefinition {
  /** Unique among all cards: the cache key and the API's `id`. */
  id: string;
  title: string;
  /** Inline SVG markup. */
  icon?: string;
  /** Lower first; first-party cards use 10 to 60, so yours slot in between. */
  order?: number;
  span?: 1 | 2;
  /** Lets group pages (`/cards/:group`) and `?group=` find the card. */
  group?: string;
  /** Where the card links to. */
  url?: string;
  /** False: shown on its group's page only, not on the main card dashboard. */
  onDashboard?: boolean;
  /** How long its data is kept per tenant; 60 s unless set. */
  refreshSeconds?: number;
  /**
   * The card's data. It is kept per tenant and role, and shown to everyone of that tenant and
   * role until it is refreshed: it may depend on the tenant and the role, not on the one user.
   */
  getData(context: CardContext): Promise<CardContent> | CardContent;
}

/** A card as registered, with the model it is about when it came from a model's registration. */
export interface RegisteredCard extends CardDefinition {
  appLabel?: string;
  modelName?: string;
}

const CARD_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/** Declares a card; checks what can be checked before the server starts. */
export function defineCard(card: CardDefinition): CardDefinition {
  if (!CARD_ID.test(card.id)) throw new Error(`Card id ${JSON.stringify(card.id)} must be letters, digits, _ . : - (at most 128)`);
  if (typeof card.title !== 'string' || card.title.trim() === '') throw new Error(`Card ${card.id} needs a title`);
  if (typeof card.getData !== 'function') throw new Error(`Card ${card.id} needs a getData function`);
  if (card.span !== undefined && card.span !== 1 && card.span !== 2) throw new Error(`Card ${card.id}: span is 1 or 2`);
  if (card.refreshSeconds !== undefined && !(card.refreshSeconds >= 1)) throw new Error(`Card ${card.id}: refreshSeconds must be at least 1`);
  return card;
}
