import type { Kysely } from 'kysely';
import type { FastifyInstance } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import { resolveConfig, sqliteFile, type TesseraConfig, type TesseraUserConfig } from '../config.js';
import { createCore, type Core } from '../core.js';
import { openMetadata, underStartupLock } from '../db/open-metadata.js';
import type { CardDefinition } from '../modules/cards/card-definition.js';
import type { AdminModelOptions, AdminSourceDefinition } from '../modules/models/model-options.js';
import { ensureFirstRun, type FirstRunResult } from '../modules/setup/first-run.js';
import type { CatalogWidgetType } from '../modules/widgets/widget-types.js';
import type { DataSourceDefinition } from '../query-engine/types.js';
import { createStores, type Stores } from '../stores/stores.js';
import { registerFaces } from './faces.js';
import { mountPrefixOf } from '../plugins/mount-point.js';

declare module 'fastify' {
  interface FastifyInstance {
    tessera: {
      core: Core;
      config: TesseraConfig;
      firstRun: FirstRunResult;
      prefix: string;
      /** The OpenAPI document of Tessera's routes, once the app is ready. */
      openApiDocument(): unknown;
    };
  }
}

interface MountOptions {
  prefix?: string;
  config: TesseraConfig;
  /** State kept between requests, shared with whoever else is given the same; `createStores(config)` by default. */
  stores?: Stores;
  /** The built web app to serve; `web/dist` by default. */
  webDist?: string;
}

/**
 * Opens the metadata store, builds the core and mounts the faces under `prefix`. Wrapped so that
 * `app.tessera` (the core, the resolved config) is visible to the app that registered it; the faces
 * themselves live in a context of their own under the prefix.
 */
async function mount(app: FastifyInstance, options: MountOptions): Promise<void> {
  const { config } = options;
  const mountPrefix = mountPrefixOf(options.prefix);
  const { metadata } = await openMetadata({ databaseUrl: config.databaseUrl, sqliteFile: sqliteFile(config) });
  const ownStores = options.stores === undefined;
  const stores = options.stores ?? createStores(config, app.log);
  await stores.ready();
  const core = createCore(metadata, config, app.log, stores);
  let firstRun: FirstRunResult;
  try {
    firstRun = await underStartupLock(metadata, () => ensureFirstRun(core, config));
    await core.admin.models.load(config.admin, { db: metadata.db as unknown as Kysely<unknown>, dialect: metadata.dialect, services: { users: core.users, teams: core.teams } });
  } catch (error) {
    await core.close();
    if (ownStores) await stores.close();
    throw error;
  }
  app.addHook('onClose', async () => {
    await core.close();
    if (ownStores) await stores.close();
  });
  let facesContext: FastifyInstance | undefined;
  const openApiDocument = () => {
    if (!facesContext) throw new Error('The OpenAPI document exists once the app is ready');
    return facesContext.swagger();
  };
  app.decorate('tessera', { core, config, firstRun, prefix: mountPrefix, openApiDocument });
  await app.register(
    async (faces) => {
      facesContext = faces;
      await registerFaces(faces, { core, config, stores, mountPrefix, webDist: options.webDist });
    },
    { prefix: mountPrefix },
  );
}

/** `buildApp`'s way in: a config already resolved. */
export const mountTessera = fastifyPlugin(mount, { fastify: '5.x', name: 'tessera-mount' });

type Env = Record<string, string | undefined>;

export interface TesseraPluginOptions {
  /** Where to mount every face and the web app, such as '/tessera'; the root of the host by default. */
  prefix?: string;
  /** What a `tessera.config.ts` would hold; the lists below are added to its own. */
  config?: TesseraUserConfig;
  /** Admin models, such as tables of the host app's own database. */
  models?: AdminModelOptions[];
  /** Writable databases the models live in: a connection URL, or the host app's own Kysely instance as `db`. */
  sources?: AdminSourceDefinition[];
  cards?: CardDefinition[];
  widgetTypes?: CatalogWidgetType[];
  /** Data sources every tenant's widgets can query. */
  dataSources?: DataSourceDefinition[];
  /** Variables that override `config`; the `TESSERA_*` variables of the process by default, so a host's own `DATABASE_URL` or `PORT` is not taken for Tessera's. */
  env?: Env;
  /** What relative paths in `config` are relative to; the working directory by default. */
  cwd?: string;
  stores?: Stores;
  webDist?: string;
}

function tesseraVariables(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith('TESSERA_')));
}

function withRegistrations(options: TesseraPluginOptions): TesseraUserConfig {
  const config = options.config ?? {};
  const admin = config.admin ?? {};
  return {
    ...config,
    cards: [...(config.cards ?? []), ...(options.cards ?? [])],
    widgetTypes: [...(config.widgetTypes ?? []), ...(options.widgetTypes ?? [])],
    dataSources: [...(config.dataSources ?? []), ...(options.dataSources ?? [])],
    admin: { ...admin, sources: [...(admin.sources ?? []), ...(options.sources ?? [])], models: [...(admin.models ?? []), ...(options.models ?? [])] },
  };
}

/**
 * Tessera as a Fastify plugin: `app.register(tessera, { prefix: '/tessera', config, models, cards })`
 * mounts the API faces, the OpenAPI document and the web app in a host app, logging through the
 * host's logger. `app.tessera` then gives the host the core services and the resolved config.
 */
export const tessera = fastifyPlugin(
  async (app: FastifyInstance, options: TesseraPluginOptions) => {
    const config = resolveConfig(withRegistrations(options), options.env ?? tesseraVariables(process.env), options.cwd);
    await mount(app, { prefix: options.prefix, config, stores: options.stores, webDist: options.webDist });
  },
  { fastify: '5.x', name: 'tessera' },
);
