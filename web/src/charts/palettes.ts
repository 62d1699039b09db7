export const COLOR_SCHEMES = ['default', 'blue', 'green', 'purple', 'orange', 'red', 'teal'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];
export type ColorMode = 'light' | 'dark';

/** Shades 100 to 800 of each single-hue scheme. */
const SHADES: Record<Exclude<ColorScheme, 'default'>, readonly string[]> = {
  blue: ['#dbeafe', '#bfdbfe', '#93c5fd', '#60a5fa', '#3b82f6', '#2563eb', '#1d4ed8', '#1e40af'],
  green: ['#dcfce7', '#bbf7d0', '#86efac', '#4ade80', '#22c55e', '#16a34a', '#15803d', '#166534'],
  purple: ['#ede9fe', '#ddd6fe', '#c4b5fd', '#a78bfa', '#8b5cf6', '#7c3aed', '#6d28d9', '#5b21b6'],
  orange: ['#ffedd5', '#fed7aa', '#fdba74', '#fb923c', '#f97316', '#ea580c', '#c2410c', '#9a3412'],
  red: ['#fee2e2', '#fecaca', '#fca5a5', '#f87171', '#ef4444', '#dc2626', '#b91c1c', '#991b1b'],
  teal: ['#ccfbf1', '#99f6e4', '#5eead4', '#2dd4bf', '#14b8a6', '#0d9488', '#0f766e', '#115e59'],
};

// A single-hue chart starts from its strongest shade and alternates lighter and darker steps, so
// neighbouring series stay tellable apart. On a dark surface the darkest shades sink into the
// background and the lightest stand out, so the order turns around.
const SHADE_ORDER: Record<ColorMode, number[]> = {
  light: [6, 3, 8, 4, 5, 7, 2],
  dark: [4, 2, 6, 3, 5, 1, 7],
};

// "default": the Okabe–Ito colors, told apart with the common color vision deficiencies too.
// Yellow is left out on light surfaces and black on dark ones, where they barely show; the dark
// set is lifted so each color keeps its contrast against the tile.
const MIXED: Record<ColorMode, string[]> = {
  light: ['#0072b2', '#e69f00', '#009e73', '#d55e00', '#cc79a7', '#56b4e9', '#8c6d31', '#6b6b6b'],
  dark: ['#56b4e9', '#e69f00', '#2ec4a0', '#ff8a50', '#e39bc8', '#f0e442', '#c9a66b', '#b0b0b0'],
};

export function isColorScheme(value: unknown): value is ColorScheme {
  return typeof value === 'string' && (COLOR_SCHEMES as readonly string[]).includes(value);
}

const shade = (scheme: Exclude<ColorScheme, 'default'>, step: number) => SHADES[scheme][step - 1] ?? '#888888';

export function paletteOf(scheme: unknown, mode: ColorMode = 'light'): string[] {
  if (!isColorScheme(scheme) || scheme === 'default') return MIXED[mode];
  return SHADE_ORDER[mode].map((step) => shade(scheme, step));
}

/** Low-to-high colors for value scales (heatmaps): from near the surface to the strongest shade. */
export function rampOf(scheme: unknown, mode: ColorMode = 'light'): [string, string] {
  const hue = isColorScheme(scheme) && scheme !== 'default' ? scheme : 'blue';
  return mode === 'dark' ? [shade(hue, 8), shade(hue, 2)] : [shade(hue, 1), shade(hue, 8)];
}
