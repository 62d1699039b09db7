/**
 * The values each theme setting may take and the look a user gets when nobody chose one. Plain
 * constants rather than schemas, so the web app reads the same lists without bundling TypeBox;
 * `contracts/theme-settings.ts` builds the API's schemas from them.
 */

export const COLOR_MODES = ['light', 'dark', 'system'] as const;
/** Mantine's own palettes, so every accent has the ten shades its components expect. */
export const ACCENT_COLORS = ['blue', 'cyan', 'grape', 'green', 'indigo', 'lime', 'orange', 'pink', 'red', 'teal', 'violet', 'yellow'] as const;
export const THEME_FONTS = ['sans', 'serif', 'mono'] as const;
export const GRAY_SHADES = ['slate', 'gray', 'zinc', 'neutral', 'stone'] as const;
/** Multiplies every corner radius: 0 is square, 2 twice as round as the default. */
export const RADIUS_FACTORS = [0, 0.5, 1, 1.5, 2] as const;
export const PAGE_LAYOUTS = ['default', 'boxed', 'condensed', 'fluid', 'vertical'] as const;

export interface ThemeChoices {
  color_mode: (typeof COLOR_MODES)[number];
  accent: (typeof ACCENT_COLORS)[number];
  font: (typeof THEME_FONTS)[number];
  gray: (typeof GRAY_SHADES)[number];
  radius: (typeof RADIUS_FACTORS)[number];
  layout: (typeof PAGE_LAYOUTS)[number];
}

/** Every setting with the values it accepts, in the order the API and the settings page show them. */
export const THEME_SETTING_VALUES: { readonly [K in keyof ThemeChoices]: readonly ThemeChoices[K][] } = {
  color_mode: COLOR_MODES,
  accent: ACCENT_COLORS,
  font: THEME_FONTS,
  gray: GRAY_SHADES,
  radius: RADIUS_FACTORS,
  layout: PAGE_LAYOUTS,
};

/** The app as it looked before theme settings existed, so nobody's screen changes until someone chooses. */
export const BUILT_IN_THEME: Readonly<ThemeChoices> = {
  color_mode: 'system',
  accent: 'indigo',
  font: 'sans',
  gray: 'gray',
  radius: 1,
  layout: 'default',
};
