import { describe, expect, it } from 'vitest';
import { columnFormat, looksLikePercent, percentScaleOf } from '../../web/src/charts/format/columnFormat.js';
import { readColumnSettings, withColumnSetting } from '../../web/src/charts/format/columnSettings.js';
import { guessDateGrain } from '../../web/src/charts/format/dates.js';
import { guessDisplayName } from '../../web/src/charts/format/displayName.js';
import { resultFormats } from '../../web/src/charts/format/resultFormats.js';

/** How dashboard values read: the author's choices first, guesses from names and values after. */
const en = { locale: 'en-US' };
// Intl separates a currency sign or a range with no-break and thin spaces; tests compare plain text.
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('display names guessed from column names', () => {
  it.each([
    ['sum_revenue', 'Revenue'],
    ['avg_order_value', 'Avg order value'],
    ['order_count', 'Order count'],
    ['customer_id', 'Customer ID'],
    ['mrr', 'MRR'],
    ['change_pct', 'Change %'],
    ['revenue_2025', 'Revenue 2025'],
    ['orderDate', 'Order date'],
    ['ORDER_COUNT', 'Order count'],
    ['count', 'Count'],
    ['sum', 'Sum'],
    ['region', 'Region'],
    ['top_EU_market', 'Top EU market'],
  ])('%s reads "%s"', (name, label) => {
    expect(guessDisplayName(name)).toBe(label);
  });

  it("an author's label wins, trimmed", () => {
    const format = columnFormat({ name: 'sum_revenue', type: 'number' }, [1], { label: ' Net sales ' }, en);
    expect(format.label).toBe('Net sales');
  });
});

describe('percentages', () => {
  it('are guessed from the name only when every value fits a percentage', () => {
    expect(looksLikePercent('conversion_rate', [0.1, 0.25])).toBe(true);
    expect(looksLikePercent('change_pct', [-12.5, 40])).toBe(true);
    expect(looksLikePercent('share', [0.5])).toBe(true);
    expect(looksLikePercent('change_pct', [250])).toBe(false);
    expect(looksLikePercent('revenue', [0.5])).toBe(false);
    expect(looksLikePercent('pirate', [0.5])).toBe(false);
  });

  it('read values within -1..1 as fractions and larger ones as percent points', () => {
    expect(percentScaleOf([0.1, -0.5, 1])).toBe('fraction');
    expect(percentScaleOf([0.1, 12])).toBe('points');
    const fractions = columnFormat({ name: 'conversion_rate', type: 'number' }, [0.125, 0.5], {}, en);
    expect(fractions.kind).toBe('percent');
    expect(fractions.text(0.125)).toBe('12.5%');
    const points = columnFormat({ name: 'change_pct', type: 'number' }, [12.34, -3], {}, en);
    expect(points.text(12.34)).toBe('12.3%');
    expect(points.text(-3)).toBe('-3%');
    expect(columnFormat({ name: 'share', type: 'number' }, [0.5], { decimals: 2 }, en).text(0.5)).toBe('50.00%');
  });
});

describe('numbers', () => {
  it('format as the author chose: currency, fixed decimals, compact', () => {
    const values = [1234567.891, 12];
    const column = { name: 'sum_revenue', type: 'number' } as const;
    expect(plain(columnFormat(column, values, { format: 'currency' }, en).text(1234567.891))).toBe('$1,234,567.89');
    expect(plain(columnFormat(column, values, { format: 'currency', currency: 'EUR', decimals: 0 }, en).text(1234567.891))).toBe('€1,234,568');
    expect(plain(columnFormat(column, values, { format: 'currency', currency: 'EUR' }, { locale: 'de-DE' }).text(1234.5))).toBe('1.234,50 €');
    expect(columnFormat(column, values, { format: 'number', decimals: 1 }, en).text(12)).toBe('12.0');
    expect(columnFormat(column, values, { format: 'compact' }, en).text(1234567)).toBe('1.2M');
    expect(plain(columnFormat(column, values, { format: 'currency' }, en).tick(1234567))).toBe('$1.2M');
  });

  it('guess plain numbers with up to two decimals, and leave ids and years ungrouped', () => {
    expect(columnFormat({ name: 'units', type: 'number' }, [1234.5678], {}, en).text(1234.5678)).toBe('1,234.57');
    expect(columnFormat({ name: 'customer_id', type: 'number' }, [12345], {}, en).text(12345)).toBe('12345');
    expect(columnFormat({ name: 'year', type: 'number' }, [2025], {}, en).text(2025)).toBe('2025');
  });

  it('keep exact decimals sent as text, and show empty cells empty', () => {
    const format = columnFormat({ name: 'amount', type: 'number' }, ['10.50'], { format: 'currency' }, en);
    expect(format.text('10.50')).toBe('$10.50');
    expect(format.text(null)).toBe('');
    expect(format.text('n/a')).toBe('n/a');
  });
});

describe('dates by grain', () => {
  it('guesses the grain from the values', () => {
    expect(guessDateGrain(['2025-01-01', '2025-02-01', '2025-03-01'])).toBe('month');
    expect(guessDateGrain(['2025-01-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z'])).toBe('quarter');
    expect(guessDateGrain(['2024-01-01', '2025-01-01', null])).toBe('year');
    expect(guessDateGrain(['2025-01-01'])).toBe('month');
    expect(guessDateGrain(['2025-02-03', '2025-02-01'])).toBe('day');
    expect(guessDateGrain(['2025-02-03T10:30:00.000Z'])).toBeNull();
    expect(guessDateGrain([])).toBeNull();
  });

  it('formats months, quarters, years, weeks and days without shifting a day', () => {
    const date = (values: unknown[], grain?: 'week') =>
      columnFormat({ name: 'month', type: 'date' }, values, grain ? { date_grain: grain } : {}, en);
    expect(date(['2025-01-01', '2025-02-01']).text('2025-02-01')).toBe('Feb 2025');
    expect(date(['2025-01-01', '2025-04-01']).text('2025-04-01T00:00:00.000Z')).toBe('Q2 2025');
    expect(date(['2024-01-01', '2025-01-01']).text('2025-01-01')).toBe('2025');
    expect(date(['2025-02-03', '2025-02-04']).text('2025-02-03')).toBe('Feb 3, 2025');
    expect(plain(date(['2025-02-03'], 'week').text('2025-02-03'))).toBe('Feb 3 – 9, 2025');
  });

  it("takes a metric's time grain for its period column", () => {
    const format = columnFormat({ name: 'period', type: 'date' }, ['2025-02-03', '2025-02-10'], {}, { ...en, timeGrain: 'week' });
    expect(plain(format.text('2025-02-10'))).toBe('Feb 10 – 16, 2025');
  });

  it('reads a month written as text when the author asks for dates', () => {
    const format = columnFormat({ name: 'month', type: 'string' }, ['2024-01', '2024-02'], { format: 'date', date_grain: 'month' }, en);
    expect(format.text('2024-02')).toBe('Feb 2024');
    expect(columnFormat({ name: 'month', type: 'string' }, ['2024-01'], {}, en).text('2024-01')).toBe('2024-01');
  });
});

describe('settings stored in a widget config', () => {
  it('reads what makes sense and ignores the rest', () => {
    const config = {
      column_formats: {
        revenue: { label: 'Revenue', format: 'currency', currency: 'eur', decimals: '0' },
        units: { format: 'sparkles', decimals: -2, currency: 'euros', date_grain: 'fortnight' },
        broken: 'currency',
      },
    };
    expect(readColumnSettings(config)).toEqual({ revenue: { label: 'Revenue', format: 'currency', currency: 'EUR', decimals: 0 } });
    expect(readColumnSettings({ column_formats: ['revenue'] })).toEqual({});
    expect(readColumnSettings({ column_formats: null })).toEqual({});
  });

  it('writes one column at a time and drops what is empty', () => {
    const once = withColumnSetting({ x_axis: 'region' }, 'revenue', { format: 'currency', label: '' });
    expect(once).toEqual({ x_axis: 'region', column_formats: { revenue: { format: 'currency' } } });
    expect(withColumnSetting(once, 'revenue', { format: 'auto' })).toEqual({ x_axis: 'region' });
  });

  it('apply to a whole result, with guesses for the columns nobody set', () => {
    const formats = resultFormats(
      { columns: [{ name: 'region', type: 'string' }, { name: 'sum_revenue', type: 'number' }], rows: [{ region: 'EU', sum_revenue: 1500 }] },
      { column_formats: { sum_revenue: { format: 'currency', currency: 'EUR', decimals: 0 } } },
      en,
    );
    expect(formats.label('sum_revenue')).toBe('Revenue');
    expect(formats.text('sum_revenue', 1500)).toBe('€1,500');
    expect(formats.label('region')).toBe('Region');
    expect(formats.label('not_in_result')).toBe('Not in result');
  });
});
