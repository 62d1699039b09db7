// Runs before the first paint, so the page is not drawn light and then switched to dark (or back)
// while the app loads. It reads what the app stored under "tessera-theme" (storedTheme.ts):
// the color mode, and the dark page color of the chosen gray shade. A separate file rather than
// an inline script, since the content security policy allows only the server's own scripts.
(function () {
  var root = document.documentElement;
  var stored = null;
  var legacy = null;
  try {
    stored = JSON.parse(window.localStorage.getItem('tessera-theme') || 'null');
    legacy = window.localStorage.getItem('tessera-color-scheme');
  } catch {
    // Storage refused or unreadable: fall back to the device's preference.
  }
  var mode = stored && stored.color_mode ? stored.color_mode : legacy === 'light' || legacy === 'dark' ? legacy : 'system';
  var dark = mode === 'dark' || (mode !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.setAttribute('data-mantine-color-scheme', dark ? 'dark' : 'light');
  if (stored && typeof stored.dark_page === 'string' && /^#[0-9a-f]{6}$/i.test(stored.dark_page)) {
    // Removed by the app once Mantine's own variables are in place.
    root.style.setProperty('--mantine-color-dark-7', stored.dark_page);
  }
})();
