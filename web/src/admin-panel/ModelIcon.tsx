import {
  IconBox,
  IconCalendar,
  IconCreditCard,
  IconFileText,
  IconHistory,
  IconLayoutDashboard,
  IconList,
  IconMail,
  IconSettings,
  IconShoppingCart,
  IconTable,
  IconTag,
  IconTicket,
  IconTruck,
  IconUser,
  IconUsers,
  type Icon,
  type IconProps,
} from '@tabler/icons-react';

/**
 * A model's icon by the name its configuration gives (`users`, `box`, `shopping-cart`: Tabler's
 * names and common aliases). Names this set lacks fall back to a table.
 */
const ICONS: Record<string, Icon> = {
  table: IconTable,
  users: IconUsers,
  user: IconUser,
  box: IconBox,
  'shopping-cart': IconShoppingCart,
  ticket: IconTicket,
  file: IconFileText,
  tag: IconTag,
  settings: IconSettings,
  mail: IconMail,
  calendar: IconCalendar,
  'credit-card': IconCreditCard,
  'layout-dashboard': IconLayoutDashboard,
  history: IconHistory,
  list: IconList,
  truck: IconTruck,
};

const ALIASES: Record<string, string> = {
  package: 'box',
  cart: 'shopping-cart',
  'file-text': 'file',
  document: 'file',
  cog: 'settings',
  gear: 'settings',
  envelope: 'mail',
  'user-group': 'users',
  'users-group': 'users',
  dashboard: 'layout-dashboard',
  clock: 'history',
  'list-details': 'list',
  people: 'users',
  payment: 'credit-card',
};

export function ModelIcon({ name, ...props }: IconProps & { name: string }) {
  const key = name.toLowerCase();
  const Shape = ICONS[key] ?? ICONS[ALIASES[key] ?? ''] ?? IconTable;
  return <Shape size={18} stroke={1.75} aria-hidden="true" {...props} />;
}
