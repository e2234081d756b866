import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '@reckon/schema';
import { reconcile } from './reconcile.js';
import { claim, source } from './_test-claims.js';

const year2024 = { period_start: '2024-01-01', period_end: '2024-12-31' };
const official = source('afm', 'official', '2025-01-10');
const media = source('ledger', 'media', '2025-01-11');
const copy = source('wire', 'media', '2025-01-12', media.text);
const aggregator = source('digest', 'aggregator', '2025-01-14');
const sources = [official, media, copy, aggregator];

const factOf = (r: ReturnType<typeof reconcile>, metric: string, start: string | null = '2024-01-01') =>
  r.facts.find((f) => f.metric === metric && f.period_start === start)!;

describe('reconcile', () => {
  it('corroborates agreeing claims, counting near-duplicate copies once', () => {
    const claims = [
      claim(official, '36', { metric: 'platforms_closed', value: 36, unit: 'count', ...year2024 }),
      claim(media, '36', { metric: 'platforms_closed', value: 36, unit: 'count', ...year2024 }),
      claim(copy, '36', { metric: 'platforms_closed', value: 36, unit: 'count', ...year2024 }),
    ];
    const r = reconcile({ claims, sources });
    const fact = factOf(r, 'platforms_closed');
    expect(fact).toMatchObject({ value: 36, status: 'corroborated', source_count: 3, independent_source_count: 2 });
    expect(r.clusters.find((c) => c.source_ids.length === 2)?.source_ids.sort()).toEqual([copy.source_id, media.source_id].sort());
    expect(r.claims.filter((c) => c.rank === 'preferred').map((c) => c.source_id)).toEqual([official.source_id]);
    expect(r.conflicts).toEqual([]);
  });

  it('reports a x10 slip as a magnitude slip and publishes the corroborated value', () => {
    const claims = [
      claim(official, '60 billion tenge', { metric: 'platform_turnover', value: 60e9, unit: 'KZT', ...year2024 }),
      claim(media, '60 billion tenge', { metric: 'platform_turnover', value: 60e9, unit: 'KZT', ...year2024 }),
      claim(aggregator, '600 billion tenge', { metric: 'platform_turnover', value: 600e9, unit: 'KZT', ...year2024 }),
    ];
    const r = reconcile({ claims, sources, policy: ['corroboration', 'recency'] });
    expect(factOf(r, 'platform_turnover')).toMatchObject({ value: 60e9, unit: 'KZT', status: 'resolved', rule: 'corroboration' });
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ kind: 'magnitude_slip', resolution: 'policy' });
    expect(r.claims.find((c) => c.value === 600e9)?.rank).toBe('deprecated');
  });

  it('uses a conversion stated in the text before the reference rates, and carries rate and source', () => {
    const tenge = claim(media, '60 billion tenge', { metric: 'platform_turnover', value: 60e9, unit: 'KZT', ...year2024 });
    const dollars = claim(media, 'approximately $112.84 million', { metric: 'platform_turnover', value: 112.84e6, unit: 'USD', qualifier: 'approximately', converted_from: tenge.claim_id, ...year2024 });
    const other = claim(official, '$113 million', { metric: 'platform_turnover', value: 113e6, unit: 'USD', ...year2024 });
    const r = reconcile({ claims: [tenge, dollars, other], sources });
    expect(r.conflicts).toEqual([]);
    const conversion = r.conversions.find((c) => c.claim_id === other.claim_id)!;
    expect(conversion.source).toMatch(/^stated in sources\/ledger\.md/);
    expect(conversion.rate).toBeCloseTo(60e9 / 112.84e6, 3);
  });

  it('flags the same digits in another unit as unit confusion', () => {
    const claims = [
      claim(official, '60 billion tenge', { metric: 'platform_turnover', value: 60e9, unit: 'KZT', ...year2024 }),
      claim(aggregator, '$60 million', { metric: 'platform_turnover', value: 60e6, unit: 'USD', ...year2024 }),
    ];
    const r = reconcile({ claims, sources });
    expect(r.conflicts.map((c) => c.kind)).toEqual(['unit_confusion']);
    expect(factOf(r, 'platform_turnover')).toMatchObject({ value: 60e9, unit: 'KZT', rule: 'source_kind' });
  });

  it('checks nested periods: 19 for three quarters fits 36 for the year, a smaller total to date does not', () => {
    const claims = [
      claim(official, '36', { metric: 'platforms_closed', value: 36, unit: 'count', ...year2024 }),
      claim(media, '19', { metric: 'platforms_closed', value: 19, unit: 'count', period_start: '2024-01-01', period_end: '2024-09-30' }),
    ];
    expect(reconcile({ claims, sources }).conflicts).toEqual([]);
    const toDate = claim(aggregator, '19', { metric: 'platforms_closed', value: 19, unit: 'count', period_text: 'as of early this year' });
    const r = reconcile({ claims: [claims[0]!, toDate], sources });
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ kind: 'period_mismatch', resolution: 'policy' });
    expect(factOf(r, 'platforms_closed', null)).toMatchObject({ value: 36, qualifier: 'at_least', status: 'resolved' });
    expect(r.claims.find((c) => c.claim_id === toDate.claim_id)?.rank).toBe('deprecated');
  });

  it('lets a newer running total supersede an older, smaller one', () => {
    const march = source('afm-march', 'official', '2025-03-03');
    const quote = 'The agency has blocked websites of illegal exchangers since the start of the campaign.';
    const claims = [
      claim(official, 'over 3,500', { metric: 'platforms_blocked', value: 3500, unit: 'count', qualifier: 'more_than', period_end: '2025-01-10', quote }),
      claim(march, '4,200', { metric: 'platforms_blocked', value: 4200, unit: 'count', period_end: '2025-03-03', quote }),
      claim(aggregator, '3,000', { metric: 'platforms_blocked', value: 3000, unit: 'count', period_end: '2025-01-14', quote }),
    ];
    const r = reconcile({ claims, sources: [...sources, march] });
    const fact = r.facts.find((f) => f.metric === 'platforms_blocked')!;
    expect(fact).toMatchObject({ value: 4200, rule: 'recency', period_end: '2025-03-03' });
    expect(r.conflicts.map((c) => c.kind)).toContain('stale');
  });

  it('keeps unrelated figures with no period apart', () => {
    const claims = [
      claim(official, '4.8 million USDT', { metric: 'assets_seized', value: 4.8e6, unit: 'USDT', quote: 'The AFM seized 4.8 million USDT from illegal platforms.' }),
      claim(media, '$750,000', { metric: 'assets_seized', value: 750_000, unit: 'USD', quote: 'A court confiscated a flat and cars valued at $750,000 from three operators.' }),
    ];
    const r = reconcile({ claims, sources });
    expect(r.facts.filter((f) => f.metric === 'assets_seized')).toHaveLength(2);
    expect(r.conflicts).toEqual([]);
  });

  it('leaves a tie disputed, and a decision settles it until its claims change', () => {
    const a = claim(media, '36', { metric: 'platforms_closed', value: 36, unit: 'count', ...year2024 });
    const b = claim(aggregator, '38', { metric: 'platforms_closed', value: 38, unit: 'count', ...year2024 });
    const disputed = reconcile({ claims: [a, b], sources, policy: ['corroboration'] });
    const fact = factOf(disputed, 'platforms_closed');
    expect(fact.status).toBe('disputed');
    expect(disputed.conflicts[0]).toMatchObject({ kind: 'value_mismatch', resolution: 'unresolved' });
    const decision = { fact_id: fact.fact_id, action: 'override' as const, prefer: [b.claim_id], claims: [a.claim_id, b.claim_id].sort(), reason: 'the agency corrected its count', reviewer: 'A. Analyst', date: '2025-02-01' };
    const decided = reconcile({ claims: [a, b], sources, policy: ['corroboration'], decisions: [decision] });
    expect(decided.decisionErrors).toEqual([]);
    expect(factOf(decided, 'platforms_closed')).toMatchObject({ value: 38, status: 'resolved', rule: 'decision' });
    expect(decided.conflicts[0]).toMatchObject({ resolution: 'adjudicated' });
    const c = claim(official, '37', { metric: 'platforms_closed', value: 37, unit: 'count', ...year2024 });
    const stale = reconcile({ claims: [a, b, c], sources, policy: ['corroboration'], decisions: [decision] });
    expect(stale.decisionErrors[0]).toMatch(/no longer matches its fact/);
  });

  it('gives the same facts whatever the order of sources and claims', () => {
    const claims: Claim[] = [
      claim(official, '36', { metric: 'platforms_closed', value: 36, unit: 'count', ...year2024 }),
      claim(media, 'about 35', { metric: 'platforms_closed', value: 35, unit: 'count', qualifier: 'approximately', ...year2024 }),
      claim(aggregator, '38', { metric: 'platforms_closed', value: 38, unit: 'count', ...year2024 }),
      claim(official, '60 billion tenge', { metric: 'platform_turnover', value: 60e9, unit: 'KZT', ...year2024 }),
      claim(aggregator, '600 billion tenge', { metric: 'platform_turnover', value: 600e9, unit: 'KZT', ...year2024 }),
      claim(media, '19', { metric: 'platforms_closed', value: 19, unit: 'count' }),
    ];
    const expected = JSON.stringify(reconcile({ claims, sources }));
    fc.assert(fc.property(fc.shuffledSubarray(claims, { minLength: claims.length }), fc.shuffledSubarray(sources, { minLength: sources.length }), (cs, ss) =>
      JSON.stringify(reconcile({ claims: cs, sources: ss })) === expected), { numRuns: 50 });
  });
});
