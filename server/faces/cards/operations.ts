import type { OperationDocs } from '../operation-docs.js';

/** The reference text of `/api/dashboard` (seed 004's card widgets). */
export const CARDS_OPERATIONS: OperationDocs = {
  'GET /widgets': {
    id: 'listCardWidgets',
    tag: 'cards',
    description:
      'Also served at `/api/dashboard/widgets/`, with the trailing slash. The card widgets the caller may see, ordered by `order`: first-party cards (Status, Activity, Users, Data sources, Help & Docs, Models), cards registered in code, and cards of the admin models the caller may read. Each card\'s `data` is computed within a time limit and kept for its `refresh_seconds` per tenant; a card that fails comes back with `data.headline` "Unavailable", the reason in `detail` and `status: "down"`. `group` matches case-insensitively, `app` keeps the cards of that app (an admin source) and leaves out standalone ones, `dashboard_only=1` leaves out cards with `on_dashboard: false`. Editors and above (`cards:read`); viewers get 403.',
  },
};
