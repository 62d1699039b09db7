import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { ActionIcon, Tooltip } from '@mantine/core';
import { useStarred, useToggleStar } from './favorites.js';

/** A star on a dashboard, for the user alone; starred dashboards are listed on Home. */
export function StarButton({ dashboardId, name }: { dashboardId: string; name: string }) {
  const starred = useStarred();
  const toggle = useToggleStar();
  const isStarred = toggle.isPending ? toggle.variables.starred : (starred.data?.items.some((item) => item.id === dashboardId) ?? false);
  const label = isStarred ? `Unstar ${name}` : `Star ${name}`;
  return (
    <Tooltip label={isStarred ? 'Starred: listed on Home' : 'Star: list it on Home'}>
      <ActionIcon
        variant="subtle"
        color={isStarred ? 'yellow' : 'gray'}
        size="lg"
        aria-label={label}
        aria-pressed={isStarred}
        disabled={starred.isPending}
        onClick={() => toggle.mutate({ id: dashboardId, starred: !isStarred })}
      >
        {isStarred ? <IconStarFilled size={20} aria-hidden="true" /> : <IconStar size={20} aria-hidden="true" />}
      </ActionIcon>
    </Tooltip>
  );
}
