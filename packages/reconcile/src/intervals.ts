import type { Claim } from '@reckon/schema';

/** The values a claim admits: bounds may be open (strict) or infinite. */
export interface Interval { lo: number; hi: number; loOpen: boolean; hiOpen: boolean }

/**
 * The interval a claim admits, from its value, qualifier and stated precision: "about $113 million"
 * covers the rounding of its last digit, "more than $100 million" is (100M, inf), "2.5 to 3.5 years"
 * is [2.5, 3.5]. A plain whole count ("36 platforms") is exactly itself.
 */
export function claimInterval(claim: Pick<Claim, 'value' | 'value_high' | 'qualifier' | 'figure' | 'unit'>): Interval {
  const v = claim.value;
  const half = precisionStep(claim) / 2;
  switch (claim.qualifier) {
    case 'more_than': return { lo: v, hi: Infinity, loOpen: true, hiOpen: true };
    case 'at_least': return { lo: v, hi: Infinity, loOpen: false, hiOpen: true };
    case 'less_than': return { lo: 0, hi: v, loOpen: false, hiOpen: true };
    case 'up_to': return { lo: 0, hi: v, loOpen: false, hiOpen: false };
    case 'range': return { lo: v - half, hi: (claim.value_high ?? v) + half, loOpen: false, hiOpen: false };
    default: return { lo: v - half, hi: v + half, loOpen: false, hiOpen: false };
  }
}

/**
 * The place value of the last digit written: "$112.84 million" -> 10,000; "60 billion" -> 1e9; "36" -> 0
 * for a plain count (counts are exact), 1 for a plain amount of money or time.
 */
export function precisionStep(claim: Pick<Claim, 'value' | 'figure' | 'unit' | 'qualifier'>): number {
  const number = numberIn(claim.figure);
  if (!number) return claim.qualifier === 'approximately' ? Math.abs(claim.value) * 0.05 : 0;
  const decimals = decimalsOf(number);
  const written = valueOf(number);
  const magnitude = written > 0 ? claim.value / written : 1;
  const hasMagnitude = Math.abs(magnitude - 1) > 1e-9;
  if (claim.unit === 'count' && !hasMagnitude && decimals === 0 && claim.qualifier !== 'approximately') return 0;
  const step = 10 ** -decimals * magnitude;
  // A hedged round figure ("about 4,000") is vaguer than its last digit: allow a tenth of its leading place.
  if (claim.qualifier === 'approximately' && !hasMagnitude && decimals === 0) return Math.max(step, leadingPlace(written) / 10) * 2;
  return claim.qualifier === 'approximately' ? step * 2 : step;
}

/**
 * The first number written in a figure, as `/\d[\d,.\s]*\d|\d/u` finds it: digits, separators and spaces,
 * from a digit to the last digit of the run. Scanned by hand: it is asked of every claim.
 */
function numberIn(figure: string): string | null {
  let first = 0;
  while (first < figure.length && !isDigit(figure.charCodeAt(first))) first++;
  if (first === figure.length) return null;
  let last = first;
  for (let i = first + 1; i < figure.length; i++) {
    const code = figure.charCodeAt(i);
    if (isDigit(code)) last = i;
    else if (code !== 44 && code !== 46 && !isSpace(code)) break;
  }
  return figure.slice(first, last + 1);
}

/** The decimals of a written number once spaces are dropped: the digits after its last point, if only digits follow it. */
function decimalsOf(number: string): number {
  let decimals = 0;
  for (let i = number.length - 1; i >= 0; i--) {
    const code = number.charCodeAt(i);
    if (isDigit(code)) decimals++;
    else if (code === 46) return decimals;
    else if (!isSpace(code)) return 0;
  }
  return 0;
}

/** The value of a written number without its separators and spaces (NaN when the points make no number). */
function valueOf(number: string): number {
  // A whole number of up to 15 digits, as most figures are, is summed digit by digit: exactly what Number
  // reads once the separators are dropped, without making that string.
  let whole = 0;
  let digits = 0;
  for (let i = 0; i < number.length && digits >= 0; i++) {
    const code = number.charCodeAt(i);
    if (isDigit(code)) {
      whole = whole * 10 + (code - 48);
      digits++;
    } else if (code === 46) digits = -1;
  }
  if (digits >= 0 && digits <= 15) return whole;
  for (let i = 0; i < number.length; i++) {
    const code = number.charCodeAt(i);
    if (code === 44 || isSpace(code)) return Number(number.replace(/[,\s]/g, ''));
  }
  return Number(number);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** What `\s` matches: the Unicode space separators, tab, line breaks and the byte order mark. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function leadingPlace(n: number): number {
  return n > 0 ? 10 ** Math.floor(Math.log10(n)) : 1;
}

/** Whether two intervals share a value; touching closed bounds do, touching open bounds do not. */
export function intersects(a: Interval, b: Interval): boolean {
  if (a.lo > b.hi || b.lo > a.hi) return false;
  if (a.lo === b.hi) return !a.loOpen && !b.hiOpen;
  if (b.lo === a.hi) return !b.loOpen && !a.hiOpen;
  return true;
}

/** The common part of intervals that all intersect. */
export function intersection(intervals: readonly Interval[]): Interval {
  const out: Interval = { lo: -Infinity, hi: Infinity, loOpen: true, hiOpen: true };
  for (const i of intervals) narrow(out, i);
  return out;
}

/** Narrows `out` to its common part with `i`, in place: one interval per intersection, not one per bound moved. */
export function narrow(out: Interval, i: Interval): void {
  if (i.lo > out.lo || (i.lo === out.lo && i.loOpen)) {
    out.lo = i.lo;
    out.loOpen = i.loOpen;
  }
  if (i.hi < out.hi || (i.hi === out.hi && i.hiOpen)) {
    out.hi = i.hi;
    out.hiOpen = i.hiOpen;
  }
}

/** Scales an interval (currency conversion), widening it by a relative uncertainty on the rate. */
export function scale(i: Interval, factor: number, uncertainty = 0): Interval {
  return { lo: i.lo * factor * (1 - uncertainty), hi: i.hi * factor * (1 + uncertainty), loOpen: i.loOpen, hiOpen: i.hiOpen };
}

/** Interval text for rationales: [a, b], (a, inf). */
export function formatInterval(i: Interval): string {
  return `${i.loOpen ? '(' : '['}${formatBound(i.lo)}, ${formatBound(i.hi)}${i.hiOpen ? ')' : ']'}`;
}

/** `formatInterval` written into the parts of a longer text. */
export function writeInterval(parts: Array<string | number>, i: Interval): void {
  parts.push(i.loOpen ? '(' : '[', formatBound(i.lo), ', ', formatBound(i.hi), i.hiOpen ? ')' : ']');
}

/**
 * A bound as rationales write it: `Number(x.toPrecision(10)).toString()`. A number whose shortest form has at
 * most ten significant digits already is that (rounding to ten digits gives back the same number), and
 * most bounds are such, so they skip the round trip through toPrecision.
 */
function formatBound(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e10) return String(x);
  if (!Number.isFinite(x)) return 'inf';
  const shortest = String(x);
  return significantDigits(shortest) <= 10 ? shortest : Number(x.toPrecision(10)).toString();
}

/** Significant digits of a number as String() writes it ("-0.00120" has 2, "1.5e-7" has 2). */
function significantDigits(written: string): number {
  let end = written.indexOf('e');
  if (end < 0) end = written.length;
  let first = -1;
  let last = -1;
  for (let i = 0; i < end; i++) {
    const code = written.charCodeAt(i);
    if (code < 49 || code > 57) continue; // not 1-9: sign, point, zeros
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return 0;
  let digits = 0;
  for (let i = first; i <= last; i++) if (written.charCodeAt(i) !== 46) digits++;
  return digits;
}
