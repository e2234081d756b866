/**
 * Runs of word characters in a lower-cased text, found without a regular expression: what
 * `text.match(/[\p{L}\p{N}]+/gu)` or `/\p{L}{3,}/gu` find, given as offsets with a hash of each run, so
 * that a hundred thousand texts do not become ten million little strings. Code points are classed as the
 * `u` flag classes them: a surrogate pair is one character, a lone surrogate is none.
 */

/** Which characters make words: letters only, or letters and digits. */
export type WordClass = 'letters' | 'letters_digits';

const PATTERNS: Record<WordClass, RegExp> = { letters: /^\p{L}$/u, letters_digits: /^[\p{L}\p{N}]$/u };
// Classes of code points beyond ASCII, asked of the pattern once per code point met.
const BEYOND_ASCII: Record<WordClass, Map<number, boolean>> = { letters: new Map(), letters_digits: new Map() };
const LETTER = 1;
const DIGIT = 2;
const MASKS: Record<WordClass, number> = { letters: LETTER, letters_digits: LETTER | DIGIT };
/** The class of each ASCII code: most text is ASCII, and a table lookup is the cheapest test. */
const ASCII = Uint8Array.from({ length: 128 }, (_, code) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? LETTER : code >= 48 && code <= 57 ? DIGIT : 0);

function isWordCodePoint(cp: number, kind: WordClass): boolean {
  const known = BEYOND_ASCII[kind].get(cp);
  if (known !== undefined) return known;
  const is = PATTERNS[kind].test(String.fromCodePoint(cp));
  BEYOND_ASCII[kind].set(cp, is);
  return is;
}

/**
 * Calls `visit` for every maximal run of word characters of `text` that has at least `minimum` code points,
 * with its start and end offsets (UTF-16 code units) and the FNV-1a hash of its code units.
 */
export function wordRuns(text: string, kind: WordClass, minimum: number, visit: (start: number, end: number, hash: number) => void): void {
  const mask = MASKS[kind];
  let start = -1;
  let length = 0;
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let word: boolean;
    let low = -1;
    if (code < 128) word = (ASCII[code]! & mask) !== 0;
    else {
      let cp = code;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          cp = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
          low = next;
        }
      }
      word = isWordCodePoint(cp, kind);
    }
    if (word) {
      if (start < 0) {
        start = i;
        length = 0;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
      length++;
    } else if (start >= 0) {
      if (length >= minimum) visit(start, i, hash >>> 0);
      start = -1;
    }
    // The low half of a surrogate pair belongs to the same character, word or not.
    if (low >= 0) {
      if (word) hash = Math.imul(hash ^ low, 0x01000193);
      i++;
    }
  }
  if (start >= 0 && length >= minimum) visit(start, text.length, hash >>> 0);
}
