import { z } from 'zod';
import { QUALIFIERS } from './codebook.js';

/**
 * The records that flow through the pipeline and into the published tables. Field descriptions here are
 * the published codebook: datapackage.json and the data card are generated from them.
 */

const isoDate = z.iso.date();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex sha256');
const shortId = z.string().regex(/^[0-9a-f]{16}$/, 'a 16-character lower-case hex id');
const offset = z.number().int().nonnegative();

export const SOURCE_KINDS = ['official', 'media', 'aggregator', 'translation'] as const;
export const RANKS = ['preferred', 'normal', 'deprecated'] as const;
export const FACT_STATUSES = ['single_source', 'corroborated', 'resolved', 'disputed'] as const;
export const CONFLICT_KINDS = ['value_mismatch', 'magnitude_slip', 'unit_confusion', 'period_mismatch', 'stale', 'other'] as const;
export const RESOLUTIONS = ['policy', 'adjudicated', 'consistent', 'unresolved'] as const;

export const TextSpanSchema = z.object({ start: offset, end: offset, reason: z.string() });
export type TextSpan = z.infer<typeof TextSpanSchema>;

export const SourceSchema = z.object({
  source_id: sha256.describe('sha256 of the normalised text (UTF-8, NFC, LF line endings): the identity of the text'),
  source_path: z.string().min(1).describe('path of the source file, relative to the pipeline folder, with / separators'),
  title: z.string().nullable().describe('headline as given in the front matter'),
  publisher: z.string().nullable().describe('outlet or agency that published the text'),
  url: z.string().nullable().describe('where the text was published'),
  published: isoDate.nullable().describe('publication date (ISO 8601); relative periods in the text resolve against it'),
  published_note: z.string().nullable().describe('how the publication date was established when the outlet does not state it'),
  language: z.string().nullable().describe('BCP 47 language tag of the text'),
  kind: z.enum(SOURCE_KINDS).nullable().describe('official (the authority itself), media, aggregator (reprint) or translation'),
  sha256: sha256.describe('sha256 of the source file as read from disk, front matter included'),
  bytes: z.number().int().nonnegative().describe('size of the source file in bytes'),
  text: z.string().describe('the normalised body text that every claim offset points into'),
  boilerplate: z.array(TextSpanSchema).describe('spans of the text marked as site boilerplate and excluded from extraction'),
  cluster_id: shortId.nullable().describe('id shared by near-duplicate copies of one text (syndicated, lightly reworded), which count once toward corroboration; empty when the source has none'),
});
export type Source = z.infer<typeof SourceSchema>;

export const ClaimSchema = z.object({
  claim_id: shortId.describe('deterministic id: hash of source_id, span and metric'),
  source_id: sha256.describe('the source the claim was read from (sources.source_id)'),
  source_path: z.string().describe('path of the source file, relative to the pipeline folder'),
  metric: z.string().min(1).describe('codebook metric id'),
  value: z.number().finite().describe('the figure in base units (60 billion tenge -> 60000000000); the low end of a range'),
  value_high: z.number().finite().nullable().describe('the high end of a range, else empty'),
  unit: z.string().min(1).describe('count, a duration unit (years, months, days), an ISO 4217 code or a crypto ticker'),
  qualifier: z.enum(QUALIFIERS).describe('the hedge on the figure'),
  period_start: isoDate.nullable().describe('first day the figure covers; empty for a cumulative figure (open start)'),
  period_end: isoDate.nullable().describe('last day the figure covers; the publication date for figures with no stated period'),
  period_text: z.string().nullable().describe('the words that gave the period, empty when none were stated'),
  jurisdiction: z.string().nullable().describe('ISO 3166-1 alpha-2 code of the country whose authority reported the figure'),
  authority: z.string().nullable().describe('short id of the authority the figure is attributed to'),
  quote: z.string().min(1).describe('the sentence containing the figure, verbatim from the source text'),
  quote_start: offset.describe('offset of the quote in the source text (JavaScript string index, UTF-16 code units)'),
  quote_end: offset.describe('offset just past the quote in the source text'),
  span_start: offset.describe('offset of the figure (with its qualifier and unit words) in the source text'),
  span_end: offset.describe('offset just past the figure in the source text'),
  figure: z.string().min(1).describe('the figure as written: the source text between span_start and span_end'),
  extractor: z.string().min(1).describe('id of the extraction rule and extractor version that produced the claim'),
  converted_from: shortId.nullable().describe('for a conversion stated in the text, the claim it converts'),
  confidence: z.number().min(0).max(1).describe('extractor confidence between 0 and 1'),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** A claim as published: ranked by reconciliation, never deleted. */
export const RankedClaimSchema = ClaimSchema.extend({
  fact_id: shortId.nullable().describe('the fact this claim bears on (facts.fact_id)'),
  rank: z.enum(RANKS).describe('preferred (the published value rests on it), normal, or deprecated (overridden)'),
  interval_low: z.number().nullable().describe('lower bound of the interval the claim admits, in the claim\'s unit; empty is unbounded'),
  interval_high: z.number().nullable().describe('upper bound of the interval the claim admits, in the claim\'s unit; empty is unbounded'),
  compared_in: z.string().nullable().describe('the unit the claim was compared in with the other claims of its fact, when not its own'),
  conversion_rate: z.number().nullable().describe('units of compared_in for one unit of the claim'),
  conversion_date: z.string().nullable().describe('the date or period the conversion rate stands for'),
  conversion_source: z.string().nullable().describe('where the rate comes from: a conversion stated in a source, or the authority publishing the reference rate'),
});
export type RankedClaim = z.infer<typeof RankedClaimSchema>;

export const FactSchema = z.object({
  fact_id: shortId.describe('deterministic id: hash of jurisdiction, metric, unit and period'),
  jurisdiction: z.string().nullable().describe('ISO 3166-1 alpha-2 code'),
  authority: z.string().nullable().describe('authority of the preferred claim'),
  metric: z.string().min(1).describe('codebook metric id'),
  period_start: isoDate.nullable().describe('first day the fact covers; empty for a cumulative figure'),
  period_end: isoDate.nullable().describe('last day the fact covers'),
  value: z.number().finite().describe('the published value in base units'),
  value_high: z.number().finite().nullable().describe('high end when the published value is a range'),
  unit: z.string().min(1).describe('unit of value'),
  qualifier: z.enum(QUALIFIERS).describe('the hedge on the published value'),
  interval_low: z.number().nullable().describe('lower bound of what the preferred claims admit; empty is unbounded'),
  interval_high: z.number().nullable().describe('upper bound of what the preferred claims admit; empty is unbounded'),
  status: z.enum(FACT_STATUSES).describe('single_source, corroborated (independent sources agree), resolved (a conflict decided) or disputed'),
  rule: z.string().describe('the policy rule or decision that chose the published value'),
  rationale: z.string().min(1).describe('why this value, in words, naming the claims'),
  claim_ids: z.array(shortId).min(1).describe('claims the value rests on, separated by ";"'),
  claim_ids_against: z.array(shortId).describe('claims that disagree with the value, separated by ";"'),
  source_count: z.number().int().nonnegative().describe('distinct sources among the supporting claims'),
  independent_source_count: z.number().int().nonnegative().describe('supporting sources after near-duplicates are counted once'),
});
export type Fact = z.infer<typeof FactSchema>;

export const ConflictSchema = z.object({
  conflict_id: shortId.describe('deterministic id: hash of fact, kind and claims'),
  fact_id: shortId.describe('the fact in dispute (facts.fact_id)'),
  claim_ids: z.array(shortId).min(2).describe('the claims in disagreement, separated by ";"'),
  kind: z.enum(CONFLICT_KINDS).describe('value_mismatch, magnitude_slip, unit_confusion, period_mismatch, stale or other'),
  resolution: z.enum(RESOLUTIONS).describe('policy (a rule decided), adjudicated (decisions.yaml), consistent (flagged only) or unresolved'),
  rule: z.string().describe('the policy rule or decision id that resolved it'),
  rationale: z.string().min(1).describe('what disagrees and how it was resolved, naming the claims'),
});
export type Conflict = z.infer<typeof ConflictSchema>;
