import type { Static } from 'typebox';
import type { ModelCount as ModelCountSchema } from '../../../common/contracts/models.js';
import { roleCan } from '../../../common/permissions.js';
import type { Actor } from '../access/actor.js';
import { isSuperadmin } from '../access/actor.js';
import type { KeptValues } from '../caching/kept-values.js';
import { forbidden } from '../errors/domain-errors.js';
import { modelVisible, tenantScope } from './model-access.js';
import type { ModelDefinition } from './model-definition.js';
import type { ModelRegistry } from './model-registry.js';
import type { RecordsRepository } from './records.repository.js';

export type ModelCount = Static<typeof ModelCountSchema>;

interface CachedCount {
  count: number;
  exact: boolean;
  at: number;
}

/**
 * Record counts of the models a caller sees (seed 000's stats). Counts are kept for a while
 * per model and tenant, and a very large table is counted from its statistics, so the call
 * stays fast however many rows the models hold; concurrent callers share one count.
 */
export class ModelStatsService {
  private readonly counting = new Map<string, Promise<CachedCount>>();

  constructor(
    private readonly registry: ModelRegistry,
    private readonly repository: RecordsRepository,
    private readonly ttlMs: number,
    /** Where counts are kept: this instance's memory, or shared by all instances. */
    private readonly kept: KeptValues,
  ) {}

  async counts(actor: Actor): Promise<ModelCount[]> {
    if (!roleCan(actor.role, 'models:read')) throw forbidden(`Your role (${actor.role}) lacks the permission models:read`);
    const models = this.registry.all().filter((m) => modelVisible(actor, m));
    return Promise.all(
      models.map(async (m) => {
        const { count, exact } = await this.count(actor, m);
        return { name: m.name, model_name: m.modelName, count, icon: m.icon, category: m.category, count_exact: exact };
      }),
    );
  }

  private count(actor: Actor, model: ModelDefinition): Promise<CachedCount> {
    const scope = model.tenantColumn && !isSuperadmin(actor) ? actor.tenantId : '*';
    const key = `${model.name}\u0000${scope}`;
    let pending = this.counting.get(key);
    if (!pending) {
      pending = this.keptOrCounted(key, actor, model, scope).finally(() => this.counting.delete(key));
      this.counting.set(key, pending);
    }
    return pending;
  }

  private async keptOrCounted(key: string, actor: Actor, model: ModelDefinition, scope: string): Promise<CachedCount> {
    if (this.ttlMs > 0) {
      const kept = await this.kept.get<CachedCount>('model-counts', key);
      if (kept) return kept;
    }
    const { total, exact } = await this.repository.count(this.registry.store(model), model, tenantScope(actor, model), scope !== '*');
    const fresh = { count: total, exact, at: Date.now() };
    if (this.ttlMs > 0) await this.kept.set('model-counts', key, fresh, this.ttlMs);
    return fresh;
  }

  /** Forgets a model's counts after a write through the panel, so its card shows the change. */
  async forget(model: string): Promise<void> {
    await this.kept.forget('model-counts', `${model}\u0000`);
  }
}
