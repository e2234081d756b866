import type { PolicyRule } from '@reckon/schema';
import { compareTuples, independentCount, kindRank, specificity, type Evidence } from './evidence.js';

/** A side's standing under one rule: higher wins. */
const SCORES: Record<PolicyRule, (side: readonly Evidence[], best: Evidence) => number[]> = {
  source_kind: (side) => [-lowest(side, kindRank)],
  corroboration: (side) => [independentCount(side)],
  specificity: (_side, best) => specificity(best),
  recency: (side) => [highest(side, (e) => (e.published ? Date.parse(e.published) : 0))],
};

// Math.min and Math.max over a side without an array of its values (NaN, an unreadable date, wins as there).
function lowest(side: readonly Evidence[], value: (e: Evidence) => number): number {
  let low = Infinity;
  for (const e of side) {
    const v = value(e);
    if (Number.isNaN(v)) return NaN;
    if (v < low) low = v;
  }
  return low;
}

function highest(side: readonly Evidence[], value: (e: Evidence) => number): number {
  let high = -Infinity;
  for (const e of side) {
    const v = value(e);
    if (Number.isNaN(v)) return NaN;
    if (v > high) high = v;
  }
  return high;
}

const EXPLAIN: Record<PolicyRule, string> = {
  source_kind: 'the more authoritative kind of source (official > media > aggregator > translation)',
  corroboration: 'more independent sources (near-duplicate copies count once)',
  specificity: 'the more specific figure (a stated period, no hedge, finer precision)',
  recency: 'the more recent publication',
};

export interface PolicyOutcome { winner: number; rule: PolicyRule; reason: string }

/** Applies the policy rules in order; the first rule under which one side alone scores best decides. `bests` are the sides' best claims. */
export function decide(sides: ReadonlyArray<readonly Evidence[]>, bests: readonly Evidence[], policy: readonly PolicyRule[]): PolicyOutcome | null {
  for (const rule of policy) {
    const scores = sides.map((side, i) => SCORES[rule](side, bests[i]!));
    let best = 0;
    for (let i = 1; i < scores.length; i++) if (compareTuples(scores[i]!, scores[best]!) > 0) best = i;
    const tied = scores.filter((s) => compareTuples(s, scores[best]!) === 0).length;
    if (tied === 1) return { winner: best, rule, reason: `policy rule ${rule}: ${EXPLAIN[rule]}` };
  }
  return null;
}
