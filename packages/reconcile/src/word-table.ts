import { grown } from './word-runs.js';

/**
 * Words met in texts, looked up by their place in a text rather than as strings: a word becomes a string
 * once, when first met, and every later occurrence is compared in place. Maps each word to a number the
 * caller computes on first meeting it.
 */
/** What `find` answers for a word not yet in the table. */
export const MISSING = -0x80000000;

export class WordTable {
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes = new Int32Array(1 << 11);
  private values = new Int32Array(1 << 11);
  private readonly words: string[] = [];

  /**
   * The number of `text.slice(start, end)`, whose FNV-1a hash (as an int32) is `hash`, or MISSING; `lowered`: the
   * text is ASCII that may hold capitals, compared as the lower-cased text would be.
   */
  find(text: string, start: number, end: number, hash: number, lowered = false): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === -1) return MISSING;
      if (this.hashes[entry] === hash && (lowered ? sameLowered : sameText)(this.words[entry]!, text, start, end)) return this.values[entry]!;
    }
  }

  /** Numbers a word not in the table. */
  add(word: string, hash: number, value: number): void {
    const entry = this.words.length;
    if (entry === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.values = grown(this.values);
    }
    this.words.push(word);
    this.hashes[entry] = hash;
    this.values[entry] = value;
    this.place(entry);
    // At most half full, so that probes stay short.
    if (this.words.length * 2 > this.slots.length) this.rehash();
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry]! & mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let entry = 0; entry < this.words.length; entry++) this.place(entry);
  }
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** `sameText` against an ASCII text lower-cased as it is read. */
function sameLowered(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(start + i);
    if (word.charCodeAt(i) !== (code <= 90 && code >= 65 ? code + 32 : code)) return false;
  }
  return true;
}
