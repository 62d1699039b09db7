import { Divider, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { configBoolean, configNumber, configString, configStrings, firstColumn, isNumeric, pickColumn } from '../../charts/config.js';
import { legacySetting } from '../../charts/kpi.js';
import { COLOR_SCHEMES } from '../../charts/palettes.js';
import type { ResultColumn, WidgetConfig, WidgetType } from '../../charts/types.js';
import { ColumnFormatFields } from './ColumnFormatFields.js';

interface ChartSettingsFieldsProps {
  type: WidgetType;
  config: WidgetConfig;
  /** Columns of the last preview; empty until the query has run once. */
  columns: ResultColumn[];
  onChange: (config: WidgetConfig) => void;
}

const LEGEND_OPTIONS = [
  { value: 'auto', label: 'When there are several series' },
  { value: 'show', label: 'Always' },
  { value: 'hide', label: 'Never' },
];

const SCHEME_OPTIONS = COLOR_SCHEMES.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) }));

/** A KPI card's own format keys, which its value column's format takes over once the author sets one. */
const KPI_LEGACY_KEYS = ['format', 'currency', 'decimals'];

export function ChartSettingsFields(props: ChartSettingsFieldsProps) {
  const { type, config, columns, onChange } = props;
  if (type === 'text') return <TypeFields {...props} />;
  const valueColumn = type === 'kpi_card' ? (pickColumn(columns, configString(config, 'value')) ?? firstColumn(columns, isNumeric)) : undefined;
  const shown = type === 'kpi_card' ? columns.filter((column) => column.name === valueColumn) : columns;
  return (
    <Stack gap="sm">
      <TypeFields {...props} />
      <Divider />
      <ColumnFormatFields
        config={config}
        columns={shown}
        inherited={valueColumn ? { [valueColumn]: legacySetting(config) } : {}}
        onChange={(next, column) => {
          if (column !== valueColumn) return onChange(next);
          onChange(Object.fromEntries(Object.entries(next).filter(([key]) => !KPI_LEGACY_KEYS.includes(key))));
        }}
      />
    </Stack>
  );
}

function TypeFields({ type, config, columns, onChange }: ChartSettingsFieldsProps) {
  const set = (key: string, value: unknown) => onChange({ ...config, [key]: value });
  // Columns named in a saved config stay choosable before the query has been run again.
  const named = ['x_axis', 'series', 'size', 'value', 'trend', 'compare']
    .map((key) => configString(config, key))
    .concat(configStrings(config, 'y_axis'), configStrings(config, 'columns'));
  const options = [...new Set([...columns.map((column) => column.name), ...named.filter((name): name is string => !!name)])];
  const placeholder = columns.length ? 'Pick a column' : 'Run the query to list columns';

  const column = (key: string, label: string, optional = false) => (
    <Select
      key={key}
      label={label}
      placeholder={optional ? 'None' : placeholder}
      data={options}
      value={configString(config, key) ?? null}
      onChange={(value) => set(key, value ?? undefined)}
      clearable={optional}
      // Picking the chosen column again must not silently empty a required setting.
      allowDeselect={optional}
      searchable
    />
  );

  const scheme = (
    <Select
      label="Color scheme"
      data={SCHEME_OPTIONS}
      value={configString(config, 'color_scheme') ?? 'default'}
      onChange={(value) => set('color_scheme', value === 'default' ? undefined : value)}
      allowDeselect={false}
    />
  );
  const shown = configBoolean(config, 'show_legend');
  const legend = (
    <Select
      label="Legend"
      data={LEGEND_OPTIONS}
      value={shown === undefined ? 'auto' : shown ? 'show' : 'hide'}
      onChange={(value) => set('show_legend', value === 'show' ? true : value === 'hide' ? false : undefined)}
      allowDeselect={false}
    />
  );

  if (type === 'text') {
    return (
      <Textarea
        label="Markdown"
        description="Headings, lists, links, emphasis and tables. HTML is not rendered."
        autosize
        minRows={8}
        maxRows={20}
        value={configString(config, 'markdown') ?? ''}
        onChange={(event) => set('markdown', event.currentTarget.value)}
      />
    );
  }

  if (type === 'kpi_card') {
    return (
      <SimpleGrid cols={2} spacing="sm">
        {column('value', 'Value')}
        {column('trend', 'Trend (% change column)', true)}
        {column('compare', 'Compare with column', true)}
        <TextInput label="Prefix" value={configString(config, 'prefix') ?? ''} onChange={(e) => set('prefix', e.currentTarget.value)} />
        <TextInput label="Suffix" value={configString(config, 'suffix') ?? ''} onChange={(e) => set('suffix', e.currentTarget.value)} />
      </SimpleGrid>
    );
  }

  if (type === 'table') {
    return (
      <Stack gap="sm">
        <MultiSelect
          label="Columns"
          placeholder="All columns"
          data={options}
          value={configStrings(config, 'columns')}
          onChange={(value) => set('columns', value)}
          searchable
        />
        <NumberInput
          label="Rows per page"
          min={1}
          max={500}
          w={160}
          value={configNumber(config, 'page_size') ?? 10}
          onChange={(value) => set('page_size', typeof value === 'number' ? value : undefined)}
        />
      </Stack>
    );
  }

  if (type === 'pie_chart') {
    return (
      <SimpleGrid cols={2} spacing="sm">
        {column('x_axis', 'Label')}
        {column('y_axis', 'Value')}
        {scheme}
        {legend}
      </SimpleGrid>
    );
  }

  if (type === 'heatmap') {
    return (
      <SimpleGrid cols={2} spacing="sm">
        {column('x_axis', 'X axis')}
        {column('y_axis', 'Y axis')}
        {column('value', 'Value')}
        {scheme}
      </SimpleGrid>
    );
  }

  if (type === 'scatter_plot') {
    return (
      <SimpleGrid cols={2} spacing="sm">
        {column('x_axis', 'X axis')}
        {column('y_axis', 'Y axis')}
        {column('size', 'Bubble size', true)}
        {column('series', 'Series', true)}
        {scheme}
        {legend}
      </SimpleGrid>
    );
  }

  // Bar, line and area charts.
  const ys = configStrings(config, 'y_axis');
  return (
    <SimpleGrid cols={2} spacing="sm">
      {column('x_axis', 'X axis')}
      <MultiSelect
        label="Y axis"
        placeholder={ys.length ? undefined : placeholder}
        data={options}
        value={ys}
        // One column is stored as a plain string, the shape most stored configs use.
        onChange={(value) => set('y_axis', value.length === 1 ? value[0] : value)}
        searchable
      />
      {column('series', 'Series', true)}
      {scheme}
      {legend}
      {type !== 'line_chart' && (
        <Stack justify="flex-end">
          <Switch
            label="Stacked"
            checked={configBoolean(config, 'stacked') ?? false}
            onChange={(event) => set('stacked', event.currentTarget.checked)}
          />
        </Stack>
      )}
    </SimpleGrid>
  );
}
