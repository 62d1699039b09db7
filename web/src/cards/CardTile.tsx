import { Badge, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { Link } from 'react-router-dom';
import { serverPath } from '../api/mountBase.js';
import classes from './CardGrid.module.css';
import type { CardWidget } from './queries.js';

type CardStatus = NonNullable<CardWidget['data']['status']>;

const STATUS_COLORS: Record<CardStatus, string> = { ok: 'green', operational: 'green', degraded: 'yellow', down: 'red' };

/**
 * Paths the server answers itself (the API reference, the APIs) rather than the single-page app;
 * a router link to them would render the app's 404 instead of loading them.
 */
const SERVER_PATHS = ['/schema/', '/api/', '/admin/api/'];

type CardLink = { kind: 'router'; to: string } | { kind: 'document'; href: string } | null;

export function cardLink(url: string | null): CardLink {
  if (!url) return null;
  if (/^https?:/i.test(url) || url.startsWith('//')) return { kind: 'document', href: url };
  // Any other scheme (javascript:, data:, …) is never a link.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  if (SERVER_PATHS.some((prefix) => url.startsWith(prefix))) return { kind: 'document', href: serverPath(url) };
  return { kind: 'router', to: url };
}

/** One card of the registry: icon, title, headline, detail and status, the whole card a link when it has one. */
export function CardTile({ widget }: { widget: CardWidget }) {
  const { title, data } = widget;
  const link = cardLink(widget.url);
  const label = `${title}: ${data.headline}`;
  const shared = {
    withBorder: true,
    padding: 'md',
    className: classes.card,
    'aria-label': label,
    'data-testid': 'card-widget',
    'data-card-id': widget.id,
  } as const;
  const body = <CardBody widget={widget} />;

  if (link?.kind === 'router') {
    return (
      <Card component={Link} to={link.to} {...shared}>
        {body}
      </Card>
    );
  }
  if (link?.kind === 'document') {
    return (
      <Card component="a" href={link.href} {...shared}>
        {body}
      </Card>
    );
  }
  return (
    <Card component="article" {...shared}>
      {body}
    </Card>
  );
}

function CardBody({ widget }: { widget: CardWidget }) {
  const { title, icon, data } = widget;
  return (
    <>
      {/* The badge sits under the title rather than beside it, so a 240 px card never cuts the title short. */}
      <Group wrap="nowrap" gap="sm" mb="sm" align="center">
        <ThemeIcon variant="light" size={40} radius="md" style={{ flexShrink: 0 }}>
          {/* The icon is SVG the operator registered in server code, not user input, so it is rendered as is. */}
          <span className={classes.icon} aria-hidden="true" dangerouslySetInnerHTML={{ __html: icon }} />
        </ThemeIcon>
        <Stack gap={2} miw={0} align="flex-start">
          <Text fw={600} lh={1.3} lineClamp={2}>
            {title}
          </Text>
          {data.status && (
            <Badge color={STATUS_COLORS[data.status]} variant="light" size="sm">
              {data.status}
            </Badge>
          )}
        </Stack>
      </Group>
      <Text fz={24} fw={700} lh={1.2} className={classes.headline} data-testid="card-headline">
        {data.headline}
      </Text>
      <Text size="sm" c="dimmed" mt={4} lineClamp={3}>
        {data.detail}
      </Text>
    </>
  );
}
