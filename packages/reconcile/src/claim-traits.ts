import type { Claim } from '@reckon/schema';
import { WordRuns } from './word-runs.js';
import { MISSING, WordTable } from './word-table.js';

const STOP = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'have', 'has', 'had', 'were', 'was', 'are', 'its', 'their',
  'they', 'also', 'which', 'who', 'been', 'into', 'over', 'than', 'more', 'about', 'around', 'approximately', 'some', 'said', 'says',
  'according', 'while', 'after', 'before', 'during', 'other', 'another', 'these', 'those', 'such', 'would', 'could', 'will']);

/** What grouping compares of a claim, worked out once per claim instead of once per pair of claims. */
export interface Traits {
  claim: Claim;
  /** The copy cluster of its source, as a number: equal numbers, same cluster. */
  cluster: number;
  /** The significant digits of its figure, as a number; `hasDigits` is false when the figure has none. */
  digits: number;
  hasDigits: boolean;
  /** The content words of its quote as numbers, each once, in the order they first appear. */
  order: number[];
}

/** Traits of the claims of one reconciliation, computed when a claim is first compared. */
export class ClaimTraits {
  private readonly known = new Map<Claim, Traits>();
  private readonly clusterOfSource = new Map<string, number>();
  private readonly clusters = new Map<string, number>();
  /** Numbers of significant digits: by their value and count when they fit a double exactly, else as text. */
  private readonly digitValues = new Map<number, number>();
  private readonly digitStrings = new Map<string, number>();
  private digitNumbers = 0;
  /** Each word of a quote as found, to the number of its stem, or -1 for a stop word: one lookup per word. */
  private readonly stems = new WordTable();
  private readonly vocabulary = new Map<string, number>();
  private readonly runs = new WordRuns('letters', 3);
  /** Per word number, the last quote it was seen in: repeats within a quote are dropped without a set. */
  private seenIn = new Int32Array(1024);
  private quotes = 0;
  /** Per word number, the last marking it was in, and the claim marked last. */
  private marks = new Int32Array(1024);
  private marking = 0;
  private marked: Traits | null = null;

  constructor(private readonly clusterOf: (c: Claim) => string) {}

  /** A claim's traits, kept for the next time it is asked: for the few claims compared again and again. */
  of(claim: Claim): Traits {
    let traits = this.known.get(claim);
    if (!traits) {
      let cluster = this.clusterOfSource.get(claim.source_id);
      if (cluster === undefined) this.clusterOfSource.set(claim.source_id, (cluster = this.clusterNumber(this.clusterOf(claim))));
      this.known.set(claim, (traits = this.work(claim, cluster)));
    }
    return traits;
  }

  /** The number of a copy cluster, as traits give it. */
  clusterNumber(clusterId: string): number {
    return intern(this.clusters, clusterId);
  }

  /**
   * A claim's traits, not kept: grouping compares each claim within one call only, and keeping a million
   * traits alive costs more in garbage collection than the few worked out twice. `cluster` is the number
   * of its source's copy cluster (`clusterNumber`), which the caller knows.
   */
  work(claim: Claim, cluster: number): Traits {
    const digits = this.digitsNumber(claim.figure);
    const order = this.contentWords(claim.quote);
    return { claim, cluster, digits, hasDigits: digits !== this.noDigits, order };
  }

  /** The number of figures without significant digits ("0", "none"). */
  private readonly noDigits = this.digitsNumber('');

  /**
   * The number of a figure's significant digits, as `significantDigits` writes them, without writing them: up to
   * 14 digits, their value and count (leading zeros count) are one exact number, looked up as it is.
   */
  private digitsNumber(figure: string): number {
    let i = 0;
    while (i < figure.length && !isDigit(figure.charCodeAt(i))) i++;
    let value = 0;
    let count = 0;
    // The digits up to the last one that is not a zero: trailing zeros are not significant.
    let significant = 0;
    let significantCount = 0;
    for (; i < figure.length; i++) {
      const code = figure.charCodeAt(i);
      if (isDigit(code)) {
        value = value * 10 + (code - 48);
        count++;
        if (code !== 48) {
          significant = value;
          significantCount = count;
        }
      } else if (code !== 44 && code !== 46 && code !== 32) break;
    }
    if (significantCount > 14) return this.numbered(this.digitStrings, significantDigits(figure));
    return this.numbered(this.digitValues, significant * 16 + significantCount);
  }

  private numbered<K>(numbers: Map<K, number>, key: K): number {
    let number = numbers.get(key);
    if (number === undefined) numbers.set(key, (number = this.digitNumbers++));
    return number;
  }

  /** Marks a claim's words: `quoteSimilarity` compares other claims with it, a lookup per word, no sets. */
  mark(traits: Traits): void {
    if (this.marks.length < this.vocabulary.size) this.marks = widened(this.marks, this.vocabulary.size);
    this.marking++;
    for (const w of traits.order) this.marks[w] = this.marking;
    this.marked = traits;
  }

  /** Jaccard similarity over content words of a claim's quote and the marked claim's. */
  quoteSimilarity(traits: Traits): number {
    let shared = 0;
    for (const w of traits.order) if (this.marks[w] === this.marking) shared++;
    const union = traits.order.length + this.marked!.order.length - shared;
    return union ? shared / union : 0;
  }

  /**
   * Content words of a quote, each once, in the order they first appear: the words that say what a figure is
   * about. Letter runs of three or more, lower-cased, without stop words, with a plural or verb ending cut.
   */
  private contentWords(quote: string): number[] {
    const mark = ++this.quotes;
    const words: number[] = [];
    const runs = this.runs;
    // Most quotes are ASCII: their words are lower-cased as they are read, with no lower-cased copy of the quote.
    const ascii = runs.scanAscii(quote);
    const text = ascii ? quote : quote.toLowerCase();
    if (!ascii) runs.scan(text);
    for (let i = 0; i < runs.count; i++) {
      const start = runs.starts[i]!;
      const end = runs.ends[i]!;
      const hash = runs.hashes[i]!;
      let id = this.stems.find(text, start, end, hash, ascii);
      if (id === MISSING) {
        const word = ascii ? text.slice(start, end).toLowerCase() : text.slice(start, end);
        id = STOP.has(word) ? -1 : intern(this.vocabulary, word.replace(/(?:ing|ed|es|s)$/, ''));
        this.stems.add(word, hash, id);
      }
      if (id < 0) continue;
      if (id >= this.seenIn.length) this.seenIn = widened(this.seenIn, id + 1);
      if (this.seenIn[id] === mark) continue;
      this.seenIn[id] = mark;
      words.push(id);
    }
    return words;
  }
}

/** A copy of `array` with room for at least `size` entries. */
export function widened(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const wider = new Int32Array(Math.max(size, array.length * 2));
  wider.set(array);
  return wider;
}

function intern(ids: Map<string, number>, text: string): number {
  let id = ids.get(text);
  if (id === undefined) ids.set(text, (id = ids.size));
  return id;
}

/**
 * The digits of a figure as written, without separators, point or trailing zeros: "KZT 24bn" and "240 billion"
 * give "24". The first run of digits, commas, points and spaces that starts with a digit, as `/\d[\d,. ]*\/` finds it.
 */
export function significantDigits(figure: string): string {
  let i = 0;
  while (i < figure.length && !isDigit(figure.charCodeAt(i))) i++;
  let digits = '';
  for (; i < figure.length; i++) {
    const code = figure.charCodeAt(i);
    if (isDigit(code)) digits += figure[i];
    else if (code !== 44 && code !== 46 && code !== 32) break;
  }
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end);
}

const isDigit = (code: number) => code >= 48 && code <= 57;
