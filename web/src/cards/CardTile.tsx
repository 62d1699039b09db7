import { Badge, Card, Group, Text, ThemeIcon } from '@mantine/core';
import { Link } from 'react-router-dom';
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
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'document', href: url };
  if (SERVER_PATHS.some((prefix) => url.startsWith(prefix))) return { kind: 'document', href: url };
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
      <Group justify="space-between" wrap="nowrap" gap="sm" mb="sm">
        <Group wrap="nowrap" gap="sm" miw={0}>
          <ThemeIcon variant="light" size={40} radius="md">
            {/* The icon is SVG the operator registered in server code, not user input, so it is rendered as is. */}
            <span className={classes.icon} aria-hidden="true" dangerouslySetInnerHTML={{ __html: icon }} />
          </ThemeIcon>
          <Text fw={600} truncate="end">
            {title}
          </Text>
        </Group>
        {data.status && (
          <Badge color={STATUS_COLORS[data.status]} variant="light" style={{ flexShrink: 0 }}>
            {data.status}
          </Badge>
        )}
      </Group>
      <Text fz={26} fw={700} lh={1.2} data-testid="card-headline">
        {data.headline}
      </Text>
      <Text size="sm" c="dimmed" mt={4} lineClamp={3}>
        {data.detail}
      </Text>
    </>
  );
}
