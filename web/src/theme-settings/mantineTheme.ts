import { createTheme, rem, type MantineThemeOverride } from '@mantine/core';
import type { ThemeChoices } from '../../../common/theme-choices.js';
import { GRAY_PALETTES } from './grayPalettes.js';

export const FONT_FAMILIES: Record<ThemeChoices['font'], string> = {
  sans: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  serif: '"Iowan Old Style", "Palatino Linotype", Palatino, Georgia, Cambria, "Times New Roman", serif',
  mono: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
};

/** Mantine's corner radii in pixels; the radius setting multiplies them all. */
const RADII_PX = { xs: 2, sm: 4, md: 8, lg: 16, xl: 32 } as const;
/** A quarter less room than Mantine's spacing (10, 12, 16, 20, 32 px) for the condensed layout. */
const CONDENSED_SPACING_PX = { xs: 6, sm: 8, md: 12, lg: 14, xl: 22 } as const;

const inRem = <K extends string>(pixels: Record<K, number>, factor = 1) =>
  Object.fromEntries(Object.entries<number>(pixels).map(([size, px]) => [size, rem(px * factor)])) as Record<K, string>;

/** The Mantine theme of a set of theme settings; the color mode goes through the color scheme manager instead. */
export function mantineThemeFor({ accent, font, gray, radius, layout }: ThemeChoices): MantineThemeOverride {
  const fontFamily = FONT_FAMILIES[font];
  return createTheme({
    primaryColor: accent,
    // Light accents (yellow, lime) get dark text on filled buttons instead of unreadable white;
    // the threshold leaves the mid-tone ones (teal, orange) with the white text they always had.
    autoContrast: true,
    luminanceThreshold: 0.45,
    fontFamily,
    headings: { fontFamily },
    defaultRadius: 'md',
    radius: inRem(RADII_PX, radius),
    ...(layout === 'condensed' ? { spacing: inRem(CONDENSED_SPACING_PX) } : {}),
    colors: gray === 'gray' ? {} : { ...GRAY_PALETTES[gray] },
    // Mantine's close buttons are a bare icon: every dialog's and drawer's gets a name for screen readers.
    components: {
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
      Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    },
  });
}
