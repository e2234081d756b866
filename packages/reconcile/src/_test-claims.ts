import { contentId, type Claim, type Source } from '@reckon/schema';

type SourceLike = Pick<Source, 'source_id' | 'source_path' | 'kind' | 'published' | 'text'>;

/** A source for reconciliation tests: distinct text unless `text` makes it a copy. */
export function source(name: string, kind: Source['kind'], published: string, text = `An original report number ${name} about enforcement with its own words and sentences ${name.repeat(3)}.`): SourceLike {
  return { source_id: contentId('source', name).padEnd(64, '0'), source_path: `sources/${name}.md`, kind, published, text };
}

/** A claim for reconciliation tests; the figure text drives the precision of its interval. */
export function claim(from: SourceLike, figure: string, fields: Partial<Claim> & Pick<Claim, 'metric' | 'value' | 'unit'>): Claim {
  const span_start = fields.span_start ?? figure.length * 7 + Math.round(fields.value) % 97;
  const base: Claim = {
    claim_id: '', source_id: from.source_id, source_path: from.source_path, value_high: null, qualifier: 'exact',
    period_start: null, period_end: from.published, period_text: null, jurisdiction: 'KZ', authority: 'AFM',
    quote: `The agency reported ${figure} in its statement.`, quote_start: span_start - 20, quote_end: span_start + figure.length + 17,
    span_start, span_end: span_start + figure.length, figure, extractor: 'test@1', converted_from: null, confidence: 0.9, ...fields,
  };
  return { ...base, claim_id: fields.claim_id ?? contentId(from.source_id, base.span_start, base.metric, base.value, base.unit, figure) };
}
