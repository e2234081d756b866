/**
 * A table of phrases looked up word by word: one pass over the words of a text, a hash lookup on each
 * word's first letters, then a direct comparison. Linear in the text and independent of the table's size,
 * where one regex alternation of hundreds of names tries every name at every position.
 */
export interface PhraseEntry<V> {
  phrase: string;
  value: V;
  /** A stem runs on to the end of its word ("liquidat" matches "liquidation"); otherwise the phrase ends at a word boundary. */
  stem?: boolean;
  /** A trailing plural "s" is allowed ("Nigerians"). */
  plural?: boolean;
}

/** A phrase found in a text: where, and the values of every entry that matched there, longest first. */
export interface PhraseMatch<V> { start: number; end: number; text: string; values: V[] }

/** Letters and digits, classed by code unit once and remembered: a regex call per character costs more than the whole lookup. */
const NOT_WORD = 1;
const LETTER = 2;
const DIGIT = 3;
const classes = new Uint8Array(65536);
function classOf(c: number): number {
  const known = classes[c]!;
  if (known) return known;
  const ch = String.fromCharCode(c);
  const found = /\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? DIGIT : NOT_WORD;
  classes[c] = found;
  return found;
}
const isWordCode = (c: number) => classOf(c) !== NOT_WORD;
const isWordChar = (c: string | undefined) => c !== undefined && isWordCode(c.charCodeAt(0));
const isStemChar = (c: string | undefined) => c !== undefined && (c === '-' || classOf(c.charCodeAt(0)) === LETTER);

/** Lower case that keeps every offset (a few characters grow when lower-cased; those stay as they are). */
export function lowerKeepingOffsets(text: string): string {
  // Several tables scan the same sentence in turn: lower it once.
  if (lastLowered.text === text) return lastLowered.lower;
  const lower = lowerOf(text);
  lastLowered = { text, lower };
  return lower;
}
let lastLowered = { text: '', lower: '' };

function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/[^\x00-\x7F]/gu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
}

/**
 * Where each word of `text` starts. Several tables scan the same sentence in turn (places, then triggers and
 * written numbers): the words are found once and each table only looks its buckets up at their starts.
 */
function wordStarts(text: string): { starts: Int32Array; count: number } {
  if (lastStarts.text === text) return lastStarts;
  // One buffer, grown when a longer text comes: a typed array per sentence costs more than the scan.
  if (lastStarts.starts.length < text.length) lastStarts.starts = new Int32Array(Math.max(text.length, 2 * lastStarts.starts.length));
  const starts = lastStarts.starts;
  let count = 0;
  let previousIsWord = false;
  for (let at = 0; at < text.length; at++) {
    const isWord = isWordCode(text.charCodeAt(at));
    if (isWord && !previousIsWord) starts[count++] = at;
    previousIsWord = isWord;
  }
  lastStarts.text = text;
  lastStarts.count = count;
  return lastStarts;
}
const lastStarts = { text: '', starts: new Int32Array(256), count: 0 };

// A phrase's bucket key is its first three code units, 10 bits of each, so that the key stays a small integer (a larger
// one is a heap number, allocated on every lookup); two-letter phrases ("US", "EU") have a table of their own, keyed by
// two. Three letters, not two: "the" would otherwise be compared with every "thirty-..." and "thousand". Letters past
// U+03FF may share a bucket; every entry is still compared in full.
const key3 = (s: string, at: number) => ((s.charCodeAt(at) & 0x3ff) << 20) | ((s.charCodeAt(at + 1) & 0x3ff) << 10) | (s.charCodeAt(at + 2) & 0x3ff);
const opening = (s: string, at: number) => ((s.charCodeAt(at) << 8) ^ s.charCodeAt(at + 1)) & 0xffff;
const key2 = (s: string, at: number) => ((s.charCodeAt(at) & 0x7fff) << 15) | (s.charCodeAt(at + 1) & 0x7fff);

export class PhraseTable<V> {
  /** Phrases of three or more code units by their first three, longest first. */
  private readonly long = new Map<number, Array<PhraseEntry<V>>>();
  /** Phrases of two code units by both. */
  private readonly short = new Map<number, Array<PhraseEntry<V>>>();
  /** The first two code units phrases start with, hashed: most words start with none, and a byte is cheaper than a map. */
  private readonly openings = new Uint8Array(1 << 16);

  constructor(entries: Iterable<PhraseEntry<V>>, private readonly caseSensitive: boolean) {
    for (const e of entries) {
      const phrase = caseSensitive ? e.phrase.replace(/\s+/g, ' ') : e.phrase.toLowerCase().replace(/\s+/g, ' ');
      if (phrase.length < 2) continue; // No name, trigger or number word is a single letter.
      const [table, key] = phrase.length > 2 ? [this.long, key3(phrase, 0)] : [this.short, key2(phrase, 0)];
      this.openings[opening(phrase, 0)] = 1;
      const bucket = table.get(key) ?? [];
      bucket.push({ ...e, phrase });
      table.set(key, bucket.sort((x, y) => y.phrase.length - x.phrase.length));
    }
  }

  /** Every phrase of the table in `text`, leftmost first, without overlaps. */
  find(text: string, skip?: (start: number) => boolean): Array<PhraseMatch<V>> {
    const haystack = this.caseSensitive ? text : lowerKeepingOffsets(text);
    const { starts, count } = wordStarts(text);
    const found: Array<PhraseMatch<V>> = [];
    let from = -1;
    for (let w = 0; w < count; w++) {
      const at = starts[w]!;
      // A word that starts where a match ends ("U.S.-based") is part of that match's word: no phrase starts in it.
      if (at <= from) continue;
      if (!this.openings[opening(haystack, at)]) continue;
      const long = this.long.get(key3(haystack, at));
      const short = this.short.get(key2(haystack, at));
      if ((!long && !short) || skip?.(at)) continue;
      let end = -1;
      const values: V[] = [];
      // Longest first, so values[0] is the value of the longest phrase.
      for (const bucket of [long, short]) {
        for (const e of bucket ?? []) {
          const matchEnd = this.matchAt(haystack, at, e);
          if (matchEnd < 0) continue;
          values.push(e.value);
          end = Math.max(end, matchEnd);
        }
      }
      if (end < 0) continue;
      found.push({ start: at, end, text: text.slice(at, end), values });
      from = end;
    }
    return found;
  }

  private matchAt(haystack: string, at: number, e: PhraseEntry<V>): number {
    if (!haystack.startsWith(e.phrase, at)) return -1;
    let end = at + e.phrase.length;
    if (e.stem) {
      while (isStemChar(haystack[end])) end++;
      return end;
    }
    if (e.plural && haystack[end] === 's' && !isWordChar(haystack[end + 1])) return end + 1;
    return isWordChar(haystack[end]) ? -1 : end;
  }
}
