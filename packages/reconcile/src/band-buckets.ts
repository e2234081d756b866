/**
 * The LSH buckets of one MinHash band: sources whose band hashes to the same 32-bit key, in the order they
 * were added, at most `cap` of them. An open-addressing table over typed arrays: a Map keyed by numbers
 * beyond the small-integer range boxes every key, and at a hundred thousand sources that was most of
 * the clustering time.
 */
export class BandBuckets {
  private readonly keys: Uint32Array;
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  private readonly count: Int32Array;
  private readonly mask: number;
  /** The member after each source in its bucket, -1 at the end. */
  readonly next: Int32Array;

  constructor(sources: number, private readonly cap: number) {
    let size = 16;
    while (size < sources * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.first = new Int32Array(size).fill(-1);
    this.last = new Int32Array(size);
    this.count = new Int32Array(size);
    this.mask = size - 1;
    this.next = new Int32Array(Math.max(sources, 1)).fill(-1);
  }

  /** Empties the table for the next band. */
  clear(): void {
    this.first.fill(-1);
  }

  /** The slot of a key, claimed empty when the key is new. */
  slot(key: number): number {
    let s = key & this.mask;
    while (this.first[s] !== -1 && this.keys[s] !== key) s = (s + 1) & this.mask;
    this.keys[s] = key;
    return s;
  }

  /** The first source of a slot's bucket, -1 when it is empty; follow `next` for the rest. */
  head(slot: number): number {
    return this.first[slot]!;
  }

  /** Adds a source to a slot's bucket unless the bucket is full. */
  add(slot: number, source: number): void {
    if (this.first[slot] === -1) {
      this.first[slot] = source;
      this.count[slot] = 1;
    } else if (this.count[slot]! < this.cap) {
      this.next[this.last[slot]!] = source;
      this.count[slot]!++;
    } else return;
    this.next[source] = -1;
    this.last[slot] = source;
  }
}
