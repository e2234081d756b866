import { contentId, sha256Hex, type Conflict, type Fact, type RankedClaim, type Source } from '@reckon/schema';
import type { DatasetTables } from './cells.js';

/** Small valid tables for the tests: one source, two claims that disagree, one fact, one conflict. */

const text = 'The agency closed 36 illegal platforms in 2024.\nA second report put the figure at 19 platforms.\n';

export const source: Source = {
  source_id: sha256Hex(text), source_path: 'sources/001-agency.md', title: 'Agency closes platforms', publisher: 'Agency',
  url: 'https://example.org/news/1', published: '2025-01-31', published_note: null, language: 'en', kind: 'official',
  sha256: sha256Hex(`---\ntitle: x\n---\n${text}`), bytes: 120, text,
  boilerplate: [{ start: 0, end: 0, reason: 'none; an empty span keeps the JSON shape visible' }], cluster_id: null,
};

/** A claim whose quote and span are found in the source text. */
export function claimOf(figure: string, value: number, overrides: Partial<RankedClaim> = {}): RankedClaim {
  const span_start = text.indexOf(figure);
  const quote_start = text.lastIndexOf('\n', span_start) + 1;
  const quote_end = text.indexOf('\n', span_start);
  return {
    claim_id: contentId(source.source_id, span_start, 'platforms_closed'), source_id: source.source_id, source_path: source.source_path,
    metric: 'platforms_closed', value, value_high: null, unit: 'count', qualifier: 'exact',
    period_start: '2024-01-01', period_end: '2024-12-31', period_text: 'in 2024', jurisdiction: 'KZ', authority: 'AFM',
    quote: text.slice(quote_start, quote_end), quote_start, quote_end, span_start, span_end: span_start + figure.length, figure,
    extractor: 'count-v1', converted_from: null, confidence: 0.9, fact_id: null, rank: 'normal', interval_low: value, interval_high: value,
    compared_in: null, conversion_rate: null, conversion_date: null, conversion_source: null,
    ...overrides,
  };
}

const factId = contentId('KZ', 'platforms_closed', 'count', '2024-01-01', '2024-12-31');
export const claims: RankedClaim[] = [
  claimOf('36 illegal platforms', 36, { fact_id: factId, rank: 'preferred' }),
  claimOf('19 platforms', 19, { fact_id: factId, rank: 'deprecated', confidence: 0.75 }),
];

export const fact: Fact = {
  fact_id: factId, jurisdiction: 'KZ', authority: 'AFM', metric: 'platforms_closed', period_start: '2024-01-01', period_end: '2024-12-31',
  value: 36, value_high: null, unit: 'count', qualifier: 'exact', interval_low: 36, interval_high: 36, status: 'resolved',
  rule: 'source_kind', rationale: 'The official figure of 36 is preferred over the reprint of 19.',
  claim_ids: [claims[0]!.claim_id], claim_ids_against: [claims[1]!.claim_id], source_count: 1, independent_source_count: 1,
};

export const conflict: Conflict = {
  conflict_id: contentId(factId, 'value_mismatch'), fact_id: factId, claim_ids: claims.map((c) => c.claim_id),
  kind: 'value_mismatch', resolution: 'policy', rule: 'source_kind', rationale: '36 and 19 disagree; the official source decides.',
};

export const tables: DatasetTables = { sources: [source], claims, facts: [fact], conflicts: [conflict] };
