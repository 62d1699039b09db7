import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFileName, resultCsv } from '../../web/src/charts/csv.js';
import { readKpi } from '../../web/src/charts/kpi.js';
import { paletteOf, rampOf } from '../../web/src/charts/palettes.js';
import type { ResultSet } from '../../web/src/charts/types.js';

/** What a tile's download holds, what a KPI card reads, and which colors charts get. */
const en = { locale: 'en-US' };
const result: ResultSet = {
  columns: [
    { name: 'product', type: 'string' },
    { name: 'month', type: 'date' },
    { name: 'sum_revenue', type: 'number' },
  ],
  rows: [
    { product: '=HYPERLINK("http://x")', month: '2025-01-01', sum_revenue: -1234.5 },
    { product: 'Tablet', month: '2025-02-01', sum_revenue: '99.90' },
  ],
};
const config = { columns: ['product', 'sum_revenue'], column_formats: { sum_revenue: { label: 'Net sales', format: 'currency', currency: 'EUR' } } };
const rowsOf = (csv: string) => Papa.parse<string[]>(csv).data;

describe('CSV downloads', () => {
  it("head a table's shown columns with display names and write values as the tile shows them", () => {
    expect(rowsOf(resultCsv('table', result, config, { formatted: true, context: en }))).toEqual([
      ['Product', 'Net sales'],
      ['\'=HYPERLINK("http://x")', '-€1,234.50'],
      ['Tablet', '€99.90'],
    ]);
  });

  it('write the values the query gave, and every column of a chart, when asked for raw values', () => {
    expect(rowsOf(resultCsv('bar_chart', result, config, { formatted: false, context: en }))).toEqual([
      ['Product', 'Month', 'Net sales'],
      ['\'=HYPERLINK("http://x")', '2025-01-01', '-1234.5'],
      ['Tablet', '2025-02-01', '99.90'],
    ]);
  });

  it('are named after the widget', () => {
    expect(csvFileName('Revenue / region: 2025?')).toBe('Revenue region 2025.csv');
    expect(csvFileName('  ')).toBe('widget.csv');
  });
});

describe('KPI cards', () => {
  const kpi: ResultSet = { columns: [{ name: 'conversion_rate', type: 'number' }], rows: [{ conversion_rate: 0.125 }] };

  it('read their value column in its format, and show the display name its author gave', () => {
    expect(readKpi(kpi, {}, en).text).toBe('12.5%');
    const named = readKpi(kpi, { column_formats: { conversion_rate: { label: 'Conversion', format: 'number', decimals: 3 } } }, en);
    expect(named.text).toBe('0.125');
    expect(named.label).toBe('Conversion');
    expect(readKpi(kpi, {}, en).label).toBeNull();
  });

  it('keep their own format keys, percent points included, under the column settings', () => {
    const points: ResultSet = { columns: [{ name: 'share', type: 'number' }], rows: [{ share: 42 }] };
    expect(readKpi(points, { format: 'percent' }, en).text).toBe('42%');
    const money: ResultSet = { columns: [{ name: 'mrr', type: 'number' }], rows: [{ mrr: 4_200_000 }] };
    expect(readKpi(money, { format: 'currency', currency: 'EUR' }, en)).toMatchObject({ text: '€4.2M', fullText: '€4,200,000.00' });
    expect(readKpi(money, { format: 'currency', column_formats: { mrr: { decimals: 0 } } }, en).fullText).toBe('$4,200,000');
  });
});

describe('palettes', () => {
  it('differ between light and dark surfaces and never repeat a color within one', () => {
    for (const scheme of ['default', 'blue', 'teal']) {
      const light = paletteOf(scheme, 'light');
      const dark = paletteOf(scheme, 'dark');
      expect(new Set(light).size).toBe(light.length);
      expect(new Set(dark).size).toBe(dark.length);
      expect(dark[0]).not.toBe(light[0]);
    }
    expect(paletteOf('no-such-scheme')).toEqual(paletteOf('default'));
  });

  it('scale heatmaps from close to the surface (light on light, dark on dark) to far from it', () => {
    const lightness = (hex: string) => [1, 3, 5].reduce((sum, at) => sum + parseInt(hex.slice(at, at + 2), 16), 0);
    const [lightLow, lightHigh] = rampOf('blue', 'light');
    const [darkLow, darkHigh] = rampOf('blue', 'dark');
    expect(lightness(lightLow)).toBeGreaterThan(lightness(lightHigh));
    expect(lightness(darkLow)).toBeLessThan(lightness(darkHigh));
  });
});
