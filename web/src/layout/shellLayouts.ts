import type { AppShellProps, MantineSpacing } from '@mantine/core';
import type { ThemeChoices } from '../../../common/theme-choices.js';

/** How the app's frame is arranged for one page layout setting. */
export interface ShellLayout {
  headerHeight: number;
  /** `side`: a navbar at the left (a drawer behind the burger on phones); `top`: a bar under the header. */
  navigation: 'side' | 'top';
  navbarWidth: number;
  padding: MantineSpacing;
  /** The navbar runs the full height with the brand at its top, the header beside it. */
  fullHeightNavbar: boolean;
  /** Header, navbar and page sit in a centered box of `BOX_WIDTH`. */
  boxed: boolean;
}

export const TOP_NAVIGATION_HEIGHT = 44;
const BOX_WIDTH = '75rem';

const DEFAULT: ShellLayout = { headerHeight: 60, navigation: 'side', navbarWidth: 240, padding: 'lg', fullHeightNavbar: false, boxed: false };

/** `default` is the frame as it always was; the others change one thing each. */
export const SHELL_LAYOUTS: Record<ThemeChoices['layout'], ShellLayout> = {
  default: DEFAULT,
  boxed: { ...DEFAULT, boxed: true },
  condensed: { ...DEFAULT, headerHeight: 48, navbarWidth: 200, padding: 'sm' },
  fluid: { ...DEFAULT, navigation: 'top', padding: 'md' },
  vertical: { ...DEFAULT, fullHeightNavbar: true },
};

/** Room left on each side of the box: none once the window is narrower than the box. */
const GUTTER = `max(0px, calc((100% - ${BOX_WIDTH}) / 2))`;

/**
 * Mantine's shell pins the header and navbar to the window's edges; the boxed layout moves them in
 * by the gutter, pads the page by as much, and shades the gutters so the box shows.
 */
export function boxedShellStyles(outside: string): AppShellProps['styles'] {
  const edge = 'var(--app-shell-border-color)';
  return {
    header: { insetInline: GUTTER, borderInline: `1px solid ${edge}` },
    navbar: { insetInlineStart: GUTTER, borderInlineStart: `1px solid ${edge}` },
    main: {
      paddingInlineStart: `calc(${GUTTER} + var(--app-shell-navbar-offset, 0rem) + var(--app-shell-padding))`,
      paddingInlineEnd: `calc(${GUTTER} + var(--app-shell-padding))`,
      backgroundImage: `linear-gradient(to right, ${outside} ${GUTTER}, ${edge} ${GUTTER} calc(${GUTTER} + 1px), transparent calc(${GUTTER} + 1px) calc(100% - ${GUTTER} - 1px), ${edge} calc(100% - ${GUTTER} - 1px) calc(100% - ${GUTTER}), ${outside} calc(100% - ${GUTTER}))`,
    },
  };
}
