import type { MantineColorsTuple } from '@mantine/core';
import type { ThemeChoices } from '../../../common/theme-choices.js';

/**
 * The gray shades as Mantine palettes: `gray` colors surfaces, borders and muted text in light
 * mode, `dark` does the same in dark mode (index 7 is the page, 4 the borders, 0 the text). The
 * light ones follow Tailwind's scales of the same names (Mantine's index 2 falls between their 100
 * and 200); the dark ones keep the lightness of Mantine's own dark palette with each scale's tint.
 * `gray` is Mantine's own pair, the app's look before the setting existed.
 */
export const GRAY_PALETTES: Record<Exclude<ThemeChoices['gray'], 'gray'>, { gray: MantineColorsTuple; dark: MantineColorsTuple }> = {
  slate: {
    gray: ['#f8fafc', '#f1f5f9', '#eaeef4', '#e2e8f0', '#cbd5e1', '#94a3b8', '#64748b', '#475569', '#334155', '#1e293b'],
    dark: ['#cbd5e1', '#b4bfcd', '#8391a5', '#64748b', '#3b4759', '#334054', '#283447', '#1e293b', '#182234', '#0f172a'],
  },
  zinc: {
    gray: ['#fafafa', '#f4f4f5', '#ececee', '#e4e4e7', '#d4d4d8', '#a1a1aa', '#71717a', '#52525b', '#3f3f46', '#27272a'],
    dark: ['#d4d4d8', '#babac1', '#8b8b94', '#71717a', '#46464e', '#3f3f46', '#303036', '#27272a', '#1f1f22', '#18181b'],
  },
  neutral: {
    gray: ['#fafafa', '#f5f5f5', '#ededed', '#e5e5e5', '#d4d4d4', '#a3a3a3', '#737373', '#525252', '#404040', '#262626'],
    dark: ['#d4d4d4', '#bababa', '#8c8c8c', '#737373', '#474747', '#404040', '#313131', '#262626', '#1e1e1e', '#171717'],
  },
  stone: {
    gray: ['#fafaf9', '#f5f5f4', '#eeedec', '#e7e5e4', '#d6d3d1', '#a8a29e', '#78716c', '#57534e', '#44403c', '#292524'],
    dark: ['#d6d3d1', '#bdb8b5', '#918a85', '#78716c', '#4c4743', '#44403c', '#35312e', '#292524', '#221f1d', '#1c1917'],
  },
};

/** The dark page background of a gray shade, which the start-up script paints before the app loads. */
export function darkPageColor(gray: ThemeChoices['gray']): string {
  return gray === 'gray' ? '#242424' : GRAY_PALETTES[gray].dark[7];
}
