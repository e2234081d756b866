import type { Conflict, Fact, RankedClaim } from '@reckon/schema';
import type { ConvertedValue } from './reconcile.js';
import { bestOf, type Evidence } from './evidence.js';
import { publishedInterval, type Draft } from './draft.js';

/** A number as published, to twelve significant digits; whole numbers below 1e12 already are (`+ 0` turns -0 into 0 as the round trip does). */
const finite = (x: number) => (Number.isInteger(x) && Math.abs(x) < 1e12 ? x + 0 : Number.isFinite(x) ? Number(x.toPrecision(12)) : null);

/** Turns settled drafts into the published records: facts, conflicts, every claim ranked, every conversion. */
export function buildOutputs(drafts: readonly Draft[]) {
  const facts: Fact[] = [];
  const conflicts: Conflict[] = [];
  const claims: RankedClaim[] = [];
  const conversions: ConvertedValue[] = [];
  for (const draft of drafts) {
    const winning = draft.winner === null ? [] : draft.sides[draft.winner]!.filter((e) => !draft.deprecated.has(e.claim.claim_id));
    const shown: Evidence = draft.derived?.value ?? (winning.length ? bestOf(winning) : bestOf(draft.evidence));
    const supporting = draft.derived ? [draft.derived.value] : winning.length ? winning : [shown];
    const supportIds = new Set(supporting.map((e) => e.claim.claim_id));
    const against = new Set([...draft.evidence.map((e) => e.claim.claim_id), ...draft.conflicts.filter((c) => c.resolution !== 'consistent').flatMap((c) => c.claim_ids)]);
    for (const id of supportIds) against.delete(id);
    const disputed = draft.winner === null || draft.conflicts.some((c) => c.resolution === 'unresolved');
    const decided = draft.derived !== null || draft.conflicts.some((c) => c.resolution === 'policy' || c.resolution === 'adjudicated');
    const independent = new Set(supporting.map((e) => e.cluster)).size;
    const interval = publishedInterval(draft);
    const rate = shown.conversion?.rate ?? 1;
    facts.push({
      fact_id: draft.fact_id,
      jurisdiction: draft.jurisdiction,
      authority: shown.claim.authority,
      metric: draft.metric,
      period_start: draft.period_start,
      period_end: draft.period_end,
      value: shown.claim.value,
      value_high: draft.derived ? null : shown.claim.value_high,
      unit: shown.claim.unit,
      qualifier: draft.derived?.qualifier ?? shown.claim.qualifier,
      interval_low: interval ? finite(interval.lo / rate) : null,
      interval_high: interval ? finite(interval.hi / rate) : null,
      status: disputed ? 'disputed' : decided ? 'resolved' : independent > 1 ? 'corroborated' : 'single_source',
      rule: draft.rule,
      rationale: draft.rationale,
      claim_ids: [...supportIds].sort(),
      claim_ids_against: [...against].sort(),
      source_count: new Set(supporting.map((e) => e.claim.source_id)).size,
      independent_source_count: independent,
    });
    conflicts.push(...draft.conflicts);
    const winningSet = new Set(winning);
    const losing = new Set(disputed ? [] : draft.evidence.filter((e) => !winningSet.has(e)).map((e) => e.claim.claim_id));
    for (const e of draft.evidence) {
      const id = e.claim.claim_id;
      const rank = e === shown && !draft.derived ? 'preferred' : draft.deprecated.has(id) || losing.has(id) ? 'deprecated' : 'normal';
      claims.push(ranked(e, draft.fact_id, rank));
      if (e.conversion) conversions.push({ claim_id: id, fact_id: draft.fact_id, ...e.conversion });
    }
  }
  const byId = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  // Claims and conversions keep the order of their facts, which follows the sorted input: already deterministic.
  return { facts: facts.sort(byId((f) => f.fact_id)), conflicts: conflicts.sort(byId((c) => c.conflict_id)), claims, conversions };
}

/**
 * A claim as published, every field written out: a spread of a 22-field object into a 30-field one falls off
 * V8's fast path, and a million claims made that the slowest step of reconciliation.
 */
function ranked(e: Evidence, factId: string, rank: RankedClaim['rank']): RankedClaim {
  const c = e.claim;
  const v = e.conversion;
  return {
    claim_id: c.claim_id, source_id: c.source_id, source_path: c.source_path, metric: c.metric, value: c.value, value_high: c.value_high,
    unit: c.unit, qualifier: c.qualifier, period_start: c.period_start, period_end: c.period_end, period_text: c.period_text,
    jurisdiction: c.jurisdiction, authority: c.authority, quote: c.quote, quote_start: c.quote_start, quote_end: c.quote_end,
    span_start: c.span_start, span_end: c.span_end, figure: c.figure, extractor: c.extractor, converted_from: c.converted_from,
    confidence: c.confidence, fact_id: factId, rank, interval_low: finite(e.own.lo), interval_high: finite(e.own.hi),
    compared_in: v ? v.to : null, conversion_rate: v ? finite(v.rate) : null, conversion_date: v?.date || null, conversion_source: v?.source ?? null,
  };
}
