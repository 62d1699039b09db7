import { useComputedColorScheme } from '@mantine/core';
import { useSaveMyTheme } from '../theme-settings/queries.js';
import { useThemeSettings } from '../theme-settings/ThemeSettingsProvider.js';

/**
 * Flips between light and dark and saves it as the user's color mode, so it follows them like the
 * rest of their theme settings. On the settings page it is one more unsaved choice instead.
 */
export function useColorSchemeToggle(): { next: 'light' | 'dark'; toggle: () => void } {
  const { saved, preview, setPreview, remember } = useThemeSettings();
  const save = useSaveMyTheme();
  // The setting may be "system"; what matters for the toggle is what is on screen.
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const next = computed === 'dark' ? 'light' : 'dark';
  const toggle = () => {
    if (preview) {
      setPreview({ ...preview, color_mode: next });
      return;
    }
    const before = saved;
    const after = { ...saved, color_mode: next } as const;
    remember(after);
    save.mutate(after, { onError: () => remember(before) });
  };
  return { next, toggle };
}
