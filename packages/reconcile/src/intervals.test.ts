import { describe, expect, it } from 'vitest';
import { claimInterval, intersects, precisionStep } from './intervals.js';

const c = (figure: string, value: number, qualifier: 'exact' | 'approximately' | 'more_than' | 'at_least' | 'less_than' | 'up_to' | 'range', unit = 'USD', value_high: number | null = null) =>
  ({ figure, value, qualifier, unit, value_high });

describe('claim intervals', () => {
  it('covers the rounding of the last digit written', () => {
    expect(precisionStep(c('$112.84 million', 112_840_000, 'exact'))).toBe(10_000);
    expect(claimInterval(c('60 billion tenge', 60e9, 'exact', 'KZT'))).toMatchObject({ lo: 59.5e9, hi: 60.5e9 });
    const about = claimInterval(c('about $113 million', 113e6, 'approximately'));
    expect(about.lo).toBeLessThanOrEqual(112.5e6);
    expect(about.hi).toBeGreaterThanOrEqual(113.5e6);
  });

  it('reads hedges as open or half-open intervals', () => {
    expect(claimInterval(c('more than $100 million', 100e6, 'more_than'))).toEqual({ lo: 100e6, hi: Infinity, loOpen: true, hiOpen: true });
    expect(claimInterval(c('over 3,500', 3500, 'more_than', 'count'))).toMatchObject({ lo: 3500, loOpen: true });
    expect(claimInterval(c('up to 5', 5, 'up_to', 'count'))).toEqual({ lo: 0, hi: 5, loOpen: false, hiOpen: false });
    expect(claimInterval(c('2.5 to 3.5 years', 2.5, 'range', 'years', 3.5))).toMatchObject({ lo: 2.45, hi: 3.55 });
  });

  it('keeps a plain whole count exact', () => {
    expect(claimInterval(c('36', 36, 'exact', 'count'))).toEqual({ lo: 36, hi: 36, loOpen: false, hiOpen: false });
  });

  it('agrees when intervals meet, and a lower bound with any larger exact value', () => {
    const over = claimInterval(c('over 3,500', 3500, 'more_than', 'count'));
    expect(intersects(over, claimInterval(c('4,200', 4200, 'exact', 'count')))).toBe(true);
    expect(intersects(over, claimInterval(c('3,500', 3500, 'exact', 'count')))).toBe(false);
    expect(intersects(claimInterval(c('36', 36, 'exact', 'count')), claimInterval(c('19', 19, 'exact', 'count')))).toBe(false);
  });
});
