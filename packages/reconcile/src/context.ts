import type { Claim } from '@reckon/schema';

const STOP = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'have', 'has', 'had', 'were', 'was', 'are', 'its', 'their',
  'they', 'also', 'which', 'who', 'been', 'into', 'over', 'than', 'more', 'about', 'around', 'approximately', 'some', 'said', 'says',
  'according', 'while', 'after', 'before', 'during', 'other', 'another', 'these', 'those', 'such', 'would', 'could', 'will']);

/** Content words of a quote: the words that say what a figure is about. */
function contentWords(quote: string): Set<string> {
  return new Set((quote.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/(?:ing|ed|es|s)$/, '')));
}

const cache = new WeakMap<Claim, Set<string>>();
const wordsOf = (c: Claim) => cache.get(c) ?? cache.set(c, contentWords(c.quote)).get(c)!;

/** Jaccard similarity of two claims' quotes over content words. */
export function quoteSimilarity(a: Claim, b: Claim): number {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const union = wa.size + wb.size - shared;
  return union ? shared / union : 0;
}

/** Quotes this alike report the same figure in other words (a reprint, a rewrite of one announcement). */
export const SAME_CONTEXT = 0.2;

/**
 * How surely two claims report one quantity: linked by a stated conversion or copies of one text, else the
 * likeness of their quotes, raised when they state the same figure in the same unit (one sentence can hold
 * several quantities, and its reprint should pair each with its own).
 */
function affinity(a: Claim, b: Claim, sameCluster: (a: Claim, b: Claim) => boolean): number {
  if (a.claim_id === b.converted_from || a.converted_from === b.claim_id) return 2;
  const close = a.unit === b.unit && Math.abs(a.value - b.value) <= 0.1 * Math.max(Math.abs(a.value), Math.abs(b.value));
  // The same digits at another magnitude or in another unit: the slips and confusions reconciliation must catch.
  const sameDigits = significantDigits(a) !== '' && significantDigits(a) === significantDigits(b);
  return (sameCluster(a, b) ? 1 : quoteSimilarity(a, b)) + (close ? 0.5 : sameDigits ? 0.4 : 0);
}

/** The digits of a figure as written, without separators, point or trailing zeros: "KZT 24bn" and "240 billion" give "24". */
function significantDigits(c: Claim): string {
  let digits = DIGITS.get(c);
  if (digits === undefined) {
    digits = (/\d[\d,. ]*/.exec(c.figure)?.[0] ?? '').replace(/\D/g, '').replace(/0+$/, '');
    DIGITS.set(c, digits);
  }
  return digits;
}

// Asked once per pair of claims compared: remembered per claim.
const DIGITS = new WeakMap<Claim, string>();

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
export function quantityGroups(claims: readonly Claim[], clusterOf: (c: Claim) => string, requireContext: boolean): Claim[][] {
  if (!requireContext && !hasBreakdown(claims)) return [[...claims]];
  const sameCluster = (a: Claim, b: Claim) => clusterOf(a) === clusterOf(b);
  const groups: Quantity[] = [];
  const index = new CandidateIndex();
  for (const claim of claims) {
    const candidates = groups.length <= SCAN_ALL ? groups : index.candidates(claim, clusterOf);
    const open = candidates.filter((g) => !(g.bySource.get(claim.source_id) ?? []).some((m) => distinctInSource(m, claim)));
    let best: Quantity | null = null;
    let bestScore = SAME_CONTEXT;
    for (const g of open) {
      const score = Math.max(...representatives(g.claims).map((m) => affinity(m, claim, sameCluster)));
      if (score >= bestScore) {
        best = g;
        bestScore = score;
      }
    }
    if (!best && !requireContext && groups.length === 1 && open.length === 1) best = open[0]!;
    if (!best) groups.push((best = { claims: [], bySource: new Map() }));
    best.claims.push(claim);
    const ofSource = best.bySource.get(claim.source_id);
    if (ofSource) ofSource.push(claim);
    else best.bySource.set(claim.source_id, [claim]);
    index.add(claim, best, clusterOf);
  }
  // The quantity most sources report comes first: it keeps the plain id of its period.
  return groups.sort((a, b) => b.bySource.size - a.bySource.size).map((g) => g.claims);
}

/** A quantity being gathered: its claims, and the same claims by source for the one-article check. */
interface Quantity { claims: Claim[]; bySource: Map<string, Claim[]> }

/** Whether any source states two different figures here; if none does, a stated period holds one quantity. */
function hasBreakdown(claims: readonly Claim[]): boolean {
  const bySource = new Map<string, Claim[]>();
  for (const c of claims) {
    const seen = bySource.get(c.source_id);
    if (!seen) bySource.set(c.source_id, [c]);
    else if (seen.some((m) => distinctInSource(m, c))) return true;
    else seen.push(c);
  }
  return false;
}

/** Up to this many quantities every claim is compared with all; beyond, only with those an index proposes. */
const SCAN_ALL = 12;
/** A word in more quantities than this says nothing about which one a claim belongs to. */
const COMMON = 24;

/** A group's first and last claims stand for it, so comparing a claim with a large group costs a constant. */
function representatives(group: readonly Claim[]): readonly Claim[] {
  return group.length <= 6 ? group : [...group.slice(0, 3), ...group.slice(-3)];
}

/**
 * Proposes the quantities a claim may belong to: those sharing its copy cluster, its digits, a conversion
 * link or an uncommon word of its quote. Keeps grouping linear when thousands of claims share a period.
 */
class CandidateIndex {
  private readonly byKey = new Map<string, Set<Quantity>>();

  add(claim: Claim, group: Quantity, clusterOf: (c: Claim) => string): void {
    for (const key of keysOf(claim, clusterOf)) {
      const groups = this.byKey.get(key) ?? new Set<Quantity>();
      if (groups.size <= COMMON || !capped(key)) groups.add(group);
      this.byKey.set(key, groups);
    }
  }

  candidates(claim: Claim, clusterOf: (c: Claim) => string): Quantity[] {
    const found = new Set<Quantity>();
    for (const key of keysOf(claim, clusterOf)) {
      const groups = this.byKey.get(key);
      if (groups && (groups.size <= COMMON || !capped(key))) for (const g of groups) found.add(g);
    }
    return [...found];
  }
}

/** Words and digits can be common to many quantities ("million", "5"); links and copies never are. */
const capped = (key: string) => key.startsWith('w:') || key.startsWith('d:');

function keysOf(claim: Claim, clusterOf: (c: Claim) => string): string[] {
  const keys = [`c:${clusterOf(claim)}`, `d:${significantDigits(claim)}`, `id:${claim.claim_id}`];
  if (claim.converted_from) keys.push(`id:${claim.converted_from}`);
  for (const w of wordsOf(claim)) keys.push(`w:${w}`);
  return keys;
}

/**
 * Whether two figures with no stated period describe the same running total. Without a period only the
 * context tells: a stated conversion, copies of one text, or quotes that say the same thing.
 */
export function sameContext(a: Claim, b: Claim, sameCluster: (a: Claim, b: Claim) => boolean): boolean {
  return a.converted_from === b.claim_id || b.converted_from === a.claim_id || sameCluster(a, b) || quoteSimilarity(a, b) >= SAME_CONTEXT;
}
