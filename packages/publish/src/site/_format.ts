import type { Qualifier } from '@reckon/schema';

/** Words and numbers as the explorer shows them; fixed locale, so every build writes the same bytes. */

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

const QUALIFIER_TEXT: Record<Qualifier, string> = {
  exact: '', approximately: 'about', more_than: 'more than', at_least: 'at least', less_than: 'less than', up_to: 'up to', range: '',
};

export function formatValue(value: number): string {
  return NUMBER.format(value);
}

/** `about 4,800,000 USDT`, `2.5–3.5 years`, `36`: the hedge, the figure and the unit (counts carry none). */
export function valueText(row: { value: number; value_high: number | null; unit: string; qualifier: Qualifier }): string {
  const figure = row.value_high === null ? formatValue(row.value) : `${formatValue(row.value)}–${formatValue(row.value_high)}`;
  return [QUALIFIER_TEXT[row.qualifier], figure, row.unit === 'count' ? '' : row.unit].filter(Boolean).join(' ');
}

/** The interval a claim or fact admits; a missing bound is unbounded. */
export function intervalText(low: number | null, high: number | null, unit: string): string {
  const bounds = `[${low === null ? '−∞' : formatValue(low)}, ${high === null ? '∞' : formatValue(high)}]`;
  return unit === 'count' ? bounds : `${bounds} ${unit}`;
}

/** `2024-01-01 to 2024-12-31`, or `up to 2025-01-07` for a cumulative figure. */
export function periodText(start: string | null, end: string | null): string {
  if (start && end) return `${start} to ${end}`;
  if (end) return `up to ${end}`;
  return start ? `from ${start}` : 'no period';
}

/** `7.7 kB (7,880 bytes)`. */
export function sizeText(bytes: number): string {
  const exact = `${formatValue(bytes)} bytes`;
  if (bytes < 1000) return exact;
  const scaled = bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
  return `${scaled} (${exact})`;
}

/** `3 facts`, `1 fact`. */
export function countText(n: number, noun: string): string {
  return `${formatValue(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** `single_source` -> `single source`, for labels; the code itself is shown where it is a column value. */
export function words(code: string): string {
  return code.replaceAll('_', ' ');
}
