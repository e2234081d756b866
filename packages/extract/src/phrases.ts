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

// 15 bits of each of the first two code units: the key stays a small integer (a larger one is a heap number, allocated
// on every lookup). Letters past U+7FFF may share a bucket; every entry is still compared in full.
const keyAt = (s: string, at: number) => ((s.charCodeAt(at) & 0x7fff) << 15) | (s.charCodeAt(at + 1) & 0x7fff);

export class PhraseTable<V> {
  /** Phrases keyed by their first two code units as one small integer: far cheaper to look up than a string. */
  private readonly buckets = new Map<number, Array<PhraseEntry<V>>>();

  constructor(entries: Iterable<PhraseEntry<V>>, private readonly caseSensitive: boolean) {
    for (const e of entries) {
      const phrase = caseSensitive ? e.phrase.replace(/\s+/g, ' ') : e.phrase.toLowerCase().replace(/\s+/g, ' ');
      if (phrase.length < 2) continue; // No name, trigger or number word is a single letter.
      const key = keyAt(phrase, 0);
      const bucket = this.buckets.get(key) ?? [];
      bucket.push({ ...e, phrase });
      this.buckets.set(key, bucket.sort((a, b) => b.phrase.length - a.phrase.length));
    }
  }

  /** Every phrase of the table in `text`, leftmost first, without overlaps. */
  find(text: string, skip?: (start: number) => boolean): Array<PhraseMatch<V>> {
    const haystack = this.caseSensitive ? text : lowerKeepingOffsets(text);
    const found: Array<PhraseMatch<V>> = [];
    let previousIsWord = false;
    for (let at = 0; at < haystack.length; at++) {
      const isWord = isWordCode(haystack.charCodeAt(at));
      const wordStart = isWord && !previousIsWord;
      previousIsWord = isWord;
      if (!wordStart) continue;
      const bucket = this.buckets.get(keyAt(haystack, at));
      if (!bucket || skip?.(at)) continue;
      let end = -1;
      const values: V[] = [];
      // Longest first, so values[0] is the value of the longest phrase.
      for (const e of bucket) {
        const matchEnd = this.matchAt(haystack, at, e);
        if (matchEnd < 0) continue;
        values.push(e.value);
        end = Math.max(end, matchEnd);
      }
      if (end < 0) continue;
      found.push({ start: at, end, text: text.slice(at, end), values });
      at = end - 1;
      previousIsWord = true;
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
