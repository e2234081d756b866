import type { Claim } from '@reckon/schema';
import { compareText } from './compare-text.js';

/** The order claims are reconciled in: by source path, place in the text, id. */
export const byClaimOrder = (a: Claim, b: Claim) =>
  compareText(a.source_path, b.source_path) || a.span_start - b.span_start || compareText(a.claim_id, b.claim_id);

/**
 * Claims sorted by `byClaimOrder`, stably. Gathered by source path first, so that the long shared prefixes
 * of paths are compared once per pair of sources rather than once per pair of claims: the same order as
 * sorting them all with `byClaimOrder`, several times faster at a million claims.
 */
export function inClaimOrder(claims: readonly Claim[]): Claim[] {
  const byPath = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byPath.get(c.source_path);
    if (list) list.push(c);
    else byPath.set(c.source_path, [c]);
  }
  const sorted: Claim[] = [];
  for (const path of [...byPath.keys()].sort(compareText)) {
    const list = byPath.get(path)!;
    if (list.length > 1) inPlaceOrder(list);
    for (const c of list) sorted.push(c);
  }
  return sorted;
}

const byPlace = (a: Claim, b: Claim) => a.span_start - b.span_start || compareText(a.claim_id, b.claim_id);

/** Sorts one source's claims by place, stably: by insertion when few (and already in order, as extraction leaves them, in one pass). */
function inPlaceOrder(list: Claim[]): void {
  if (list.length > 32) {
    list.sort(byPlace);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const c = list[i]!;
    let j = i - 1;
    for (; j >= 0 && byPlace(list[j]!, c) > 0; j--) list[j + 1] = list[j]!;
    list[j + 1] = c;
  }
}
