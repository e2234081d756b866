/**
 * Runs of word characters in a lower-cased text, found without a regular expression: what
 * `text.match(/[\p{L}\p{N}]+/gu)` or `/\p{L}{3,}/gu` find, as offsets with a hash of each run, so that a
 * hundred thousand texts do not become ten million little strings. Code points are classed as the
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
 * Finds the maximal runs of word characters of a text with at least `minimum` code points: their start and
 * end offsets (UTF-16 code units) and the FNV-1a hash of their code units, in buffers reused from text to
 * text, so that scanning allocates nothing per word.
 */
export class WordRuns {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  hashes = new Int32Array(64);
  count = 0;

  constructor(private readonly kind: WordClass, private readonly minimum: number) {}

  /** Scans a lower-cased text; the runs are then `count` entries of `starts`, `ends` and `hashes`. */
  scan(text: string): void {
    const mask = MASKS[this.kind];
    this.count = 0;
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
        word = isWordCodePoint(cp, this.kind);
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
        if (length >= this.minimum) this.push(start, i, hash);
        start = -1;
      }
      // The low half of a surrogate pair belongs to the same character, word or not.
      if (low >= 0) {
        if (word) hash = Math.imul(hash ^ low, 0x01000193);
        i++;
      }
    }
    if (start >= 0 && length >= this.minimum) this.push(start, text.length, hash);
  }

  /**
   * Scans a text as `scan(text.toLowerCase())` does, without making the lower-cased copy, when the text is ASCII:
   * capitals are lowered as they are read, for the hashes (offsets are the same in both). At the first code unit
   * beyond ASCII, where lower-casing can change a text's length, it stops and answers false.
   */
  scanAscii(text: string): boolean {
    const mask = MASKS[this.kind];
    this.count = 0;
    let start = -1;
    let length = 0;
    let hash = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 128) {
        this.count = 0;
        return false;
      }
      if ((ASCII[code]! & mask) !== 0) {
        if (start < 0) {
          start = i;
          length = 0;
          hash = 0x811c9dc5;
        }
        if (code <= 90 && code >= 65) code += 32;
        hash = Math.imul(hash ^ code, 0x01000193);
        length++;
      } else if (start >= 0) {
        if (length >= this.minimum) this.push(start, i, hash);
        start = -1;
      }
    }
    if (start >= 0 && length >= this.minimum) this.push(start, text.length, hash);
    return true;
  }

  private push(start: number, end: number, hash: number): void {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.hashes = grown(this.hashes);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.hashes[this.count] = hash;
    this.count++;
  }
}

export function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
