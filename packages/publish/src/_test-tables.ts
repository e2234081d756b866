import { PipelineSchema, contentId, sha256Hex, type Conflict, type Fact, type RankedClaim, type Source } from '@reckon/schema';
import type { DatasetTables } from '@reckon/warehouse';

/** A small valid dataset: two sources that disagree on one fact, a second fact, and text that looks like a formula. */

export const pipeline = PipelineSchema.parse({
  name: 'test-enforcement', title: 'Test enforcement figures', description: 'Figures for the publish tests.',
  keywords: ['crypto', 'enforcement'], contributors: [{ title: 'Reckon Tests' }],
});

const official = '# Agency report\n\nThe agency closed 36 illegal platforms in 2024.\n- 12 persons were arrested.\n';
const reprint = 'A reprint says 19 platforms were closed in 2024.\n';

function sourceOf(path: string, text: string, kind: Source['kind'], title: string): Source {
  return {
    source_id: sha256Hex(text), source_path: path, title, publisher: 'Agency', url: `https://example.org/${path}`,
    published: '2025-01-31', published_note: null, language: 'en', kind, sha256: sha256Hex(`---\n---\n${text}`), bytes: text.length + 8,
    text, boilerplate: [], cluster_id: null,
  };
}

export const sources: Source[] = [
  sourceOf('sources/001-official.md', official, 'official', '=HYPERLINK("http://evil.example","click")'),
  sourceOf('sources/002-reprint.md', reprint, 'aggregator', 'Reprint | platforms'),
];

/** A claim on `figure` in `source`, its quote the line around the figure. */
export function claimOf(source: Source, figure: string, metric: string, value: number, overrides: Partial<RankedClaim> = {}): RankedClaim {
  const span_start = source.text.indexOf(figure);
  const quote_start = source.text.lastIndexOf('\n', span_start) + 1;
  const quote_end = source.text.indexOf('\n', span_start);
  return {
    claim_id: contentId(source.source_id, span_start, metric), source_id: source.source_id, source_path: source.source_path,
    metric, value, value_high: null, unit: 'count', qualifier: 'exact', period_start: '2024-01-01', period_end: '2024-12-31',
    period_text: 'in 2024', jurisdiction: 'KZ', authority: 'AFM', quote: source.text.slice(quote_start, quote_end), quote_start, quote_end,
    span_start, span_end: span_start + figure.length, figure, extractor: 'test-v1', converted_from: null, confidence: 0.9,
    fact_id: null, rank: 'preferred', interval_low: value, interval_high: value,
    compared_in: null, conversion_rate: null, conversion_date: null, conversion_source: null, ...overrides,
  };
}

/** Builds the tables; `change` lets a test alter the closed-platforms fact and its claims. */
export function makeTables(change: { closed?: number; rationale?: string; extraFact?: boolean } = {}): DatasetTables {
  const closedId = contentId('KZ', 'platforms_closed', 'count', '2024-01-01', '2024-12-31');
  const arrestedId = contentId('KZ', 'persons_arrested', 'count', '2024-01-01', '2024-12-31');
  const closed = change.closed ?? 36;
  const claims = [
    claimOf(sources[0]!, '36 illegal platforms', 'platforms_closed', closed, { fact_id: closedId }),
    claimOf(sources[1]!, '19 platforms', 'platforms_closed', 19, { fact_id: closedId, rank: 'deprecated' }),
    claimOf(sources[0]!, '12 persons', 'persons_arrested', 12, { fact_id: arrestedId }),
  ];
  const fact = (id: string, metric: string, value: number, status: Fact['status'], ids: string[], against: string[]): Fact => ({
    fact_id: id, jurisdiction: 'KZ', authority: 'AFM', metric, period_start: '2024-01-01', period_end: '2024-12-31', value, value_high: null,
    unit: 'count', qualifier: 'exact', interval_low: value, interval_high: value, status, rule: status === 'resolved' ? 'source_kind' : '',
    rationale: status === 'resolved' ? change.rationale ?? 'The official figure is preferred over the reprint.' : 'One source.',
    claim_ids: ids, claim_ids_against: against, source_count: 1, independent_source_count: 1,
  });
  const facts = [
    fact(closedId, 'platforms_closed', closed, 'resolved', [claims[0]!.claim_id], [claims[1]!.claim_id]),
    fact(arrestedId, 'persons_arrested', 12, 'single_source', [claims[2]!.claim_id], []),
  ];
  if (change.extraFact) {
    const id = contentId('KZ', 'platforms_blocked', 'count', '2024-01-01', '2024-12-31');
    claims.push(claimOf(sources[1]!, '19 platforms', 'platforms_blocked', 19, { fact_id: id }));
    facts.push(fact(id, 'platforms_blocked', 19, 'single_source', [claims[3]!.claim_id], []));
  }
  const conflicts: Conflict[] = [{
    conflict_id: contentId(closedId, 'value_mismatch'), fact_id: closedId, claim_ids: [claims[0]!.claim_id, claims[1]!.claim_id],
    kind: 'value_mismatch', resolution: 'policy', rule: 'source_kind', rationale: '+36 and 19 disagree; the official source decides.',
  }];
  return { sources, claims, facts, conflicts };
}
