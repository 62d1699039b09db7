/** Intl number formats are slow to build and used for every cell, so each is made once. */
const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

export function fractionDigits(decimals: number | undefined, fallbackMax: number): Intl.NumberFormatOptions {
  return decimals === undefined
    ? { maximumFractionDigits: fallbackMax }
    : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
}
