import { useEffect } from 'react';
import { useAuth } from '../auth/AuthProvider.js';
import { useMyTheme } from './queries.js';
import { useThemeSettings } from './ThemeSettingsProvider.js';

/**
 * Brings the signed-in user's settings from the server into the app, so they follow the user to
 * another browser; until the answer arrives the settings this browser kept stay on screen.
 */
export function ThemeSync() {
  const { user } = useAuth();
  const mine = useMyTheme({ enabled: Boolean(user) });
  const { remember } = useThemeSettings();
  useEffect(() => {
    if (user && mine.data) remember(mine.data);
  }, [user, mine.data, remember]);
  return null;
}
