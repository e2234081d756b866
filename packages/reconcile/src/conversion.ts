import type { Claim } from '@reckon/schema';
import type { ExchangeRate } from './exchange-rates.js';
import { claimInterval, scale, type Interval } from './intervals.js';
import { Memo3 } from './grouping.js';

/** How a claim's value was brought into another unit: every converted value carries rate, date and source. */
export interface Conversion { from: string; to: string; rate: number; date: string | null; source: string; uncertainty: number }

/** Converts between units: conversions stated in the texts first, then the dated reference table. */
export class Converter {
  private readonly stated = new Map<string, Conversion>();
  // Asked for every claim, of a few units and dates: each answer is worked out once (and never modified).
  private readonly found = new Memo3<string, string, string | null, Conversion | null>((from, to, date) => this.lookUp(from, to, date));

  constructor(private readonly rates: readonly ExchangeRate[], claims: readonly Claim[] = []) {
    // Only the claims that others were converted from need finding by id: few, where every claim would be a million.
    const linked = claims.filter((c) => c.converted_from);
    const bases = new Set(linked.map((c) => c.converted_from));
    const byId = new Map<string, Claim>();
    if (bases.size) for (const c of claims) if (bases.has(c.claim_id)) byId.set(c.claim_id, c);
    for (const c of linked) {
      const base = c.converted_from ? byId.get(c.converted_from) : undefined;
      if (!base || base.value === 0) continue;
      const rate = c.value / base.value;
      const spread = relativeWidth(claimInterval(c)) + relativeWidth(claimInterval(base));
      const conversion = { from: base.unit, to: c.unit, rate, date: c.period_end, source: `stated in ${c.source_path} ("${c.figure}" for "${base.figure}")`, uncertainty: Math.max(spread, 0.005) };
      this.stated.set(`${base.unit}>${c.unit}`, conversion);
      this.stated.set(`${c.unit}>${base.unit}`, { ...conversion, from: c.unit, to: base.unit, rate: 1 / rate });
    }
  }

  /** The conversion from one unit to another near `date`, or null when neither the texts nor the table give one. */
  find(from: string, to: string, date: string | null): Conversion | null {
    return this.found.of(from, to, date);
  }

  private lookUp(from: string, to: string, date: string | null): Conversion | null {
    if (from === to) return { from, to, rate: 1, date, source: 'same unit', uncertainty: 0 };
    if (from === 'months' && to === 'years') return { from, to, rate: 1 / 12, date, source: 'calendar', uncertainty: 0 };
    if (from === 'years' && to === 'months') return { from, to, rate: 12, date, source: 'calendar', uncertainty: 0 };
    const stated = this.stated.get(`${from}>${to}`);
    if (stated) return stated;
    const toUsd = this.usdRate(from, date);
    const fromUsd = this.usdRate(to, date);
    if (!toUsd || !fromUsd) return null;
    const legs = [toUsd, fromUsd].filter((l) => l.rate !== 1 || l.source !== 'same unit');
    return {
      from, to, rate: toUsd.rate / fromUsd.rate, date: legs.map((l) => l.date).join(' / ') || date,
      source: legs.map((l) => l.source).join('; '), uncertainty: toUsd.uncertainty + fromUsd.uncertainty,
    };
  }

  /**
   * Whether `find` converts between two units. It does on every date or on none (a date only picks the
   * nearest rate), so this is asked once per pair of units, not once per claim.
   */
  converts(from: string, to: string): boolean {
    return this.find(from, to, null) !== null;
  }

  /** Converts a claim's interval, widened by the conversion's uncertainty. */
  convert(claim: Claim, to: string): { interval: Interval; conversion: Conversion } | null {
    const conversion = this.find(claim.unit, to, claim.period_end);
    return conversion ? { interval: scale(claimInterval(claim), conversion.rate, conversion.uncertainty), conversion } : null;
  }

  /** USD per one unit, from the rate whose period is nearest the date. */
  private usdRate(unit: string, date: string | null): { rate: number; date: string; source: string; uncertainty: number } | null {
    if (unit === 'USD') return { rate: 1, date: date ?? '', source: 'same unit', uncertainty: 0 };
    const rows = this.rates.filter((r) => (r.base === 'USD' && r.quote === unit) || (r.base === unit && r.quote === 'USD'));
    if (!rows.length) return null;
    const day = date ?? rows.map((r) => r.to).sort().at(-1)!;
    const distance = (r: ExchangeRate) => (day < r.from ? daysBetween(day, r.from) : day > r.to ? daysBetween(r.to, day) : 0);
    const best = [...rows].sort((a, b) => distance(a) - distance(b) || (a.to < b.to ? 1 : -1))[0]!;
    const stale = distance(best) / 365 * 0.1;
    const rate = best.base === 'USD' ? 1 / best.rate : best.rate;
    return { rate, date: `${best.from}..${best.to}`, source: best.source, uncertainty: best.uncertainty + stale };
  }
}

function relativeWidth(i: Interval): number {
  if (!Number.isFinite(i.lo) || !Number.isFinite(i.hi)) return 0;
  const mid = (i.lo + i.hi) / 2;
  return mid ? (i.hi - i.lo) / 2 / Math.abs(mid) : 0;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}
