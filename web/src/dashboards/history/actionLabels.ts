/** How the history names what each version did; unknown actions read as themselves. */
const ACTION_LABELS: Record<string, string> = {
  create: 'Created',
  update: 'Settings changed',
  add_widget: 'Widget added',
  update_widget: 'Widget changed',
  remove_widget: 'Widget removed',
  layout: 'Layout changed',
  share: 'Sharing changed',
  restore: 'Restored',
  edit_session: 'Edited',
};

export const actionLabel = (action: string) => ACTION_LABELS[action] ?? action.replace(/_/g, ' ');
