/**
 * A cheap test that a pattern cannot match a text: the words every match of the pattern must hold, read off its source
 * once. Most of the extractor's patterns name words ("punishable", "awaiting", "street value") that most sentences lack;
 * one pass over a clause for all the patterns' words (`literal-index.ts`) rules them out for a fraction of a scan's cost.
 *
 * The reading is conservative: wherever it is unsure (a character class, a back-reference, an optional part) it asks
 * for nothing, so a gate never turns away a text its pattern would match.
 */
import { indexable, LiteralIndex } from './literal-index.js';

/** The literals one of which every match holds (lower case for a case-insensitive pattern), or null where there is no such set. */
export function requiredLiterals(pattern: RegExp): readonly string[] | null {
  let found: string[] | null;
  try {
    const parser = new Parser(pattern.source, pattern.flags.includes('i'));
    found = parser.alternation();
    if (parser.at < pattern.source.length) found = null;
  } catch {
    found = null;
  }
  return found && found.length > 0 && found.length <= MAX_LITERALS && found.every((l) => l.length >= MIN_LENGTH) ? [...new Set(found)] : null;
}
/** A pattern that needs one of more words than this names so many that most texts hold one: its gate spares little. */
const MAX_LITERALS = 256;
/** A literal shorter than this is in most sentences: looking for it spares nothing. */
const MIN_LENGTH = 3;

/** A pattern used only to test texts or find its first match, with its gate before it. */
export interface GatedPattern {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** One index for all gated patterns: a text is read once for every pattern asked of it. */
const index = new LiteralIndex();

/**
 * `pattern` behind its gate: a text that lacks every literal the pattern needs is answered without a scan. A pattern with
 * no such literals, or with state between calls (g, y), is returned as it is.
 */
export function gated(pattern: RegExp): GatedPattern {
  const literals = pattern.global || pattern.sticky ? null : requiredLiterals(pattern);
  if (!literals || !literals.every(indexable)) return pattern;
  // A case-sensitive pattern's literals are looked for lower-cased too: a text that lacks them so lacks them as written.
  const id = index.register(literals);
  return { test: (text) => index.mayMatch(text, id) && pattern.test(text), exec: (text) => (index.mayMatch(text, id) ? pattern.exec(text) : null) };
}

/** Reads a pattern's source far enough to know the literals its matches must hold. */
class Parser {
  at = 0;
  constructor(private readonly source: string, private readonly folded: boolean) {}

  /** Alternatives: a match holds a literal of one of them, so of their union; none if any alternative needs nothing. */
  alternation(): string[] | null {
    const sets: Array<string[] | null> = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      sets.push(this.sequence());
    }
    return sets.some((s) => s === null) ? null : sets.flat() as string[];
  }

  /** A sequence: each run of plain characters, and each group it must pass through, is required; the most selective is kept. */
  private sequence(): string[] | null {
    const candidates: string[][] = [];
    let run = '';
    const endRun = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      if (atom.kind === 'char' && min === 1 && max === 1) {
        if (atom.literal === null) endRun();
        else run += atom.literal;
        continue;
      }
      endRun();
      if (min >= 1 && atom.kind === 'char' && atom.literal !== null) candidates.push([atom.literal]);
      if (min >= 1 && atom.kind === 'group' && atom.required) candidates.push(atom.required);
    }
    endRun();
    return candidates.length ? best(candidates) : null;
  }

  private atom(): { kind: 'char'; literal: string | null } | { kind: 'group'; required: string[] | null } | { kind: 'assertion' } {
    const c = this.source[this.at++]!;
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return { kind: 'char', literal: null };
    }
    if (c === '^' || c === '$') return { kind: 'assertion' };
    if (c === '.') return { kind: 'char', literal: null };
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') throw new Error(`unexpected ${c}`);
    return { kind: 'char', literal: this.fold(c) };
  }

  private group(): { kind: 'group'; required: string[] | null } | { kind: 'assertion' } {
    let lookaround = false;
    if (this.source[this.at] === '?') {
      const next = this.source[this.at + 1];
      if (next === ':') this.at += 2;
      else if (next === '=' || next === '!') {
        this.at += 2;
        lookaround = true;
      } else if (next === '<' && (this.source[this.at + 2] === '=' || this.source[this.at + 2] === '!')) {
        this.at += 3;
        lookaround = true;
      } else if (next === '<') {
        const close = this.source.indexOf('>', this.at);
        if (close < 0) throw new Error('unclosed group name');
        this.at = close + 1;
      } else throw new Error('unknown group');
    }
    const required = this.alternation();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    return lookaround ? { kind: 'assertion' } : { kind: 'group', required };
  }

  private escape(): { kind: 'char'; literal: string | null } | { kind: 'assertion' } {
    const c = this.source[this.at++];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'b' || c === 'B') return { kind: 'assertion' };
    if ('dDsSwW'.includes(c)) return { kind: 'char', literal: null };
    if (c === 'p' || c === 'P') {
      if (this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
      return { kind: 'char', literal: null };
    }
    if (c === 'k') {
      if (this.source[this.at] === '<') this.at = this.source.indexOf('>', this.at) + 1;
      return { kind: 'char', literal: null };
    }
    if (/[0-9cux]/.test(c)) {
      // Back-references, control characters and code points: read past them as characters of no known value.
      if (c === 'u' && this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
      else if (c === 'u') this.at += 4;
      else if (c === 'x') this.at += 2;
      else if (c === 'c') this.at += 1;
      else while (/[0-9]/.test(this.source[this.at] ?? '')) this.at++;
      return { kind: 'char', literal: null };
    }
    if ('nrtfv'.includes(c)) return { kind: 'char', literal: null };
    return { kind: 'char', literal: this.fold(c) };
  }

  private quantifier(): { min: number; max: number } {
    const c = this.source[this.at];
    let bounds = { min: 1, max: 1 };
    if (c === '*') bounds = { min: 0, max: Infinity };
    else if (c === '+') bounds = { min: 1, max: Infinity };
    else if (c === '?') bounds = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Error('bad quantifier');
      this.at += m[0].length - 1;
      bounds = { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
    } else return bounds;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return bounds;
  }

  private skipClass(): void {
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.source[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
  }

  /** A character as the text is searched: lower case under the i flag, and none for a letter whose case folding is not plain ASCII's. */
  private fold(c: string): string | null {
    if (!this.folded) return c;
    if (/[A-Za-z]/.test(c)) return c.toLowerCase();
    return /\p{L}/u.test(c) ? null : c;
  }
}

/** The set whose shortest literal is longest: the one fewest texts hold. */
function best(candidates: string[][]): string[] {
  const shortest = (set: string[]) => Math.min(...set.map((l) => l.length));
  return candidates.reduce((a, b) => (shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.length < a.length) ? b : a));
}
