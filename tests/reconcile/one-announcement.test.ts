import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '@reckon/extract';
import { ingestSources, loadPipeline } from '@reckon/ingest';
import { reconcile, type ReconcileResult } from '@reckon/reconcile';
import { resolveCodebook, type Claim, type Pipeline, type Source } from '@reckon/schema';

const DIR = resolve(import.meta.dirname, 'fixtures/one-announcement');

/** One announcement (the AFM's 2024 results) as an official release and seven outlets reported it. */
describe('reconciling one announcement reported by many outlets', () => {
  let pipeline: Pipeline;
  let sources: Source[];
  let claims: Claim[];
  let result: ReconcileResult;
  const fact = (metric: string, start: string | null, end?: string) =>
    result.facts.find((f) => f.metric === metric && f.period_start === start && (end === undefined || f.period_end === end));
  const pathsOf = (ids: readonly string[]) => ids.map((id) => claims.find((c) => c.claim_id === id)!.source_path.replace('sources/', '')).sort();

  beforeAll(async () => {
    pipeline = await loadPipeline(DIR);
    sources = (await ingestSources(DIR, { glob: pipeline.sources, maxSourceBytes: pipeline.limits.max_source_bytes })).sources;
    claims = sources.flatMap(createExtractor({ codebook: resolveCodebook(pipeline.codebook), defaults: pipeline.defaults }));
    result = reconcile({ claims, sources, policy: pipeline.policy });
  });

  it('counts the syndicated copy once', () => {
    const copies = result.clusters.filter((c) => c.source_ids.length > 1);
    expect(copies).toHaveLength(1);
    expect(copies[0]!.source_ids.map((id) => sources.find((s) => s.source_id === id)!.source_path).sort()).toEqual(['sources/02-steppe-ledger.md', 'sources/03-steppe-syndicated.md']);
    expect(fact('platforms_closed', '2024-01-01', '2024-12-31')).toMatchObject({ source_count: 6, independent_source_count: 5 });
  });

  it('publishes 36 exchanges for 2024: "some 35" rounds to it, the translation\'s 38 is overridden by the official release', () => {
    const closed = fact('platforms_closed', '2024-01-01', '2024-12-31')!;
    expect(closed).toMatchObject({ value: 36, unit: 'count', status: 'resolved', rule: 'source_kind' });
    expect(pathsOf(closed.claim_ids)).toContain('04-eurasia-daily.md');
    expect(pathsOf(closed.claim_ids_against)).toEqual(['07-kz-translation.md']);
    const conflict = result.conflicts.find((c) => c.fact_id === closed.fact_id)!;
    expect(conflict).toMatchObject({ kind: 'value_mismatch', resolution: 'policy', rule: 'source_kind' });
  });

  it('publishes 60 billion tenge of turnover, reporting the x10 slip and the same digits in dollars', () => {
    const turnover = fact('platform_turnover', '2024-01-01')!;
    expect(turnover).toMatchObject({ value: 60e9, unit: 'KZT', status: 'resolved' });
    const kinds = result.conflicts.filter((c) => c.fact_id === turnover.fact_id).map((c) => `${c.kind}:${pathsOf(c.claim_ids).find((p) => p.startsWith('05') || p.startsWith('06'))}`).sort();
    expect(kinds).toEqual(['magnitude_slip:05-coin-digest.md', 'unit_confusion:06-crypto-brief.md']);
    const deprecated = result.claims.filter((c) => c.rank === 'deprecated').map((c) => c.figure).sort();
    expect(deprecated).toEqual(expect.arrayContaining(['$60 million', '38', '600 billion tenge']));
  });

  it('compares dollars and tenge at the rate the text states, carrying rate, date and source', () => {
    const sixty = claims.find((c) => c.figure === '$60 million')!;
    const conversion = result.conversions.find((c) => c.claim_id === sixty.claim_id)!;
    expect(conversion.source).toMatch(/^stated in sources\/0[23]-steppe/);
    expect(conversion.rate).toBeCloseTo(60e9 / 115e6, 0);
  });

  it('keeps 19 for the first three quarters as consistent with 36 for the year', () => {
    const q = fact('platforms_closed', '2024-01-01', '2024-09-30')!;
    expect(q).toMatchObject({ value: 19, status: 'single_source' });
    expect(result.conflicts.some((c) => c.fact_id === q.fact_id)).toBe(false);
  });

  it('lets the newer running total of blocked sites supersede the older one', () => {
    const blocked = result.facts.filter((f) => f.metric === 'platforms_blocked');
    expect(blocked).toHaveLength(1);
    expect(blocked[0]).toMatchObject({ value: 4200, period_end: '2025-03-03', rule: 'recency', status: 'resolved' });
    expect(result.conflicts.find((c) => c.fact_id === blocked[0]!.fact_id)?.kind).toBe('stale');
  });

  it('settles every conflict by policy: nothing is left disputed', () => {
    expect(result.facts.filter((f) => f.status === 'disputed')).toEqual([]);
    expect(result.conflicts.every((c) => c.resolution === 'policy')).toBe(true);
  });

  it('gives the same result whatever the order of sources and claims', () => {
    const expected = JSON.stringify(result);
    fc.assert(fc.property(fc.shuffledSubarray(claims, { minLength: claims.length }), fc.shuffledSubarray(sources, { minLength: sources.length }),
      (cs, ss) => JSON.stringify(reconcile({ claims: cs, sources: ss, policy: pipeline.policy })) === expected), { numRuns: 30 });
  });
});
