import type { Actor } from '../access/actor.js';
import type { CardContent, RegisteredCard } from './card-definition.js';
import { CARD_ICONS } from './card-icons.js';

/** What the first-party cards read, as narrow functions the core wires to its services. */
export interface FirstPartyCardSources {
  metadataDialect: string;
  pingMetadata(): Promise<void>;
  dataSources(actor: Actor): Promise<{ name: string; kind: string }[]>;
  users(tenantId: string): Promise<{ total: number; active: number }>;
  activitySince(tenantId: string, since: string): Promise<number>;
  models(actor: Actor): Promise<{ count: number; exact: boolean }[]>;
}

const GROUP = 'Tessera';
const number = new Intl.NumberFormat('en');
const plural = (n: number, one: string, many = `${one}s`) => `${number.format(n)} ${n === 1 ? one : many}`;

/**
 * The cards every Tessera has, at the seed's orders with gaps between them (10 to 60), so cards
 * registered in code slot in where they belong. They need the caller's context only for the
 * status checks; the counts are of the caller's tenant.
 */
export function firstPartyCards(sources: FirstPartyCardSources): RegisteredCard[] {
  return [
    {
      id: 'tessera.status',
      title: 'Status',
      icon: CARD_ICONS.status,
      order: 10,
      group: GROUP,
      refreshSeconds: 30,
      async getData({ actor, query }): Promise<CardContent> {
        const metadata = await sources.pingMetadata().then(() => true, () => false);
        const names = (await sources.dataSources(actor)).map((s) => s.name);
        // Each data source answers a trivial query, through the same engine as every widget.
        const answers = await Promise.all(names.map((name) => query(name, 'select 1 as ok').then(() => null, (error: Error) => `${name}: ${error.message}`)));
        const failing = answers.filter((a): a is string => a !== null);
        const checks = { server: 'ok', metadata: metadata ? 'ok' : 'down', data_sources: Object.fromEntries(names.map((n, i) => [n, answers[i] === null ? 'ok' : 'down'])) };
        if (!metadata) return { headline: 'Metadata store down', detail: `The ${sources.metadataDialect} metadata database does not answer`, status: 'down', checks };
        if (failing.length > 0) return { headline: `${plural(failing.length, 'data source')} down`, detail: failing.join('; ').slice(0, 300), status: 'degraded', checks };
        return { headline: 'All systems operational', detail: `Server, ${sources.metadataDialect} metadata and ${plural(names.length, 'data source')} answer`, status: 'operational', checks };
      },
    },
    {
      id: 'tessera.activity',
      title: 'Activity',
      icon: CARD_ICONS.activity,
      order: 20,
      group: GROUP,
      url: '/admin',
      async getData({ tenantId }) {
        const changes = await sources.activitySince(tenantId, new Date(Date.now() - 24 * 3600_000).toISOString());
        return { headline: plural(changes, 'change'), detail: 'in the last 24 hours', changes_24h: changes };
      },
    },
    {
      id: 'tessera.users',
      title: 'Users',
      icon: CARD_ICONS.users,
      order: 30,
      group: GROUP,
      url: '/admin/users',
      async getData({ tenantId }) {
        const { total, active } = await sources.users(tenantId);
        return { headline: plural(total, 'user'), detail: `${number.format(active)} active`, total, active };
      },
    },
    {
      id: 'tessera.data-sources',
      title: 'Data sources',
      icon: CARD_ICONS.database,
      order: 40,
      group: GROUP,
      async getData({ actor }) {
        const all = await sources.dataSources(actor);
        const kinds = new Map<string, number>();
        for (const s of all) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
        const detail = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ') || 'none connected yet';
        return { headline: plural(all.length, 'data source'), detail, kinds: Object.fromEntries(kinds) };
      },
    },
    {
      id: 'tessera.docs',
      title: 'Help & Docs',
      icon: CARD_ICONS.book,
      order: 50,
      group: GROUP,
      url: '/schema/swagger',
      refreshSeconds: 3600,
      getData: () => ({
        headline: 'API documentation',
        detail: 'Swagger UI, ReDoc and the OpenAPI document',
        links: [
          { title: 'Swagger UI', url: '/schema/swagger' },
          { title: 'ReDoc', url: '/schema/redoc' },
          { title: 'OpenAPI document', url: '/schema/openapi.json' },
        ],
      }),
    },
    {
      id: 'tessera.models',
      title: 'Models',
      icon: CARD_ICONS.table,
      order: 60,
      group: GROUP,
      url: '/admin',
      async getData({ actor }) {
        const counts = await sources.models(actor);
        const records = counts.reduce((sum, c) => sum + c.count, 0);
        const about = counts.some((c) => !c.exact) ? 'about ' : '';
        return { headline: plural(counts.length, 'model'), detail: `${about}${plural(records, 'record')}`, records, records_exact: about === '' };
      },
    },
  ];
}
