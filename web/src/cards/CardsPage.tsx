import { Alert, Tabs } from '@mantine/core';
import { useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../api/errors.js';
import { useAuth } from '../auth/AuthProvider.js';
import { PageHeader } from '../ui/PageHeader.js';
import { QueryState } from '../ui/QueryState.js';
import { CardGrid } from './CardGrid.js';
import classes from './CardGrid.module.css';
import { groupsOf, useCardWidgets, type CardScope } from './queries.js';
import { usePageTitle } from '../layout/usePageTitle.js';

const ALL = '__all__';

/**
 * The card dashboard (`/cards`: the cards meant for the dashboard) and a group's page
 * (`/cards/:group`: every card of the group, those kept off the dashboard too), one tab per group.
 */
export function CardsPage() {
  const { group } = useParams<{ group?: string }>();
  usePageTitle(group, 'Cards');
  const navigate = useNavigate();
  // Viewers are told so at once rather than after a refused request; the server refuses them anyway.
  const allowed = useAuth().can('cards:read');
  const scope: CardScope = group ? { kind: 'group', group } : { kind: 'dashboard' };
  const shown = useCardWidgets(scope, { enabled: allowed });
  // The tabs come from the dashboard's cards; on a group page that list is only read, not polled.
  const dashboard = useCardWidgets({ kind: 'dashboard' }, { poll: !group, enabled: allowed });
  const groups = groupsOf(dashboard.data);
  // A group whose cards all stay off the dashboard still gets its tab while it is open.
  const current = group ? (groups.find((name) => name.toLowerCase() === group.toLowerCase()) ?? group) : undefined;
  if (current && !groups.includes(current)) groups.push(current);

  if (!allowed || isApiError(shown.error, 403)) {
    return (
      <>
        <PageHeader title="Cards" />
        <Alert color="yellow" variant="light" title="Cards are for editors and above">
          Your role does not include the card dashboard. Ask an administrator if you need it.
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader title={current ? `Cards: ${current}` : 'Cards'} description="Your numbers and systems at a glance; each card refreshes on its own schedule." />
      {/* The grid is the open tab's panel, so each tab controls something real; choosing one changes the URL. */}
      <Tabs value={current ?? ALL} onChange={(value) => navigate(value && value !== ALL ? `/cards/${encodeURIComponent(value)}` : '/cards')} keepMounted={false}>
        <Tabs.List aria-label="Card groups" className={classes.tabList} mb="md">
          <Tabs.Tab value={ALL}>All</Tabs.Tab>
          {groups.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {name}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={current ?? ALL}>
          <QueryState query={shown} noun="the cards">
            {(widgets) => <CardGrid widgets={widgets} emptyText={current ? `No cards in ${current}.` : 'No cards are registered yet.'} />}
          </QueryState>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
