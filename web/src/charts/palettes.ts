export const COLOR_SCHEMES = ['default', 'blue', 'green', 'purple', 'orange', 'red', 'teal'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

// Each scheme starts from its strongest shade and alternates lighter and darker steps, so
// neighbouring series stay tellable apart while the chart keeps one hue.
const PALETTES: Record<Exclude<ColorScheme, 'default'>, string[]> = {
  blue: ['#2563eb', '#93c5fd', '#1e40af', '#60a5fa', '#3b82f6', '#1d4ed8', '#bfdbfe'],
  green: ['#16a34a', '#86efac', '#166534', '#4ade80', '#22c55e', '#15803d', '#bbf7d0'],
  purple: ['#7c3aed', '#c4b5fd', '#5b21b6', '#a78bfa', '#8b5cf6', '#6d28d9', '#ddd6fe'],
  orange: ['#ea580c', '#fdba74', '#9a3412', '#fb923c', '#f97316', '#c2410c', '#fed7aa'],
  red: ['#dc2626', '#fca5a5', '#991b1b', '#f87171', '#ef4444', '#b91c1c', '#fecaca'],
  teal: ['#0d9488', '#5eead4', '#115e59', '#2dd4bf', '#14b8a6', '#0f766e', '#99f6e4'],
};

// Used by "default": distinct hues, for charts that compare many unrelated series.
const MIXED = ['#4c6ef5', '#12b886', '#fab005', '#fa5252', '#7950f2', '#15aabf', '#fd7e14', '#e64980', '#82c91e'];

export function isColorScheme(value: unknown): value is ColorScheme {
  return typeof value === 'string' && (COLOR_SCHEMES as readonly string[]).includes(value);
}

export function paletteOf(scheme: unknown): string[] {
  return isColorScheme(scheme) && scheme !== 'default' ? PALETTES[scheme] : MIXED;
}

/** Low-to-high colors for value scales (heatmaps). */
export function rampOf(scheme: unknown): [string, string] {
  const palette = isColorScheme(scheme) && scheme !== 'default' ? PALETTES[scheme] : PALETTES.blue;
  return [palette[6] ?? '#e7f5ff', palette[2] ?? '#1e40af'];
}
