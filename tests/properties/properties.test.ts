import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, parseDigits } from '@reckon/extract';
import { parseCsv, tableCsv } from '@reckon/publish';
import { reconcile } from '@reckon/reconcile';
import { contentId, resolveCodebook, sha256Hex, type Claim, type Fact, type Source } from '@reckon/schema';
import { readParquet, sortedCells, writeParquet } from '@reckon/warehouse';

const extract = createExtractor({ codebook: resolveCodebook(undefined), defaults: { jurisdiction: 'KZ', authority: 'AFM' } });
const source = (text: string): Source => ({
  source_id: sha256Hex(text), source_path: 'sources/x.md', title: null, publisher: null, url: null, published: '2025-01-22',
  published_note: null, language: 'en', kind: 'media', sha256: sha256Hex(text), bytes: text.length, text, boilerplate: [], cluster_id: null,
});

/** Text that looks like news: enforcement words, figures in many formats, punctuation, and arbitrary characters. */
const newsText = fc.array(fc.oneof(
  fc.constantFrom('The agency', 'seized', 'blocked', 'arrested', 'sentenced', 'shut down', 'illegal crypto exchanges', 'people', 'platforms',
    'over', 'about', 'nearly', 'up to', 'between', 'and', 'to', 'in 2024', 'this year', 'first three quarters of 2024', '(', ')', ',', '.', '. ',
    '\n', '$', '€', 'USDT', 'tenge', 'million', 'bn', 'crore', 'years', 'Kazakhstan', 'AFM', 'FCA', '—', '%', '\u200F', '\u0001'),
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((d) => d.toFixed(2)),
  fc.integer({ min: 1000, max: 99_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.string({ maxLength: 8 }),
), { maxLength: 60 }).map((parts) => parts.join(' '));

describe('properties', () => {
  it('every claim span lies inside its text and inside its quote, which is the text at its offsets', () => {
    fc.assert(fc.property(newsText, (text) => {
      const s = source(text);
      for (const c of extract(s)) {
        expect(c.quote_start).toBeGreaterThanOrEqual(0);
        expect(c.quote_end).toBeLessThanOrEqual(text.length);
        expect(text.slice(c.quote_start, c.quote_end)).toBe(c.quote);
        expect(c.span_start >= c.quote_start && c.span_end <= c.quote_end && c.span_start < c.span_end).toBe(true);
        expect(text.slice(c.span_start, c.span_end)).toBe(c.figure);
        expect(Number.isFinite(c.value)).toBe(true);
      }
    }), { numRuns: 400 });
  });

  it('parsing a written number gives back its value', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(parseDigits(n.toLocaleString('en-US'))).toBe(n);
      expect(parseDigits(String(n))).toBe(n);
    }));
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
      const written = `${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
      expect(parseDigits(written)).toBe(Number(`${whole}.${String(cents).padStart(2, '0')}`));
    }));
  });

  it('reconciliation gives the same facts whatever the order of sources and claims', () => {
    const sources = ['a', 'b', 'c', 'd'].map((n, i) => ({ ...source(`Report ${n} with its own distinct wording number ${i}.`), source_path: `sources/${n}.md`, kind: (['official', 'media', 'aggregator', 'media'] as const)[i]!, published: `2025-01-1${i}` }));
    const claimArb = fc.record({
      s: fc.integer({ min: 0, max: 3 }), metric: fc.constantFrom('platforms_closed', 'assets_seized', 'persons_arrested'),
      value: fc.constantFrom(19, 36, 38, 360, 4_800_000, 60e9, 600e9), unit: fc.constantFrom('count', 'USD', 'KZT', 'USDT'),
      qualifier: fc.constantFrom('exact', 'approximately', 'more_than'), period: fc.constantFrom(null, '2024'), at: fc.nat(500),
    }).map((r): Claim => {
      const s = sources[r.s]!;
      const figure = `${r.value}`;
      return {
        claim_id: contentId(s.source_id, r.at, r.metric, r.unit, r.value), source_id: s.source_id, source_path: s.source_path, metric: r.metric,
        value: r.value, value_high: null, unit: r.unit, qualifier: r.qualifier as Claim['qualifier'],
        period_start: r.period ? '2024-01-01' : null, period_end: r.period ? '2024-12-31' : s.published, period_text: r.period,
        jurisdiction: 'KZ', authority: 'AFM', quote: `The agency reported ${figure}.`, quote_start: r.at, quote_end: r.at + 40,
        span_start: r.at + 20, span_end: r.at + 20 + figure.length, figure, extractor: 'property@1', converted_from: null, confidence: 0.9,
      };
    });
    fc.assert(fc.property(fc.uniqueArray(claimArb, { maxLength: 14, selector: (c) => c.claim_id }).chain((claims) =>
      fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length }), fc.shuffledSubarray(sources, { minLength: 4 }))),
    ([claims, shuffled, shuffledSources]) => {
      expect(JSON.stringify(reconcile({ claims: shuffled, sources: shuffledSources }))).toBe(JSON.stringify(reconcile({ claims, sources })));
    }), { numRuns: 150 });
  });

  it('publishing facts then reading them back gives the same rows, in CSV and in Parquet', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reckon-roundtrip-'));
    const hex = fc.stringMatching(/^[0-9a-f]{16}$/);
    const factArb = fc.record({
      fact_id: hex, jurisdiction: fc.option(fc.constantFrom('KZ', 'GB', 'US')), authority: fc.option(fc.string({ maxLength: 12 })),
      metric: fc.constantFrom('platforms_closed', 'assets_seized'), period_start: fc.option(fc.constantFrom('2024-01-01', '2023-07-01')),
      period_end: fc.option(fc.constantFrom('2024-12-31', '2025-01-22')), value: fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
      value_high: fc.option(fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true })), unit: fc.constantFrom('count', 'KZT'),
      qualifier: fc.constantFrom('exact', 'range'), interval_low: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })), interval_high: fc.constant(null),
      status: fc.constantFrom('single_source', 'disputed'), rule: fc.string(), rationale: fc.string({ minLength: 1 }),
      claim_ids: fc.array(hex, { minLength: 1, maxLength: 3 }), claim_ids_against: fc.array(hex, { maxLength: 2 }),
      source_count: fc.nat(9), independent_source_count: fc.nat(9),
    }) as fc.Arbitrary<Fact>;
    try {
      let run = 0;
      await fc.assert(fc.asyncProperty(fc.uniqueArray(factArb, { minLength: 1, maxLength: 8, selector: (f) => f.fact_id }), async (facts) => {
        const expected = sortedCells('facts', facts);
        const path = join(dir, `facts-${run++}.parquet`);
        await writeParquet('facts', facts, path);
        const back = await readParquet(path);
        expect(back.rows.map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v)))).toEqual(expected);
        const csv = parseCsv(tableCsv('facts', facts));
        expect(csv.length).toBe(facts.length + 1);
        const valueAt = csv[0]!.indexOf('value');
        // CSV writes -0 as 0, the same number to every reader.
        expect(csv.slice(1).map((r) => Number(r[valueAt]))).toEqual(expected.map((r) => (r[valueAt] as number) + 0));
      }), { numRuns: 40 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
