import { useModels } from '../admin-panel/queries.js';
import { useAuth } from '../auth/AuthProvider.js';
import { NAV_ITEMS, type NavItem } from './navigation.js';

/** The navigation the signed-in user may follow: their permissions, and the admin panel only when it has models. */
export function useNavItems(): NavItem[] {
  const { can } = useAuth();
  const canReadModels = can('models:read');
  const models = useModels({ enabled: canReadModels });
  const hasModels = (models.data?.length ?? 0) > 0;
  return NAV_ITEMS.filter((item) => (!item.permission || can(item.permission)) && (!item.needsModels || hasModels));
}
