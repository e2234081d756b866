import { countOf, findPeriods, isDayDone, monthsSpanned, type Fiscal, type PeriodMention } from './periods.js';
import { isListItem, sameParagraph, type Sentence } from './sentences.js';
import { isHeading } from './sections.js';
import { gated } from './gate.js';

/** A claim's period: its dates and the words that gave them. */
export interface PeriodValue { start: string | null; end: string | null; text: string | null }

/** "Over the same period, ...": the period last named before, not "the same period last year" (a comparison's). */
/** A list's lead line that dates it only by reference: "Results of the Department's work for the month:". */
const RELATIVE_LEAD = gated(/\bfor\s+the\s+(?:month|week|quarter|period|half[- ]year|year)\b/i);
const SAME_PERIOD = gated(/\b(?:over|during|in|for|within)\s+(?:(?:the\s+same|the\s+reporting|the|that|this)\s+period|the\s+reporting\s+year|the\s+same\s+year|(?<=\b(?:during|over)\s+)the\s+year\b(?!\s+(?:before|earlier|ago|to|ending|ended)\b)|(?<=\b(?:during|over|in)\s+)the\s+(?:\p{L}+\s+)?(?:crackdown|campaign)\b|the\s+(?:same\s+)?(?:[\w-]+\s+)?(?:months|weeks)|the\s+(?:same\s+)?(?:quarter|half[-\s]year|semester)|the\s+(?:fiscal|financial)\s+year)\b(?!\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior|a)\s+year)(?!\s+(?:of|from|between|in)\s)/iu);
/** "In the reporting period, ...": the period the report is of, which it names first ("results for January–October 2025"). */
const REPORTING_PERIOD = gated(/\b(?:in|during|over|for)\s+the\s+reporting\s+period\b/i);
/** "Since its launch in October 2020, ...": the age of the thing described, not a reporting period for what follows. */
const SINCE_EVENT = gated(/^since\s+(?!the\s+(?:beginning|start)\b)(?:[\p{L}'’-]+\s+){1,6}?(?:in|on)\b/iu);
// "For comparison, in January–March 2025, 29 exchangers were closed": a year set against, however it opens.
/** What sets a figure against an earlier one, before the earlier one's period: "compared with 71 in", "up from 19 in". */
const COMPARISON_LEAD = gated(/\b(?:compar(?:ed|es|ing)\s+(?:with|to)|up\s+from|down\s+from|as\s+against|against|versus|than|as\s+(?:many|much)\s+as|(?:for|by|in)\s+comparison)\b[^;:]{0,40}$|\ba\s+year\s+(?:earlier|before)\b/i);
/**
 * An event a text dates and then refers back to: "During an action day on 24 June, ..." or "The action day took place
 * on 14 October", then "Results of the action day:". What was done at it was done on its day. Only an action day:
 * "during the searches" or "the operation" tells how, and coders leave such figures undated.
 */
const EVENT_BACK = gated(/\b(?:the|that|this)\s+(action\s+days?)\b/i);
/** How many sentences back the day of an action day is looked for: a text dates it near where it refers to it. */
const EVENT_REACH = 60;
/**
 * The past before the past, as the sentence's own verb: "The pyramid had attracted ...", "The exchange had about 850
 * clients" (not "had to", not backshifted speech "police said 74 operators had been arrested", not a relative clause).
 */
const BEFORE_THE_SCENE = gated(/^(?:(?!(?:said|says|that|which|who)\b)[\p{L}\p{N}'’.-]+\s+){1,5}had\s+(?!to\b)/iu);
/** "The same day, agents seized ...", "That day, police also arrested ...": the day the sentence before named. */
const SAME_DAY = gated(/\b(?:the\s+same\s+day|that\s+(?:same\s+)?day)\b/i);
/** A note on what a text's bracketed figures are: "(figures for 2024 in brackets)", "(in brackets – the same period of 2025)". */
const BRACKETS_NOTE = gated(/\bin\s+(?:brackets|parenthes[ie]s)\s*[:\u2013\u2014-]?\s*/i);
/** A list's lead line that ends on a period in brackets: "AFM results, January–September 2026 (January–September 2025):". */
const LEAD_BRACKET = /\(([^()]{4,60})\)\s*:\s*$/;
/** A fact sheet's line: a label, a colon, a value. */
const FACT_LINE = /^[^:.;]{2,100}:\s*[^:;]{1,80}$/u;
const NUMBERED_PART = /^\s*(?:panel|slide|part|section|chapter|card|table)\s+\d{1,2}\b/i;
/** Where a period opens its sentence, it sets the scene for what follows: "Last year was ...", "In 2024, ...". */
const OPENING = /^\s*(?:(?:in|during|over|for|throughout|across)\s+)?$/i;

/**
 * The period a sentence's figures take from the text around them when they name none themselves, as a reader
 * takes it: a paragraph that opens on a bounded period ("Last year was the busiest yet. It closed 41 exchangers."), "over
 * the same period" the period last named, a list the period of the line that introduces it ("Key figures for
 * 2024"), and the first paragraph under a short heading the period the heading names ("January–March figures").
 * Periods of other sentences are read only when asked for, and once.
 */
export class PeriodContext {
  private readonly periods = new Map<number, PeriodMention[]>();

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    private readonly published: string | null,
    private readonly fiscal: Fiscal,
  ) {}

  /** The period sentence `i` takes from its context, or null for none (cumulative to publication). */
  fallback(i: number): PeriodValue | null {
    return this.fromContext(i) ?? this.eventDay(i);
  }

  private fromContext(i: number): PeriodValue | null {
    const sentence = this.sentences[i]!.text;
    if (REPORTING_PERIOD.test(sentence)) return this.reportingPeriod(i);
    const same = SAME_PERIOD.exec(sentence);
    if (same) return this.lastNamedBefore(i, true, monthsNamed(same[0]));
    if (SAME_DAY.test(sentence)) return this.lastDayBefore(i);
    if (isListItem(this.text, this.sentences[i]!)) return this.listPeriod(i);
    // "In January, the court sentenced three organisers. The pyramid had attracted 41 billion soums": what went before
    // the scene takes no period from it.
    if (BEFORE_THE_SCENE.test(sentence)) return null;
    let j = i - 1;
    for (; j >= 0 && sameParagraph(this.text, this.sentences, j); j--) {
      const named = this.usable(j);
      if (!named.length) continue;
      // "PANEL 1 — POLICE (MPS), 2025" over its lines: a heading line of the paragraph dates the lines under it.
      const heading = isHeading(this.text, this.sentences, j) ? this.headingPeriod(j) : null;
      if (heading) return heading;
      // The latest sentence that names a period decides: it sets the scene only where it opens on it.
      const first = named[0]!;
      // Only a bounded period sets the scene: one running to publication ("since the start of the year") adds
      // nothing to the cumulative reading a figure gets without it.
      // Nor does a month or a day: it dates the opening sentence's event, not the paragraph ("In August, the AFM exposed a
      // network. Eight of its members were detained": coders leave the eight undated).
      const bounded = first.kind === 'interval' && first.periodEnd !== this.published && (monthsSpanned(first) ?? 0) > 1;
      return bounded && OPENING.test(this.sentences[j]!.text.slice(0, first.start)) && !SINCE_EVENT.test(first.text) ? valueOf(first) : null;
    }
    // "Suspects arrested: 305,000" under "Telecom and online fraud cases investigated: 268,000": a fact sheet's lines, one
    // per line, share the heading above the first.
    const factLine = (k: number) => FACT_LINE.test(this.sentences[k]!.text) && isHeading(this.text, this.sentences, k);
    if (factLine(i)) while (j >= 0 && j < i && factLine(j)) j--;
    return j >= 0 ? this.headingPeriod(j) : null;
  }

  /** The period a short sub-heading names, for the paragraph under it: "January–March figures", "Figures for 2025". */
  private headingPeriod(j: number): PeriodValue | null {
    if (!isHeading(this.text, this.sentences, j)) return null;
    const heading = this.sentences[j]!.text;
    const named = this.usable(j);
    if (!named.length || heading.split(/\s+/).length > 8) return null;
    // A headline with figures of its own ("AFM closes 131 exchangers in 2025") is no section heading.
    const rest = named.reduce((t, p) => t.slice(0, p.start) + ' '.repeat(p.end - p.start) + t.slice(p.end), heading);
    // A panel's or slide's own number is no figure: "PANEL 1 — POLICE (MPS), 2025".
    return /\d/.test(rest.replace(NUMBERED_PART, '')) ? null : valueOf(named[0]!);
  }

  /**
   * The period named last before sentence `i`, in any paragraph; `reported`: not one a comparison names ("compared
   * with 71 in the same period of last year"), which "over the same period" does not mean.
   */
  lastNamedBefore(i: number, reported = false, months: number | null = null): PeriodValue | null {
    let latest: PeriodValue | null = null;
    for (let j = i - 1; j >= 0; j--) {
      const text = this.sentences[j]!.text;
      // Nor one a bracket names for comparison: "(third quarter of 2023: 452 cases)", nor last year's in a sentence
      // told in the past before the past ("In January–September 2021, 41 pyramids had been stopped").
      if (reported && EARLIER_RESULT.test(text)) continue;
      // Nor the age of a thing: "the highest since the taskforce was established in 2012".
      const named = reported ? this.usable(j).filter((p) => !COMPARISON_LEAD.test(text.slice(Math.max(0, p.start - 60), p.start)) && !standsInBrackets(text, p) && !SINCE_EVENT.test(p.text)) : this.usable(j);
      if (!named.length) continue;
      // "In January–June 2025, DCEC exposed 19 pyramids. In the first half of 2024, 11 were exposed.": the same period a year
      // before one named earlier is set against it, not reported.
      const current = reported ? named.filter((p) => !this.yearAfterNamed(j, p)) : named;
      if (!current.length) continue;
      // "in the nine months": the last period of that length ("January–September"), over a day named since ("in August").
      latest ??= valueOf(current[current.length - 1]!);
      const fits = months === null ? current[current.length - 1] : current.findLast((p) => monthsSpanned(p) === months);
      if (fits) return valueOf(fits);
    }
    return latest;
  }

  /** The period a table's lead line names ("Results of the action day on 11 November 2025:"), or null. */
  leadPeriod(j: number): PeriodValue | null {
    const named = this.usable(j)[0];
    return named ? valueOf(named) : this.dayOf(j);
  }

  /**
   * The period a table's row or column label is, whole ("2022", "2021-22", "14 November 2024", "2024-25 (up to
   * 28.02.2025)" without its note), or null for a label that names something else ("Suspects arrested").
   */
  labelPeriod(label: string): PeriodValue | null {
    const bare = label.replace(/\s*\([^()]*\)/g, '').replace(/\*\*/g, '').trim();
    if (!bare || !/\d/.test(bare)) return null;
    // "2025 (January–March)": the months in brackets are of the year the label names.
    const within = /^((?:19|20)\d\d)\s*\(([^()]+)\)$/.exec(label.replace(/\*\*/g, '').trim());
    const part = within ? findPeriods(`${within[2]} ${within[1]}`, this.published, this.fiscal)[0] : undefined;
    if (part && part.start === 0 && part.end === within![2]!.length + 5 && part.kind === 'interval') return valueOf(part);
    const named = findPeriods(bare, this.published, this.fiscal)[0];
    if (!named || named.start !== 0 || named.end !== bare.length || !named.periodStart || !named.periodEnd) return null;
    // "2024-25 (up to 28.02.2025)": the period as far as the note says it is counted.
    const upTo = UP_TO_NOTE.exec(label);
    const until = upTo ? findPeriods(upTo[1]!, this.published, this.fiscal).find((p) => p.kind === 'date' && p.periodStart) : undefined;
    const end = until?.periodStart && until.periodStart >= named.periodStart && until.periodStart < named.periodEnd ? until.periodStart : named.periodEnd;
    return { start: named.periodStart, end, text: named.text };
  }

  /** The day sentence `j` says something was done on ("On 26 February, the court sentenced ..."), or null. */
  dayOf(j: number): PeriodValue | null {
    const text = this.sentences[j]!.text;
    const day = findPeriods(text, this.published, this.fiscal)
      .find((p) => (p.kind === 'date' || fewDays(p)) && p.periodStart !== null && (isDayDone(text, p.start) || VERDICT_OF_DAY.test(text.slice(Math.max(0, p.start - 40), p.start))));
    return day ? valueOf(day) : null;
  }

  /** The day of the event sentence `i` (or the line its list hangs from) refers back to, as the text dated it before. */
  /** "On October 22, 2024, FBI agents seized the domain. The same day, agents seized 311 bitcoin": the day named last. */
  private lastDayBefore(i: number): PeriodValue | null {
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const day = findPeriods(this.sentences[j]!.text, this.published, this.fiscal).findLast((p) => p.kind === 'date' && p.periodStart !== null);
      if (day) return valueOf(day);
    }
    return null;
  }

  private eventDay(i: number): PeriodValue | null {
    let j = i;
    while (j > 0 && isListItem(this.text, this.sentences[j]!) && !EVENT_BACK.test(this.sentences[j]!.text)) j--;
    const event = EVENT_BACK.exec(this.sentences[j]!.text)?.[1]!.toLowerCase().replace(/\s+/g, ' ');
    if (!event) return null;
    for (let k = j - 1; k >= 0 && j - k <= EVENT_REACH; k--) {
      if (!namesEvent(this.sentences[k]!.text, event)) continue;
      const day = this.dayOf(k);
      if (day) return day;
    }
    return null;
  }

  /** The first bounded period the text names before sentence `i`: what a report is of. */
  private reportingPeriod(i: number): PeriodValue | null {
    for (let j = 0; j < i; j++) {
      const bounded = this.usable(j).find((p) => p.kind === 'interval' && p.periodEnd !== this.published);
      if (bounded) return valueOf(bounded);
    }
    return null;
  }

  /** The period a text says its bracketed figures are of ("figures for 2024 in brackets"), named in sentence `i` or before it. */
  bracketsPeriod(i: number): PeriodValue | null {
    for (let j = i; j >= 0 && i - j < 12; j--) {
      const text = this.sentences[j]!.text;
      const note = BRACKETS_NOTE.exec(text);
      // "AFM results, January–September 2026 (January–September 2025):": a lead's own period, then its brackets'.
      const lead = note ? null : LEAD_BRACKET.exec(text);
      if (lead) {
        const all = findPeriods(text, this.published, this.fiscal);
        const inside = all.find((p) => p.start > lead.index && p.end < lead.index + lead[0].length);
        const base = all.find((p) => p.end <= lead.index && p.kind === 'interval');
        if (inside && base) return inside.kind === 'same' ? { ...moved(valueOf(base), inside), text: inside.text } : inside.periodStart ? valueOf(inside) : null;
      }
      if (!note) continue;
      const all = findPeriods(text, this.published, this.fiscal);
      // "2024 in brackets" names it before the note, "in brackets – the same period of 2025" after it.
      const after = note.index + note[0].length;
      const named = all.find((p) => p.start >= after && p.start - after <= 8) ?? all.findLast((p) => p.end <= note.index && note.index - p.end <= 24);
      if (!named) return null;
      if (named.kind !== 'same') return named.periodStart ? valueOf(named) : null;
      const base = all.find((p) => p.kind === 'interval');
      return base ? { ...moved(valueOf(base), named), text: named.text } : null;
    }
    return null;
  }

  /** The period of the line a list hangs from: the nearest sentence before it that is no list item and ends its line. */
  private listPeriod(i: number): PeriodValue | null {
    let j = i - 1;
    while (j >= 0 && isListItem(this.text, this.sentences[j]!)) j--;
    if (j < 0 || sameParagraph(this.text, this.sentences, j)) return null;
    const named = this.usable(j);
    if (named.length) return valueOf(named[0]!);
    // "On 16 June, the court sentenced:": the items of a ruling are that day's.
    const day = this.dayOf(j);
    if (day) return day;
    // "📊 Results of July 2026 | Akmola region": the lead line's parts before its last.
    for (let k = j - 1; k >= 0 && !this.text.slice(this.sentences[k]!.end, this.sentences[k + 1]!.start).includes('\n'); k--) {
      const onLine = this.usable(k);
      if (onLine.length) return valueOf(onLine[0]!);
    }
    // "📊 Results of April 2026 | Mangystau region" over "Results of the Department's work for the month:": the title
    // line above a lead that says "the month" dates the list.
    return RELATIVE_LEAD.test(this.sentences[j]!.text) ? this.titleAbove(j) : null;
  }

  /** The first period named on the short line above sentence `j`'s line, or null. */
  private titleAbove(j: number): PeriodValue | null {
    const lineStart = this.text.lastIndexOf('\n', this.sentences[j]!.start - 1);
    let k = j - 1;
    while (k >= 0 && this.sentences[k]!.end > lineStart) k--;
    if (k < 0) return null;
    const titleStart = this.text.lastIndexOf('\n', this.sentences[k]!.start - 1) + 1;
    if (this.sentences[k]!.end - titleStart > 80) return null;
    for (let t = k; t >= 0 && this.sentences[t]!.start >= titleStart; t--) {
      const named = this.usable(t);
      if (named.length) return valueOf(named[0]!);
    }
    return null;
  }

  /** Whether a sentence before `j`, or `p`'s own before it, names the period a year after `p`. */
  private yearAfterNamed(j: number, p: PeriodMention): boolean {
    if (!p.periodStart || !p.periodEnd) return false;
    const start = nextYear(p.periodStart);
    const end = nextYear(p.periodEnd);
    for (let k = j; k >= 0 && j - k < 6; k--) {
      // A year not yet over ("News › 2026 › February" over a story of 2025) reports nothing yet.
      if (this.usable(k).some((q) => (k < j || q.end <= p.start) && q.periodStart === start && q.periodEnd === end && (!this.published || end <= this.published))) return true;
    }
    return false;
  }

  private usable(j: number): PeriodMention[] {
    let found = this.periods.get(j);
    if (!found) {
      found = findPeriods(this.sentences[j]!.text, this.published, this.fiscal).filter((p) => p.kind === 'interval' || p.kind === 'cumulative');
      this.periods.set(j, found);
    }
    return found;
  }
}

/** A table label's note of the day its period is counted up to: "(up to 28.02.2025)", "(to 30 November 2025)". */
const UP_TO_NOTE = /\(\s*(?:up\s+to|to|until|as\s+(?:of|at))\s+([^()]+)\)/i;

/** "By the verdict of 16 June 2025, the court sentenced:": the day of a ruling. */
const VERDICT_OF_DAY = gated(/\b(?:verdict|ruling|judge?ment|decision)\s+(?:of\s+the\s+court\s+)?(?:of|dated)\s+$/i);

/** "on 16 and 17 September": days of an action, as a day is, not a reporting period. */
function fewDays(p: PeriodMention): boolean {
  return p.kind === 'interval' && p.periodStart !== null && p.periodEnd !== null && Date.parse(p.periodEnd) - Date.parse(p.periodStart) <= 6 * 86_400_000;
}

/** Whether `text` names `event` ("action day"), as a whole word, in any case and spacing. */
function namesEvent(text: string, event: string): boolean {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  for (let at = lower.indexOf(event); at >= 0; at = lower.indexOf(event, at + 1)) {
    if (!/[\p{L}]/u.test(lower[at - 1] ?? ' ') && !/[\p{L}]/u.test(lower[at + event.length] ?? ' ')) return true;
  }
  return false;
}

/** A period moved to another year, or years back: January–September 2025 "in the same period of 2024". */
export function moved(base: PeriodValue, to: { sameYear?: number; sameBack?: number }): PeriodValue {
  const years = to.sameYear !== undefined ? to.sameYear - Number(base.start!.slice(0, 4)) : -(to.sameBack ?? 0);
  const shift = (date: string) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`.replace(/-02-29$/, '-02-28');
  return { start: shift(base.start!), end: shift(base.end!), text: base.text };
}

/** A result of an earlier period, told in the past perfect and not as reported speech: "41 pyramids had been stopped". */
const EARLIER_RESULT = gated(/^(?:(?!\b(?:said|says|reported|stated|that|which|who)\b)[^;])*\bhad\s+been\s+\p{Ll}+(?:ed|en|t)\b/u);

/** How many months "the nine months", "the quarter" or "the half-year" spans, or null where the words give no length. */
function monthsNamed(words: string): number | null {
  const counted = /\b(\w+)\s+months\b/i.exec(words)?.[1];
  if (counted) return Number.isInteger(countOf(counted)) ? countOf(counted) : null;
  return /\bquarter\b/i.test(words) ? 3 : /\bhalf[-\s]year\b|\bsemester\b/i.test(words) ? 6 : /\byear\b/i.test(words) ? 12 : null;
}

/** Whether a period stands inside brackets in its sentence. */
function standsInBrackets(text: string, p: PeriodMention): boolean {
  const open = text.lastIndexOf('(', p.start);
  return open >= 0 && text.lastIndexOf(')', p.start) < open && text.indexOf(')', p.end) >= 0;
}

const valueOf = (p: PeriodMention): PeriodValue => ({ start: p.periodStart, end: p.periodEnd, text: p.text });

/** The same day a year later ("2024-02-29" has none: the day before). */
function nextYear(iso: string): string {
  const next = `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
  return next.endsWith('-02-29') ? next.replace(/29$/, '28') : next;
}
