/**
 * Every gated pattern's literals, looked for together. A figure's clause and the words around it are each asked of dozens
 * of patterns; one pass of an Aho-Corasick automaton over the text, read as lower case, marks every pattern one of whose
 * literals it holds, and each pattern's gate is then one look-up instead of a search of the text per literal.
 */

/**
 * A literal is indexed only where every character beyond ASCII is caseless: the automaton reads only ASCII's letters
 * as lower case, so a text that holds the literal, in any case, holds it as the automaton reads it.
 */
export function indexable(literal: string): boolean {
  for (const c of literal) if (c > '\x7F' && (c.toLowerCase() !== c || c.toUpperCase() !== c)) return false;
  return true;
}

/** The texts whose marks are kept: a figure's clause, the words before it and those after are asked in turn. */
const KEPT = 8;

export class LiteralIndex {
  private readonly ids = new Map<string, number>();
  /** For each literal, the patterns that need it (or another of theirs). */
  private readonly owners: number[][] = [];
  private patterns = 0;
  private readonly sets = new Map<string, number>();
  private automaton: Automaton | null = null;
  private readonly texts: Array<string | undefined> = new Array(KEPT);
  private readonly marks: Uint32Array[] = [];
  private readonly generations = new Uint32Array(KEPT);
  private next = 0;
  private last = 0;

  /** A pattern that needs one of `literals`: its id, to ask `mayMatch` by. Patterns that need the same literals share one. */
  register(literals: readonly string[]): number {
    const keys = [...new Set(literals.map((l) => l.toLowerCase()))].sort();
    const set = keys.join('\u0000');
    const known = this.sets.get(set);
    if (known !== undefined) return known;
    const pattern = this.patterns++;
    this.sets.set(set, pattern);
    for (const key of keys) {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
        this.owners.push([]);
      }
      this.owners[id]!.push(pattern);
    }
    this.automaton = null;
    return pattern;
  }

  /** Whether `text`, read as lower case, holds one of the literals of the pattern: false only where it holds none. */
  mayMatch(text: string, pattern: number): boolean {
    const slot = this.slotOf(text);
    return this.marks[slot]![pattern] === this.generations[slot];
  }

  private slotOf(text: string): number {
    // A pattern added since the last pass is in no text's marks: the index is built anew, and forgets its texts.
    if (!this.automaton) this.rebuild();
    // Most questions ask about the text the one before asked about.
    if (this.texts[this.last] === text) return this.last;
    for (let k = 0; k < KEPT; k++) if (this.texts[k] === text) return (this.last = k);
    const slot = this.next;
    this.next = (this.next + 1) % KEPT;
    this.texts[slot] = text;
    // A generation per pass marks the patterns whose literals were found without clearing the marks of the pass before.
    const generation = (this.generations[slot] = (this.generations[slot]! + 1) >>> 0 || 1);
    this.automaton!.mark(text, this.marks[slot]!, generation);
    return (this.last = slot);
  }

  private rebuild(): void {
    this.automaton = new Automaton([...this.ids.keys()], this.owners);
    for (let k = 0; k < KEPT; k++) {
      this.marks[k] = new Uint32Array(this.patterns);
      this.generations[k] = 0;
      this.texts[k] = undefined;
    }
  }
}

/** An Aho-Corasick automaton as a full transition table over the characters the literals use. */
class Automaton {
  /** Each UTF-16 unit's column: 0 for the characters no literal holds, which lead back to the root. */
  private readonly columnOf = new Uint16Array(0x10000);
  private readonly width: number;
  private readonly next: Int32Array;
  /** The patterns whose literals end at each state, its own and those of the states its failure links reach. */
  private readonly outStart: Int32Array;
  private readonly out: Int32Array;

  constructor(literals: readonly string[], owners: ReadonlyArray<readonly number[]>) {
    let width = 1;
    for (const literal of literals) for (let i = 0; i < literal.length; i++) {
      const unit = literal.charCodeAt(i);
      if (this.columnOf[unit] === 0) this.columnOf[unit] = width++;
    }
    // The text is read as if lower-cased: an upper-case letter takes its lower case's column, and so do the two signs that
    // match an ASCII letter under the u and i flags ("ſ" for "s", the Kelvin sign for "k").
    for (let unit = 0x41; unit <= 0x5a; unit++) this.columnOf[unit] = this.columnOf[unit + 0x20]!;
    this.columnOf[0x17f] = this.columnOf[0x73]!;
    this.columnOf[0x212a] = this.columnOf[0x6b]!;
    // The trie: children per state by column, and the literals that end there.
    const children: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const column = this.columnOf[literal.charCodeAt(i)]!;
        let child = children[state]!.get(column);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]!.set(column, child);
        }
        state = child;
      }
      ends[state]!.push(...owners[id]!);
    });
    // Breadth first, each state's missing transitions are its failure state's, so the table answers every character.
    this.width = width;
    const next = (this.next = new Int32Array(children.length * width));
    const fail = new Int32Array(children.length);
    const outputs: number[][] = ends.map((e) => [...new Set(e)]);
    const queue: number[] = [];
    for (const [column, child] of children[0]!) {
      next[column] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      outputs[state] = [...new Set([...outputs[state]!, ...outputs[fail[state]!]!])];
      for (let column = 0; column < width; column++) {
        const child = children[state]!.get(column);
        if (child === undefined) next[state * width + column] = next[fail[state]! * width + column]!;
        else {
          fail[child] = next[fail[state]! * width + column]!;
          next[state * width + column] = child;
          queue.push(child);
        }
      }
    }
    this.outStart = new Int32Array(children.length + 1);
    outputs.forEach((o, state) => (this.outStart[state + 1] = this.outStart[state]! + o.length));
    this.out = Int32Array.from(outputs.flat());
  }

  /** Sets `marks[pattern]` to `generation` for every pattern one of whose literals `text` holds. */
  mark(text: string, marks: Uint32Array, generation: number): void {
    const { columnOf, next, width, outStart, out } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * width + columnOf[text.charCodeAt(i)]!]!;
      for (let k = outStart[state]!; k < outStart[state + 1]!; k++) marks[out[k]!] = generation;
    }
  }
}
