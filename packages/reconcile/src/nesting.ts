import { compareText, sortTexts } from './compare-text.js';
import { contentId, type Claim, type PolicyRule } from '@reckon/schema';
import type { Converter } from './conversion.js';
import { describe } from './evidence.js';
import { bestOfWinning, digitsOf, mid, publishedInterval, type Draft } from './draft.js';
import { formatInterval, scale, type Interval } from './intervals.js';
import { decide } from './policy.js';
import { flat } from './text.js';

/** Whether `outer`'s period contains `inner`'s (open starts run from the beginning of time). */
function contains(outer: Draft, inner: Draft): boolean {
  if (outer.period_end === null || inner.period_end === null) return false;
  const startsBefore = outer.period_start === null || (inner.period_start !== null && inner.period_start >= outer.period_start);
  const same = outer.period_start === inner.period_start && outer.period_end === inner.period_end;
  return !same && startsBefore && inner.period_end <= outer.period_end;
}

const overlaps = (a: Draft, b: Draft) =>
  a.period_end !== null && b.period_end !== null
  && (a.period_start === null || a.period_start <= b.period_end) && (b.period_start === null || b.period_start <= a.period_end);

/**
 * Checks facts of one (jurisdiction, metric) across periods. For an additive metric a count or amount for
 * a sub-period cannot exceed the full period's (19 for the first three quarters of 2024 is consistent with
 * 36 for 2024, 40 is not): a violation is a conflict the policy decides, and the losing fact publishes the
 * bound the winner implies. Same digits in different units on overlapping periods are flagged.
 */
export function checkPeriods(
  drafts: readonly Draft[],
  additive: boolean,
  converter: Converter,
  policy: readonly PolicyRule[],
  related: (a: Claim, b: Claim) => boolean,
): void {
  // What a check asks of a fact, worked out on first asking: a fact that a check changes (deprecated claims,
  // a derived bound, no winner) is never compared again, so the answers hold for every later check.
  const facts = drafts.map((draft): Fact => ({ draft, best: null, published: undefined, converted: null }));
  const check = (x: Fact, y: Fact) => {
    const inner = x.draft;
    const outer = y.draft;
    if (inner === outer || inner.winner === null || outer.winner === null || inner.derived || outer.derived) return;
    if (!comparable(bestClaim(x), bestClaim(y), inner.period_start === null && outer.period_start === null, related)) return;
    const a = inUnit(x, outer.unit, converter);
    const b = published(y);
    if (!a || !b) return;
    if (additive && contains(outer, inner) && (a.lo > b.hi || (a.lo === b.hi && (a.loOpen || b.hiOpen)))) resolveNesting(inner, outer, policy);
    else if (outer.fact_id < inner.fact_id && overlaps(inner, outer)) flagUnitConfusion(inner, outer, a, b);
  };
  // A stated period can sit inside any other period; a running total only inside a later running total, and
  // only the nearest few in time are compared, so thousands of totals cost linear time.
  const bounded = facts.filter((f) => f.draft.period_start !== null);
  const totals = facts.filter((f) => f.draft.period_start === null)
    .sort(({ draft: x }, { draft: y }) => compareText(x.period_end ?? '', y.period_end ?? '') || compareText(x.fact_id, y.fact_id));
  for (const inner of bounded) for (const outer of facts) check(inner, outer);
  for (const outer of bounded) for (const inner of totals) check(inner, outer);
  totals.forEach((inner, i) => {
    for (let j = Math.max(0, i - NEAREST_TOTALS); j <= i + NEAREST_TOTALS && j < totals.length; j++) check(inner, totals[j]!);
  });
}

/** A fact under check, with its best claim and published interval (in its own unit and others) once known. */
interface Fact { draft: Draft; best: Claim | null; published: Interval | null | undefined; converted: Map<string, Interval | null> | null }

function bestClaim(fact: Fact): Claim {
  return (fact.best ??= bestOfWinning(fact.draft).claim);
}

function published(fact: Fact): Interval | null {
  if (fact.published === undefined) fact.published = publishedInterval(fact.draft);
  return fact.published;
}

const NEAREST_TOTALS = 16;

/**
 * Whether figures for different periods measure the same thing, so that one bounds the other. One article's
 * figures for different periods are separate scopes (a case and a national total), as are figures of
 * different agencies; two running totals with no stated period also need a context showing they are one total.
 */
function comparable(a: Claim, b: Claim, bothCumulative: boolean, related: (a: Claim, b: Claim) => boolean): boolean {
  if (a.source_id === b.source_id) return false;
  if (a.authority && b.authority && a.authority !== b.authority) return false;
  return !bothCumulative || related(a, b);
}

function inUnit(fact: Fact, unit: string, converter: Converter): Interval | null {
  const interval = published(fact);
  if (fact.draft.unit === unit) return interval;
  fact.converted ??= new Map();
  let converted = fact.converted.get(unit);
  if (converted === undefined) {
    const conversion = converter.find(fact.draft.unit, unit, fact.draft.period_end);
    converted = interval && conversion ? scale(interval, conversion.rate, conversion.uncertainty) : null;
    fact.converted.set(unit, converted);
  }
  return converted;
}

function resolveNesting(inner: Draft, outer: Draft, policy: readonly PolicyRule[]): void {
  const sides = [winningSide(inner), winningSide(outer)];
  const bests = [bestOfWinning(inner), bestOfWinning(outer)];
  const outcome = decide(sides, bests, policy);
  const cumulative = inner.period_start === null && outer.period_start === null;
  const kind = cumulative ? 'stale' as const : 'period_mismatch' as const;
  const [winner, loser] = outcome?.winner === 0 ? [inner, outer] : [outer, inner];
  const best = winner === inner ? bests[0]! : bests[1]!;
  const lost = winningSide(loser);
  const claimIds = sortTexts([...sides[0]!, ...sides[1]!].map((e) => e.claim.claim_id));
  const relation = flat(describe(bests[0]!), ' covers ', period(inner), ', inside ', period(outer), ' of ', describe(bests[1]!), ', yet exceeds it');
  if (!outcome) {
    outer.conflicts.push({ conflict_id: contentId(outer.fact_id, kind, ...claimIds), fact_id: outer.fact_id, claim_ids: claimIds, kind,
      resolution: 'unresolved', rule: 'unresolved', rationale: flat(relation, '; no policy rule tells them apart; adjudicate in decisions.yaml.') });
    outer.winner = null;
    return;
  }
  for (const e of lost) loser.deprecated.add(e.claim.claim_id);
  const bound = loser === outer ? 'at_least' : 'up_to';
  const interval: Interval = bound === 'at_least'
    ? { lo: best.interval.lo, hi: Infinity, loOpen: best.interval.loOpen, hiOpen: true }
    : { lo: 0, hi: best.interval.hi, loOpen: false, hiOpen: best.interval.hiOpen };
  loser.derived = { value: best, qualifier: bound, interval };
  loser.rule = outcome.rule;
  const consequence = flat(period(loser), ' is published as ', bound.replace('_', ' '), ' the ', best.claim.figure, ' of ', period(winner), ' ', formatInterval(interval));
  loser.rationale = flat(relation, '; ', outcome.reason, ' kept ', describe(best), ', so ', consequence, '.');
  loser.conflicts.push({ conflict_id: contentId(loser.fact_id, kind, ...claimIds), fact_id: loser.fact_id, claim_ids: claimIds, kind,
    resolution: 'policy', rule: outcome.rule, rationale: loser.rationale });
}

function flagUnitConfusion(a: Draft, b: Draft, ai: Interval, bi: Interval): void {
  const ea = bestOfWinning(a);
  const eb = bestOfWinning(b);
  if (ea.claim.unit === eb.claim.unit || digitsOf(ea.claim) !== digitsOf(eb.claim)) return;
  const ratio = mid(ai) / mid(bi);
  if (!(ratio > 1.25 || ratio < 0.8)) return;
  const claimIds = [ea.claim.claim_id, eb.claim.claim_id].sort();
  // The flag sits on the narrower period: the figure more likely written in the wrong unit.
  const later = (x: Draft, y: Draft) => (x.period_start ?? '') > (y.period_start ?? '') || ((x.period_start ?? '') === (y.period_start ?? '') && (x.period_end ?? '') < (y.period_end ?? ''));
  const target = later(a, b) ? a : b;
  target.conflicts.push({
    conflict_id: contentId(target.fact_id, 'unit_confusion', ...claimIds), fact_id: target.fact_id, claim_ids: claimIds, kind: 'unit_confusion',
    resolution: 'consistent', rule: 'flag',
    rationale: flat(describe(ea), ' (', period(a), ') and ', describe(eb), ' (', period(b), ') share the digits ', digitsOf(ea.claim),
      ' in different units, though converted they differ by a factor of ', Math.max(ratio, 1 / ratio).toFixed(2), '; both can hold for their periods, so both stand, flagged for review.'),
  });
}

function winningSide(d: Draft) {
  const side = d.sides[d.winner ?? 0]!;
  // The same array while nothing is deprecated: most facts have none, and no copy is needed.
  return d.deprecated.size ? side.filter((e) => !d.deprecated.has(e.claim.claim_id)) : side;
}

function period(d: Draft): string {
  return d.period_start === null ? `the period up to ${d.period_end}` : `${d.period_start}..${d.period_end}`;
}
