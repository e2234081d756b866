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
 * Whether two figures with no stated period describe the same running total. Without a period only the
 * context tells: a stated conversion, copies of one text, or quotes that say the same thing.
 */
export function sameContext(a: Claim, b: Claim, sameCluster: (a: Claim, b: Claim) => boolean): boolean {
  return a.converted_from === b.claim_id || b.converted_from === a.claim_id || sameCluster(a, b) || quoteSimilarity(a, b) >= SAME_CONTEXT;
}

/** Splits claims into groups linked by `sameContext` (transitively), keeping claim order. */
export function contextGroups(claims: readonly Claim[], sameCluster: (a: Claim, b: Claim) => boolean): Claim[][] {
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length && j < i + 200; j++) {
      if (find(i) !== find(j) && sameContext(claims[i]!, claims[j]!, sameCluster)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Claim[]>();
  claims.forEach((c, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(c);
    else groups.set(root, [c]);
  });
  return [...groups.values()];
}
