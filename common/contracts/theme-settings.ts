import { Type, type Static } from 'typebox';
import { THEME_SETTING_VALUES, type ThemeChoices } from '../theme-choices.js';

/** One setting's values as a plain JSON Schema enum, so a wrong value is one error naming the field. */
function choice<K extends keyof ThemeChoices>(key: K, description: string) {
  const values = THEME_SETTING_VALUES[key];
  return Type.Unsafe<ThemeChoices[K]>({ type: typeof values[0] === 'number' ? 'number' : 'string', enum: [...values], description });
}

const fields = {
  color_mode: choice('color_mode', 'Light, dark, or whatever the device prefers (`system`)'),
  accent: choice('accent', 'The primary color of buttons, links and highlights'),
  font: choice('font', 'The font family of the whole app'),
  gray: choice('gray', 'The gray shade of surfaces, borders and muted text'),
  radius: choice('radius', 'Multiplies the corner radius of every component: 0 is square, 2 twice as round as the default'),
  layout: choice('layout', '`default`: top bar with the navigation at the side; `boxed`: content in a centered column; `condensed`: tighter spacing; `fluid`: navigation across the top, content the full width; `vertical`: the navigation runs the full height at the side'),
};

/** The six settings, all required; the body of both PUTs. */
export const ThemeSettingsSchema = Type.Object(fields, { additionalProperties: false, title: 'ThemeSettings' });
export type ThemeSettings = Static<typeof ThemeSettingsSchema>;

export const EffectiveThemeSettings = Type.Object(
  {
    ...fields,
    source: Type.Union([Type.Literal('user'), Type.Literal('tenant'), Type.Literal('default')], {
      description: "Where the settings come from: the caller's own, their tenant's default, or the built-in default",
    }),
  },
  { title: 'EffectiveThemeSettings' },
);
export type EffectiveThemeSettings = Static<typeof EffectiveThemeSettings>;

export const TenantThemeSettings = Type.Object(
  {
    ...fields,
    source: Type.Union([Type.Literal('tenant'), Type.Literal('default')], {
      description: "`tenant` when the tenant's admins chose a default, `default` for the built-in one",
    }),
  },
  { title: 'TenantThemeSettings' },
);
export type TenantThemeSettings = Static<typeof TenantThemeSettings>;
