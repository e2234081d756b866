import { compareText, sortTexts } from './compare-text.js';
import { contentId, type Claim, type Conflict, type PolicyRule } from '@reckon/schema';
import { bestOf, describe, independentCount, partitionSides, writeDescription, type Evidence } from './evidence.js';
import { narrow, type Interval } from './intervals.js';
import { decide } from './policy.js';
import { flat, joined, type Parts } from './text.js';

/** A fact being reconciled: the claims about one (jurisdiction, metric, period), split into agreeing sides. */
export interface Draft {
  fact_id: string;
  jurisdiction: string | null;
  metric: string;
  period_start: string | null;
  period_end: string | null;
  /** The unit the evidence intervals are expressed in. */
  unit: string;
  evidence: Evidence[];
  sides: Evidence[][];
  /**
   * The best claim of each side (`bestOf`), found once when the draft is settled: rationales, the policy, nested
   * periods and outputs all ask for it (a WeakMap by side that remembered it cost more than finding it).
   */
  bests: Evidence[];
  /** Index of the side whose value is published; null while disputed. */
  winner: number | null;
  rule: string;
  rationale: string;
  conflicts: Conflict[];
  /** Claims overridden from outside this fact (a nested period decided against them). */
  deprecated: Set<string>;
  /** Set when a nested-period conflict replaced the value with a bound implied by another fact. */
  derived: { value: Evidence; qualifier: 'at_least' | 'up_to'; interval: Interval } | null;
}

const magnitudeOf = (a: number, b: number) => (a > 0 && b > 0 ? Math.log10(Math.max(a, b) / Math.min(a, b)) : 0);
export const mid = (i: Interval) => (Number.isFinite(i.hi) ? (Number.isFinite(i.lo) ? (i.lo + i.hi) / 2 : i.hi) : i.lo);
/** The number as written, without separators or unit: "60 billion tenge" and "$60 million" both give "60". */
export const digitsOf = (c: Claim) => /\d[\d,.]*/.exec(c.figure)?.[0].replace(/[,.]/g, '') ?? '';

/** What kind of disagreement separates the published side from another. */
export function conflictKind(winner: Evidence, loser: Evidence): Conflict['kind'] {
  const cumulative = winner.claim.period_start === null && loser.claim.period_start === null;
  if (cumulative && (winner.published ?? '') > (loser.published ?? '') && mid(winner.interval) > mid(loser.interval)) return 'stale';
  const orders = magnitudeOf(mid(winner.interval), mid(loser.interval));
  if (orders >= 0.9 && Math.abs(orders - Math.round(orders)) < 0.06) return 'magnitude_slip';
  if (winner.claim.unit !== loser.claim.unit && digitsOf(winner.claim) === digitsOf(loser.claim)) return 'unit_confusion';
  return 'value_mismatch';
}

/**
 * Settles a draft: one side agrees; several sides are a conflict the policy decides (a newer cumulative
 * figure supersedes a smaller older one before any rule), else the fact is disputed. `forced` names claims
 * an adjudication prefers.
 */
export function settle(draft: Draft, policy: readonly PolicyRule[], forced: { claims: Set<string>; note: string } | null): void {
  draft.sides = partitionSides(draft.evidence);
  const bests = (draft.bests = draft.sides.map(bestOf));
  draft.conflicts = [];
  if (draft.sides.length === 1) {
    const side = draft.sides[0]!;
    const n = independentCount(side);
    draft.winner = 0;
    draft.rule = forced ? 'decision' : n > 1 ? 'corroboration' : 'single_source';
    RATIONALE.push(side.length, ' claim(s) from ', n, ' independent source(s) agree: ');
    writeAll(RATIONALE, side);
    RATIONALE.push('.');
    if (forced) RATIONALE.push(' Confirmed: ', forced.note);
    draft.rationale = joined(RATIONALE);
    return;
  }
  const newest = stalePick(draft.sides, bests);
  const outcome = forced
    ? { winner: Math.max(0, draft.sides.findIndex((s) => s.some((e) => forced.claims.has(e.claim.claim_id)))), rule: 'decision', reason: `adjudicated: ${forced.note}` }
    : newest !== null ? { winner: newest, rule: 'recency', reason: 'a newer cumulative figure supersedes an older, smaller one' }
      : decide(draft.sides, bests, policy);
  draft.winner = outcome?.winner ?? null;
  draft.rule = outcome?.rule ?? 'unresolved';
  const reference = outcome ? bests[outcome.winner]! : bests[0]!;
  // Every conflict of a fact names the same published claim: its description is written once.
  const described = describe(reference);
  for (let i = 0; i < draft.sides.length; i++) {
    if (outcome && i === outcome.winner) continue;
    if (!outcome && i === 0) continue;
    const side = draft.sides[i]!;
    const kind = conflictKind(reference, bests[i]!);
    // The published side's best claim against every claim of the other side: linear in the claims, however many sides.
    const claimIds = [reference.claim.claim_id];
    for (const e of side) claimIds.push(e.claim.claim_id);
    sortTexts(claimIds);
    RATIONALE.push(described, outcome ? ' outweighs ' : ' and ');
    writeAll(RATIONALE, side);
    if (outcome) RATIONALE.push(' by ', outcome.reason, '.');
    else RATIONALE.push(' disagree and no policy rule (', policy.join(', '), ') tells them apart; adjudicate in decisions.yaml.');
    const rationale = joined(RATIONALE);
    draft.conflicts.push({
      conflict_id: contentId(draft.fact_id, kind, ...claimIds),
      fact_id: draft.fact_id, claim_ids: claimIds, kind,
      resolution: !outcome ? 'unresolved' : forced ? 'adjudicated' : 'policy',
      rule: outcome?.rule ?? 'unresolved', rationale,
    });
  }
  draft.rationale = outcome
    ? flat('Published ', described, '; ', draft.conflicts.length, ' disagreeing side(s) decided by ', outcome.reason, '.')
    : `Disputed: ${draft.sides.length} sides disagree and the policy does not decide; the value shown is the most specific claim, pending adjudication.`;
}

/** Among cumulative figures ("to date"), the newest side wins when it is also the largest. */
function stalePick(sides: ReadonlyArray<readonly Evidence[]>, bests: readonly Evidence[]): number | null {
  if (!sides.every((s) => s.every((e) => e.claim.period_start === null))) return null;
  // Each side's latest publication date, once per side rather than once per comparison of the sort.
  const newest = sides.map(latestPublished);
  const order = sides.map((_, i) => i).sort((a, b) => compareText(newest[b]!, newest[a]!));
  const [first, second] = order;
  if (first === undefined || second === undefined || newest[first] === newest[second]) return null;
  return order.every((i) => i === first || mid(bests[first]!.interval) > mid(bests[i]!.interval)) ? first : null;
}

/** The latest publication date of a side ('' when none is known): the last of its dates in text order. */
function latestPublished(side: readonly Evidence[]): string {
  let latest = '';
  for (const e of side) if ((e.published ?? '') > latest) latest = e.published!;
  return latest;
}

/** The best claim of a fact's winning side (its first side while disputed), its deprecated claims aside. */
export function bestOfWinning(draft: Draft): Evidence {
  const at = draft.winner ?? 0;
  return draft.deprecated.size ? bestOf(draft.sides[at]!.filter((e) => !draft.deprecated.has(e.claim.claim_id))) : draft.bests[at]!;
}

/** The common interval of the published side, in the draft's unit. */
export function publishedInterval(draft: Draft): Interval | null {
  if (draft.derived) return draft.derived.interval;
  const side = draft.sides[draft.winner ?? 0];
  if (!side) return null;
  // Asked once by nested periods and once by outputs: narrowed in place, with no filtered copy of the side.
  const interval: Interval = { lo: -Infinity, hi: Infinity, loOpen: true, hiOpen: true };
  for (const e of side) if (!draft.deprecated.size || !draft.deprecated.has(e.claim.claim_id)) narrow(interval, e.interval);
  return interval;
}

/** Claims named in a rationale: enough to follow it, not every claim of a fact a thousand sources report. */
const NAMED_IN_RATIONALE = 5;

/** The descriptions of a side's first claims, joined by '; ', written into a rationale's parts. */
function writeAll(parts: Parts, side: readonly Evidence[]): void {
  for (let i = 0; i < side.length && i < NAMED_IN_RATIONALE; i++) {
    if (i) parts.push('; ');
    writeDescription(parts, side[i]!);
  }
  if (side.length > NAMED_IN_RATIONALE) parts.push('; and ', side.length - NAMED_IN_RATIONALE, ' more (see claim_ids)');
}

// The parts of the rationale being written: one array for every rationale, emptied as each is joined.
const RATIONALE: Parts = [];
