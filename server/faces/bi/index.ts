import type { FastifyPluginAsync } from 'fastify';
import type { DashboardDataService } from '../../modules/dashboard-data/dashboard-data.service.js';
import type { DashboardEventsService } from '../../modules/dashboard-events/dashboard-events.service.js';
import type { FilterValuesService } from '../../modules/dashboard-data/filter-values.service.js';
import type { FavoritesService } from '../../modules/dashboard-favorites/favorites.service.js';
import type { DashboardHistoryService } from '../../modules/dashboards/dashboard-history.service.js';
import type { DashboardSharesService } from '../../modules/dashboards/dashboard-shares.service.js';
import type { DashboardsService } from '../../modules/dashboards/dashboards.service.js';
import type { DataSourcesService } from '../../modules/data-sources/data-sources.service.js';
import type { DataSourceSchemaService } from '../../modules/data-sources/data-source-schema.service.js';
import type { MetricsService } from '../../modules/metrics/metrics.service.js';
import type { WidgetsService } from '../../modules/dashboards/widgets.service.js';
import type { DashboardContentService } from '../../modules/dashboards/dashboard-content.service.js';
import type { WidgetTypeRegistry } from '../../modules/widgets/widget-types.js';
import type { Core } from '../../core.js';
import { authenticateHook } from '../../plugins/auth.js';
import { detailFormat, replyWithProblem } from '../../plugins/errors.js';
import { DetailError, RateLimited } from '../../../common/contracts/errors.js';
import { describeOperations } from '../operation-docs.js';
import { catalogRoutes } from './catalog.routes.js';
import { BI_OPERATIONS } from './operations.js';
import { dashboardsRoutes } from './dashboards.routes.js';
import { dataRoutes } from './data.routes.js';
import { widgetsRoutes } from './widgets.routes.js';
import { historyRoutes } from './history.routes.js';
import { eventsRoutes } from './events.routes.js';
import { favoritesRoutes } from './favorites.routes.js';

export interface BiFaceOptions {
  services: {
    dashboards: DashboardsService;
    widgets: WidgetsService;
    content: DashboardContentService;
    shares: DashboardSharesService;
    history: DashboardHistoryService;
    data: DashboardDataService;
    events: DashboardEventsService;
    filterValues: FilterValuesService;
    favorites: FavoritesService;
    dataSources: DataSourcesService;
    dataSourceSchema: DataSourceSchemaService;
    metrics: MetricsService;
    widgetTypes: WidgetTypeRegistry;
  };
}

/** `/api/v1/bi`: seed 003's surface, in snake_case with the `{detail, status_code}` errors. */
export const biFace: FastifyPluginAsync<{ core: Core }> = async (app, { core }) => {
  app.setErrorHandler((error, request, reply) => replyWithProblem(error, request, reply, detailFormat));
  app.addHook('preValidation', authenticateHook(core));
  describeOperations(app, BI_OPERATIONS, { error: DetailError, rateLimited: RateLimited });
  const services = { ...core.bi, widgetTypes: core.widgetTypes };
  for (const routes of [favoritesRoutes, dashboardsRoutes, widgetsRoutes, historyRoutes, dataRoutes, eventsRoutes, catalogRoutes]) {
    await app.register(routes, { services });
  }
};
