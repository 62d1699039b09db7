import { Fieldset, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DATE_GRAINS, readColumnSettings, withColumnSetting, type ColumnSetting, type FormatKind } from '../../charts/format/columnSettings.js';
import { guessDisplayName } from '../../charts/format/displayName.js';
import type { ResultColumn, WidgetConfig } from '../../charts/types.js';

const FORMAT_OPTIONS: { value: FormatKind; label: string }[] = [
  { value: 'auto', label: 'Automatic' },
  { value: 'number', label: 'Number' },
  { value: 'currency', label: 'Currency' },
  { value: 'percent', label: 'Percent' },
  { value: 'compact', label: 'Compact (1.2M)' },
  { value: 'date', label: 'Date' },
  { value: 'text', label: 'Text' },
];

const GRAIN_OPTIONS = [
  { value: 'auto', label: 'Automatic' },
  ...DATE_GRAINS.map((grain) => ({ value: grain, label: grain.charAt(0).toUpperCase() + grain.slice(1) })),
];

const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'CNY', 'INR', 'BRL', 'SEK', 'NOK', 'DKK', 'PLN'];
// Every code the browser can format, the common ones first.
const CURRENCIES = [...new Set([...COMMON_CURRENCIES, ...(Intl.supportedValuesOf?.('currency') ?? [])])];

interface ColumnFormatFieldsProps {
  config: WidgetConfig;
  /** Result columns to offer, in result order. */
  columns: ResultColumn[];
  /** Settings that apply until the author sets the column's own (a KPI card's older keys). */
  inherited?: Record<string, ColumnSetting>;
  onChange: (config: WidgetConfig, column: string) => void;
}

/** Per result column: the name it shows under and how its values read. */
export function ColumnFormatFields({ config, columns, inherited = {}, onChange }: ColumnFormatFieldsProps) {
  const own = readColumnSettings(config);
  if (columns.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Run the query to format its columns.
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="column-formats">
      <Text fw={600} size="sm">
        Column names and formats
      </Text>
      {columns.map(({ name: column, type }) => {
        const setting: ColumnSetting = { ...inherited[column], ...own[column] };
        const set = (patch: Partial<ColumnSetting>) => onChange(withColumnSetting(config, column, { ...setting, ...patch }), column);
        const format = setting.format ?? 'auto';
        const numeric = format === 'number' || format === 'currency' || format === 'percent' || format === 'compact';
        // A date column formats as a date on its own; its grain can be chosen without saying so.
        const dated = format === 'date' || (format === 'auto' && (type === 'date' || type === 'datetime'));
        return (
          <Fieldset key={column} legend={column} variant="filled" p="xs" styles={{ legend: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" verticalSpacing="xs">
              <TextInput
                size="xs"
                label="Display name"
                placeholder={guessDisplayName(column)}
                value={setting.label ?? ''}
                onChange={(event) => set({ label: event.currentTarget.value })}
              />
              <Select
                size="xs"
                label="Format"
                data={FORMAT_OPTIONS}
                value={format}
                onChange={(value) => set({ format: (value as FormatKind | null) ?? 'auto' })}
                allowDeselect={false}
              />
              {numeric && (
                <NumberInput
                  size="xs"
                  label="Decimals"
                  placeholder="Auto"
                  min={0}
                  max={10}
                  allowDecimal={false}
                  allowNegative={false}
                  value={setting.decimals ?? ''}
                  onChange={(value) => set({ decimals: typeof value === 'number' ? value : undefined })}
                />
              )}
              {format === 'currency' && (
                <Select
                  size="xs"
                  label="Currency"
                  data={CURRENCIES}
                  value={setting.currency ?? 'USD'}
                  onChange={(value) => set({ currency: value ?? undefined })}
                  allowDeselect={false}
                  searchable
                />
              )}
              {dated && (
                <Select
                  size="xs"
                  label="Date grain"
                  data={GRAIN_OPTIONS}
                  value={setting.date_grain ?? 'auto'}
                  onChange={(value) => set({ date_grain: value && value !== 'auto' ? (value as ColumnSetting['date_grain']) : undefined })}
                  allowDeselect={false}
                />
              )}
            </SimpleGrid>
          </Fieldset>
        );
      })}
    </Stack>
  );
}
