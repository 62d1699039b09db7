/**
 * Mantine labels the reveal button "Toggle password visibility", which makes "Password" name two
 * controls and confuses anything that locates the field by its label (screen-reader users' field
 * lists as well as tests). aria-pressed already tells whether the characters are shown.
 */
export const REVEAL_TOGGLE_PROPS = { 'aria-label': 'Show characters' } as const;
