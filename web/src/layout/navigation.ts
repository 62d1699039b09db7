import type { ComponentType } from 'react';
import type { Permission } from '../../../common/permissions.js';
import { BuildingIcon, HomeIcon, StarIcon, TeamIcon, UserIcon, DashboardIcon } from './icons.js';

export interface NavItem {
  label: string;
  to: string;
  icon: ComponentType;
  /** Absent means every signed-in user sees the link. */
  permission?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboards', to: '/dashboards', icon: DashboardIcon, permission: 'dashboards:read' },
  { label: 'My dashboards', to: '/my-dashboards', icon: StarIcon },
  { label: 'Home', to: '/home', icon: HomeIcon },
  { label: 'Users', to: '/admin/users', icon: UserIcon, permission: 'users:read' },
  { label: 'Teams', to: '/admin/teams', icon: TeamIcon, permission: 'teams:read' },
  { label: 'Tenants', to: '/admin/tenants', icon: BuildingIcon, permission: 'tenants:read' },
];
