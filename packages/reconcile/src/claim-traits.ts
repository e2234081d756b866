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
  /** The content words of its quote as numbers, in the order they first appear. */
  order: number[];
  /** The same numbers ascending: a Jaccard similarity is a merge of two arrays. */
  words: number[];
}

/** Traits of the claims of one reconciliation, computed when a claim is first compared. */
export class ClaimTraits {
  private readonly known = new Map<Claim, Traits>();
  private readonly clusterOfSource = new Map<string, number>();
  private readonly clusters = new Map<string, number>();
  private readonly digitStrings = new Map<string, number>();
  /** Each word of a quote as found, to the number of its stem, or -1 for a stop word: one lookup per word. */
  private readonly stems = new WordTable();
  private readonly vocabulary = new Map<string, number>();
  private readonly runs = new WordRuns('letters', 3);
  /** Per word number, the last quote it was seen in: repeats within a quote are dropped without a set. */
  private seenIn = new Int32Array(1024);
  private quotes = 0;

  constructor(private readonly clusterOf: (c: Claim) => string) {}

  of(claim: Claim): Traits {
    let traits = this.known.get(claim);
    if (!traits) this.known.set(claim, (traits = this.work(claim)));
    return traits;
  }

  private work(claim: Claim): Traits {
    let cluster = this.clusterOfSource.get(claim.source_id);
    if (cluster === undefined) this.clusterOfSource.set(claim.source_id, (cluster = intern(this.clusters, this.clusterOf(claim))));
    const written = significantDigits(claim.figure);
    const order = this.contentWords(claim.quote);
    return { claim, cluster, digits: intern(this.digitStrings, written), hasDigits: written !== '', order, words: sortedCopy(order) };
  }

  /**
   * Content words of a quote, each once, in the order they first appear: the words that say what a figure is
   * about. Letter runs of three or more, lower-cased, without stop words, with a plural or verb ending cut.
   */
  private contentWords(quote: string): number[] {
    const mark = ++this.quotes;
    const words: number[] = [];
    const text = quote.toLowerCase();
    const runs = this.runs;
    runs.scan(text);
    for (let i = 0; i < runs.count; i++) {
      const start = runs.starts[i]!;
      const end = runs.ends[i]!;
      const hash = runs.hashes[i]!;
      let id = this.stems.find(text, start, end, hash);
      if (id === MISSING) {
        const word = text.slice(start, end);
        id = STOP.has(word) ? -1 : intern(this.vocabulary, word.replace(/(?:ing|ed|es|s)$/, ''));
        this.stems.add(word, hash, id);
      }
      if (id < 0) continue;
      if (id >= this.seenIn.length) {
        const grown = new Int32Array(Math.max(id + 1, this.seenIn.length * 2));
        grown.set(this.seenIn);
        this.seenIn = grown;
      }
      if (this.seenIn[id] === mark) continue;
      this.seenIn[id] = mark;
      words.push(id);
    }
    return words;
  }
}

/** An ascending copy; by insertion, since a quote has a few dozen words and Array#sort allocates a workspace per call. */
function sortedCopy(numbers: readonly number[]): number[] {
  if (numbers.length > 64) return numbers.slice().sort((a, b) => a - b);
  const out = numbers.slice();
  for (let i = 1; i < out.length; i++) {
    const x = out[i]!;
    let j = i - 1;
    for (; j >= 0 && out[j]! > x; j--) out[j + 1] = out[j]!;
    out[j + 1] = x;
  }
  return out;
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
