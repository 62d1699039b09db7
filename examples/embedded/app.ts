import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { defineCard, registerSqliteFunctions, tessera } from 'tessera';
import { openHelpdesk } from './helpdesk-db.js';

export interface EmbeddedAppOptions {
  /** Where the helpdesk database and Tessera's own files live. */
  dataDir: string;
  logger?: FastifyServerOptions['logger'];
  /** Tessera's first admin; a password is generated and logged on first start when not set. */
  adminEmail?: string;
  adminPassword?: string;
  /** The built web app, for tests that serve their own; Tessera's `web/dist` by default. */
  webDist?: string;
}

const TICKET_ICON = '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M3 7h18v4a2 2 0 0 0 0 4v4H3v-4a2 2 0 0 0 0-4z"/></svg>';

/**
 * A helpdesk app with routes and a database of its own, and Tessera mounted at `/tessera`: the
 * tickets table as an admin model (with a card of its own), a card and a widget type registered
 * in code, and the same database as a data source for dashboards.
 */
export async function buildEmbeddedApp(options: EmbeddedAppOptions): Promise<FastifyInstance> {
  const helpdeskFile = join(options.dataDir, 'helpdesk.sqlite');
  // Search and filters on the Ticket model fold case with functions Tessera adds to the database.
  const helpdesk = openHelpdesk(helpdeskFile, registerSqliteFunctions);
  const app = Fastify({ logger: options.logger ?? true });
  app.addHook('onClose', async () => helpdesk.destroy());

  // The host's own routes, untouched by Tessera.
  app.get('/', async (_request, reply) => reply.type('text/html').send('<h1>Helpdesk</h1><p><a href="/tessera/">Open the Tessera admin</a></p>'));
  app.get('/api/tickets/open', async () => helpdesk.selectFrom('tickets').selectAll().where('status', '=', 'open').orderBy('priority').execute());

  await app.register(tessera, {
    prefix: '/tessera',
    config: {
      dataDir: join(options.dataDir, 'tessera'),
      adminEmail: options.adminEmail ?? 'admin@example.com',
      adminPassword: options.adminPassword,
      // Only the helpdesk, not the demo dashboards and shop.
      demo: false,
    },
    webDist: options.webDist,
    // The helpdesk's own Kysely instance: Tessera reads and writes through it and never closes it.
    sources: [{ name: 'helpdesk', kind: 'sqlite', db: helpdesk }],
    models: [
      {
        source: 'helpdesk',
        table: 'tickets',
        name: 'Ticket',
        label: 'subject',
        category: 'Helpdesk',
        list: ['id', 'subject', 'status', 'priority', 'opened_at'],
        searchable: ['subject'],
        defaultSort: { field: 'opened_at', order: 'desc' },
        readOnlyFields: ['opened_at'],
        cards: [
          {
            title: 'Tickets',
            icon: TICKET_ICON,
            getData: async (ctx) => {
              const [all, open] = await Promise.all([ctx.count(), ctx.count([{ field: 'status', operator: 'eq', value: 'open' }])]);
              return { headline: `${all} tickets`, detail: `${open} open`, status: open > 10 ? 'degraded' : 'ok' };
            },
          },
        ],
      },
    ],
    cards: [
      defineCard({
        id: 'helpdesk.urgent',
        title: 'Urgent tickets',
        icon: TICKET_ICON,
        group: 'Helpdesk',
        // The ticket list, filtered the same way (the list keeps its filters in the query string).
        url: `/admin/models/Ticket?filters=${encodeURIComponent(JSON.stringify([{ field: 'priority', operator: 'eq', value: 1 }]))}`,
        refreshSeconds: 30,
        getData: async (ctx) => {
          const urgent = await ctx.countRecords('Ticket', [
            { field: 'priority', operator: 'eq', value: 1 },
            { field: 'status', operator: 'ne', value: 'closed' },
          ]);
          return { headline: `${urgent} urgent`, detail: 'priority 1, not closed', status: urgent > 0 ? 'degraded' : 'ok', urgent };
        },
      }),
    ],
    // Dashboards query the same file read-only, through Tessera's query engine.
    dataSources: [{ name: 'helpdesk', kind: 'sqlite', url: helpdeskFile }],
    widgetTypes: [
      {
        type: 'tickets_by_status',
        visualization: 'bar_chart',
        label: 'Tickets by status',
        data_source: { sql: 'SELECT status, COUNT(*) AS tickets FROM tickets GROUP BY status ORDER BY status', source: 'helpdesk', cache_ttl_seconds: 60 },
        config: { x_axis: 'status', y_axis: 'tickets' },
      },
    ],
  });
  return app;
}
