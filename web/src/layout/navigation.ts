import type { ComponentType } from 'react';
import type { Permission } from '../../../common/permissions.js';
import { BuildingIcon, CardsIcon, DashboardIcon, DatabaseIcon, HomeIcon, StarIcon, TeamIcon, UserIcon, type IconProps } from './icons.js';

export interface NavItem {
  label: string;
  to: string;
  icon: ComponentType<IconProps>;
  /** Absent means every signed-in user sees the link. */
  permission?: Permission;
  /** Shown only when the server registers at least one admin model, since the page is empty otherwise. */
  needsModels?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboards', to: '/dashboards', icon: DashboardIcon, permission: 'dashboards:read' },
  { label: 'My dashboards', to: '/my-dashboards', icon: StarIcon },
  { label: 'Home', to: '/home', icon: HomeIcon },
  { label: 'Cards', to: '/cards', icon: CardsIcon, permission: 'cards:read' },
  { label: 'Admin', to: '/admin', icon: DatabaseIcon, permission: 'models:read', needsModels: true },
  { label: 'Users', to: '/admin/users', icon: UserIcon, permission: 'users:read' },
  { label: 'Teams', to: '/admin/teams', icon: TeamIcon, permission: 'teams:read' },
  { label: 'Tenants', to: '/admin/tenants', icon: BuildingIcon, permission: 'tenants:read' },
];

/** The item whose path is the longest prefix of `pathname`, so `/admin/users` lights Users, not Admin. */
export function activeNavPath(items: readonly NavItem[], pathname: string): string | undefined {
  const matches = items.filter(({ to }) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`)));
  return matches.sort((a, b) => b.to.length - a.to.length)[0]?.to;
}
