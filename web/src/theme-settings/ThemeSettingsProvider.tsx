import { MantineProvider, useMantineColorScheme } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { THEME_SETTING_VALUES, type ThemeChoices } from '../../../common/theme-choices.js';
import { mantineThemeFor } from './mantineTheme.js';
import { THEME_STORAGE_KEY, loadStoredTheme, parseStoredTheme, storeTheme, storedColorSchemeManager, toMantineScheme } from './storedTheme.js';

interface ThemeSettingsContextValue {
  /** The user's settings as the server last said (or as this browser kept them until it answers). */
  saved: ThemeChoices;
  /** What is on screen: the settings page's unsaved choices while it shows them, else `saved`. */
  applied: ThemeChoices;
  preview: ThemeChoices | null;
  /** Shows settings across the whole app without saving them; null goes back to `saved`. */
  setPreview: (settings: ThemeChoices | null) => void;
  /** Takes the settings the server gave for the user: shown (unless previewing) and kept for the next load. */
  remember: (settings: ThemeChoices) => void;
}

const ThemeSettingsContext = createContext<ThemeSettingsContextValue | null>(null);

/** The six settings of an answer that also carries other fields (`source`). */
export function choicesOf(settings: ThemeChoices): ThemeChoices {
  const { color_mode, accent, font, gray, radius, layout } = settings;
  return { color_mode, accent, font, gray, radius, layout };
}

export function sameChoices(a: ThemeChoices, b: ThemeChoices): boolean {
  return (Object.keys(THEME_SETTING_VALUES) as (keyof ThemeChoices)[]).every((key) => a[key] === b[key]);
}

/** Mantine keeps the color scheme itself; this follows it to the applied settings' mode. */
function ColorSchemeSync({ mode }: { mode: ThemeChoices['color_mode'] }) {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const wanted = toMantineScheme(mode);
  useEffect(() => {
    if (colorScheme !== wanted) setColorScheme(wanted);
  }, [colorScheme, wanted, setColorScheme]);
  return null;
}

/**
 * Applies the theme settings through Mantine: the theme (accent, font, gray shade, radius,
 * condensed spacing) and the color scheme. It starts from what this browser stored, so the first
 * render already has the user's look; `ThemeSync` then brings in the server's settings.
 */
export function ThemeSettingsProvider({ children }: { children: ReactNode }) {
  const [saved, setSaved] = useState(loadStoredTheme);
  const [preview, setPreview] = useState<ThemeChoices | null>(null);
  const applied = preview ?? saved;

  const remember = useCallback((settings: ThemeChoices) => {
    const choices = choicesOf(settings);
    storeTheme(choices);
    setSaved((current) => (sameChoices(current, choices) ? current : choices));
  }, []);

  // Settings saved in another tab of this browser show here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      const stored = event.key === THEME_STORAGE_KEY ? parseStoredTheme(event.newValue) : null;
      if (stored) setSaved((current) => (sameChoices(current, stored) ? current : stored));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  // theme-boot.js painted the dark page in the stored gray before Mantine's variables existed; they decide from here on.
  useLayoutEffect(() => {
    document.documentElement.style.removeProperty('--mantine-color-dark-7');
  }, []);

  const theme = useMemo(() => mantineThemeFor(applied), [applied]);
  const value = useMemo(() => ({ saved, applied, preview, setPreview, remember }), [saved, applied, preview, remember]);

  return (
    <ThemeSettingsContext.Provider value={value}>
      <MantineProvider theme={theme} colorSchemeManager={storedColorSchemeManager} defaultColorScheme="auto">
        <ColorSchemeSync mode={applied.color_mode} />
        {children}
      </MantineProvider>
    </ThemeSettingsContext.Provider>
  );
}

export function useThemeSettings(): ThemeSettingsContextValue {
  const context = useContext(ThemeSettingsContext);
  if (!context) throw new Error('useThemeSettings must be used inside <ThemeSettingsProvider>');
  return context;
}
