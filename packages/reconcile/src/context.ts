import type { Claim } from '@reckon/schema';
import { widened, type ClaimTraits, type Traits } from './claim-traits.js';
import type { Evidence } from './evidence.js';

/** Quotes this alike report the same figure in other words (a reprint, a rewrite of one announcement). */
export const SAME_CONTEXT = 0.2;

/**
 * How surely two claims report one quantity: linked by a stated conversion or copies of one text, else the
 * likeness of their quotes, raised when they state the same figure in the same unit (one sentence can hold
 * several quantities, and its reprint should pair each with its own). `y` is the claim whose words are marked.
 */
function affinity(x: Traits, y: Traits, traits: ClaimTraits): number {
  const a = x.claim;
  const b = y.claim;
  if (a.claim_id === b.converted_from || a.converted_from === b.claim_id) return 2;
  const close = a.unit === b.unit && Math.abs(a.value - b.value) <= 0.1 * Math.max(Math.abs(a.value), Math.abs(b.value));
  // The same digits at another magnitude or in another unit: the slips and confusions reconciliation must catch.
  const sameDigits = x.hasDigits && x.digits === y.digits;
  return (x.cluster === y.cluster ? 1 : traits.quoteSimilarity(x)) + (close ? 0.5 : sameDigits ? 0.4 : 0);
}

/** Two figures of one source that say different things: components of a breakdown or separate cases, never rivals. */
function distinctInSource(a: Claim, b: Claim): boolean {
  const linked = a.converted_from === b.claim_id || b.converted_from === a.claim_id;
  return a.source_id === b.source_id && !linked && (a.unit !== b.unit || a.value !== b.value || a.value_high !== b.value_high);
}

/**
 * Splits the claims of one jurisdiction, metric and period into the quantities they report. A claim joins
 * the quantity whose claims it most resembles (a stated conversion, a copy of the same text, or a quote
 * saying the same thing), never one that holds a different figure from its own source: one article's
 * several figures are a breakdown or separate cases, not a disagreement. With a stated period and nothing
 * to tell quantities apart, claims from different sources report the same one; without a period
 * (`requireContext`) only their context can say so.
 */
export function quantityGroups(items: readonly Evidence[], traits: ClaimTraits, requireContext: boolean): Evidence[][] {
  if (!requireContext && !hasBreakdown(items)) return [[...items]];
  const groups: Quantity[] = [];
  const index = new CandidateIndex();
  for (const item of items) {
    const claim = item.claim;
    const own = traits.work(claim, item.clusterNumber);
    traits.mark(own);
    const candidates = groups.length <= SCAN_ALL ? groups : index.candidates(own);
    let best: Quantity | null = null;
    let bestScore = SAME_CONTEXT;
    // Quantities holding another figure of the claim's source are closed to it.
    let open = 0;
    for (const g of candidates) {
      if (holdsOtherFigure(g, claim)) continue;
      open++;
      const score = likeness(g.members, own, traits);
      if (score >= bestScore) {
        best = g;
        bestScore = score;
      }
    }
    if (!best && !requireContext && groups.length === 1 && open === 1) best = groups[0]!;
    if (!best) groups.push((best = { members: [], items: [], bySource: new Map(), stamp: 0 }));
    best.members.push(own);
    best.items.push(item);
    const ofSource = best.bySource.get(claim.source_id);
    if (ofSource) ofSource.push(own);
    else best.bySource.set(claim.source_id, [own]);
    index.add(own, best);
  }
  // The quantity most sources report comes first: it keeps the plain id of its period.
  return groups.sort((a, b) => b.bySource.size - a.bySource.size).map((g) => g.items);
}

/**
 * A quantity being gathered: its claims' traits and the claims as evidence, the traits by source for the
 * one-article check, the last proposal it was in.
 */
interface Quantity { members: Traits[]; items: Evidence[]; bySource: Map<string, Traits[]>; stamp: number }

function holdsOtherFigure(group: Quantity, claim: Claim): boolean {
  const ofSource = group.bySource.get(claim.source_id);
  if (ofSource) for (const m of ofSource) if (distinctInSource(m.claim, claim)) return true;
  return false;
}

/** Whether any source states two different figures here; if none does, a stated period holds one quantity. */
function hasBreakdown(items: readonly Evidence[]): boolean {
  // A stated period holds a handful of claims: comparing every pair costs less than a map of sources.
  if (items.length <= 8) {
    for (let j = 1; j < items.length; j++) for (let i = 0; i < j; i++) if (distinctInSource(items[i]!.claim, items[j]!.claim)) return true;
    return false;
  }
  // A source is rarely met twice in one period: its claims are gathered only when it is.
  const check = ++checks;
  let repeated: Map<number, Claim[]> | null = null;
  for (let i = 0; i < items.length; i++) {
    const { claim, sourceNumber: source } = items[i]!;
    if (source >= metIn.length) {
      metIn = widened(metIn, source + 1);
      firstAt = widened(firstAt, source + 1);
    }
    if (metIn[source] !== check) {
      metIn[source] = check;
      firstAt[source] = i;
      continue;
    }
    repeated ??= new Map();
    let seen = repeated.get(source);
    if (!seen) repeated.set(source, (seen = [items[firstAt[source]!]!.claim]));
    if (seen.some((m) => distinctInSource(m, claim))) return true;
    seen.push(claim);
  }
  return false;
}

// Per source number, the last check that met the source and where its first claim was: sources found
// again by number, with no map of a period's sources.
let metIn = new Int32Array(1024);
let firstAt = new Int32Array(1024);
let checks = 0;

/** Up to this many quantities every claim is compared with all; beyond, only with those an index proposes. */
const SCAN_ALL = 12;
/** A word in more quantities than this says nothing about which one a claim belongs to. */
const COMMON = 24;

/**
 * How much a claim resembles a quantity: its best affinity with the quantity's first and last three claims,
 * which stand for it, so comparing a claim with a large group costs a constant.
 */
function likeness(members: readonly Traits[], claim: Traits, traits: ClaimTraits): number {
  let best = -Infinity;
  const n = members.length;
  for (let i = 0; i < n; i++) {
    if (n > 6 && i === 3) i = n - 3;
    const score = affinity(members[i]!, claim, traits);
    if (score > best) best = score;
  }
  return best;
}

/**
 * Proposes the quantities a claim may belong to: those sharing its copy cluster, its digits, a conversion
 * link or an uncommon word of its quote. Keeps grouping linear when thousands of claims share a period.
 * Keys are the claim ids of links, and numbers for the rest, their kind in the two low bits.
 */
class CandidateIndex {
  /** Most keys lead to one quantity: it is kept as it is, and a set made only when a second one comes. */
  private readonly byKey = new Map<number | string, Quantity | Set<Quantity>>();
  /** The quantities last proposed, each once: an array reused from claim to claim, with a stamp on each quantity. */
  private readonly found: Quantity[] = [];
  private stamp = 0;

  /**
   * Claims added but not yet filed under their keys: filing waits until candidates are first asked for, and a
   * run of claims that never holds more than a few quantities never asks. Filed in the order added, so the
   * index is the same as if each had been filed at once.
   */
  private readonly unfiled: Traits[] = [];
  private readonly unfiledIn: Quantity[] = [];

  add(claim: Traits, group: Quantity): void {
    this.unfiled.push(claim);
    this.unfiledIn.push(group);
  }

  private fileAdded(): void {
    for (let i = 0; i < this.unfiled.length; i++) this.fileClaim(this.unfiled[i]!, this.unfiledIn[i]!);
    this.unfiled.length = 0;
    this.unfiledIn.length = 0;
  }

  private fileClaim(claim: Traits, group: Quantity): void {
    this.file(claim.cluster * 4 + CLUSTER_KEY, group);
    this.file(claim.digits * 4 + DIGITS_KEY, group);
    this.file(claim.claim.claim_id, group);
    if (claim.claim.converted_from) this.file(claim.claim.converted_from, group);
    for (const w of claim.order) this.file(w * 4 + WORD_KEY, group);
  }

  /** Candidates in the order of the claim's keys, then of the quantities under each key; valid until the next call. */
  candidates(claim: Traits): readonly Quantity[] {
    this.fileAdded();
    this.stamp++;
    this.found.length = 0;
    this.gather(claim.cluster * 4 + CLUSTER_KEY);
    this.gather(claim.digits * 4 + DIGITS_KEY);
    this.gather(claim.claim.claim_id);
    if (claim.claim.converted_from) this.gather(claim.claim.converted_from);
    for (const w of claim.order) this.gather(w * 4 + WORD_KEY);
    return this.found;
  }

  private file(key: number | string, group: Quantity): void {
    const groups = this.byKey.get(key);
    if (!groups) this.byKey.set(key, group);
    else if (!(groups instanceof Set)) {
      if (groups !== group) this.byKey.set(key, new Set([groups, group]));
    } else if (groups.size <= COMMON || !capped(key)) groups.add(group);
  }

  private gather(key: number | string): void {
    const groups = this.byKey.get(key);
    if (!groups) return;
    if (!(groups instanceof Set)) this.propose(groups);
    else if (groups.size <= COMMON || !capped(key)) for (const g of groups) this.propose(g);
  }

  private propose(group: Quantity): void {
    if (group.stamp === this.stamp) return;
    group.stamp = this.stamp;
    this.found.push(group);
  }
}

const CLUSTER_KEY = 0;
const DIGITS_KEY = 1;
const WORD_KEY = 2;
/** Words and digits can be common to many quantities ("million", "5"); links and copies never are. */
const capped = (key: number | string) => typeof key === 'number' && (key & 3) !== CLUSTER_KEY;

/**
 * Whether two figures with no stated period describe the same running total. Without a period only the
 * context tells: a stated conversion, copies of one text, or quotes that say the same thing.
 */
export function sameContext(a: Claim, b: Claim, traits: ClaimTraits): boolean {
  if (a.converted_from === b.claim_id || b.converted_from === a.claim_id) return true;
  const ta = traits.of(a);
  const tb = traits.of(b);
  if (ta.cluster === tb.cluster) return true;
  traits.mark(tb);
  return traits.quoteSimilarity(ta) >= SAME_CONTEXT;
}
