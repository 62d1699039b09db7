import type { Kysely } from 'kysely';
import { openAdminConnection, type AdminConnection } from '../../db/admin/admin-connection.js';
import { introspect } from '../../db/introspection/index.js';
import type { DialectName } from '../../db/metadata-dialect.js';
import { BUILT_IN_SOURCE, builtInModels, type BuiltInServices } from './builtin-models.js';
import { defineModel, linkRelations, type ModelDefinition } from './model-definition.js';
import type { AdminPanelConfig } from './model-options.js';
import type { RecordStore } from './records.repository.js';

/**
 * The registered models and the connections of their sources, built once at start from the
 * config and each source's catalog. A model the config names on a table that does not exist
 * stops the start, with the model named.
 */
export class ModelRegistry {
  private readonly byName = new Map<string, ModelDefinition>();
  private readonly connections = new Map<string, AdminConnection>();
  private readonly sourceSchemas = new Map<string, string | undefined>();

  /**
   * Opens the sources and registers the models. Runs once, after start-up work (which may
   * create the demo's database); until then the registry is empty.
   */
  async load(config: Pick<AdminPanelConfig, 'sources' | 'models' | 'autoDiscover' | 'builtInModels'>, own?: { db: Kysely<unknown>; dialect: DialectName; services: BuiltInServices }): Promise<void> {
    try {
      for (const source of config.sources) {
        if (this.connections.has(source.name)) throw new Error(`Two admin sources are named ${source.name}`);
        this.connections.set(source.name, await openAdminConnection(source));
        this.sourceSchemas.set(source.name, source.schema);
      }
      const models = config.models.map((options) => {
        const connection = this.connections.get(options.source);
        if (!connection) throw new Error(`Admin model ${options.name ?? options.table}: no admin source named ${options.source}`);
        const table = connection.tables.find((t) => t.name === options.table);
        if (!table) throw new Error(`Admin model ${options.name ?? options.table}: source ${options.source} has no table ${options.table}`);
        return defineModel(options, table);
      });
      for (const [name, connection] of this.connections) {
        if (config.autoDiscover !== true && !(Array.isArray(config.autoDiscover) && config.autoDiscover.includes(name))) continue;
        for (const table of connection.tables) {
          if (models.some((m) => m.source === name && m.table.name === table.name)) continue;
          const taken = models.some((m) => m.name.toLowerCase() === table.name.toLowerCase());
          models.push(defineModel({ source: name, table: table.name, category: name, name: taken ? `${name}_${table.name}` : table.name }, table));
        }
      }
      if (own && config.builtInModels) {
        const tables = await introspect(own.db, own.dialect);
        // The metadata store's own connection: the registry does not close it.
        this.connections.set(BUILT_IN_SOURCE, { name: BUILT_IN_SOURCE, dialect: own.dialect, db: own.db, tables, session: (work) => work(own.db, undefined), copies: false, close: async () => undefined });
        models.push(...builtInModels(tables, own.services, (name) => models.some((m) => m.name.toLowerCase() === name.toLowerCase())));
      }
      for (const model of models) {
        if (this.byName.has(model.name.toLowerCase())) throw new Error(`Two admin models are named ${model.name}`);
        this.byName.set(model.name.toLowerCase(), model);
      }
      linkRelations(models);
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  all(): ModelDefinition[] {
    return [...this.byName.values()];
  }

  /** Model names match regardless of case, as paths written by hand do. */
  find(name: string): ModelDefinition | undefined {
    return this.byName.get(name.toLowerCase());
  }

  store(model: ModelDefinition): RecordStore {
    const connection = this.connections.get(model.source);
    if (!connection) throw new Error(`No connection for admin source ${model.source}`);
    return { db: connection.db, dialect: connection.dialect, schema: this.sourceSchemas.get(model.source), session: (work) => connection.session(work), copies: connection.copies, csvOut: connection.csvOut };
  }

  async close(): Promise<void> {
    const open = [...this.connections.values()];
    this.connections.clear();
    this.byName.clear();
    await Promise.all(open.map((c) => c.close()));
  }
}
