import {
  CURRENCIES, DURATION_UNITS, MAGNITUDES, NUMBER_WORDS, QUALIFIER_WORDS,
  type Codebook, type MetricDefinition, type Qualifier, type UnitKind,
} from '@reckon/schema';
import { gated } from './gate.js';
import { compilePlaces, type PlaceLexicon } from './lexicon-places.js';
import { PhraseTable, type PhraseEntry } from './phrases.js';

/** The codebook compiled into regular expressions once per run, so that scanning a text is a few regex passes. */
export interface Lexicon extends PlaceLexicon {
  metrics: MetricDefinition[];
  /** The metric of an id, or undefined for none. */
  metric: (id: string) => MetricDefinition | undefined;
  /** Every trigger stem and trigger word of every metric, with the metrics each signals and is context for. */
  triggers: PhraseTable<TriggerEntry>;
  /** The metrics a verb makes of the count before it when the verb's object is a figure of the unit kind (`receivedBy`). */
  receivers: ReadonlyMap<string, ReadonlyArray<{ metric: string; unitKind: UnitKind }>>;
  /**
   * The metric whose `takenFrom` verb takes a sum from people named after it, given the text before and after the sum, its
   * sentence and its whole text (for the people a metric counts only in some texts); null if none.
   */
  takenFrom: (before: string, after: string, sentence: string, document: string) => string | null;
  /** The metric of whose crime a sum is the size, given the words after it (`sizeOf`): "a £35 million VAT fraud"; null if none. */
  sizeOf: (after: string) => string | null;
  /** The metric whose `governs` or `sumObjectOf` verb governs a sum, given the text before it: "fined a registered VASP, ..., "; null if none. */
  governingVerb: (before: string) => string | null;
  /** The classes of counted thing the words after a figure name ("crypto ATMs" is both a platform and an item). */
  countedThing: (words: string[]) => string[];
  /** The classes some metric counts: a figure of other things ("46 bank accounts") is no figure to weigh metrics by. */
  countedByMetric: ReadonlySet<string>;
  /** The ids of the metrics that measure money. */
  moneyMetrics: ReadonlySet<string>;
  currencyBefore: RegExp;
  /** A currency's capitalised name before its number, as South Asian and Gulf releases write it: "US Dollars 836,400". */
  currencyNameBefore: RegExp;
  currencyAfter: Pick<RegExp, 'exec'>;
  /**
   * The currency a symbol or name means; a shared one ("$") means the jurisdiction's own when it is among them. Several
   * places may be listed in order of preference: a shared sign is the first one's currency that it can be.
   */
  currencyCode: (token: string, jurisdiction?: string | null | ReadonlyArray<string | null>) => string | null;
  /** Whether the currency's writers group thousands with dots before a magnitude (`dotGroups`). */
  dotGroups: ReadonlySet<string>;
  qualifierBefore: RegExp;
  qualifierOf: (words: string) => Qualifier;
  magnitudeAfter: RegExp;
  durationAfter: RegExp;
  /** Written numbers ("forty-two", "a dozen") and their values. */
  numberWords: PhraseTable<number>;
  /** Whether a sentence's words void a figure of this metric (`voidedBy`): the legal market's turnover. */
  voids: (metric: string, sentence: string) => boolean;
  /** The metric that refines this one as the crime's money (turnover's is illicit volume), if any. */
  crimeOf: (metric: string) => string | undefined;
}

/** What one trigger stem or word signals. */
export interface TriggerEntry { metrics: Set<string>; contextOf: Set<string> }

/** A phrase as a regular expression matches it literally. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const alternation = (words: Iterable<string>) => [...new Set(words)].sort(byLength).map(escape).join('|').replace(/ /g, '\\s+');

/** Compiles the codebook (built-in tables plus pipeline extensions) into a Lexicon. */
export function compileLexicon(codebook: Codebook): Lexicon {
  const places = compilePlaces(codebook.jurisdictions, codebook.authorities);
  const byId = new Map(codebook.metrics.map((m) => [m.id, m]));
  const crimeOf = new Map<string, string>();
  for (const m of codebook.metrics) if (m.refines && m.describesCrime && !crimeOf.has(m.refines)) crimeOf.set(m.refines, m.id);
  return {
    metrics: codebook.metrics,
    metric: (id) => byId.get(id),
    ...compileTriggers(codebook.metrics),
    countedThing: compileCountedThings(codebook.countedThings),
    takenFrom: compileTakenFrom(codebook.metrics),
    sizeOf: compileSizeOf(codebook.metrics),
    governingVerb: compileGoverns(codebook.metrics),
    countedByMetric: new Set(codebook.metrics.flatMap((m) => [...(m.counts ?? []), ...(m.countsAsSubject ?? [])])),
    moneyMetrics: new Set(codebook.metrics.filter((m) => m.unit_kind === 'money').map((m) => m.id)),
    ...compileCurrencies(places.localCurrency),
    ...compileNumbers(),
    ...places,
    voids: compileVoids(codebook.metrics),
    crimeOf: (metric) => crimeOf.get(metric),
  };
}

function compileVoids(metrics: readonly MetricDefinition[]): Lexicon['voids'] {
  const patterns = new Map(metrics.filter((m) => m.voidedBy?.length).map((m) => [m.id, { by: anyWord(m.voidedBy)!, unless: anyWord(m.voidedUnless) }]));
  return (metric, sentence) => {
    const p = patterns.get(metric);
    return p !== undefined && p.by.test(sentence) && !p.unless?.test(sentence);
  };
}

function compileTriggers(metrics: readonly MetricDefinition[]) {
  const entries = new Map<string, PhraseEntry<TriggerEntry>>();
  const entry = (t: string, stem: boolean) => {
    const key = `${stem}:${t.toLowerCase()}`;
    if (!entries.has(key)) entries.set(key, { phrase: t.toLowerCase(), stem, value: { metrics: new Set(), contextOf: new Set() } });
    return entries.get(key)!.value;
  };
  // A stem runs to the end of its word ("liquidat" matches "liquidation"); a trigger word matches whole ("sent", not "sentenced").
  for (const metric of metrics) {
    for (const t of metric.triggers) entry(t, true).metrics.add(metric.id);
    for (const t of metric.words ?? []) entry(t, false).metrics.add(metric.id);
    for (const t of metric.context ?? []) entry(t, true).contextOf.add(metric.id);
  }
  const receivers = new Map<string, Array<{ metric: string; unitKind: UnitKind }>>();
  for (const metric of metrics) {
    for (const w of metric.receivedBy?.words ?? []) {
      // Found as a trigger that signals nothing by itself, so that the sentence's triggers hold it.
      entry(w, false);
      const key = w.toLowerCase();
      receivers.set(key, [...(receivers.get(key) ?? []), { metric: metric.id, unitKind: metric.receivedBy!.unit_kind }]);
    }
  }
  return { triggers: new PhraseTable(entries.values(), false), receivers };
}

function compileSizeOf(metrics: readonly MetricDefinition[]): Lexicon['sizeOf'] {
  // Past a closing quote or bracket and up to three words: "a $4m "investment" scheme", "an alleged R52-million crypto investment fraud".
  const rules = metrics.filter((m) => m.sizeOf?.length).map((m) => ({
    metric: m.id,
    // Not a budget against the crime: "the Government's $86.5 million Fighting Scams package", "a $2 million anti-fraud unit".
    pattern: gated(new RegExp(`^["”’)]?\\s+(?:["“‘]?(?!(?:fight|fighting|anti|against|combat|combating|combatting|counter|countering|tackling|preventing|prevent)\\b)[\\p{L}-]+["”’]?\\s+){0,3}?["“‘]?(?<!anti-)(?:${alternation(m.sizeOf!)})\\b(?!["”’]?\\s+(?:package|program|programme|fund|initiative|campaign|budget|strategy|unit|squad|task\\s+force|centre|center|plan|grant|prevention|awareness)\\b)`, 'iu')),
  }));
  return (after) => rules.find((r) => r.pattern.test(after))?.metric ?? null;
}

const LEADING_PREPOSITION = /^(?:in|into|at|to|with|on|by|over|for|from|through|during)\b/i;

function compileGoverns(metrics: readonly MetricDefinition[]): Lexicon['governingVerb'] {
  // The verb's object up to the sum, within the clause: "fined three second-tier banks and one payment organisation a total of ".
  // Or the sum as the verb's direct object, a few words after it: "traced about ", "deposited cash amounts totalling ".
  // Not what a platform's clients paid in ("clients who deposited 63,4 M$"): that is the platform's business.
  const rules = metrics.filter((m) => m.governs?.length || m.sumObjectOf?.length).map((m) => ({
    metric: m.id,
    pattern: gated(new RegExp([
      // No figure in the object: a verb said again governs from its last saying ("fined each Dh500,000 and fined three
      // companies ... Dh30 million each").
      ...(m.governs?.length ? [`\\b(?:${alternation(m.governs)})\\s+([^.;:\\d]{0,120}?)$`] : []),
      ...(m.sumObjectOf?.length ? [`(?<!\\b(?:clients|customers|users|players|residents)\\b(?:[^.;]{0,30}?\\bwho)?\\s+(?:had\\s+|have\\s+)?)\\b(?:${alternation(m.sumObjectOf)})\\s+((?:[\\p{L}-]+\\s+){0,3})$`] : []),
    ].join('|'), 'iu')),
  }));
  // Not past a second verb: "fined the firm and ordered it to repay ", "traced and frozen 3.2 million USDT".
  const secondVerb = /\b(?:and|but|while|then|after)\s+(?:(?:also|later|then|was|were|has|have|had)\s+)?(?:\p{Ll}+(?:ed|ing)|froze|frozen|held|taken|took|stole|stolen|sold|sent|paid|got|brought|caught)\b|\d/u;
  return (before) => {
    for (const rule of rules) {
      const m = rule.pattern.exec(before);
      const gap = m ? (m[1] ?? m[2] ?? '') : '';
      // Not past a place or a time after the verb: "€3,1 million deposited in bank accounts, 64 bitcoins".
      // Nor past a clause of its own: "the forfeiture of the cash and one of the vehicles, and a further $118,000 restrained".
      if (m && !secondVerb.test(gap) && !LEADING_PREPOSITION.test(gap) && !/,\s*and\b/.test(gap)) return rule.metric;
    }
    return null;
  };
}

function compileTakenFrom(metrics: readonly MetricDefinition[]): Lexicon['takenFrom'] {
  const hedge = `(?:${alternation(Object.keys(QUALIFIER_WORDS))}|a\\s+total\\s+of)`;
  const rules = metrics.filter((m) => m.takenFrom).map((m) => ({
    metric: m.id,
    // "took bets worth more than £3.6 million from around 700 customers": what the money was says it, whoever paid it.
    named: m.takenFrom!.nouns?.length
      ? gated(new RegExp(`\\b(?:${alternation(m.takenFrom!.verbs)})\\s+(?:in\\s+)?(?:${alternation(m.takenFrom!.nouns)})\\s+(?:of|worth|totall?ing)\\s+(?:${hedge}\\s+)?$`, 'iu'))
      : null,
    // What the money was may stand between: "accepted stakes of at least PLN 214 mln from approx. 38 000 players".
    before: gated(new RegExp(`\\b(?:${alternation(m.takenFrom!.verbs)})\\s+(?:(?:bets|stakes|wagers|deposits|payments|funds|money|investments)\\s+(?:of|worth|totall?ing)\\s+)?(?:${hedge}\\s+)?$`, 'iu')),
    // The sum's conversion in brackets may stand between: "received about Sh480 million (US$3.7 million) from more than 1,400 victims".
    fromPeople: m.takenFrom!.people.length
      ? gated(new RegExp(`^(?:\\s*\\([^()]{0,40}\\))?[^.;()]{0,40}?\\b${m.takenFrom!.to ? 'to' : 'from'}\\s+(?:[\\p{L}\\p{N}$,.'’-]+\\s+){0,5}?(?:${alternation(m.takenFrom!.people)})\\b`, 'iu'))
      : null,
    as: m.takenFrom!.as?.length ? gated(new RegExp(`^(?:\\s*\\([^()]{0,40}\\))?\\s+(?:${alternation(m.takenFrom!.as)})\\b`, 'iu')) : null,
    where: anyWord(m.takenFrom!.where),
    unless: anyWord(m.takenFrom!.unless),
  }));
  // Whether the whole text says a rule's `where` words: asked for each sum of a text in turn, so the last text's answers are kept.
  let lastDocument = '';
  const documentSays = new Map<RegExp, boolean>();
  const says = (pattern: RegExp, document: string) => {
    if (document !== lastDocument) {
      lastDocument = document;
      documentSays.clear();
    }
    let found = documentSays.get(pattern);
    if (found === undefined) documentSays.set(pattern, (found = pattern.test(document)));
    return found;
  };
  const fromItsPeople = (r: (typeof rules)[number], after: string, sentence: string, document: string) =>
    r.fromPeople !== null && r.fromPeople.test(after)
    && (!r.where || r.where.test(sentence) || (!r.unless?.test(sentence) && says(r.where, document)));
  return (before, after, sentence, document) => (rules.find((r) => r.named?.test(before))
    ?? rules.find((r) => r.before.test(before) && (r.as?.test(after) || fromItsPeople(r, after, sentence, document))))?.metric ?? null;
}

/** Any of a list's words or phrases, whole and in any case; null for no list. */
const anyWord = (list: readonly string[] | undefined) => (list?.length ? new RegExp(`\\b(?:${alternation(list)})\\b`, 'i') : null);

function compileCountedThings(countedThings: Codebook['countedThings']) {
  const things = new Map<string, string[]>();
  for (const [thing, words] of Object.entries(countedThings)) {
    for (const w of words) things.set(w.toLowerCase(), [...new Set([...(things.get(w.toLowerCase()) ?? []), thing])]);
  }
  // "bookies" is a bookie's plural, not a booky's.
  const word = (w: string) => things.get(singular(w)) ?? things.get(w) ?? (/ies$/i.test(w) ? things.get(w.toLowerCase().slice(0, -1)) : undefined);
  // "18 call-centres" are call centres.
  const lookup = (w: string) => word(w) ?? (w.includes('-') ? word(w.replace(/-/g, ' ')) : undefined);
  const known = (w: string) => lookup(w) !== undefined;
  // The head noun comes last in English ("crypto pyramid schemes"), so the search runs right to left; a participle after
  // a noun ends the phrase ("26 people running illegal exchange desks" counts people).
  return (read: string[]): string[] => {
    // A compound the table lacks is read as its last word, its head: "9 SIM-boxes" are boxes, "14 phone-cards" cards, and
    // "367 pyramid-selling cases" still cases.
    const all = read.some((w) => w.includes('-')) ? read.map((w) => (w.includes('-') && !known(w) ? w.slice(w.lastIndexOf('-') + 1) || w : w)) : read;
    const cut = all.findIndex((w, j) => j > 0 && w.endsWith('ing') && known(all[j - 1]!));
    const words = cut > 0 ? all.slice(0, cut) : all;
    // "websites and accounts blocked": a head joined to another thing counts both.
    const joined = (at: number, head: string[]) => {
      const before = at >= 2 && /^(?:and|or|&)$/i.test(words[at - 1]!) ? lookup(words[at - 2]!) : undefined;
      return before ? [...new Set([...head, ...before])] : head;
    };
    for (let i = words.length - 1; i >= 0; i--) {
      const pair = i > 0 ? singular(`${words[i - 1]} ${words[i]}`) : null;
      if (pair && things.has(pair)) return joined(i - 1, things.get(pair)!);
      const one = lookup(words[i]!);
      if (one) return joined(i, one);
    }
    return [];
  };
}

/** `localCurrency` tells which of the currencies a shared sign ("$") means in a text about a jurisdiction. */
function compileCurrencies(localCurrency: PlaceLexicon['localCurrency']) {
  const codes = new Map<string, string[]>();
  const note = (token: string, code: string) => codes.set(token, [...(codes.get(token) ?? []), code]);
  const symbols = new Set<string>();
  const names = new Set<string>();
  for (const c of CURRENCIES) {
    for (const s of c.symbols) { note(s, c.code); symbols.add(s); }
    for (const n of c.names) { note(n, c.code); names.add(n); }
  }
  const letterSymbol = (s: string) => /^[\p{L}.]+$/u.test(s);
  // Letter symbols ("USD", "Rs", "N") must stand as a word; sign symbols ("$", "€") may touch the number, but one that
  // starts with a letter starts a word: "AR$" is no "R$".
  const signs = [...symbols].filter((s) => !letterSymbol(s));
  const lettered = signs.filter((s) => /^\p{L}/u.test(s));
  const bare = signs.filter((s) => !lettered.includes(s));
  const currencyBefore = new RegExp(`(?:(?<![\\p{L}])(?:${alternation([...symbols].filter(letterSymbol))})\\.?\\s?|(?<![\\p{L}])(?:${alternation(lettered)})\\s?|(?:${alternation(bare)})\\s?)$`, 'u');
  // After the number only names, three-letter codes and two-letter ones ("12.750.000 TL") or ones no English word
  // spells ("46,8 million Kč", "1 500 zł"): "5 R" or "5 N" is no currency, and "500 Ft" may be feet.
  // Two capitals are matched in capitals only: "38 million KM" is money, "1.2 km of cable" is not.
  const twoCapitals = [...symbols].filter((s) => /^\p{Lu}{2}$/u.test(s));
  const nonEnglish = [...symbols].filter((s) => letterSymbol(s) && s.length < 3 && /[^\x00-\x7F]/u.test(s));
  // "2 115 000 $", "7,9 M$": a dollar sign after the number, as French Canadian writing sets it.
  const anyCase = new RegExp(`^\\s?(?:${alternation([...names, ...[...symbols].filter((s) => letterSymbol(s) && s.length >= 3), ...nonEnglish])})(?![\\p{L}\\p{N}])|^\\s?\\$(?![\\p{L}\\p{N}$])`, 'iu');
  const capitals = new RegExp(`^\\s?(?:${alternation(twoCapitals)})(?![\\p{L}\\p{N}])`, 'u');
  const currencyAfter = { exec: (after: string) => anyCase.exec(after) ?? capitals.exec(after) };
  const currencyCode = (token: string, jurisdiction?: string | null | ReadonlyArray<string | null>) => {
    const t = token.trim().replace(/\s+/g, ' ');
    const options = codes.get(t) ?? codes.get(t.replace(/\.$/, '')) ?? codes.get(t.toLowerCase()) ?? codes.get(t.toUpperCase());
    if (!options) return null;
    // A dollar sign is US dollars unless the sentence's own place has its own dollar: in a roundup, the document's main
    // country says nothing of a "$" in another item. Other shared signs ("¥", "Rs") fall back to the document's currency.
    const places = typeof jurisdiction === 'string' || !jurisdiction ? [jurisdiction] : jurisdiction;
    for (const [k, place] of places.entries()) {
      const local = place && (k === 0 || options[0] !== 'USD') ? localCurrency(place) : null;
      if (local && options.includes(local)) return local;
    }
    return options[0] ?? null;
  };
  const currencyNameBefore = new RegExp(`(?<![\\p{L}])(?:${alternation([...names].filter((n) => /\s|s$/.test(n)))}) $`, 'iu');
  return { currencyBefore, currencyNameBefore, currencyAfter, currencyCode, dotGroups: new Set(CURRENCIES.filter((c) => c.dotGroups).map((c) => c.code)) };
}

function compileNumbers() {
  const qualifiers = Object.keys(QUALIFIER_WORDS);
  const qualifierBefore = new RegExp(`(?<![\\p{L}])(?:${alternation(qualifiers)})\\s+(?:an?\\s+)?$`, 'iu');
  const qualifierOf = (words: string) => QUALIFIER_WORDS[words.trim().toLowerCase().replace(/\s+/g, ' ').replace(/ an?$/, '')] ?? 'exact';
  const magnitudeWords = Object.keys(MAGNITUDES).filter((m) => m.length > 2);
  const magnitudeAbbrev = Object.keys(MAGNITUDES).filter((m) => m.length <= 2);
  // Spelled magnitudes may follow a space; one- and two-letter ones ("m", "bn") must touch the number.
  // "R38.6-million": South African papers join the magnitude with a hyphen.
  // "7,9 M$", "450 k$": French Canadian writing sets the magnitude's letter, spaced, before a trailing dollar sign.
  const magnitudeAfter = new RegExp(`^(?:[\\s-]?(?:${alternation(magnitudeWords)})|(?:${alternation(magnitudeAbbrev)})|\\s(?:mln|mn|bn|tn|cr))(?![\\p{L}\\p{Nd}])|^\\s?[Mk](?=\\s?\\$)`, 'iu');
  const durationAfter = new RegExp(`^[\\s-]?(?:${alternation(Object.keys(DURATION_UNITS))})(?![\\p{L}])`, 'iu');
  const numberWords = new PhraseTable(Object.keys(NUMBER_WORDS).flatMap(tensCompounds).map((w) => ({ phrase: w, value: numberWordValue(w) ?? 0 })), false);
  return { qualifierBefore, qualifierOf, magnitudeAfter, durationAfter, numberWords };
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
