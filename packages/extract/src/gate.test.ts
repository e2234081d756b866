import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gated, requiredLiterals } from './gate.js';

describe('the literals every match of a pattern holds', () => {
  it.each([
    [/\bpunishable\s+(?:by|with)\b/i, ['punishable']],
    [/\b(?:seized|froze)\s+\d+/u, ['seized', 'froze']],
    [/prices?\b/i, ['price']],
    [/\b(?:Article|Section)\s+\d+|\bpunish(?:es|ed)\b/, ['Article', 'Section', 'punish']],
    [/(?:awaiting\s+)?sentencing/i, ['sentencing']],
    [/a(?:bcd){2}/, ['bcd']],
    [/\$\s?5,?000/, ['000']],
    [/Fine/, ['Fine']],
  ])('%s needs one of %j', (pattern, literals) => {
    expect(requiredLiterals(pattern)).toEqual(literals);
  });

  it.each([
    // A part that may be absent, a class, a look-around, a short word or an alternative with no word: nothing is required.
    [/(?:fine)?\d+/],
    [/[A-Z]{3}\s?\d/],
    [/(?<=award\s)\d+/],
    [/\bon\b/],
    [/\bcrore\b|\d+/],
    [/(\w+) \1/],
    // Letters whose case folding is not plain ASCII's, under the i flag.
    [/[a-z]ü[a-z]/i],
  ])('%s needs nothing', (pattern) => {
    expect(requiredLiterals(pattern)).toBeNull();
  });
});

describe('a gated pattern', () => {
  const patterns = [
    /\bpunishable\s+(?:by|with)\b/i,
    /\b(?:sentenced|jailed)\s+(?:to\s+)?\d+/iu,
    /^(?:\s+[\p{L}-]+){0,3}?\s+(?:were|was)\s+(?:later\s+)?(?:deported|released)\b/iu,
    /\bstatus\b/iu,
    /(?<!\bnot\s)\bseized\b[^.;]{0,20}\bKZT\b/u,
    /\b(?:Tether|Circle)\s+(?:says|said)\b/,
  ];
  const fragments = ['punishable', 'PUNISHABLE', 'by', 'with', 'sentenced', 'Jailed', 'to', '12', 'were', 'was', 'later', 'deported',
    'released', 'status', 'ſtatus', 'STATUS', 'not', 'seized', 'KZT', 'kzt', 'Tether', 'tether', 'says', ',', '.', ';', '-'];
  const texts = fc.array(fc.constantFrom(...fragments), { maxLength: 12 }).chain((words) =>
    fc.array(fc.constantFrom(' ', '  ', '\u00A0'), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => gaps[i] + w).join('')));

  it('answers every text as the pattern does', () => {
    fc.assert(fc.property(texts, (text) => patterns.every((p) => gated(p).test(text) === p.test(text) && (gated(p).exec(text)?.[0] ?? null) === (p.exec(text)?.[0] ?? null))));
  });

  it('does not scan a text that lacks its words', () => {
    const pattern = /\bpunishable\s+by\b/i;
    let scans = 0;
    const scan = pattern.test.bind(pattern);
    pattern.test = (text: string) => (scans++, scan(text));
    const gate = gated(pattern);
    expect(gate.test('The court sentenced 12 people')).toBe(false);
    expect(scans).toBe(0);
    expect(gate.test('an offence Punishable by up to 7 years')).toBe(true);
    expect(scans).toBe(1);
  });

  it('tests a pattern with state between calls as it is', () => {
    const pattern = /\bfine\b/g;
    expect(requiredLiterals(pattern)).toEqual(['fine']);
    const gate = gated(pattern);
    expect(gate.test('a fine and a fine')).toBe(true);
    expect(pattern.lastIndex).toBeGreaterThan(0);
  });

  it('finds words that overlap or end inside others, in any case', () => {
    const patterns = [/\bseized\b/i, /izure|zed\s+by/i, /\bsei[sz]ure/i, /\bASSETS\b/, /\bſtatus\b/iu];
    const text = 'Police SEIZED by order the seisure of assets; their STATUS';
    for (const p of patterns) expect(gated(p).test(text)).toBe(p.test(text));
  });

  it('sees a text read before a pattern with new words was gated', () => {
    const text = 'the regulator levied a penalty of ₸5 million';
    expect(gated(/\bpenalty\s+of\b/).test(text)).toBe(true);
    // The same text again, now asked of a pattern whose word no pattern before needed.
    expect(gated(/\blevied\s+a\b/).test(text)).toBe(true);
    expect(gated(/\blevied\s+a\b/).test('a levy')).toBe(false);
  });
});
