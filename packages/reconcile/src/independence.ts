import { contentId } from '@reckon/schema';
import { BandBuckets } from './band-buckets.js';
import { WordRuns } from './word-runs.js';

/** Sources that are copies of one another (syndicated, lightly reworded): they count once toward corroboration. */
export interface SourceCluster { cluster_id: string; source_ids: string[] }

const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
const SHINGLE = 5;
/** Sources kept per bucket: a band shared by thousands of sources (boilerplate) costs at most this many comparisons each. */
const BUCKET_CAP = 50;
/** Estimated Jaccard similarity of word 5-gram sets above which two texts are near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.4;

// Fixed odd multipliers and offsets: deterministic hash permutations, so clusters never vary between runs.
// Kept in typed arrays: the inner loop of signature() runs 64 times per shingle of every source.
const MULTIPLIERS = Int32Array.from({ length: HASHES }, (_, i) => Math.imul(0x9e3779b1, i + 1) | 1);
const OFFSETS = Int32Array.from({ length: HASHES }, (_, i) => Math.imul(0x85ebca6b, i + 7));
const SIGN = 0x80000000 | 0;
// Scanning buffers, reused from text to text: signature() returns before anything else can use them.
const RUNS = new WordRuns('letters_digits', 1);

/** MinHash signature of a text's word shingles. */
export function signature(text: string): Uint32Array {
  // The FNV-1a hashes of the words, as `text.toLowerCase().match(/[\p{L}\p{N}]+/gu)` finds them.
  RUNS.scan(text.toLowerCase());
  const words = RUNS.hashes.subarray(0, RUNS.count);
  // The shingles' hashes first, then each permutation's minimum over them.
  const shingles = new Int32Array(Math.max(words.length, SHINGLE) - SHINGLE + 1);
  for (let i = 0; i < shingles.length; i++) {
    // A shingle's hash combines its words' hashes: no string is built per shingle.
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE && j < words.length; j++) h = Math.imul(h ^ words[j]!, 0x01000193) ^ (h >>> 15);
    shingles[i] = h;
  }
  const sig = new Uint32Array(HASHES);
  // Four permutations per pass, with the sign bit flipped so that unsigned order is signed order and every value
  // stays a 32-bit integer: about twice as fast as one permutation at a time, and this runs for every source.
  for (let k = 0; k < HASHES; k += 4) {
    const [a0, a1, a2, a3] = [MULTIPLIERS[k]!, MULTIPLIERS[k + 1]!, MULTIPLIERS[k + 2]!, MULTIPLIERS[k + 3]!];
    const [b0, b1, b2, b3] = [OFFSETS[k]! ^ SIGN, OFFSETS[k + 1]! ^ SIGN, OFFSETS[k + 2]! ^ SIGN, OFFSETS[k + 3]! ^ SIGN];
    let m0 = 0x7fffffff, m1 = 0x7fffffff, m2 = 0x7fffffff, m3 = 0x7fffffff;
    for (let i = 0; i < shingles.length; i++) {
      const h = shingles[i]!;
      const v0 = (Math.imul(h, a0) + b0) | 0;
      const v1 = (Math.imul(h, a1) + b1) | 0;
      const v2 = (Math.imul(h, a2) + b2) | 0;
      const v3 = (Math.imul(h, a3) + b3) | 0;
      if (v0 < m0) m0 = v0;
      if (v1 < m1) m1 = v1;
      if (v2 < m2) m2 = v2;
      if (v3 < m3) m3 = v3;
    }
    sig[k] = (m0 ^ SIGN) >>> 0;
    sig[k + 1] = (m1 ^ SIGN) >>> 0;
    sig[k + 2] = (m2 ^ SIGN) >>> 0;
    sig[k + 3] = (m3 ^ SIGN) >>> 0;
  }
  return sig;
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
  // Band by band: which sources are compared depends only on each band's buckets, so the clusters are the
  // same as adding every source's bands in turn, and one table serves all bands.
  const buckets = new BandBuckets(sigs.length, BUCKET_CAP);
  for (let band = 0; band < BANDS; band++) {
    if (band) buckets.clear();
    sigs.forEach((sig, i) => {
      // A band's values hashed to one number: equal bands meet in one bucket, a rare collision only costs a comparison.
      let h = 0x811c9dc5;
      for (let r = band * ROWS; r < band * ROWS + ROWS; r++) h = Math.imul(h ^ sig[r]!, 0x01000193);
      const slot = buckets.slot(h >>> 0);
      for (let j = buckets.head(slot); j !== -1; j = buckets.next[j]!) {
        if (find(i) !== find(j) && similarity(sig, sigs[j]!) >= NEAR_DUPLICATE_THRESHOLD) parent[find(i)] = find(j);
      }
      buckets.add(slot, i);
    });
  }
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
