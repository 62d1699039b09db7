import { join } from 'node:path';
import { sqliteFile, type TesseraConfig } from './config.js';
import type { MetadataDatabase } from './db/connect.js';
import { AuditRepository } from './modules/audit/audit.repository.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AccessTokens } from './modules/auth/access-tokens.js';
import { AuthService } from './modules/auth/auth.service.js';
import { CsrfTokens } from './modules/auth/csrf-tokens.js';
import { SessionStatus } from './modules/auth/session-status.js';
import { LoginThrottle } from './modules/auth/login-throttle.js';
import type { FaultLog } from './modules/errors/fault-log.js';
import { RefreshTokensRepository } from './modules/sessions/refresh-tokens.repository.js';
import { TeamsRepository } from './modules/teams/teams.repository.js';
import { TeamsService } from './modules/teams/teams.service.js';
import { TenantsRepository } from './modules/tenants/tenants.repository.js';
import { TenantsService } from './modules/tenants/tenants.service.js';
import { UsersRepository } from './modules/users/users.repository.js';
import { UsersService } from './modules/users/users.service.js';
import { DashboardDataService } from './modules/dashboard-data/dashboard-data.service.js';
import { DashboardEventsService } from './modules/dashboard-events/dashboard-events.service.js';
import { FilterValuesService } from './modules/dashboard-data/filter-values.service.js';
import { FavoritesRepository } from './modules/dashboard-favorites/favorites.repository.js';
import { FavoritesService } from './modules/dashboard-favorites/favorites.service.js';
import { DashboardAccess } from './modules/dashboards/dashboard-access.js';
import { DashboardSharesService } from './modules/dashboards/dashboard-shares.service.js';
import { DashboardsRepository } from './modules/dashboards/dashboards.repository.js';
import { DashboardRevisionsRepository } from './modules/dashboards/dashboard-revisions.repository.js';
import { DashboardContentService } from './modules/dashboards/dashboard-content.service.js';
import { DashboardHistoryService } from './modules/dashboards/dashboard-history.service.js';
import { DashboardsService } from './modules/dashboards/dashboards.service.js';
import { DataSourcesRepository } from './modules/data-sources/data-sources.repository.js';
import { DataSourcesService } from './modules/data-sources/data-sources.service.js';
import { NetworkSourcePolicy } from './modules/data-sources/network-source-policy.js';
import { TenantSourceFiles } from './modules/data-sources/tenant-source-files.js';
import { MetricsRepository } from './modules/metrics/metrics.repository.js';
import { MetricsService } from './modules/metrics/metrics.service.js';
import { AssignmentsRepository } from './modules/assignments/assignments.repository.js';
import { AssignmentsService } from './modules/assignments/assignments.service.js';
import { WidgetDataSourceCheck } from './modules/widgets/widget-data-source-check.js';
import { WidgetTypeRegistry } from './modules/widgets/widget-types.js';
import { DEMO_WIDGET_TYPES } from './modules/demo/demo-dashboards.js';
import { WidgetsRepository } from './modules/dashboards/widgets.repository.js';
import { WidgetsService } from './modules/dashboards/widgets.service.js';
import { QueryGateway } from './modules/queries/query-gateway.js';
import { DataSourceSchemaService } from './modules/data-sources/data-source-schema.service.js';
import { QueryEngine, createLimiter } from './query-engine/index.js';
import type { Stores } from './stores/stores.js';
import { ModelRegistry } from './modules/models/model-registry.js';
import { AdminWidgetsService } from './modules/models/admin-widgets.service.js';
import { BulkService } from './modules/models/bulk.service.js';
import { ImportJobs } from './modules/models/import-jobs.js';
import { RecordExportService } from './modules/models/record-export.service.js';
import { RecordImportService } from './modules/models/record-import.service.js';
import type { RecordsChanged } from './modules/models/model-definition.js';
import { dataSourcesOverAdminSources } from './modules/models/shared-databases.js';
import { ModelStatsService } from './modules/models/model-stats.service.js';
import { RecordsRepository } from './modules/models/records.repository.js';
import { RecordsService } from './modules/models/records.service.js';
import { ThemeSettingsRepository } from './modules/theme-settings/theme-settings.repository.js';
import { ThemeSettingsService } from './modules/theme-settings/theme-settings.service.js';
import { CardsService } from './modules/cards/cards.service.js';
import { cardSources } from './modules/cards/card-sources.js';
import { firstPartyCards } from './modules/cards/first-party-cards.js';

/** The core services every face maps onto; built once per app. */
export interface Core {
  metadata: MetadataDatabase;
  audit: AuditService;
  auth: AuthService;
  users: UsersService;
  teams: TeamsService;
  tenants: TenantsService;
  themeSettings: ThemeSettingsService;
  cards: CardsService;
  engine: QueryEngine;
  widgetTypes: WidgetTypeRegistry;
  bi: {
    dashboards: DashboardsService;
    widgets: WidgetsService;
    content: DashboardContentService;
    shares: DashboardSharesService;
    history: DashboardHistoryService;
    assignments: AssignmentsService;
    data: DashboardDataService;
    events: DashboardEventsService;
    filterValues: FilterValuesService;
    favorites: FavoritesService;
    dataSources: DataSourcesService;
    dataSourceSchema: DataSourceSchemaService;
    metrics: MetricsService;
  };
  admin: { models: ModelRegistry; records: RecordsService; bulk: BulkService; exports: RecordExportService; imports: RecordImportService; stats: ModelStatsService; widgets: AdminWidgetsService };
  repositories: { users: UsersRepository; tenants: TenantsRepository };
  close(): Promise<void>;
}

/** `stores` hold what lives between requests (see server/stores); the core constructs none of them. */
export function createCore(metadata: MetadataDatabase, config: TesseraConfig, log: FaultLog, stores: Stores): Core {
  const { db } = metadata;
  const usersRepo = new UsersRepository(db, metadata.sql);
  const tenantsRepo = new TenantsRepository(db);
  const teamsRepo = new TeamsRepository(db);
  const refreshRepo = new RefreshTokensRepository(db);
  const auditRepo = new AuditRepository(db);
  const audit = new AuditService(db, auditRepo);
  const accessTokens = new AccessTokens(config.jwtSecret, config.accessTokenTtlSeconds);
  const throttle = new LoginThrottle(stores.loginFailures, config.loginLimit);
  const { notifications } = stores;
  const teams = new TeamsService(teamsRepo, usersRepo, audit);
  const sourceFiles = new TenantSourceFiles(config.dataDir, [sqliteFile(config), join(config.dataDir, 'jwt-secret')]);
  const network = new NetworkSourcePolicy(config.dataSourcePolicy, config.databaseUrl);
  const dataSources = new DataSourcesService(new DataSourcesRepository(db), audit, config.dataSources, sourceFiles, network, notifications);
  const engine = new QueryEngine({
    resolveSource: (tenantId, name) => dataSources.resolve(tenantId, name),
    defaultTimeoutMs: config.query.timeoutMs,
    defaultRowCap: config.query.rowCap,
    resultCache: stores.resultCache,
    inflight: stores.inflight,
    maxResultBytes: config.query.maxResultBytes,
    perUserConcurrency: config.query.perUserConcurrency,
    perTenantConcurrency: config.query.perTenantConcurrency,
    duckdb: config.query.duckdb,
  });
  const widgetTypes = new WidgetTypeRegistry();
  for (const type of [...(config.demo.enabled ? DEMO_WIDGET_TYPES : []), ...config.widgetTypes]) widgetTypes.register(type);
  const queries = new QueryGateway(engine);
  const metrics = new MetricsService(new MetricsRepository(db), dataSources, queries, audit, config.defaultDataSource);
  const dashboardsRepo = new DashboardsRepository(db, metadata.sql);
  const revisionsRepo = new DashboardRevisionsRepository(db);
  const widgetsRepo = new WidgetsRepository(db);
  const access = new DashboardAccess(dashboardsRepo, teamsRepo);
  const dashboards = new DashboardsService(dashboardsRepo, widgetsRepo, revisionsRepo, access, audit, config.minRefreshIntervalSeconds, notifications);
  const check = new WidgetDataSourceCheck(queries, dataSources, metrics, config.defaultDataSource);
  const widgets = new WidgetsService(widgetsRepo, dashboards, widgetTypes, check);
  const sessions = new SessionStatus(refreshRepo);
  // Changes made through any instance sharing the bus reach this one's caches.
  const subscriptions = [
    notifications.subscribe('dataSourceChanged', ({ tenantId, name }) => engine.invalidate(tenantId, name)),
    notifications.subscribe('sessionEnded', ({ sessionId }) => sessions.forget(sessionId)),
  ];
  const models = new ModelRegistry();
  const records = new RecordsRepository();
  const stats = new ModelStatsService(models, records, config.admin.statsCacheSeconds * 1000, stores.keptValues);
  const readersOf = dataSourcesOverAdminSources(config.admin.sources, config.dataSources);
  const recordsChanged: RecordsChanged = async (model, actor) => {
    await stats.forget(model.name);
    for (const name of readersOf.get(model.source) ?? []) void notifications.publish('dataSourceChanged', { tenantId: actor.tenantId, name });
  };
  const recordsService = new RecordsService(models, records, audit, recordsChanged);
  const data = new DashboardDataService(dashboards, queries, dataSources, metrics, widgetTypes, createLimiter(config.query.concurrency), config.defaultDataSource, log, notifications);
  const nameOf = async (userId: string | null, email: string) => (userId ? (await usersRepo.findById(userId))?.name : undefined) || email;
  const events = new DashboardEventsService(dashboards, notifications, stores.presence, nameOf);
  return {
    metadata,
    engine,
    widgetTypes,
    bi: { dashboards, widgets, content: new DashboardContentService(widgetsRepo, dashboards, widgetTypes, check), shares: new DashboardSharesService(dashboards, dashboardsRepo, usersRepo, teamsRepo, audit), history: new DashboardHistoryService(revisionsRepo, dashboards, widgets),
      assignments: new AssignmentsService(new AssignmentsRepository(db), usersRepo, access, audit),
      data, events, filterValues: new FilterValuesService(dashboards, queries, (tenantId, name) => dataSources.resolve(tenantId, name), config.defaultDataSource), favorites: new FavoritesService(dashboards, new FavoritesRepository(db), log), dataSources, metrics,
      dataSourceSchema: new DataSourceSchemaService(dataSources, queries) },
    async close() {
      for (const unsubscribe of subscriptions) unsubscribe();
      await engine.close();
      await models.close();
      await metadata.close();
    },
    audit,
    auth: new AuthService(usersRepo, refreshRepo, accessTokens, throttle, audit, config.refreshTokenTtlSeconds, sessions, new CsrfTokens(config.jwtSecret), notifications),
    users: new UsersService(usersRepo, tenantsRepo, refreshRepo, audit, notifications),
    teams,
    tenants: new TenantsService(tenantsRepo, audit),
    themeSettings: new ThemeSettingsService(new ThemeSettingsRepository(db), audit),
    cards: new CardsService(
      [
        ...firstPartyCards({
          metadataDialect: metadata.dialect,
          pingMetadata: () => metadata.ping(),
          dataSources: (actor) => dataSources.list(actor),
          users: async (tenantId) => ({ total: (await usersRepo.list({ tenantId, search: undefined, limit: 1, offset: 0 })).total, active: (await usersRepo.activeOfTenant(tenantId)).length }),
          activitySince: async (tenantId, since) => (await auditRepo.list({ tenantId, limit: 1, offset: 0, since })).total,
          models: async (actor) => (await stats.counts(actor)).map((c) => ({ count: c.count, exact: c.count_exact })),
        }),
        ...config.cards,
      ],
      cardSources(models, recordsService, queries),
      log,
      stores.keptValues,
    ),
    admin: {
      models,
      records: recordsService,
      bulk: new BulkService(models, records, recordsService, audit, recordsChanged),
      exports: new RecordExportService(models, records, recordsService, audit),
      imports: new RecordImportService(models, records, audit, new ImportJobs(), recordsChanged),
      stats,
      widgets: new AdminWidgetsService(config.admin.widgets, queries, log),
    },
    repositories: { users: usersRepo, tenants: tenantsRepo },
  };
}
