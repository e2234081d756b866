import type { Claim } from '@reckon/schema';
import type { Figure } from './figures.js';
import type { Lexicon } from './lexicon.js';
import { asideAround } from './figure-period.js';
import { candidateMetrics, findTriggers, wordsSay } from './metric.js';
import { kindOf } from './said-before.js';
import { gated } from './gate.js';

/** "the €9.8 million": a sum an opening names by its amount. */
const THE_SUM = 'the\\s+(?:[$€£¥₹₸₽]|[A-Z]{3}\\s?)\\d';
/** "This is made up of 96.4 BTC, 512 ETH ...": an opening that lists the parts of the sum said before. */
// "The latest batch, covered by NTC orders of 26 August, includes 9 offshore exchanges, ...": the parts of the sites blocked before.
const MADE_UP_OF = '^(?:This|That|It|The\\s+(?:sum|total|amount|haul|seizure)|The\\s+(?:latest|new|last)\\s+(?:batch|list|round|tranche)(?:,[^,]{0,80},)?)\\s+(?:(?:is|was)\\s+(?:made\\s+up|composed|comprised)\\s+of|consist(?:s|ed)\\s+of|compris(?:es|ed)|include[sd]?)\\s';
/** "Of these,", "Of these exchangers,", "Of the 131 exchangers,", "Among them,", "Of the money,": a sentence that breaks down a count or sum of the sentence before. */
// "Of those arrested, 19 were in Málaga": the whole named by what was done to it.
const PARTITION_OPENING = new RegExp(`^(?:Of|Out\\s+of|Among)\\s+(?:(?:these|those)(?:\\s+(?:arrested|detained|convicted|sentenced|held|jailed|closed|blocked|seized|(?:\\d[\\d,.]*\\s+)?(?:[\\p{L}-]+\\s+)?(?<noun>[\\p{L}-]+)))?|them|which|(?:this|that)(?:\\s+(?:amount|sum|total|money))?|the\\s+(?<the>\\d[\\d,.]*|\\p{Ll}+)\\b[^,]{0,60}|(?:last|this)\\s+year['’]s\\s+[^,]{0,40}|${THE_SUM}[^,]{0,60}),\\s*|${MADE_UP_OF}\\s*`, 'u');

/** A count the sentence before stated, which the parts of this sentence break down. */
export interface Partition {
  /** Where the parts start: the figures after the opening. */
  opening: number;
  /** The claim of the count broken down, when the sentence before yielded it. */
  whole: Claim | null;
  /** The sentence before: its verbs say what was done to the parts when no claim came of it. */
  previousText: string;
  /** "Of the money, Tk 210 crore was converted ...": the sum said before that the opening names, or null. */
  moneyWhole: Claim | null;
  /** The opening's own words: "Of the exchangers shut down, ". */
  openingText: string;
}

/** An opening that names a sum said before: "Of the money,", "Out of the funds so collected,". */
// "Of the €9.8 million frozen last year, €4.1 million related to ...", "This is made up of 96.4 BTC, ...".
// "Of last year's total,": a period's possessive names it too.
const MONEY_OPENING = new RegExp(`^(?:Of|Out\\s+of)\\s+(?:(?:the|this|that|these|those|(?:last|this)\\s+year['’]s)\\s+(?:[\\p{L}-]+\\s+)?(?:money|funds|amount|sum|total|proceeds)\\b|(?:this|that|it)\\s*,|${THE_SUM})|${MADE_UP_OF}`, 'iu');

/** An opening that names the whole by what was done to it ("Of those arrested,"), and a part told by where it was ("19 were in Málaga"). */
const DONE_TO = gated(/^(?:Of|Out\s+of|Among)\s+(?:these|those)\s+\p{Ll}+ed\b/u);
const PLACE_PART = /^\s+(?:(?:were|was|are|is)\s+)?(?:in|from)\s+(?:the\s+)?\p{Lu}/u;

/** A sentence before, with the claims that came of it. */
export interface Said { text: string; claims: readonly Claim[] }

/**
 * Whether `text` opens by breaking down a count said before (`before`, the last few sentences, latest last):
 * "Of the 131 exchangers, 52 operated in Almaty", "Of these, 480 were financial pyramids". The whole is the
 * count the opening names by its number, in any of those sentences; else the last count of the sentence just before.
 */
export function partitionOf(text: string, before: readonly Said[], lex: Lexicon): Partition | null {
  const m = PARTITION_OPENING.exec(text);
  const previous = before.at(-1);
  // Named by what was done to them, the parts are read only as where they were: "Of those arrested, 19 were in Málaga".
  if (!m || !previous || (DONE_TO.test(m[0]) && !PLACE_PART.test(text.slice(m[0].length).replace(/^[\p{L}\d,.]+/u, '')))) return null;
  const counts = (said: Said) => said.claims.filter((c) => c.unit === 'count' && !c.converted_from);
  const opening = m[0].length;
  const moneyWhole = MONEY_OPENING.test(text) ? previous.claims.findLast((c) => kindOf(c) === 'money' && !c.converted_from) ?? null : null;
  const the = m.groups?.the;
  if (the && /^\d/.test(the)) {
    const stated = Number(the.replace(/[,.]/g, ''));
    for (let i = before.length - 1; i >= 0; i--) {
      const whole = counts(before[i]!).find((c) => c.value === stated);
      if (whole) return { opening, whole, previousText: before[i]!.text, moneyWhole, openingText: m[0] };
    }
  }
  // "Of the suspects, 21 were arrested": a whole named by its noun must count that noun.
  const noun = m.groups?.noun ?? (the && !/^\d/.test(the) ? the : undefined);
  const named = noun ? lex.countedThing([noun]) : [];
  // Not a count in brackets set against it: "4 012 ... were restricted (first half of 2024 – 2 731). Of these, ...".
  const all = counts(previous);
  const whole = all.filter((c) => asideAround(previous.text, c.span_start - c.quote_start, c.span_end - c.quote_start) === null).at(-1) ?? all.at(-1) ?? null;
  const wholeCounts = whole ? lex.metric(whole.metric)?.counts ?? [] : [];
  const fits = !named.length || wholeCounts.some((t) => named.includes(t));
  return { opening, whole: fits ? whole : null, previousText: previous.text, moneyWhole, openingText: m[0] };
}

/**
 * The metric of a part that its own clause gives none: the whole's, where the part counts what the whole
 * counts or names nothing of its own; else the metric a verb of the sentence before gives the thing the part
 * names ("identified 1,020 market participants. Of these, 480 were financial pyramids": pyramids uncovered).
 */
export function partMetric(figure: Figure, partition: Partition, lex: Lexicon, text: string): { metric: string; whole: Claim | null } | null {
  if (figure.start < partition.opening) return null;
  // "... worth around 11.2 million euros were seized. This is made up of 96.4 BTC, 512 ETH ...": a part of the sum is what
  // the sum was.
  if (figure.unitKind === 'money') return partition.moneyWhole ? { metric: partition.moneyWhole.metric, whole: partition.moneyWhole } : null;
  if (figure.unitKind !== 'count') return null;
  const candidates = candidateMetrics(figure, lex.metrics).map((c) => c.metric.id);
  const { whole } = partition;
  // "Of the exchangers shut down, 29 were in Almaty": what the opening says was done to the whole, for parts told only by
  // where they were ("Of those detained, 623 have been handed to their embassies" tells something else of them).
  // Things may be told by what they were too: "Of the websites taken down in the quarter, 402 were clones of authorised firms".
  const byPlaceOrKind = PLACE_PART.test(text.slice(figure.end, figure.end + 24))
    || (!figure.countedThings.includes('person') && /^\s+(?:were|was|are)\s+\p{L}/u.test(text.slice(figure.end, figure.end + 16)));
  const named = !byPlaceOrKind ? undefined : findTriggers(partition.openingText, lex).filter((t) => t.metrics.some((id) => candidates.includes(id))).at(-1);
  if (named) {
    const metric = named.metrics.find((id) => candidates.includes(id))!;
    return { metric, whole: whole?.metric === metric ? whole : null };
  }
  if (whole && (!figure.countedThings.length || candidates.includes(whole.metric))) return { metric: whole.metric, whole };
  if (!candidates.length) return null;
  const verbs = findTriggers(partition.previousText, lex).filter((t) => t.metrics.some((id) => candidates.includes(id)));
  const verb = verbs.at(-1);
  return verb ? { metric: verb.metrics.find((id) => candidates.includes(id))!, whole: null } : null;
}

/**
 * The metric of a sum that is part of one said before: the whole's, where that refines what the part's own verb says
 * ("collected Tk 540 crore from investors. Of the money, Tk 210 crore was converted into USDT": crime's money still, not
 * an exchange's turnover). An action on the part ("Of the money, Tk 50 crore was frozen") keeps its own metric.
 */
export function partOfSum(figure: Figure, partition: Partition | null, chosen: string, lex: Lexicon, text: string): string {
  const whole = partition?.moneyWhole;
  if (!whole || figure.unitKind !== 'money' || figure.start < partition.opening) return chosen;
  if (lex.metric(whole.metric)?.refines !== chosen) return chosen;
  // "12,6 million euros of this amount were returned to the victims": the part's own words say what it is.
  return wordsSay(lex.metric(chosen), text) ? chosen : whole.metric;
}
