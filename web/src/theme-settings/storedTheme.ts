import type { MantineColorScheme, MantineColorSchemeManager } from '@mantine/core';
import { BUILT_IN_THEME, THEME_SETTING_VALUES, type ThemeChoices } from '../../../common/theme-choices.js';
import { darkPageColor } from './grayPalettes.js';

/**
 * The settings this browser applied last, kept so the next load starts with them instead of
 * flashing the built-in look until the server answers. `web/public/theme-boot.js` reads the same
 * key (`color_mode` and `dark_page`) before the first paint; keep the two in step.
 */
export const THEME_STORAGE_KEY = 'tessera-theme';
/** Where the light/dark toggle kept its choice before theme settings existed. */
const LEGACY_SCHEME_KEY = 'tessera-color-scheme';

type Stored = ThemeChoices & { dark_page: string };

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Each setting as stored when it is still one of its values, else the built-in one. */
export function parseStoredTheme(text: string | null): ThemeChoices | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as Record<string, unknown>;
  const settings: Record<string, unknown> = { ...BUILT_IN_THEME };
  for (const [key, allowed] of Object.entries(THEME_SETTING_VALUES)) {
    if ((allowed as readonly unknown[]).includes(stored[key])) settings[key] = stored[key];
  }
  return settings as unknown as ThemeChoices;
}

/** The settings to start with: the last applied ones, else the built-in look with the old toggle's choice. */
export function loadStoredTheme(): ThemeChoices {
  const stored = parseStoredTheme(read(THEME_STORAGE_KEY));
  if (stored) return stored;
  const legacy = read(LEGACY_SCHEME_KEY);
  return { ...BUILT_IN_THEME, color_mode: legacy === 'light' || legacy === 'dark' ? legacy : 'system' };
}

export function storeTheme(settings: ThemeChoices): void {
  const stored: Stored = { ...settings, dark_page: darkPageColor(settings.gray) };
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Private windows may refuse storage; the server still has the settings.
  }
}

export function toMantineScheme(mode: ThemeChoices['color_mode']): MantineColorScheme {
  return mode === 'system' ? 'auto' : mode;
}

/**
 * Mantine reads its first color scheme from here, so it starts with the stored settings' mode.
 * Changes go through the theme settings (which store all six together), so `set` stores nothing.
 */
export const storedColorSchemeManager: MantineColorSchemeManager = {
  get: () => toMantineScheme(loadStoredTheme().color_mode),
  set: () => undefined,
  subscribe: () => undefined,
  unsubscribe: () => undefined,
  clear: () => undefined,
};
