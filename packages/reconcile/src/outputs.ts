import type { Conflict, Fact, RankedClaim } from '@reckon/schema';
import type { ConvertedValue } from './reconcile.js';
import { bestOf, type Evidence } from './evidence.js';
import { publishedInterval, type Draft } from './draft.js';
import { sortTexts } from './compare-text.js';
import { sortById } from './id-order.js';

/**
 * A number as published, to twelve significant digits. Whole numbers below 1e12 and halves below 1e11 (the
 * bounds of most intervals) already are: they skip the round trip (`+ 0` turns -0 into 0 as it does).
 */
function finite(x: number): number | null {
  if ((Number.isInteger(x) && Math.abs(x) < 1e12) || (Number.isInteger(x * 2) && Math.abs(x) < 1e11)) return x + 0;
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : null;
}

/**
 * Turns settled drafts into the published records: facts, conflicts, every claim ranked, every conversion.
 * Drafts are added as each group of them is settled, while their claims are still at hand in memory (a
 * million claims lie scattered, and reading them again at the end was much of this step's time); a fact
 * that a decision changes afterwards is written again.
 */
export class Outputs {
  private readonly facts: Fact[] = [];
  private readonly conflicts: Conflict[] = [];
  private readonly claims: RankedClaim[] = [];
  private readonly conversions: ConvertedValue[] = [];
  /** Where the fact of each draft that may be written again is. */
  private readonly factAt = new Map<Draft, number>();

  /**
   * Adds the records of a settled draft whose periods have been checked; `rewritable` when a decision may change
   * it. Only those drafts are remembered: the rest, and their evidence, can be collected as soon as their group is done.
   */
  add(draft: Draft, rewritable: boolean): void {
    if (rewritable) this.factAt.set(draft, this.facts.length);
    const winning = winningOf(draft);
    const shown = shownOf(draft, winning);
    this.facts.push(factOf(draft, winning, shown));
    for (const conflict of draft.conflicts) this.conflicts.push(conflict);
    this.rank(draft, winning, shown);
  }

  /**
   * Writes a draft's fact again, after a decision changed its rule, rationale or conflicts. Its claims keep
   * their ranks: a decision confirms a fact with a value, which has no unresolved conflict to turn.
   */
  update(draft: Draft): void {
    const at = this.factAt.get(draft);
    if (at === undefined) return;
    const winning = winningOf(draft);
    this.facts[at] = factOf(draft, winning, shownOf(draft, winning));
  }

  /** The records, facts and conflicts sorted by id. */
  result() {
    // Claims and conversions keep the order of their facts, which follows the sorted input: already deterministic.
    const { facts, conflicts, claims, conversions } = this;
    return { facts: sortById(facts, (f) => f.fact_id), conflicts: sortById(conflicts, (c) => c.conflict_id), claims, conversions };
  }

  /** Every claim of a draft ranked, and its conversions. */
  private rank(draft: Draft, winning: readonly Evidence[], shown: Evidence): void {
    // Claims outside the winning side lose, unless the fact is disputed; when the side holds every claim, none do.
    const losing = new Set<string>();
    if (!disputedOf(draft) && winning.length < draft.evidence.length) {
      const winningSet = new Set(winning);
      for (const e of draft.evidence) if (!winningSet.has(e)) losing.add(e.claim.claim_id);
    }
    for (const e of draft.evidence) {
      const id = e.claim.claim_id;
      const rank = e === shown && !draft.derived ? 'preferred' : draft.deprecated.has(id) || losing.has(id) ? 'deprecated' : 'normal';
      this.claims.push(ranked(e, draft.fact_id, rank));
      if (e.conversion) this.conversions.push({ claim_id: id, fact_id: draft.fact_id, ...e.conversion });
    }
  }
}

/** The winning side as it is unless claims were deprecated: most facts have none, and no copy is needed. */
function winningOf(draft: Draft): readonly Evidence[] {
  const side = draft.winner === null ? [] : draft.sides[draft.winner]!;
  return draft.deprecated.size ? side.filter((e) => !draft.deprecated.has(e.claim.claim_id)) : side;
}

/** The claim whose value a fact shows: a derived bound's, the winning side's best, or while disputed the best of all. */
function shownOf(draft: Draft, winning: readonly Evidence[]): Evidence {
  if (draft.derived) return draft.derived.value;
  if (!winning.length) return bestOf(draft.evidence);
  return winning === draft.sides[draft.winner!] ? draft.bests[draft.winner!]! : bestOf(winning);
}

function disputedOf(draft: Draft): boolean {
  return draft.winner === null || draft.conflicts.some((c) => c.resolution === 'unresolved');
}

function factOf(draft: Draft, winning: readonly Evidence[], shown: Evidence): Fact {
  const supporting = draft.derived ? [draft.derived.value] : winning.length ? winning : [shown];
  const claimIds = distinctSorted(supporting.map((e) => e.claim.claim_id));
  // Claims of the fact or of its conflicts that do not support the value; none when every claim supports it
  // and no conflict is decided against, the usual case, which then needs no set of ids at all.
  const holdsAll = supporting === winning && winning.length === draft.evidence.length;
  const contested = draft.conflicts.filter((c) => c.resolution !== 'consistent');
  const against = new Set<string>();
  if (!holdsAll || contested.length) {
    const supportIds = new Set(claimIds);
    for (const e of draft.evidence) if (!supportIds.has(e.claim.claim_id)) against.add(e.claim.claim_id);
    for (const c of contested) for (const id of c.claim_ids) if (!supportIds.has(id)) against.add(id);
  }
  const disputed = disputedOf(draft);
  const decided = draft.derived !== null || draft.conflicts.some((c) => c.resolution === 'policy' || c.resolution === 'adjudicated');
  const independent = distinctCount(supporting, (e) => e.cluster);
  const interval = publishedInterval(draft);
  const rate = shown.conversion?.rate ?? 1;
  return {
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
    claim_ids: claimIds,
    claim_ids_against: sortTexts([...against]),
    source_count: distinctCount(supporting, (e) => e.claim.source_id),
    independent_source_count: independent,
  };
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

/** How many different keys the items have. */
function distinctCount<T>(items: readonly T[], key: (item: T) => string): number {
  if (items.length === 1) return 1;
  const seen = new Set<string>();
  for (const item of items) seen.add(key(item));
  return seen.size;
}

/** Strings sorted, each once: what sorting a set of them gives, without hashing every one. */
function distinctSorted(texts: string[]): string[] {
  sortTexts(texts);
  let kept = 0;
  for (let i = 0; i < texts.length; i++) if (i === 0 || texts[i] !== texts[kept - 1]) texts[kept++] = texts[i]!;
  texts.length = kept;
  return texts;
}
