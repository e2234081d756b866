import type { Claim } from '@reckon/schema';
import { moved, type PeriodValue } from './context-periods.js';
import type { Figure } from './figures.js';
import { clauseAround } from './metric.js';
import { isDayDone, type PeriodMention } from './periods.js';
import { gated } from './gate.js';

/** What a sentence's figures may take from the text around the sentence, asked for only when needed. */
export interface SentenceContext {
  /** The period the sentence takes from its paragraph, a list's heading or "over the same period". */
  fallback: () => PeriodValue | null;
  /** The period named last before the sentence. */
  lastNamed: () => PeriodValue | null;
  /** The period the text says its bracketed figures are of ("figures for 2024 in brackets"). */
  bracketsPeriod?: () => PeriodValue | null;
  /** The sentence before, which "their turnover" or "such platforms" refers back to. */
  previousText?: string;
}

/** "a year earlier", "the year before": said of a figure compared with another, that figure's period a year back. */
const YEAR_EARLIER = gated(/^[^;:]{0,40}?\b(a\s+year\s+(?:earlier|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b/i);

/** What opens a relative clause, and a passive that is the main clause's verb again after one. */
const RELATIVE = /\b(?:that|which|who|whose)\b/i;
const MAIN_PASSIVE = gated(/\b(?:were|was|have\s+been|has\s+been)\s+\p{Ll}+ed\b/u);
/** "By the verdict of the ... court of 19 June 2026": the day of a verdict. */
// "In its decision of 4 December 2025", "in a decision dated 5 March 2026", "by sentence no. 112 of 21.01.2026".
const VERDICT_OF = gated(/\b(?:verdict|ruling|sentence|decision|judge?ment)\s+(?:of\s+the\b[^.;,]{0,100}\bof|(?:no\.?\s*\d+\s+)?of|dated)\s+$/i);
/** "During the October 17 search": the day of an operation the sentence tells of. */
const OPERATION_DAY = gated(/\b(?:during|in|at)\s+(?:the|its|their)\s+$/i);
const OPERATION_AFTER = gated(/^\s*(?:search|searches|raid|raids|operation|sweep|crackdown|action\s+day)\b/i);
/** A bulletin's or timeline's line that opens on its date: "- 7 October 2025 — The Federal Court ordered ...". */
const DATED_LINE = /^(?:[-*\u2022]\s*)?$/u;
/** What a scheme did when it failed, right before the period that dates it: "stopped paying in August", "collapsed in 2023". */
const SCHEME_FAILED = gated(/\b(?:(?:stopped|ceased|halted|suspended)\s+(?:paying|payouts?|payments?|withdrawals?)|collapsed|went\s+(?:offline|dark|bust)|disappeared|vanished)\b[^,;.]{0,40}$/i);
/** A label in capitals that opens a sentence: a speaker in a transcript, a dateline. */
const LABEL_OPENING = /^(?:[-*\u2022]\s*)?\p{Lu}[\p{Lu}\s.'’-]{1,40}:\s+/u;
/** "As of 1 October": the day a count was taken on. */
const AS_OF = /\bas\s+(?:of|at)\s+$/i;

/** A verb right after a period, its clause running on to the figure: " detained 6 suspects, seized ". */
const VERBS_ON = /^\s+\p{Ll}{3,}ed\b[^.;:()]*$/u;
/** The figure's own verb, coordinated after the period's: ", seized 1 430", "and imposed an arrest on ". */
const NEXT_VERB = /(?:,|\band)\s+(?:also\s+)?\p{Ll}{3,}ed\b[^,;]*$/u;

const CLOSED_RELATIVE = gated(/,\s*(?:which|who|whose)\b[^,;]*$/i);
const PERIOD_RELATIVE = gated(/,\s*which\s+(?:ran|runs|ended|ends|began|begins|started|starts|covers|covered|lasted)\b[^,;]*$/i);

const BACKGROUND = gated(/\b(?:that|which|who)\s+(?:had|has|have)\b(?:\s+been)?\s+(?:[\p{L}-]+\s+){0,3}(?:[\p{L}-]+\s+)?$/u);

/** "the August 2023 raids": a period inside a noun phrase dates that noun, not the figures that follow it. */
// Not the operation a sentence opens on: "During the March 2024 searches, the FSB seized ..." dates what was done in them
// (but "All 10 people arrested in the August 2023 raids have now been convicted" is no conviction of August 2023).
const isAttributive = (text: string, p: PeriodMention) =>
  /\bthe\s+(?:\p{Lu}\p{Ll}+\.?\s+)?(?:19|20)\d\d$/u.test(text.slice(Math.max(0, p.start - 5), p.end))
  && /^\s+(?!alone\b|and\b|or\b|to\b)\p{Ll}/u.test(text.slice(p.end, p.end + 8))
  && !(/^\s*(?:(?:during|in|at)\s+the\s+)?$/i.test(text.slice(0, p.start)) && /^(?:during|in|at)\s+the\s/i.test(text.slice(0, p.end).trimStart())
    && OPERATION_AFTER.test(text.slice(p.end, p.end + 24)));

/** The clause of a running total after the count it adds: ", bringing the total to", ", taking to 11 the number of". */
const RUNNING_TOTAL_CLAUSE = gated(/,\s*(?:bringing|taking|raising)\s+(?:to\s+|the\s+|its\s+|their\s+)/i);

/** A running total's verb before its figure, and the words of its total: "taking the total for 2026 to ", "bringing its tally for the year to ". */
const RUNNING_TOTAL_LEAD = gated(/\b(?:bringing|taking|brings|takes|brought|took|raising|raises|raised)\s+(?:its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:total|tally|count)\b([^.;]{0,80}?)\bto\s+$/i);

/** A running total's words for the year's first months: "the nine-month total", "the total for the first nine months". */
const YEAR_SO_FAR = /\b(?:nine|six|three|eight|ten|eleven|seven|five|four)-month\b|\bfor\s+the\s+first\s+\S+\s+months\b/i;

/**
 * A running total counts up to the day it is told: "taking the total for 2026 to 88" on 3 August ends there, and "its
 * total for the year" is the year's to that day.
 */
function runningTotal(text: string, figure: Figure, published: string | null, period: PeriodValue, periods: readonly PeriodMention[]): PeriodValue {
  // Most figures follow no "to": the cheap test spares the pattern.
  if (!published || !text.slice(Math.max(0, figure.start - 4), figure.start).includes('to')) return period;
  const leadFrom = Math.max(0, figure.start - 140);
  const lead = RUNNING_TOTAL_LEAD.exec(text.slice(leadFrom, figure.start));
  if (!lead) return period;
  // "closed 63 exchangers in July-September 2026, bringing the nine-month total to 173": the year's, to the end of the
  // period of the count it adds.
  if (YEAR_SO_FAR.test(lead[0])) {
    const added = periods.filter((p) => p.end <= leadFrom + lead.index && p.kind === 'interval' && p.periodStart && p.periodEnd?.slice(0, 4) === published.slice(0, 4)).at(-1);
    if (added) return { start: `${published.slice(0, 4)}-01-01`, end: added.periodEnd, text: period.text };
  }
  if (/\bfor\s+the\s+year\b/i.test(lead[1]!)) return { start: `${published.slice(0, 4)}-01-01`, end: published, text: period.text };
  return period.end !== null && period.end > published && (period.start === null || period.start <= published) ? { ...period, end: published } : period;
}

/**
 * The period of a figure: the nearest expression in its own clause, else one that opens the sentence ("In
 * 2024, ..."), else the one its context gives, else none, which the codebook reads as cumulative up to the
 * publication date. A figure compared with another (`comparedTo`) reads "the same period last year" and "a
 * year earlier" against that figure's period.
 */
export function periodOf(
  text: string, figure: Figure, periods: readonly PeriodMention[], published: string | null, context: SentenceContext, comparedTo: Claim | null,
): PeriodValue {
  const period = runningTotal(text, figure, published, namedPeriod(text, figure, periods, published, context, comparedTo), periods);
  // "As of 1 October, the agency had blocked 1,830 sites since the beginning of the year": counted up to that day, not
  // to publication.
  const asOf = periods.find((p) => p.kind === 'date' && p.periodEnd !== null && AS_OF.test(text.slice(Math.max(0, p.start - 8), p.start)));
  if (!asOf || period.end !== published || (period.start !== null && period.start > asOf.periodEnd!)) return period;
  return { start: period.start, end: asOf.periodEnd, text: period.text ?? asOf.text };
}

/** An authority acting beside a period's words: "the court on 14 November sentenced", "arrested 14 people in September". */
const ACTION_NEAR = /\b(?:sentenc|convict|jail|imprison|arrest|detain|apprehend|captur|charg|indict|raid|seiz|froze|freez|expos|dismantl|bust|shut|closed|blocked|fined|impos|ordered|complet|launch|searched|nabbed|uncover)\p{L}*/iu;

/**
 * A crime's figure (`describesCrime`) in a sentence dated by an authority's action: the day or month the action took place
 * on does not date what the crime took ("On 14 November the court sentenced four men for laundering DKK 36 million"), nor
 * one the sentences before give it. Longer periods (a year, "between 2022 and 2024") still do.
 */
export function undatedByAction(text: string, period: PeriodValue, published: string | null): PeriodValue {
  if (!period.start || !period.end || Date.parse(period.end) - Date.parse(period.start) > 31 * 86_400_000) return period;
  const at = period.text ? text.indexOf(period.text) : -1;
  if (at >= 0 && !ACTION_NEAR.test(text.slice(Math.max(0, at - 60), at + period.text!.length + 60))) return period;
  return { start: null, end: published, text: null };
}

/** A period that is a relative clause of its own: "which began operating in July 2023". */
const opensRelative = (p: PeriodMention) => /^(?:which|that)\b/i.test(p.text);

/** A comparison's word and its "from", "than" or "compared with", up to the period it sets against: "up 6.8 per cent from ", "14% more than in ", "up from 3,960 in ", "down 25.9 per cent on ". */
const COMPARED_PERIOD_LEAD = /(?:(?:\b(?:up|down|rose|fell|increased|decreased|higher|lower)\b|per\s*cent|percent|%)[^,;.()]{0,30}?\b(?:from|than|compared\s+(?:with|to)|against)|(?:per\s*cent|percent|%)\s+on)\s+(?:[\d.,]+(?:\s+[\p{L}-]+){0,2}\s+)?(?:(?:in|during|for)\s+)?(?:the\s+same\s+period\s+(?:of|in)\s+)?$/iu;

/** A count's noun, then a relative clause or names between commas, then its own passive: "Two co-conspirators, who ..., were ". */
const SUBJECT_BEFORE_PASSIVE = gated(/^\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,(?:[^.;]|\.(?=\d|\s\p{Lu}\.?\s))*?,\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?\p{Ll}+ed\b/u);

function namedPeriod(
  text: string, figure: Figure, periods: readonly PeriodMention[], published: string | null, context: SentenceContext, comparedTo: Claim | null,
): PeriodValue {
  const compared = comparedTo?.period_start ? { start: comparedTo.period_start, end: comparedTo.period_end, text: comparedTo.period_text } : null;
  const earlier = compared && YEAR_EARLIER.exec(text.slice(figure.end, figure.end + 80));
  if (earlier) return { ...moved(compared, { sameBack: 1 }), text: earlier[1]! };
  // A date is a period only as the day something was done on: "on 24 June, 23 suspects were arrested", "by the verdict of
  // the court of 19 June".
  const onDay = (p: PeriodMention) => p.kind === 'date' && p.periodStart !== null
    && (isDayDone(text, p.start) || VERDICT_OF.test(text.slice(Math.max(0, p.start - 120), p.start))
      || (OPERATION_DAY.test(text.slice(Math.max(0, p.start - 24), p.start)) && OPERATION_AFTER.test(text.slice(p.end, p.end + 24)))
      || DATED_LINE.test(text.slice(0, p.start)) && /^\s*[\u2014\u2013:-]/u.test(text.slice(p.end, p.end + 3)));
  // "a scheme that stopped paying in August": the day a scheme failed dates its failure, none of the figures told with it
  // (but "users lost ₺512 million when the exchange halted withdrawals in November 2022": they lost it then).
  const failed = (p: PeriodMention) => {
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    return SCHEME_FAILED.test(before) && !/\bwhen\b/i.test(before);
  };
  // "blocked 37 more websites, bringing the number blocked since the start of the year to 614": a running total's clause
  // dates the total, and the period of the count it adds dates that count only.
  const total = RUNNING_TOTAL_CLAUSE.exec(text);
  const otherSide = (p: PeriodMention) => total !== null && (figure.end <= total.index ? p.start >= total.index : p.end <= total.index && p.start > 0);
  const usable = periods.filter((p) => (p.kind !== 'date' || onDay(p)) && !failed(p) && !otherSide(p));
  const [from, clauseEnd] = clauseAround(text, figure.start, figure.end);
  // "Two co-conspirators, who recruited money mules, were sentenced last month to ...": a subject's clause goes on past the
  // relative clause or names between it and its passive verb.
  const passive = figure.unitKind === 'count' ? SUBJECT_BEFORE_PASSIVE.exec(text.slice(figure.end, figure.end + 300)) : null;
  const to = passive ? Math.max(clauseEnd, clauseAround(text, figure.end + passive[0].length, figure.end + passive[0].length)[1]) : clauseEnd;
  // "In August, a court sentenced the organiser of an exchanger that had served 4,000 clients": the relative clause
  // in the perfect tells what went before; the period dates the sentencing, not the clients.
  const background = (p: PeriodMention) => p.end <= figure.start && BACKGROUND.test(text.slice(p.end, figure.start));
  // "arrested four people over a scam that took R95 million between 2022 and 2025": a relative clause with a figure of its
  // own has its own period ("exposed 14 groups that cashed out money ... in the first half of 2026" has none). A passive
  // after the relative clause is the figure's own verb again: "2,914 cases in which ... were registered in 2025".
  const relative = (p: PeriodMention) => {
    if (p.start < figure.end) return false;
    const between = text.slice(figure.end, p.start);
    const at = between.search(RELATIVE);
    return at >= 0 && /\d/.test(between.slice(at)) && !MAIN_PASSIVE.test(between.slice(at));
  };
  // "The MST, which took over the portfolio in March 2025, said it blocked 3,960 websites in ...": a relative clause closed
  // before the figure dates its own verb.
  // Not one that says when a period or an operation ran ("Operation HAECHI-VI, which ran from August to November 2025,"),
  // unless it names only the day it ended ("In fiscal year 2026, which ended on September 30, ...").
  // Not one that is itself the period ("which began operating in July 2023, has now removed ...": since then).
  // Not one whose verbs go on to the figure's ("which in June 2025 detained 6 suspects, seized 1 430 mining devices").
  const closedRelative = (p: PeriodMention) => p.end <= figure.start && !opensRelative(p) && CLOSED_RELATIVE.test(text.slice(0, p.start))
    && /^[^,;]*,/.test(text.slice(p.end, figure.start)) && (p.kind === 'date' || !PERIOD_RELATIVE.test(text.slice(0, p.start)))
    && !(VERBS_ON.test(text.slice(p.end, figure.start)) && NEXT_VERB.test(text.slice(p.end, figure.start)));
  // "recorded 44,109 cases in 2025, up 6.8 per cent from 2024, with losses of HK$9.1 billion": the period a comparison sets
  // against dates only the figure compared, or one inside the comparison ("up from 3,960 in 2024").
  const comparisonOnly = (p: PeriodMention) => {
    if (comparedTo) return false;
    const lead = text.slice(Math.max(0, p.start - 80), p.start);
    const m = COMPARED_PERIOD_LEAD.exec(lead);
    // "22% more than in the first half of 2024, when 856 people were detained": its "when" clause is the comparison's too.
    const inWhen = figure.start >= p.end && /^,?\s+when\b[^.;]*$/.test(text.slice(p.end, figure.start));
    return m !== null && !inWhen && !(figure.start >= p.start - lead.length + m.index && figure.end <= p.end);
  };
  const inClauseAll = usable.filter((p) => p.start >= from && p.end <= to && !(isAttributive(text, p) && p.end <= figure.start) && !background(p)
    && !inAsideWithout(text, p, figure) && !relative(p) && !closedRelative(p) && !comparisonOnly(p));
  // "arrested nine suspects on April 9 and 10 over an app that took KSh 1.2 billion between May 2024 and January 2026": a
  // figure in a relative clause takes the clause's own period before the main clause's.
  const outsideRelative = (p: PeriodMention) => {
    if (p.end > figure.start) return false;
    const between = text.slice(p.end, figure.start);
    const at = between.search(RELATIVE);
    // "sentenced five defendants who ran an app to three years": the main clause's verb goes on after the relative clause.
    return at >= 0 && between.length - at <= 60 && !/[,;]|\bto\s+$/.test(between.slice(at));
  };
  const inClause = inClauseAll.some((p) => !outsideRelative(p)) ? inClauseAll.filter((p) => !outsideRelative(p)) : inClauseAll;
  const distance = (p: PeriodMention) => (p.end <= figure.start ? figure.start - p.end : p.start - figure.end);
  // "ZHUNUSOV: Last year, ...", "ASTANA: In 2025, ...": a speaker's or dateline's label is no clause of its own.
  const opening = LABEL_OPENING.exec(text)?.[0].length ?? 0;
  const [, openingEnd] = clauseAround(text, opening, opening);
  // A number of a series or a comparison names its own period after it: "26 in 2023 and 11 more in the first half of 2024".
  const after = comparedTo ? inClause.filter((p) => p.start >= figure.end) : [];
  // "158 (2024: 41)": a figure in brackets takes the period its brackets name.
  // "a decrease compared with 2024 (131.391 cases)": a figure in brackets right after a period is that period's.
  const bracket = asideAround(text, figure.start, figure.end);
  const inside = usable.filter((p) => inSameAside(text, p, figure));
  const aside = inside.length || !bracket ? inside : usable.filter((p) => p.end <= bracket[0] && /^\s*$/.test(text.slice(p.end, bracket[0])));
  // "- first quarter: 4 870", "Arrests in 2024: 1,204": a label's period is its value's, before the one the sentence opens on.
  const label = text[from - 1] === ':' && !text.slice(from, figure.start).trim() ? clauseAround(text, from - 1, from - 1) : null;
  const labelled = label ? usable.filter((p) => p.start >= label[0] && p.end <= label[1]).at(-1) : undefined;
  // "ASIC's takedown service, which began operating in July 2023, has now removed ...": the subject's start, for its verb.
  const sinceStart = usable.find((p) => p.end <= figure.start && p.kind === 'interval' && opensRelative(p));
  const chosen = (aside.length ? aside : after.length ? after : inClause).sort((a, b) => distance(a) - distance(b))[0] ?? labelled ?? sinceStart
    ?? usable.find((p) => p.end <= openingEnd && figure.start >= openingEnd && !background(p) && !inAsideWithout(text, p, figure));
  const bracketed = comparedTo && asideAround(text, figure.start, figure.end) ? context.bracketsPeriod?.() : null;
  if (!chosen) return bracketed ?? context.fallback() ?? { start: null, end: published, text: null };
  if (chosen.kind !== 'same') return { start: chosen.periodStart, end: chosen.periodEnd, text: chosen.text };
  // "the same period of 2024": the period it is the same as is the compared figure's, else the last one named before it.
  const before = [...usable].reverse().find((p) => p.end <= chosen.start && p.kind === 'interval');
  const base = compared ?? (before ? { start: before.periodStart, end: before.periodEnd, text: before.text } : context.lastNamed());
  if (!base?.start || !base.end) return { start: null, end: published, text: null };
  return { ...moved(base, chosen), text: chosen.text };
}

/** The brackets around offsets `start`..`end`, as the offsets of "(" and ")", or null. */
export function asideAround(text: string, start: number, end: number): [number, number] | null {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || text.lastIndexOf(')', start) > open) return null;
  const close = text.indexOf(')', end);
  return close >= 0 && text.lastIndexOf('(', close) === open ? [open, close] : null;
}

/** "closed: 158 (2024: 41)": a period in brackets the figure stands outside of is the bracket's, not the figure's. */
function inAsideWithout(text: string, p: PeriodMention, figure: Figure): boolean {
  const aside = asideAround(text, p.start, p.end);
  return aside !== null && !(figure.start > aside[0] && figure.end <= aside[1]);
}

function inSameAside(text: string, p: PeriodMention, figure: Figure): boolean {
  const aside = asideAround(text, figure.start, figure.end);
  return aside !== null && p.start > aside[0] && p.end <= aside[1];
}

/**
 * The periods a figure that is set against none may take: not those after a later figure set against it ("KRW 2.14
 * trillion, up 18.6% from KRW 1.80 trillion in the same period of last year" dates the 1.80 trillion only).
 */
export function ownPeriods(text: string, periods: readonly PeriodMention[], figures: readonly Figure[], i: number): readonly PeriodMention[] {
  // Not a figure in brackets right after another: a conversion ("862.1 billion won ($587 million)") or another year's ("161 (41)").
  const compared = figures.find((f, j) => j > i && f.comparedWith && !/\(\s*$/.test(text.slice(figures[j - 1]!.end, f.start)));
  return compared && !figures[i]!.comparedWith ? periods.filter((p) => p.start < compared.start) : periods;
}
