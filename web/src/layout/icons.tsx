import {
  IconBuilding,
  IconChevronDown,
  IconDatabase,
  IconHome,
  IconLayoutDashboard,
  IconLayoutCards,
  IconLogout,
  IconMenu2,
  IconMoon,
  IconPalette,
  IconStar,
  IconSun,
  IconUser,
  IconUsers,
  type Icon as TablerIcon,
  type IconProps as TablerIconProps,
} from '@tabler/icons-react';

export type IconProps = TablerIconProps;

/**
 * The app's one icon set is Tabler's outline icons; these are the shell's, at the shell's size.
 * Icons are decoration: the control that holds one carries the accessible name.
 */
function shellIcon(Icon: TablerIcon) {
  const ShellIcon = (props: IconProps) => <Icon size={18} stroke={1.75} aria-hidden="true" {...props} />;
  ShellIcon.displayName = Icon.displayName;
  return ShellIcon;
}

export const SunIcon = shellIcon(IconSun);
export const MoonIcon = shellIcon(IconMoon);
export const HomeIcon = shellIcon(IconHome);
export const UserIcon = shellIcon(IconUser);
export const TeamIcon = shellIcon(IconUsers);
export const BuildingIcon = shellIcon(IconBuilding);
export const StarIcon = shellIcon(IconStar);
export const DashboardIcon = shellIcon(IconLayoutDashboard);
export const CardsIcon = shellIcon(IconLayoutCards);
export const DatabaseIcon = shellIcon(IconDatabase);
export const PaletteIcon = shellIcon(IconPalette);
export const ChevronDownIcon = shellIcon(IconChevronDown);
export const MenuIcon = shellIcon(IconMenu2);
export const LogoutIcon = shellIcon(IconLogout);
