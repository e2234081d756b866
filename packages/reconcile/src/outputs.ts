import type { Conflict, Fact, RankedClaim } from '@reckon/schema';
import type { ConvertedValue } from './reconcile.js';
import { bestOf, type Evidence } from './evidence.js';
import { publishedInterval, type Draft } from './draft.js';

const finite = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(12)) : null);

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
    const losing = new Set(disputed ? [] : draft.evidence.filter((e) => !winning.includes(e)).map((e) => e.claim.claim_id));
    for (const e of draft.evidence) {
      const id = e.claim.claim_id;
      const rank = e === shown && !draft.derived ? 'preferred' : draft.deprecated.has(id) || losing.has(id) ? 'deprecated' : 'normal';
      const c = e.conversion;
      claims.push({
        ...e.claim, fact_id: draft.fact_id, rank, interval_low: finite(e.own.lo), interval_high: finite(e.own.hi),
        compared_in: c ? c.to : null, conversion_rate: c ? finite(c.rate) : null, conversion_date: c?.date || null, conversion_source: c?.source ?? null,
      });
      if (e.conversion) conversions.push({ claim_id: id, fact_id: draft.fact_id, ...e.conversion });
    }
  }
  const byId = <T>(key: (t: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
  return {
    facts: facts.sort(byId((f) => f.fact_id)),
    conflicts: conflicts.sort(byId((c) => c.conflict_id)),
    claims: claims.sort(byId((c) => c.claim_id)),
    conversions: conversions.sort(byId((c) => c.claim_id)),
  };
}
