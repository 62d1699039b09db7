import { Type, type Static } from 'typebox';

/** Seed 004's card widgets: `GET /api/dashboard/widgets/` and the card dashboard page. */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const CARD_STATUSES = ['ok', 'operational', 'degraded', 'down'] as const;
export const CardStatus = Type.Union([Type.Literal('ok'), Type.Literal('operational'), Type.Literal('degraded'), Type.Literal('down')], { description: 'A badge: `ok`/`operational` (green), `degraded` (yellow), `down` (red)' });

export const CardData = Type.Object(
  {
    headline: Type.String({ description: 'The big text' }),
    detail: Type.String({ description: 'The small line under it' }),
    status: Type.Optional(CardStatus),
  },
  { additionalProperties: true, title: 'CardData', description: 'What the card computed; keys beyond these are the card\'s own, passed through for API clients' },
);

export const CardWidget = Type.Object(
  {
    id: Type.String({ description: 'The card\'s id, unique among the registered cards' }),
    title: Type.String(),
    icon: Type.String({ description: 'Inline SVG markup' }),
    order: Type.Integer({ description: 'Lower first; first-party cards use 10, 20, … 60' }),
    widget_type: Type.Literal('card'),
    span: Type.Union([Type.Literal(1), Type.Literal(2)], { description: 'Grid columns: 1 normal, 2 wide' }),
    on_dashboard: Type.Boolean({ description: 'False: shown on group and app pages only' }),
    url: Nullable(Type.String({ description: 'Where the card links to (a path of the web app, or a URL)' })),
    data: CardData,
    group: Nullable(Type.String()),
    app_label: Nullable(Type.String({ description: 'The admin source of a model\'s card; null for a standalone card' })),
    model_name: Nullable(Type.String({ description: 'The model of a model\'s card' })),
    refresh_seconds: Type.Integer({ description: 'How long the data is kept; the page asks again after this' }),
  },
  { title: 'CardWidget' },
);
export type CardWidget = Static<typeof CardWidget>;

export const CardWidgetList = Type.Object({ widgets: Type.Array(CardWidget) }, { title: 'CardWidgetList' });

export const CardWidgetQuery = Type.Object({
  group: Type.Optional(Type.String({ maxLength: 200, description: 'Only cards of this group (any case)' })),
  app: Type.Optional(Type.String({ maxLength: 200, description: 'Only cards of this app (an admin source); standalone cards are left out' })),
  dashboard_only: Type.Optional(Type.Unsafe<'0' | '1' | 'true' | 'false'>({ type: 'string', enum: ['0', '1', 'true', 'false'], description: '`1`: leave out cards with `on_dashboard: false`' })),
});
