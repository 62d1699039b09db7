/**
 * Names for Mantine's pagination arrows, which are bare icons: spread on `<Pagination>` so screen
 * readers announce "Next page" rather than nothing.
 */
const CONTROL_LABELS = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' } as const;

export const PAGINATION_LABELS = {
  getControlProps: (control: keyof typeof CONTROL_LABELS) => ({ 'aria-label': CONTROL_LABELS[control] }),
  getItemProps: (page: number) => ({ 'aria-label': `Page ${page}` }),
};
