import { contentId } from '@reckon/schema';

/** Sources that are copies of one another (syndicated, lightly reworded): they count once toward corroboration. */
export interface SourceCluster { cluster_id: string; source_ids: string[] }

const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
const SHINGLE = 5;
/** Estimated Jaccard similarity of word 5-gram sets above which two texts are near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.4;

// Fixed odd multipliers and offsets: deterministic hash permutations, so clusters never vary between runs.
const SEEDS = Array.from({ length: HASHES }, (_, i) => [Math.imul(0x9e3779b1, i + 1) | 1, Math.imul(0x85ebca6b, i + 7)] as const);

/** MinHash signature of a text's word shingles. */
export function signature(text: string): Uint32Array {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a);
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) {
    // A shingle's hash combines its words' hashes: no string is built per shingle.
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE && j < words.length; j++) h = Math.imul(h ^ words[j]!, 0x01000193) ^ (h >>> 15);
    h >>>= 0;
    for (let k = 0; k < HASHES; k++) {
      const [a, b] = SEEDS[k]!;
      const v = (Math.imul(h, a) + b) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Share of equal MinHash values: an estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/**
 * Groups sources into near-duplicate clusters with locality-sensitive hashing over MinHash bands, so the
 * cost grows with the number of sources, not its square. Every source is in exactly one cluster.
 */
export function clusterSources(sources: ReadonlyArray<{ source_id: string; text: string }>): SourceCluster[] {
  const ids = sources.map((s) => s.source_id);
  const sigs = sources.map((s) => signature(s.text));
  const parent = ids.map((_, i) => i);
  // Iterative, with path halving: a recursive find could overflow the stack on a long chain of copies.
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const buckets = new Map<number, number[]>();
  sigs.forEach((sig, i) => {
    for (let band = 0; band < BANDS; band++) {
      // A band's values hashed to one number: equal bands meet in one bucket, a rare collision only costs a comparison.
      let h = 0x811c9dc5;
      for (let r = band * ROWS; r < band * ROWS + ROWS; r++) h = Math.imul(h ^ sig[r]!, 0x01000193);
      const key = band * 0x100000000 + (h >>> 0);
      const bucket = buckets.get(key);
      if (!bucket) buckets.set(key, [i]);
      else {
        for (const j of bucket) if (find(i) !== find(j) && similarity(sig, sigs[j]!) >= NEAR_DUPLICATE_THRESHOLD) parent[find(i)] = find(j);
        if (bucket.length < 50) bucket.push(i);
      }
    }
  });
  const groups = new Map<number, string[]>();
  ids.forEach((id, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(id);
    else groups.set(root, [id]);
  });
  return [...groups.values()]
    .map((members) => members.sort())
    .map((members) => ({ cluster_id: contentId('cluster', ...members), source_ids: members }))
    .sort((a, b) => (a.source_ids[0]! < b.source_ids[0]! ? -1 : 1));
}
