import { Type, type Static } from 'typebox';

export const Editor = Type.Object(
  {
    user_id: Type.String(),
    name: Type.String(),
    since: Type.String({ format: 'date-time', description: 'When they started editing' }),
  },
  { title: 'DashboardEditor' },
);

export const Editors = Type.Object({ editors: Type.Array(Editor) }, { title: 'DashboardEditors' });
export type Editors = Static<typeof Editors>;

/** The stream's documentation; each event's `data` is one line of JSON. */
export const DASHBOARD_EVENT_STREAM = {
  description: [
    'Server-sent events (`text/event-stream`), one JSON object per `data:` line:',
    '- `dashboard.updated` `{version, by: {user_id, name}}`: someone saved the dashboard or its widgets;',
    '- `data.refreshed` `{widget_id, cached_at}`: fresh results of a widget are in the cache;',
    '- `presence` `{editors: [{user_id, name, since}]}`: sent first, then whenever someone starts or stops editing.',
    'A comment line is sent every 15 s to keep proxies from closing the stream.',
  ].join('\n'),
  content: { 'text/event-stream': { schema: { type: 'string' } } },
};
