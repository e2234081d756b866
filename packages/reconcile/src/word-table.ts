/**
 * Words met in texts, looked up by their place in a text rather than as strings: a word becomes a string
 * once, when first met, and every later occurrence is compared in place. Maps each word to a number the
 * caller computes on first meeting it.
 */
export class WordTable {
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes = new Int32Array(1 << 11);
  private values = new Int32Array(1 << 11);
  private readonly words: string[] = [];

  /** The number of `text.slice(start, end)`, whose FNV-1a hash is `hash`; `make` numbers a new word. */
  lookup(text: string, start: number, end: number, hash: number, make: (word: string) => number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot]!; entry !== -1; entry = this.slots[slot]!) {
      if (this.hashes[entry] === (hash | 0) && sameText(this.words[entry]!, text, start, end)) return this.values[entry]!;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const value = make(word);
    const entry = this.words.length;
    if (entry === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.values = grown(this.values);
    }
    this.words.push(word);
    this.hashes[entry] = hash;
    this.values[entry] = value;
    this.slots[slot] = entry;
    // At most half full, so that probes stay short.
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return value;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let entry = 0; entry < this.words.length; entry++) {
      let slot = this.hashes[entry]! & mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    }
  }
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
