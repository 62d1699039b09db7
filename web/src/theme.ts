import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});

// Only the light/dark preference is persisted here; nothing about the session ever is.
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'tessera-color-scheme' });
