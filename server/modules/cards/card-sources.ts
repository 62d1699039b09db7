import type { Actor } from '../access/actor.js';
import { modelVisible } from '../models/model-access.js';
import type { ModelRegistry } from '../models/model-registry.js';
import type { RecordsService } from '../models/records.service.js';
import type { QueryGateway } from '../queries/query-gateway.js';
import type { CardContext, RegisteredCard } from './card-definition.js';
import { cardIcon } from './card-icons.js';
import type { CardSources } from './cards.service.js';

/**
 * Cards' access to data, always as the caller: SQL through the query engine (read-only, the
 * tenant's sources, its limits), record counts through the admin models (tenant wall and
 * permissions included). A card therefore never counts what its viewer could not see.
 */
export function cardSources(registry: ModelRegistry, records: RecordsService, queries: QueryGateway): CardSources {
  const context = (actor: Actor): CardContext => ({
    actor,
    tenantId: actor.tenantId,
    query: async (source, sql) => {
      const result = await queries.run({ tenantId: actor.tenantId, ...(actor.userId ? { userId: actor.userId } : {}), source, sql, cacheTtlSeconds: 0, rowCap: 1000 });
      return { columns: result.columns, rows: result.rows };
    },
    countRecords: async (model, filters) => (await records.count(actor, model, filters)).total,
  });
  return {
    context,
    // A model's cards appear for whoever may read the model: its group is the model's category, its app the model's source.
    modelCards: (actor) =>
      registry
        .all()
        .filter((model) => model.cards.length > 0 && modelVisible(actor, model))
        .flatMap((model) =>
          model.cards.map((card, index): RegisteredCard => ({
            ...card,
            id: `${model.name}:${card.id ?? (index === 0 ? 'card' : `card-${index + 1}`)}`,
            icon: card.icon ?? cardIcon(model.icon),
            url: card.url ?? `/admin/models/${encodeURIComponent(model.name)}`,
            ...(model.category ? { group: model.category } : {}),
            appLabel: model.source,
            modelName: model.name,
            getData: () => card.getData({ actor, tenantId: actor.tenantId, count: async (filters) => (await records.count(actor, model.name, filters)).total }),
          })),
        ),
  };
}
