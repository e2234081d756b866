import { describe, expect, it } from 'vitest';
import { claimsOf, sourceOf } from './_test-helpers.js';
import { evaluate, type GoldRecord } from './evaluate.js';

const text = 'Since the beginning of 2026, the department has uncovered 6 more pyramids in the city.';
const gold = (quote: string, value: number): GoldRecord => ({
  doc: 'test.md', quote, sentence: text, metric: 'schemes_dismantled', value, value_high: null, unit: 'count', qualifier: 'exact',
  period_start: '2026-01-01', period_end: '2026-04-28', jurisdiction: null, authority: null,
});

describe('scoring claims against a gold coding', () => {
  it('finds a gold quote as a whole word, not inside a year', () => {
    const result = evaluate(claimsOf(text, '2026-04-28'), [gold('6', 6)], [sourceOf(text, '2026-04-28')]);
    expect([result.overall.tp, result.overall.fp, result.overall.fn]).toEqual([1, 0, 0]);
    expect(result.matched[0]!.differences).toEqual([]);
  });

  it('counts a claim with another value as an extra and the gold figure as a miss', () => {
    const result = evaluate(claimsOf(text, '2026-04-28'), [gold('6', 7)], [sourceOf(text, '2026-04-28')]);
    expect([result.overall.tp, result.overall.fp, result.overall.fn]).toEqual([0, 1, 1]);
  });
  it('finds a gold quote as a whole number, not in another number\'s decimals', () => {
    const seized = 'Investigators seized cryptocurrencies worth RON 2.7 million and 7 cars.';
    const record: GoldRecord = { ...gold('7', 7), sentence: seized, metric: 'items_seized', period_start: null, period_end: '2026-04-28' };
    const result = evaluate(claimsOf(seized, '2026-04-28'), [record], [sourceOf(seized, '2026-04-28')]);
    expect(result.misses).toEqual([]);
  });

  it('finds a gold quote the sentence holds twice as a whole word at either place', () => {
    const convicted = 'On 11 March 2025 the Regional Court in Katowice convicted 11 defendants of running an illegal online casino.';
    const record: GoldRecord = { ...gold('11', 11), sentence: convicted, metric: 'persons_sentenced', period_start: '2025-03-11', period_end: '2025-03-11' };
    const result = evaluate(claimsOf(convicted, '2025-03-15'), [record], [sourceOf(convicted, '2025-03-15')]);
    expect([result.overall.tp, result.overall.fp, result.overall.fn]).toEqual([1, 0, 0]);
  });

  it('matches a term coded in years with the same term read in months, and no other', () => {
    const jailed = 'In November 2024, the operator was sentenced to 12 years and six months in prison.';
    const record = (value: number, unit: string): GoldRecord => ({ ...gold('12 years and six months', value), sentence: jailed, metric: 'prison_term', unit, period_start: null, period_end: '2025-03-15' });
    const score = (r: GoldRecord) => {
      const result = evaluate(claimsOf(jailed, '2025-03-15'), [r], [sourceOf(jailed, '2025-03-15')]);
      return [result.overall.tp, result.overall.fp, result.overall.fn];
    };
    expect(score(record(12.5, 'years'))).toEqual([1, 0, 0]);
    expect(score(record(150, 'months'))).toEqual([1, 0, 0]);
    expect(score(record(12, 'years'))).toEqual([0, 1, 1]);
  });
});
