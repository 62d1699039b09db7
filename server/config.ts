import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CatalogWidgetType } from './modules/widgets/widget-types.js';
import type { CardDefinition } from './modules/cards/card-definition.js';
import type { DataSourceDefinition } from './query-engine/types.js';
import type { AdminModelOptions, AdminPanelConfig, AdminSourceDefinition, AdminWidgetDefinition } from './modules/models/model-options.js';
import { DEFAULT_DATA_SOURCE_POLICY, type DataSourcePolicy } from './modules/data-sources/network-source-policy.js';
import { SHOP_MODELS, SHOP_SOURCE_NAME, shopAdminSource, shopDataSource } from './modules/demo/shop-models.js';

/** What a `tessera.config.ts` may set; every field is optional and environment variables win. */
export interface TesseraUserConfig {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  adminEmail?: string;
  adminPassword?: string;
  jwtSecret?: string;
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Requests per client address per window on the API faces. */
  rateLimit?: { max?: number; windowSeconds?: number };
  /** Failed logins allowed per account and per address before a temporary lock. */
  loginLimit?: { perAccount?: number; perAddress?: number; windowSeconds?: number };
  accessTokenTtlSeconds?: number;
  refreshTokenTtlSeconds?: number;
  /** Send cookies with the Secure flag; on by default when the public URL is https. */
  secureCookies?: boolean;
  /** Honour X-Forwarded-* headers when running behind a reverse proxy. */
  trustProxy?: boolean;
  /** Data sources every tenant can query; file paths are relative to the working directory. */
  dataSources?: DataSourceDefinition[];
  /** The source a widget's SQL runs on when it names none. */
  defaultDataSource?: string;
  /** What tenant admins' own data sources may reach; see DataSourcePolicy. Env: TESSERA_DATA_SOURCE_HOSTS (comma-separated). */
  dataSourcePolicy?: Partial<DataSourcePolicy>;
  /**
   * The embedded demo, on by default: a DuckDB source `demo` with two dashboards, and a writable
   * SQLite shop (`shop.sqlite`) that is both the admin source `shop`, with a model per table, and the
   * data source `shop` of the "Shop Orders" dashboard. `shopOrders` is a fifth of `salesRows` unless set.
   */
  demo?: boolean | { salesRows?: number; shopOrders?: number };
  query?: {
    timeoutMs?: number;
    rowCap?: number;
    cacheMaxBytes?: number;
    concurrency?: number;
    /** Approximate JSON size of a query result's rows before it is cut short; 16 MiB. */
    maxResultBytes?: number;
    /** Queries of one user, and of one tenant, sent to the databases at once; 2 and 4. */
    perUserConcurrency?: number;
    perTenantConcurrency?: number;
    /** Limits of every DuckDB source that sets none: memory such as '512MB', and worker threads (2). */
    duckdb?: { memoryLimit?: string; threads?: number };
  };
  /** The shortest auto-refresh interval a dashboard may ask for, in seconds. */
  minRefreshIntervalSeconds?: number;
  /** Named widget types (such as `revenue_chart`): a visualization with its own data and defaults. */
  widgetTypes?: CatalogWidgetType[];
  /** Cards on the card dashboard (`defineCard`), beside the first-party ones and models' own. */
  cards?: CardDefinition[];
  /** Web origins (`https://app.example.com`) whose pages may call the API from the browser; none by default. */
  cors?: { origins?: string[] };
  /**
   * Redis shared by several instances (env REDIS_URL): the result cache, single flight, rate limits,
   * the login throttle, card and stats caches and change notifications move there. `keyPrefix`
   * ('tessera:') separates deployments sharing one Redis.
   */
  redis?: { url?: string; keyPrefix?: string };
  /** The admin panel: writable databases and which of their tables appear as models. */
  admin?: {
    sources?: AdminSourceDefinition[];
    models?: AdminModelOptions[];
    autoDiscover?: boolean | string[];
    statsCacheSeconds?: number;
    importMaxBytes?: number;
    builtInModels?: boolean;
    widgets?: AdminWidgetDefinition[];
  };
}

export interface TesseraConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  jwtSecret: string;
  logLevel: NonNullable<TesseraUserConfig['logLevel']>;
  rateLimit: { max: number; windowSeconds: number };
  loginLimit: { perAccount: number; perAddress: number; windowSeconds: number };
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  secureCookies: boolean;
  trustProxy: boolean;
  dataSources: DataSourceDefinition[];
  defaultDataSource: string;
  dataSourcePolicy: DataSourcePolicy;
  demo: { enabled: boolean; salesRows: number; file: string; shopOrders: number; shopFile: string };
  query: {
    timeoutMs: number;
    rowCap: number;
    cacheMaxBytes: number;
    concurrency: number;
    maxResultBytes: number;
    perUserConcurrency: number;
    perTenantConcurrency: number;
    duckdb: { memoryLimit: string; threads: number };
  };
  minRefreshIntervalSeconds: number;
  widgetTypes: CatalogWidgetType[];
  cards: CardDefinition[];
  cors: { origins: string[] };
  redis: { url: string; keyPrefix: string } | undefined;
  admin: AdminPanelConfig;
}

/** Typed helper for `tessera.config.ts`: `export default defineConfig({ ... })`. */
export function defineConfig(config: TesseraUserConfig): TesseraUserConfig {
  return config;
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number (got "${raw}")`);
  return value;
}

function list(env: Env, name: string): string[] | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  return raw.split(',').map((item) => item.trim()).filter(Boolean);
}

function bool(env: Env, name: string): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(raw.toLowerCase());
}

export async function loadUserConfig(cwd: string, file = 'tessera.config.ts'): Promise<TesseraUserConfig> {
  const path = resolve(cwd, file);
  if (!existsSync(path)) return {};
  const mod = (await import(pathToFileURL(path).href)) as { default?: TesseraUserConfig };
  return mod.default ?? {};
}

/** Merges defaults, the config file and the environment; the JWT secret is generated once and kept in the data dir. */
export function resolveConfig(file: TesseraUserConfig, env: Env = process.env, cwd = process.cwd()): TesseraConfig {
  const dataDir = resolve(cwd, env.TESSERA_DATA_DIR || file.dataDir || './data');
  const resolvedSources = sources(file, env, cwd, dataDir);
  return {
    port: int(env, 'PORT') ?? file.port ?? 3000,
    host: env.HOST || file.host || '127.0.0.1',
    dataDir,
    databaseUrl: env.DATABASE_URL || file.databaseUrl || undefined,
    adminEmail: env.TESSERA_ADMIN_EMAIL || file.adminEmail || undefined,
    adminPassword: env.TESSERA_ADMIN_PASSWORD || file.adminPassword || undefined,
    jwtSecret: env.TESSERA_JWT_SECRET || file.jwtSecret || persistentSecret(dataDir),
    logLevel: (env.LOG_LEVEL as TesseraConfig['logLevel'] | undefined) || file.logLevel || 'info',
    rateLimit: {
      max: int(env, 'TESSERA_RATE_LIMIT_MAX') ?? file.rateLimit?.max ?? 300,
      windowSeconds: int(env, 'TESSERA_RATE_LIMIT_WINDOW_SECONDS') ?? file.rateLimit?.windowSeconds ?? 60,
    },
    loginLimit: {
      perAccount: file.loginLimit?.perAccount ?? 5,
      perAddress: file.loginLimit?.perAddress ?? 20,
      windowSeconds: file.loginLimit?.windowSeconds ?? 900,
    },
    accessTokenTtlSeconds: file.accessTokenTtlSeconds ?? 3600,
    refreshTokenTtlSeconds: file.refreshTokenTtlSeconds ?? 30 * 24 * 3600,
    secureCookies: bool(env, 'TESSERA_SECURE_COOKIES') ?? file.secureCookies ?? false,
    trustProxy: bool(env, 'TESSERA_TRUST_PROXY') ?? file.trustProxy ?? false,
    ...resolvedSources,
    dataSourcePolicy: {
      allowHosts: list(env, 'TESSERA_DATA_SOURCE_HOSTS') ?? file.dataSourcePolicy?.allowHosts ?? DEFAULT_DATA_SOURCE_POLICY.allowHosts,
    },
    minRefreshIntervalSeconds: int(env, 'TESSERA_MIN_REFRESH_SECONDS') ?? file.minRefreshIntervalSeconds ?? 10,
    widgetTypes: file.widgetTypes ?? [],
    cards: file.cards ?? [],
    cors: { origins: list(env, 'TESSERA_CORS_ORIGINS') ?? file.cors?.origins ?? [] },
    redis: redisOf(file, env),
    admin: adminPanel(file, cwd, resolvedSources.demo),
    query: {
      timeoutMs: file.query?.timeoutMs ?? 30_000,
      rowCap: file.query?.rowCap ?? 10_000,
      cacheMaxBytes: file.query?.cacheMaxBytes ?? 64 * 1024 * 1024,
      concurrency: file.query?.concurrency ?? 4,
      maxResultBytes: file.query?.maxResultBytes ?? 16 * 1024 * 1024,
      perUserConcurrency: file.query?.perUserConcurrency ?? 2,
      perTenantConcurrency: file.query?.perTenantConcurrency ?? 4,
      duckdb: { memoryLimit: file.query?.duckdb?.memoryLimit ?? '512MB', threads: file.query?.duckdb?.threads ?? 2 },
    },
  };
}

function redisOf(file: TesseraUserConfig, env: Env): TesseraConfig['redis'] {
  const url = env.REDIS_URL || env.TESSERA_REDIS_URL || file.redis?.url;
  if (!url) return undefined;
  if (!/^rediss?:\/\//.test(url)) throw new Error(`REDIS_URL must be a redis:// or rediss:// URL (got "${url.replace(/\/\/[^@]*@/, '//…@')}")`);
  return { url, keyPrefix: file.redis?.keyPrefix ?? 'tessera:' };
}

function sources(file: TesseraUserConfig, env: Env, cwd: string, dataDir: string): Pick<TesseraConfig, 'dataSources' | 'defaultDataSource' | 'demo'> {
  const demoOption = bool(env, 'TESSERA_DEMO') ?? file.demo ?? true;
  const demoSettings = typeof demoOption === 'object' ? demoOption : {};
  const salesRows = int(env, 'TESSERA_DEMO_ROWS') ?? demoSettings.salesRows ?? 1_000_000;
  const demo = {
    enabled: demoOption !== false,
    salesRows,
    file: join(dataDir, 'demo.duckdb'),
    // A test-sized demo gets a test-sized shop.
    shopOrders: demoSettings.shopOrders ?? Math.min(200_000, Math.max(1_000, Math.floor(salesRows / 5))),
    shopFile: join(dataDir, 'shop.sqlite'),
  };
  const declared = (file.dataSources ?? []).map((s) => (s.kind === 'postgres' ? s : { ...s, url: s.url === ':memory:' ? s.url : resolve(cwd, s.url) }));
  const dataSources: DataSourceDefinition[] = [...declared];
  if (demo.enabled && !declared.some((s) => s.name === 'demo')) dataSources.push({ name: 'demo', kind: 'duckdb', url: demo.file });
  if (demo.enabled && !declared.some((s) => s.name === SHOP_SOURCE_NAME)) dataSources.push(shopDataSource(demo.shopFile));
  return { dataSources, demo, defaultDataSource: file.defaultDataSource ?? dataSources[0]?.name ?? 'demo' };
}

/** The demo shop joins the declared sources and models unless a source of its name is declared. */
function adminPanel(file: TesseraUserConfig, cwd: string, demo: TesseraConfig['demo']): AdminPanelConfig {
  const admin = file.admin ?? {};
  const declared = (admin.sources ?? []).map((s) => (s.kind === 'sqlite' && s.url !== undefined && s.url !== ':memory:' ? { ...s, url: resolve(cwd, s.url) } : s));
  const withShop = demo.enabled && !declared.some((s) => s.name === SHOP_SOURCE_NAME);
  return {
    sources: withShop ? [...declared, shopAdminSource(demo.shopFile)] : declared,
    models: withShop ? [...(admin.models ?? []), ...SHOP_MODELS] : (admin.models ?? []),
    autoDiscover: admin.autoDiscover ?? false,
    statsCacheSeconds: admin.statsCacheSeconds ?? 60,
    builtInModels: admin.builtInModels ?? true,
    importMaxBytes: admin.importMaxBytes ?? 100 * 1024 * 1024,
    widgets: admin.widgets ?? [],
  };
}

export async function loadConfig(env: Env = process.env, cwd = process.cwd()): Promise<TesseraConfig> {
  return resolveConfig(await loadUserConfig(cwd, env.TESSERA_CONFIG || undefined), env, cwd);
}

function persistentSecret(dataDir: string): string {
  const path = join(dataDir, 'jwt-secret');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function sqliteFile(config: TesseraConfig): string {
  return join(config.dataDir, 'tessera.sqlite');
}
