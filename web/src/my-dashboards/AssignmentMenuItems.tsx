import { Menu } from '@mantine/core';
import { notify } from '../ui/notify.js';
import { useAssign, useMyDashboards, useUnassign } from './queries.js';

/** The dashboard menu's entries for keeping a dashboard in "My dashboards" and making it the default. */
export function AssignmentMenuItems({ dashboardId, name }: { dashboardId: string; name: string }) {
  const assignments = useMyDashboards();
  const assign = useAssign();
  const unassign = useUnassign();
  const entry = assignments.data?.dashboards.find((item) => item.id === dashboardId);

  const put = (isDefault: boolean) =>
    assign.mutate(
      { dashboardId, isDefault },
      { onSuccess: () => notify.success(isDefault ? `${name} now opens when you sign in` : `Added ${name} to your dashboards`) },
    );

  return (
    <>
      <Menu.Label>My dashboards</Menu.Label>
      {!entry && <Menu.Item onClick={() => put(false)}>Add to my dashboards</Menu.Item>}
      {entry?.isDefault ? (
        <Menu.Item disabled>Your default dashboard</Menu.Item>
      ) : (
        <Menu.Item onClick={() => put(true)}>Set as my default</Menu.Item>
      )}
      {entry && (
        <Menu.Item
          onClick={() => unassign.mutate(dashboardId, { onSuccess: () => notify.success(`Removed ${name} from your dashboards`) })}
        >
          Remove from my dashboards
        </Menu.Item>
      )}
    </>
  );
}
