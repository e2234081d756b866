import {
  AUTHORITIES, CURRENCIES, DURATION_UNITS, JURISDICTIONS, MAGNITUDES, NUMBER_WORDS, QUALIFIER_WORDS,
  type Codebook, type MetricDefinition, type Qualifier,
} from '@reckon/schema';

/** The codebook compiled into regular expressions once per run, so that scanning a text is a few regex passes. */
export interface Lexicon {
  metrics: MetricDefinition[];
  /** Every trigger of every metric in one alternation; group names are not used, the match text is looked up. */
  triggers: RegExp;
  /** For each stem of `triggers`: the metrics it triggers and the metrics it is context for. */
  triggerMetrics: Array<{ stem: string; metrics: string[]; contextOf: string[] }>;
  countedThing: (words: string[]) => string | null;
  currencyBefore: RegExp;
  currencyAfter: RegExp;
  currencyCode: (token: string) => string | null;
  qualifierBefore: RegExp;
  qualifierOf: (words: string) => Qualifier;
  magnitudeAfter: RegExp;
  durationAfter: RegExp;
  numberWords: RegExp;
  places: RegExp;
  placeOf: (name: string) => { jurisdiction: string | null; authorities: Array<{ id: string; jurisdiction: string }> };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const alternation = (words: Iterable<string>) => [...new Set(words)].sort(byLength).map(escape).join('|');

/** Compiles the codebook (built-in tables plus pipeline extensions) into a Lexicon. */
export function compileLexicon(codebook: Codebook): Lexicon {
  const stems = new Map<string, { metrics: Set<string>; contextOf: Set<string> }>();
  const stem = (t: string) => {
    const key = t.toLowerCase();
    if (!stems.has(key)) stems.set(key, { metrics: new Set(), contextOf: new Set() });
    return stems.get(key)!;
  };
  for (const metric of codebook.metrics) {
    for (const t of metric.triggers) stem(t).metrics.add(metric.id);
    for (const t of metric.context ?? []) stem(t).contextOf.add(metric.id);
  }
  const triggerMetrics = [...stems]
    .map(([s, v]) => ({ stem: s, metrics: [...v.metrics], contextOf: [...v.contextOf] }))
    .sort((a, b) => byLength(a.stem, b.stem));
  // A stem matches at a word start and runs to the end of its word: "liquidat" matches "liquidation".
  const triggers = new RegExp(`(?<![\\p{L}\\p{N}])(?:${triggerMetrics.map((t) => escape(t.stem).replace(/ /g, '\\s+')).join('|')})[\\p{L}-]*`, 'giu');

  const things = new Map<string, string>();
  for (const [thing, words] of Object.entries(codebook.countedThings)) for (const w of words) things.set(w.toLowerCase(), thing);
  const countedThing = (words: string[]) => {
    for (let i = words.length - 1; i >= 0; i--) {
      const pair = i > 0 ? singular(`${words[i - 1]} ${words[i]}`) : null;
      if (pair && things.has(pair)) return things.get(pair)!;
      const one = things.get(singular(words[i]!)) ?? things.get(words[i]!);
      if (one) return one;
    }
    return null;
  };

  const symbolCodes = new Map<string, string>();
  const nameCodes = new Map<string, string>();
  for (const c of CURRENCIES) {
    for (const s of c.symbols) if (!symbolCodes.has(s)) symbolCodes.set(s, c.code);
    for (const n of c.names) if (!nameCodes.has(n)) nameCodes.set(n, c.code);
  }
  const letterSymbol = (s: string) => /^[A-Za-z.]+$/.test(s);
  const symbols = [...symbolCodes.keys()];
  // Letter symbols ("USD", "Rs") must stand as a word; sign symbols ("$", "€") may touch the number.
  const currencyBefore = new RegExp(`(?:(?<![\\p{L}])(?:${alternation(symbols.filter(letterSymbol))})\\.?\\s?|(?:${alternation(symbols.filter((s) => !letterSymbol(s)))})\\s?)$`, 'u');
  const currencyAfter = new RegExp(`^\\s?(?:${alternation([...nameCodes.keys(), ...symbols.filter(letterSymbol)]).replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}])`, 'iu');
  const currencyCode = (token: string) => {
    const t = token.trim().replace(/\s+/g, ' ');
    return symbolCodes.get(t) ?? symbolCodes.get(t.replace(/\.$/, '')) ?? nameCodes.get(t.toLowerCase()) ?? symbolCodes.get(t.toUpperCase()) ?? null;
  };

  const qualifiers = Object.keys(QUALIFIER_WORDS);
  const qualifierBefore = new RegExp(`(?<![\\p{L}])(?:${alternation(qualifiers).replace(/ /g, '\\s+')})\\s+(?:an?\\s+)?$`, 'iu');
  const qualifierOf = (words: string) => QUALIFIER_WORDS[words.trim().toLowerCase().replace(/\s+/g, ' ').replace(/ an?$/, '')] ?? 'exact';

  const magnitudeWords = Object.keys(MAGNITUDES).filter((m) => m.length > 2);
  const magnitudeAbbrev = Object.keys(MAGNITUDES).filter((m) => m.length <= 2);
  // Spelled magnitudes may follow a space; one- and two-letter ones ("m", "bn") must touch the number.
  const magnitudeAfter = new RegExp(`^(?:\\s?(?:${alternation(magnitudeWords)})|(?:${alternation(magnitudeAbbrev)})|\\s(?:mln|mn|bn|tn|cr))(?![\\p{L}\\p{N}])`, 'iu');
  const durationAfter = new RegExp(`^[\\s-]?(?:${alternation(Object.keys(DURATION_UNITS))})(?![\\p{L}])`, 'iu');
  const numberWords = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(Object.keys(NUMBER_WORDS).flatMap(tensCompounds)).replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}])`, 'giu');

  const placeNames = new Map<string, { jurisdiction: string | null; authorities: Array<{ id: string; jurisdiction: string }> }>();
  const place = (name: string) => {
    if (!placeNames.has(name)) placeNames.set(name, { jurisdiction: null, authorities: [] });
    return placeNames.get(name)!;
  };
  for (const j of JURISDICTIONS) for (const n of j.names) place(n).jurisdiction ??= j.code;
  for (const a of AUTHORITIES) for (const n of a.names) place(n).authorities.push({ id: a.id, jurisdiction: a.jurisdiction });
  const places = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(placeNames.keys())})(?![\\p{L}\\p{N}])`, 'gu');
  const placeOf = (name: string) => placeNames.get(name) ?? { jurisdiction: null, authorities: [] };

  return {
    metrics: codebook.metrics, triggers, triggerMetrics, countedThing, currencyBefore, currencyAfter, currencyCode,
    qualifierBefore, qualifierOf, magnitudeAfter, durationAfter, numberWords, places, placeOf,
  };
}

/** "forty" also appears as "forty-two" and "forty two". */
function tensCompounds(word: string): string[] {
  const tens = NUMBER_WORDS[word] ?? 0;
  if (tens < 20 || tens % 10 !== 0 || word.includes(' ')) return [word];
  const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  return [word, ...units.flatMap((u) => [`${word}-${u}`, `${word} ${u}`])];
}

/** Value of a written number ("forty-two", "a dozen"). */
export function numberWordValue(words: string): number | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w]!;
  const [tens, unit] = w.split(/[- ]/);
  const t = NUMBER_WORDS[tens ?? ''];
  const u = NUMBER_WORDS[unit ?? ''];
  return t !== undefined && u !== undefined ? t + u : null;
}

/** A rough English singular, enough to look counted things up. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}
