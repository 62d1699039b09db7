import { ColorSwatch, Group, Radio, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { ACCENT_COLORS, COLOR_MODES, GRAY_SHADES, PAGE_LAYOUTS, RADIUS_FACTORS, THEME_FONTS, type ThemeChoices } from '../../../common/theme-choices.js';
import { FONT_FAMILIES } from './mantineTheme.js';

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const LAYOUT_TEXT: Record<ThemeChoices['layout'], string> = {
  default: 'Top bar, navigation at the side',
  boxed: 'The whole app in a centered box',
  condensed: 'Less space around everything',
  fluid: 'Navigation across the top, pages the full width',
  vertical: 'Navigation the full height at the side',
};

function Setting({ label, description, children }: { label: string; description: string; children: (labelId: string) => ReactNode }) {
  const id = useId();
  return (
    <Stack gap={6}>
      <div>
        <Text id={id} size="sm" fw={600}>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      </div>
      {children(id)}
    </Stack>
  );
}

/** The six settings as controls; each change goes straight to `onChange`, which previews it. */
export function ThemeControls({ value, onChange }: { value: ThemeChoices; onChange: (next: ThemeChoices) => void }) {
  const set = <K extends keyof ThemeChoices>(key: K, setting: ThemeChoices[K]) => onChange({ ...value, [key]: setting });
  return (
    <Stack gap="lg">
      <Setting label="Color mode" description="Choose the color mode for your app.">
        {(id) => (
          <SegmentedControl
            aria-labelledby={id}
            fullWidth
            value={value.color_mode}
            onChange={(mode) => set('color_mode', mode as ThemeChoices['color_mode'])}
            data={COLOR_MODES.map((mode) => ({ value: mode, label: capitalized(mode) }))}
          />
        )}
      </Setting>

      <Setting label="Accent color" description="The accent color for your app.">
        {(id) => (
          <Group gap={8} role="radiogroup" aria-labelledby={id}>
            {ACCENT_COLORS.map((color) => (
              <Tooltip key={color} label={capitalized(color)} openDelay={300}>
                <ColorSwatch
                  component="button"
                  type="button"
                  role="radio"
                  aria-checked={value.accent === color}
                  aria-label={capitalized(color)}
                  color={`var(--mantine-color-${color}-filled)`}
                  size={30}
                  onClick={() => set('accent', color)}
                  style={{ color: 'var(--mantine-color-white)', cursor: 'pointer' }}
                >
                  {value.accent === color && <IconCheck size={16} stroke={3} aria-hidden="true" />}
                </ColorSwatch>
              </Tooltip>
            ))}
          </Group>
        )}
      </Setting>

      <Setting label="Font" description="Choose the font family that fits your app.">
        {(id) => (
          <SegmentedControl
            aria-labelledby={id}
            fullWidth
            value={value.font}
            onChange={(font) => set('font', font as ThemeChoices['font'])}
            data={THEME_FONTS.map((font) => ({ value: font, label: <span style={{ fontFamily: FONT_FAMILIES[font] }}>{capitalized(font)}</span> }))}
          />
        )}
      </Setting>

      <Setting label="Gray shade" description="Choose the gray shade for your app.">
        {(id) => (
          <SegmentedControl
            aria-labelledby={id}
            fullWidth
            value={value.gray}
            onChange={(gray) => set('gray', gray as ThemeChoices['gray'])}
            data={GRAY_SHADES.map((gray) => ({ value: gray, label: capitalized(gray) }))}
          />
        )}
      </Setting>

      <Setting label="Corner radius" description="Choose the border radius factor for your app.">
        {(id) => (
          <SegmentedControl
            aria-labelledby={id}
            fullWidth
            value={String(value.radius)}
            onChange={(radius) => set('radius', Number(radius) as ThemeChoices['radius'])}
            data={RADIUS_FACTORS.map((factor) => ({ value: String(factor), label: `${factor}×` }))}
          />
        )}
      </Setting>

      <Setting label="Page layout" description="Choose the page layout for your app.">
        {(id) => (
          <Radio.Group aria-labelledby={id} value={value.layout} onChange={(layout) => set('layout', layout as ThemeChoices['layout'])}>
            <Stack gap="xs">
              {PAGE_LAYOUTS.map((layout) => (
                <Radio key={layout} value={layout} label={capitalized(layout)} description={LAYOUT_TEXT[layout]} />
              ))}
            </Stack>
          </Radio.Group>
        )}
      </Setting>
    </Stack>
  );
}
