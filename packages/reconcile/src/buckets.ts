import { compareText } from './compare-text.js';
import { byClaimOrder } from './claim-order.js';
import type { ClaimTraits } from './claim-traits.js';
import type { Evidence } from './evidence.js';
import { quantityGroups } from './context.js';
import { groupBy, type CompositeKeys } from './grouping.js';

/** The claims of one fact-to-be, as evidence in their own units. */
export interface Bucket { start: string | null; end: string | null; items: Evidence[]; anchor: string | null }

/**
 * Splits claims by period, then by the quantity they report. Stated periods are taken as they are;
 * cumulative figures ("to date", or no period) published close together describe one running total when
 * their context says so, dated by the latest of them. A period's second and later quantities are named by
 * where they were first reported, since the period alone does not tell them apart. The claims come in claim order.
 */
export function periodBuckets(items: readonly Evidence[], windowDays: number, traits: ClaimTraits, periodKeys: CompositeKeys): Bucket[] {
  const buckets: Bucket[] = [];
  for (const [key, list] of groupBy(items.filter((e) => e.claim.period_start !== null), (e) => periodKeys.of(e.claim.period_start, e.claim.period_end))) {
    const [start, end] = key.split('|');
    quantityGroups(list, traits, false).forEach((group, i) => {
      buckets.push({ start: start!, end: end === 'null' ? null : end!, items: group, anchor: i === 0 ? null : anchorOf(group, list) });
    });
  }
  // By date, then in claim order: the claims come in claim order and the sort is stable, so the date alone is compared.
  const cumulative = items.filter((e) => e.claim.period_start === null).sort((a, b) => compareText(a.claim.period_end ?? '', b.claim.period_end ?? ''));
  let run: Evidence[] = [];
  const flush = () => {
    quantityGroups(run, traits, true).forEach((group, i) => {
      let end = '';
      for (const { claim } of group) if ((claim.period_end ?? '') > end) end = claim.period_end!;
      buckets.push({ start: null, end: end || null, items: group, anchor: i === 0 ? null : anchorOf(group, run) });
    });
    run = [];
  };
  // The last claim's date, parsed once rather than again when the next claim is compared with it.
  let lastTime = NaN;
  for (const e of cumulative) {
    const c = e.claim;
    const last = run.at(-1)?.claim;
    const time = c.period_end ? Date.parse(c.period_end) : NaN;
    if (last && (last.period_end === null) !== (c.period_end === null)) flush();
    else if (last && last.period_end && c.period_end && (time - lastTime) / 86_400_000 > windowDays) flush();
    run.push(e);
    lastTime = time;
  }
  flush();
  return buckets;
}

/**
 * Names a running total by where it was first reported (source path and the claim's place among that
 * source's figures of the metric), not by claim ids, so that correcting a figure keeps the fact's id.
 */
function anchorOf(group: readonly Evidence[], run: readonly Evidence[]): string {
  // The first in claim order (the first of equals, as a stable sort would put it), found without sorting a copy.
  let first = group[0]!;
  for (const e of group) if (byClaimOrder(e.claim, first.claim) < 0) first = e;
  const before = ordinals(run).get(first) ?? 0;
  return `${first.claim.source_path}#${before}`;
}

// Each claim's place among its source's claims of a run, computed once per run rather than once per quantity.
const ORDINALS = new WeakMap<readonly Evidence[], Map<Evidence, number>>();

function ordinals(run: readonly Evidence[]): Map<Evidence, number> {
  let known = ORDINALS.get(run);
  if (!known) {
    known = new Map();
    const seen = new Map<string, number>();
    for (const e of [...run].sort((a, b) => byClaimOrder(a.claim, b.claim))) {
      const n = seen.get(e.claim.source_path) ?? 0;
      known.set(e, n);
      seen.set(e.claim.source_path, n + 1);
    }
    ORDINALS.set(run, known);
  }
  return known;
}
