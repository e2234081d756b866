import { gated } from './gate.js';
/** A period expression found in a sentence, resolved against the publication date. */
export interface PeriodMention {
  start: number;
  end: number;
  text: string;
  /**
   * 'interval' covers start..end; 'cumulative' runs up to `periodEnd` from an open start; 'date' is a point in time,
   * masked only; 'same' is another period moved to another year ("the same period of 2024", "... last year"):
   * `sameYear` or `sameBack` years back, resolved against the period it refers to.
   */
  kind: 'interval' | 'cumulative' | 'date' | 'same';
  periodStart: string | null;
  periodEnd: string | null;
  sameYear?: number;
  sameBack?: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
// "the 1930 helpline", "the 1930 and 1945 helplines": numbers to call, no years.
const YEAR = '((?:19|20)\\d\\d)(?!\\s+(?:and\\s+\\d{4}\\s+)?(?:helplines?|hotlines?|help\\s+lines?|toll-free))';
// "of the year" with no year after it ("of the year 2024" is that year's).
const LAST_YEAR = '(?:last|the\\s+previous|the\\s+prior|the\\s+past)\\s+year\\b';
const THIS_YEAR = '(?:the|this|the\\s+current)\\s+year\\b(?!\\s+(?:of\\s+)?(?:19|20)\\d\\d)';
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** A period, null for a date that is no period (masked all the same), or false where the match is no date at all. */
type Resolver = (m: RegExpExecArray, published: string | null, fiscal: Fiscal) => Omit<PeriodMention, 'start' | 'end' | 'text'> | null | false;

const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3)));
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
const pubYear = (p: string | null) => (p ? Number(p.slice(0, 4)) : null);
const interval = (periodStart: string, periodEnd: string) => ({ kind: 'interval' as const, periodStart, periodEnd });
const year = (y: number) => interval(`${y}-01-01`, `${y}-12-31`);
const clip = (end: string, published: string | null) => (published && end > published ? published : end);
/** The first or second half of a year. */
function halfOf(y: number, which: string) {
  return which.toLowerCase() === 'first' ? interval(`${y}-01-01`, `${y}-06-30`) : interval(`${y}-07-01`, `${y}-12-31`);
}
/** A period named without its year ("Q1", "the first half of the year"): the publication's year, ending at publication at the latest; last year's when it had not begun by then. */
function ofPublicationYear(published: string | null, period: (y: number) => { kind: 'interval'; periodStart: string; periodEnd: string }) {
  const y = pubYear(published);
  if (!y || !published) return null;
  const current = period(y);
  return current.periodStart > published ? period(y - 1) : { ...current, periodEnd: clip(current.periodEnd, published) };
}
const YEAR_BEFORE = gated(/\b(?:a\s+year\s+(?:earlier|before)|last\s+year|the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b/i);
/**
 * The first `n` months of the publication's year, or of the year before where it has not yet run that long; `justEnded`: only
 * where they are the months just ended ("In eight months, ..." in September), else none (false).
 */
function firstMonths(n: number, published: string | null, justEnded: boolean, yearBefore: boolean) {
  const y = pubYear(published);
  if (!y || !published || !(n >= 1 && n <= 11)) return false;
  const month = Number(published.slice(5, 7));
  if (justEnded && n !== month - 1) return false;
  // "A year earlier, the AFM closed 33 exchangers in the first ten months": the year before's.
  const year = (n < month ? y : y - 1) - (yearBefore ? 1 : 0);
  return interval(`${year}-01-01`, monthEnd(year, n));
}
/** A count of months or years, written ("nine") or in digits ("9"); NaN for another word. */
export const countOf = (w: string) => COUNT[w.toLowerCase()] ?? Number(w);

/** How many whole months a period spans, from the first of a month to the last of one; null otherwise. */
export function monthsSpanned(p: Pick<PeriodMention, 'periodStart' | 'periodEnd'>): number | null {
  if (!p.periodStart?.endsWith('-01') || !p.periodEnd) return null;
  const [y, m, d] = p.periodEnd.split('-').map(Number) as [number, number, number];
  if (d !== lastDay(y, m)) return null;
  return y * 12 + m - (Number(p.periodStart.slice(0, 4)) * 12 + Number(p.periodStart.slice(5, 7))) + 1;
}

// Cheap tests that a pattern can match at all, made in one pass: most sentences need only a few of the patterns below.
const GUARDS = ['(?:19|20)\\d\\d', 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec', 'fiscal|financial|FY', 'since|from', 'quarter', 'months',
  'half', 'H[12]', 'Q[1-4]', '\\d[-./]\\d', 'as\\s+(?:of|at)|to\\s+date|far|up\\s+to\\s+now|currently', 'year', 'past|last', 'this\\s+month'];
const GUARD_SCAN = new RegExp(GUARDS.map((g) => `(${g})`).join('|'), 'gi');
// The group number of each guard in GUARD_SCAN.
const [YR, MON, FISCAL, SINCE, QUARTER, NMONTHS, HALF, H, Q, SLASH, SOFAR, YEARW, PAST, THIS_MONTH] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] as const;

const SPAN_COUNT = '(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)';
// Not "over 14 months of 2024" or "the ten months to October", which name their period.
const SPAN_END = '(?!\\s+(?:of|to|ending|ended|through|until)\\b)';
const cumulative = (published: string | null) => (published ? { kind: 'cumulative' as const, periodStart: null, periodEnd: published } : null);

/** "it said this month", "the FBI said last month that ...", "the bureau said in its annual summary in January": the month dates the report, not the figures. */
const REPORTED = gated(/\b(?:said|says|reported|announced|stated|added|noted)\s+(?:(?:in|on)\s+(?:its|a|the|their)\s+(?:[\p{L}-]+\s+){1,3})?$/iu);
/** "its annual report, released last week", "told the Lok Sabha last week", "a hearing last week": the week dates a report. */
const RELEASED = gated(/\b(?:released|published|issued|presented|tabled|unveiled|shared|told|hearing|briefing|conference)\b[^.;]{0,40}$/iu);
const datesReport = (m: RegExpExecArray) => REPORTED.test(m.input.slice(Math.max(0, m.index - 48), m.index));

/** Ordered: longer, more specific expressions first; a later pattern never claims text an earlier one matched. */
/** "Q1 2026/27", "the first quarter of 2026/27", "H1 2025/26". */
const SPLIT_YEAR_PART = new RegExp(`\\b(?:(?:the\\s+)?(first|second|third|fourth)\\s+(half|quarter)\\s+of\\s+(?:the\\s+)?|(H[12]|Q[1-4])\\s+(?:of\\s+)?)(?:FY\\s?)?${YEAR}\\s*[/–-]\\s*(\\d{2}|(?:19|20)\\d\\d)\\b`, 'gi');
function splitYearPart(m: RegExpExecArray, _p: string | null, fiscal: Fiscal) {
  const short = m[3]?.toUpperCase();
  const months = short ? (short.startsWith('H') ? 6 : 3) : m[2]!.toLowerCase() === 'half' ? 6 : 3;
  const part = short ? Number(short.slice(1)) - 1 : ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase());
  const year = fullYear(m[4]!, m[5]!);
  if (part * months >= 12 || year !== Number(m[4]) + 1) return false;
  const start = shiftMonths(fiscalYear(year, fiscal.start).periodStart, part * months);
  const last = shiftMonths(start, months - 1);
  return interval(start, monthEnd(Number(last.slice(0, 4)), Number(last.slice(5, 7))));
}

const PATTERNS: Array<[number, RegExp, Resolver]> = [
  // "on 1 July last year": that day of the year before publication's.
  [MON, new RegExp(`(?<!\\bsince\\s+)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\s+(last|this)\\s+year\\b`, 'gi'),
    (m, p) => (pubYear(p) ? day(m[2]!, m[1]!, String(pubYear(p)! - (m[3]!.toLowerCase() === 'last' ? 1 : 0)), p) : null)],
  // "in the September 2024 quarter", "the December quarter": the quarter that ends in that month, as Australia and New
  // Zealand name them; with no year, the latest that ended by publication.
  [QUARTER, /(?<![-–]\s?)\b(march|june|september|december)\s+(?:((?:19|20)\d\d)\s+)?quarter\b(?:\s+of\s+((?:19|20)\d\d)\b)?/gi, (m, p) => {
    const q = (monthIndex(m[1]!) + 1) / 3;
    if (m[2] ?? m[3]) return quarter(Number(m[2] ?? m[3]), q);
    const y = pubYear(p);
    if (!y || !p) return null;
    const year = monthEnd(y, q * 3) <= p ? y : y - 1;
    return quarter(year, q);
  }],
  // "up from 19,870 in January-March last year", "in March of last year": months of the year before publication's (not
  // "since March last year", which runs to publication).
  [YEARW, new RegExp(`(?<!\\b(?:since|from|after|until|till|before|between|of)\\s+(?:early\\s+|late\\s+|mid-?)?)\\b${MONTH}(?:\\s*[-–]\\s*|\\s+(?:to|through)\\s+)${MONTH}\\s+(?:of\\s+)?(?:last|the\\s+previous|the\\s+prior)\\s+year\\b`, 'gi'),
    (m, p) => {
      const y = pubYear(p);
      const [a, b] = [monthIndex(m[1]!) + 1, monthIndex(m[2]!) + 1];
      return y && a <= b ? interval(`${y - 1}-${pad(a)}-01`, monthEnd(y - 1, b)) : null;
    }],
  // "from October last year to March": from that month of the year before to the month named after it, this year's.
  [YEARW, new RegExp(`\\b(?:from|between)\\s+${MONTH}\\s+(?:of\\s+)?last\\s+year\\s+(?:to|and|until|till|through)\\s+${MONTH}(?:\\s+(?:of\\s+)?this\\s+year)?\\b`, 'gi'),
    (m, p) => {
      const y = pubYear(p);
      return y ? monthRange(m[1]!, String(y - 1), m[2]!, String(y), p) : null;
    }],
  // Not the end of a range: "from March to October last year".
  [YEARW, new RegExp(`(?<!\\b(?:since|from|after|until|till|before|between|of|to|through|and)\\s+(?:early\\s+|late\\s+|mid-?)?)\\b(?:in\\s+)?${MONTH}\\s+(?:of\\s+)?(?:last|the\\s+previous|the\\s+prior)\\s+year\\b`, 'gi'),
    (m, p) => {
      const y = pubYear(p);
      const a = monthIndex(m[1]!) + 1;
      return y ? interval(`${y - 1}-${pad(a)}-01`, monthEnd(y - 1, a)) : null;
    }],
  // "So far in 2025", "so far in the 2024–25 fiscal year", "So far in fiscal 2024": that year up to publication.
  [YR, new RegExp(`\\bso\\s+far\\s+in\\s+(?:the\\s+)?(?:(fiscal|financial)\\s+(?:year\\s+)?)?${YEAR}(?:\\s*[-/–]\\s*(\\d{2,4}))?(?:\\s+(fiscal|financial)\\s+year\\b)?`, 'gi'),
    (m, p, fiscal) => {
      const fiscalNamed = Boolean(m[1] || m[4]) || (m[3] !== undefined && fiscal.start > 1);
      const last = m[3] !== undefined ? fullYear(m[2]!, m[3]) : Number(m[2]);
      if (m[3] !== undefined && last !== Number(m[2]) + 1) return false;
      const whole = fiscalNamed ? (m[3] !== undefined ? fiscalYear(last, fiscal.start) : namedYear(last, fiscal)) : interval(`${m[2]}-01-01`, `${last}-12-31`);
      return { ...whole, periodEnd: clip(whole.periodEnd, p) };
    }],
  // "the same period of 2024", "A year earlier, ...": another period moved in time (see PeriodMention).
  // "the same eight-month period last year": a period of so many months, moved too.
  [YR, /\b(?:the\s+)?same\s+(?:(?:[\w-]+-month\s+)?period|quarter|half|(?:[\w-]+\s+)?(?:months|weeks))\s+(?:of|in)\s+((?:19|20)\d\d)\b/gi, (m) => ({ kind: 'same', periodStart: null, periodEnd: null, sameYear: Number(m[1]) })],
  // "the same quarter last year", "the same four months last year".
  [YEARW, /\b(?:the\s+)?same\s+(?:(?:[\w-]+-month\s+)?period|quarter|half|month|(?:[\w-]+\s+)?(?:months|weeks))\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior|a)\s+year(?:\s+(?:earlier|before))?\b|^a\s+year\s+(?:earlier|before)\b/gi,
    () => ({ kind: 'same', periodStart: null, periodEnd: null, sameBack: 1 })],
  // "Since the start of fiscal year 2025-26 on July 1, 2025": the day the text gives, to publication.
  [SINCE, new RegExp(`\\bsince\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:the\\s+|its\\s+)?(?:(?:fiscal|financial)\\s+year|FY)(?:\\s+\\d{4}(?:\\s*[-/–]\\s*\\d{2,4})?)?,?\\s+on\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)\\s+${YEAR}`, 'gi'),
    (m, p) => {
      const from = day(m[2] ?? m[3]!, m[1] ?? m[4]!, m[5], p);
      return p && from.periodStart ? interval(from.periodStart, p) : null;
    }],
  // "Since 2022-23, ED has arrested 21 persons", "since the start of fiscal year 2025-26": from the start of that split year to
  // publication.
  [SINCE, new RegExp(`\\bsince\\s+(?:the\\s+(?:start|beginning)\\s+of\\s+)?(?:FY\\s?|(?:fiscal|financial)\\s+year\\s+)?${YEAR}\\s*[-–/]\\s*(\\d{2})\\b(?![-–/.]?\\d)`, 'gi'), (m, p, fiscal) =>
    (Number(m[2]) !== (Number(m[1]) + 1) % 100 ? false : p ? interval(fiscal.start > 1 ? fiscalYear(fullYear(m[1]!, m[2]!), fiscal.start).periodStart : `${m[1]}-01-01`, p) : null)],
  // "against 583 in the previous fiscal year": the fiscal year before the one just named.
  [FISCAL, /\b(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal|financial)\s+year\b/gi, () => ({ kind: 'same', periodStart: null, periodEnd: null, sameBack: 1 })],
  // "the first ten months of fiscal 2024": from the start of that fiscal year.
  [FISCAL, new RegExp(`\\b(?:the\\s+)?first\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+of\\s+(?:the\\s+)?(?:fiscal|financial)\\s+(?:year\\s+)?${YEAR}(?!\\s*[-/–]\\s*\\d)`, 'gi'),
    (m, _p, fiscal) => {
      const start = namedYear(Number(m[2]), fiscal).periodStart;
      const last = Number(start.slice(5, 7)) + countOf(m[1]!) - 1;
      return interval(start, monthEnd(Number(start.slice(0, 4)) + Math.floor((last - 1) / 12), ((last - 1) % 12) + 1));
    }],
  // "the first half of the 2024/25 financial year", "the first five months of its 2026/27 financial year": a part of it.
  // "the first nine months of the fiscal year 2025/2026": the same, the year named after its words.
  [FISCAL, new RegExp(`\\b(?:the\\s+)?(?:(first|second)\\s+half|(first|second|third|fourth)\\s+quarter|first\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months)\\s+of\\s+(?:(?:the|its|their)\\s+)?(?:${YEAR}\\s*[-/–]\\s*(\\d{2,4})\\s+(?:fiscal|financial)\\s+year|(?:fiscal|financial)\\s+year\\s+${YEAR}\\s*[-/–]\\s*(\\d{2,4}))\\b`, 'gi'),
    (m, _p, fiscal) => {
      const [offset, months] = m[1] ? [m[1].toLowerCase() === 'first' ? 0 : 6, 6]
        : m[2] ? [['first', 'second', 'third', 'fourth'].indexOf(m[2].toLowerCase()) * 3, 3] : [0, countOf(m[3]!)];
      if (!(months >= 1 && months <= 11)) return false;
      const start = shiftMonths(fiscalYear(fullYear(m[4] ?? m[6]!, m[5] ?? m[7]!), fiscal.start).periodStart, offset);
      const last = shiftMonths(start, months - 1);
      return interval(start, monthEnd(Number(last.slice(0, 4)), Number(last.slice(5, 7))));
    }],
  // "Q1 2026/27", "the first quarter of 2026/27", "H1 2025/26": a part of the fiscal year a split year names, tried only where
  // the words or codes of a part show.
  ...[QUARTER, HALF, Q, H].map((guard): [number, RegExp, Resolver] => [guard, SPLIT_YEAR_PART, splitYearPart]),
  // "In the 2023 to 2024 financial year": the fiscal year that ends in the second.
  [FISCAL, new RegExp(`\\b${YEAR}\\s+to\\s+${YEAR}\\s+(?:fiscal|financial)\\s+year\\b`, 'gi'),
    (m, _p, fiscal) => (Number(m[2]) === Number(m[1]) + 1 ? fiscalYear(Number(m[2]), fiscal.start) : false)],
  // "the first half of fiscal 2025" (October to March in Thailand), "the third quarter of the 2024 financial year": a part of that fiscal year.
  // "H1 FY2026", "Q3 FY2025", "the first half of FY2026": the same, abbreviated.
  [FISCAL, new RegExp(`\\b(?:(?:the\\s+)?(first|second|third|fourth)\\s+(half|quarter)\\s+of\\s+(?:the\\s+)?|(H[12]|Q[1-4])\\s+(?:of\\s+)?)(?:(?:fiscal|financial)\\s+(?:year\\s+)?${YEAR}|${YEAR}\\s+(?:fiscal|financial)\\s+year|FY\\s?${YEAR})(?!\\s*[-/–]\\s*\\d)`, 'gi'),
    (m, _p, fiscal) => {
      const short = m[3]?.toUpperCase();
      const months = short ? (short.startsWith('H') ? 6 : 3) : m[2]!.toLowerCase() === 'half' ? 6 : 3;
      const part = short ? Number(short.slice(1)) - 1 : ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase());
      if (part * months >= 12) return null;
      const start = shiftMonths(namedYear(Number(m[4] ?? m[5] ?? m[6]), fiscal).periodStart, part * months);
      const last = shiftMonths(start, months - 1);
      return interval(start, monthEnd(Number(last.slice(0, 4)), Number(last.slice(5, 7))));
    }],
  // "Since fiscal year 2022, the CFTC has filed ...": from the start of that fiscal year to publication.
  [FISCAL, new RegExp(`\\bsince\\s+(?:the\\s+)?(?:(?:fiscal|financial)\\s+(?:year\\s+)?|FY\\s?)${YEAR}\\b(?!\\s*[-/–]\\s*\\d)`, 'gi'),
    (m, p, fiscal) => (p ? interval(namedYear(Number(m[1]), fiscal).periodStart, p) : null)],
  // Fiscal years are named by the year they end in: US "fiscal year 2024" ran October 2023 to September 2024.
  [FISCAL, new RegExp(`\\b(?:fiscal|financial)\\s+(?:year\\s+)?(?:of\\s+)?${YEAR}(?:\\s*[-/–]\\s*(\\d{2,4}))?|\\bFY\\s?${YEAR}(?:\\s*[-/–]\\s*(\\d{2,4}))?|\\bFY\\s?(\\d\\d)\\b`, 'gi'),
    (m, _p, fiscal) => (m[2] ?? m[4] ? fiscalYear(fullYear(m[1] ?? m[3]!, m[2] ?? m[4]!), fiscal.start) : namedYear(Number(m[1] ?? m[3] ?? `20${m[5]}`), fiscal))],
  // "in its 2025 fiscal year", "the 2024 financial year": the fiscal year that ends in that year.
  [FISCAL, new RegExp(`\\b(?:the|its|their|this|that)\\s+${YEAR}\\s+(?:fiscal|financial)\\s+year\\b`, 'gi'), (m, _p, fiscal) => namedYear(Number(m[1]), fiscal)],
  // "the financial year ended June 30, 2026", "the year ending 31 March 2025", "the fiscal year ended March 2024": the
  // twelve months up to that day, or to the end of that month.
  [YEARW, new RegExp(`\\b(?:(?:fiscal|financial)\\s+)?year\\s+(?:ended|ending|to)\\s+(?:on\\s+)?(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH})\\s+${YEAR}`, 'gi'),
    (m) => {
      const month = monthIndex(m[1] ?? m[4] ?? m[5]!) + 1;
      return yearTo(Number(m[6]), month, Number(m[2] ?? m[3] ?? lastDay(Number(m[6]), month)));
    }],
  // "in the year to 30 June": the twelve months to that day, the latest before publication.
  [YEARW, new RegExp(`\\b(?:(?:fiscal|financial)\\s+)?year\\s+(?:ended|ending|to)\\s+(?:on\\s+)?(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH})\\b(?![,.]?\\s*\\d)`, 'gi'),
    (m, p) => {
      const month = monthIndex(m[1] ?? m[4]!) + 1;
      const last = lastMonthNamed(month, p, true);
      return last ? yearTo(Number(last.periodStart.slice(0, 4)), month, Number(m[2] ?? m[3])) : null;
    }],
  // "in the year to the end of March": the twelve months to the end of that month, the latest before publication.
  [YEARW, new RegExp(`\\b(?:(?:fiscal|financial)\\s+)?year\\s+(?:to|ending\\s+at|ended\\s+at)\\s+(?:the\\s+)?end\\s+of\\s+${MONTH}(?:\\s+${YEAR})?`, 'gi'),
    (m, p) => {
      const month = monthIndex(m[1]!) + 1;
      const y = m[2] ? Number(m[2]) : Number(lastMonthNamed(month, p, true)?.periodStart.slice(0, 4));
      return y ? yearTo(y, month, lastDay(y, month)) : null;
    }],
  // "in the fiscal year that ended in September": the twelve months to the end of that month, the latest before publication.
  [FISCAL, new RegExp(`\\b(?:the\\s+)?(?:fiscal|financial)\\s+year\\s+(?:that|which)\\s+ended\\s+(?:in\\s+|on\\s+)?${MONTH}(?:\\s+${YEAR})?`, 'gi'),
    (m, p) => {
      const month = monthIndex(m[1]!) + 1;
      const y = m[2] ? Number(m[2]) : Number(lastMonthNamed(month, p, true)?.periodStart.slice(0, 4));
      return y ? yearTo(y, month, lastDay(y, month)) : null;
    }],
  // "the 2024–25 fiscal year"; "so far this fiscal year" runs from the start of the current one to publication. The day it
  // ended, said after it ("..., which ended on 31 March 2026"), is part of the name, not a date of its own.
  [FISCAL, new RegExp(`\\b${YEAR}\\s*[-/–]\\s*(\\d{2,4})\\s+(?:fiscal|financial)\\s+year\\b(?:,?\\s+(?:which|that)\\s+end(?:ed|s)\\s+(?:on\\s+)?(?:\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2}),?\\s+(?:19|20)\\d\\d)?`, 'giu'),
    (m, _p, fiscal) => fiscalYear(fullYear(m[1]!, m[2]!), fiscal.start)],
  // "in 2024-25": a fiscal year where the fiscal year is not the calendar one, else both years.
  [YR, new RegExp(`(?:\\b(?:in|during|for)\\s+|^(?:[-*\\u2022]\\s*)?|\\((?=\\d{4}\\s*[-–/]\\s*\\d{2}\\s*:))${YEAR}\\s*[-–/]\\s*(\\d{2})\\b(?![-–/.]?\\d)|\\bof\\s+${YEAR}[-–/](\\d{2})\\b(?![-–/.]?\\d)`, 'gi'),
    // Only the next year ends one: "(in 2023 – 17 exchangers)" sets a count after a year. "the peak of 2014/15": written
    // close, after "of".
    (m, _p, fiscal) => {
      const [from, to] = [m[1] ?? m[3]!, m[2] ?? m[4]!];
      return Number(to) !== (Number(from) + 1) % 100 ? false
        : fiscal.start > 1 ? fiscalYear(fullYear(from, to), fiscal.start) : interval(`${from}-01-01`, `${fullYear(from, to)}-12-31`);
    }],
  [FISCAL, /\b(?:so\s+far\s+)?(?:this|the\s+current)\s+(?:fiscal|financial)\s+year\b/gi, (_m, p, fiscal) => (p ? currentFiscalYear(p, fiscal.start) : null)],
  // "since the fiscal year began on October 1", "since the start of the financial year": the current one, to publication.
  [FISCAL, /\bsince\s+the\s+(?:(?:start|beginning)\s+of\s+the\s+(?:fiscal|financial)\s+year\b|(?:fiscal|financial)\s+year\s+(?:began|started)(?:\s+on\s+(?:[a-z]+\s+\d{1,2}|\d{1,2}\s+[a-z]+))?)/gi,
    (_m, p, fiscal) => (p ? currentFiscalYear(p, fiscal.start) : null)],
  // "between 1 January and 30 June 2025", "from 3 to 14 March 2025", "(6 to 9 October)": the days between two dates.
  [MON, new RegExp(`(?:\\b(?:between|from)\\s+|(?<=\\()\\s*)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:${MONTH}\\s+)?(?:${YEAR}\\s+)?(?:and|to|until|till|through)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'gi'),
    dayRange],
  // "between November 30 and December 5", "from Aug 12 to 15", "on April 15 and 16": the days between two dates, month first
  // (not "on Sept. 12 to 15 years in prison").
  [MON, new RegExp(`\\b(?:between|from|on)\\s+${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?\\s*(?:and|to|until|till|through|[-–])\\s*(?:${MONTH}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR})?(?![,.]?\\d)(?!\\s*(?:years?|months?|weeks?|days?)\\b)`, 'gi'),
    (m, p) => dayRange(Object.assign([m[0], m[2], m[1], m[3], m[5], m[4] ?? m[1], m[6]], { index: m.index, input: m.input }) as unknown as RegExpExecArray, p)],
  // "on 16 and 17 September 2026", "16-17 September": two days of one month, as action days are told.
  [MON, new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|[-–])\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'gi'),
    (m, p) => dayRange(Object.assign([m[0], m[1], undefined, undefined, m[2], m[3], m[4]], { index: m.index, input: m.input }) as unknown as RegExpExecArray, p)],
  // "1 October 2024 – 31 March 2025", "1–15 March 2025" is too short a span to name a period's start: both days whole.
  [MON, new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+${YEAR})?\\s*[-–—]\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'gi'), dayRange],
  // "from January to July this year", "between March and May last year": the months of the year named after them.
  [MON, new RegExp(`\\b(?:between|from)\\s+${MONTH}\\s+(?:and|to|through|until|till)\\s+${MONTH}\\s+(this|last)\\s+year\\b`, 'gi'),
    (m, p) => {
      const y = p ? Number(p.slice(0, 4)) - (m[3]!.toLowerCase() === 'last' ? 1 : 0) : null;
      return y ? monthRange(m[1]!, String(y), m[2]!, String(y), p) : null;
    }],
  // "between March 2023 and June this year": from that month to the month of the year named after it.
  [MON, new RegExp(`\\b(?:between|from)\\s+${MONTH}\\s+${YEAR}\\s+(?:and|to|through|until|till)\\s+${MONTH}\\s+(this|last)\\s+year\\b`, 'gi'),
    (m, p) => {
      const y = pubYear(p);
      return y ? monthRange(m[1]!, m[2], m[3]!, String(y - (m[4]!.toLowerCase() === 'last' ? 1 : 0)), p) : null;
    }],
  // "From January 2024 to date, 287 illegal crypto exchangers have been closed": from then to publication.
  [SINCE, new RegExp(`\\bfrom\\s+(?:${MONTH}\\s+)?${YEAR}\\s+(?:to\\s+date|until\\s+now|to\\s+the\\s+present(?:\\s+day)?|till\\s+now|up\\s+to\\s+now)\\b`, 'gi'),
    (m, p) => (p ? interval(`${m[2]}-${pad(m[1] ? monthIndex(m[1]) + 1 : 1)}-01`, p) : null)],
  // "From February 2024 the exchanger processed ...": from that month to publication (not "up from March 2024's 56").
  [SINCE, new RegExp(`(?<!\\b(?:up|down|rose|fell|increased|decreased|grew|dropped|changed)\\s+)\\bfrom\\s+${MONTH}\\s+${YEAR}\\b(?!['’]s|\\s*(?:[-–—]|and\\b|to\\b|through\\b|until\\b|till\\b|onwards?\\b|levels?\\b))`, 'gi'),
    (m, p) => (p ? interval(`${m[2]}-${pad(monthIndex(m[1]!) + 1)}-01`, p) : null)],
  [MON, new RegExp(`\\b(?:between|from)\\s+${MONTH}(?:\\s+${YEAR})?\\s+(?:and|to|through|until|till)\\s+${MONTH}(?:\\s+${YEAR})?`, 'gi'),
    (m, p) => monthRange(m[1]!, m[2], m[3]!, m[4], p)],
  // "in January and February this year": two months running are one span; "in January and March" names two months.
  [MON, new RegExp(`\\b${MONTH}\\s+and\\s+${MONTH}(?:,?\\s+(?:${YEAR}|(this|last)\\s+year\\b))?`, 'gi'),
    (m, p) => {
      const [a = -1, b = -1] = [m[1]!, m[2]!].map((name) => MONTHS.findIndex((full) => full.startsWith(name.toLowerCase().slice(0, 3))));
      if (a < 0 || b !== a + 1) return false;
      const y = m[3] ?? (m[4] && p ? String(Number(p.slice(0, 4)) - (m[4].toLowerCase() === 'last' ? 1 : 0)) : undefined);
      return monthRange(m[1]!, y, m[2]!, y, p);
    }],
  // "In the period March 2022 – December 2024".
  [MON, new RegExp(`\\b${MONTH}\\s+${YEAR}\\s*(?:[-–—]|\\s(?:to|through|until|till)\\s)\\s*${MONTH}\\s+${YEAR}`, 'gi'), (m, p) => monthRange(m[1]!, m[2], m[3]!, m[4], p)],
  // "January to September, 2025": a comma may stand before the year.
  [MON, new RegExp(`\\b${MONTH}\\s*(?:[-–]|\\s(?:to|through|until)\\s)\\s*${MONTH}(?:,?\\s+${YEAR})?`, 'gi'), (m, p) => monthRange(m[1]!, undefined, m[2]!, m[3], p)],
  [MON, new RegExp(`\\b(?:the\\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+(?:to|through|ending|ended)\\s+(?:the\\s+end\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}(?:\\s+${YEAR})?`, 'gi'),
    (m, p) => {
      const end = monthRange(m[2]!, undefined, m[2]!, m[3], p);
      return end ? interval(shiftMonths(end.periodStart, 1 - countOf(m[1]!)), end.periodEnd) : null;
    }],
  // "since it started operating in August 2017", "since its launch in 2014", "since the regime came into force on 8 October
  // 2023", "since the Act took effect on July 20, 2024": from then to publication.
  [SINCE, new RegExp(`\\bsince\\s+(?:(?!(?:after|before|compared|while|whereas)\\b)[\\p{L}\\d'’,()-]+\\s+){1,12}?(?:in|on)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(?:${MONTH}\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?)?${YEAR}`, 'giu'),
    (m, p) => {
      const month = m[2] ? monthIndex(m[2]) + 1 : 1;
      const dayOfMonth = m[2] ? Number(m[1] ?? m[3] ?? 1) : 1;
      return p && dayOfMonth <= lastDay(Number(m[4]), month) ? interval(`${m[4]}-${pad(month)}-${pad(dayOfMonth)}`, p) : null;
    }],
  // "Since the IPL season began on March 28": the latest such day before publication, to publication.
  [SINCE, new RegExp(`\\bsince\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:began|started|opened|launched|commenced|kicked\\s+off|came\\s+into\\s+force|took\\s+effect)\\s+(?:in|on)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?)(?![\\p{L}\\p{N}])(?![.,]?\\s*\\d)`, 'giu'),
    (m, p) => {
      const from = day(m[2] ?? m[3]!, m[1] ?? m[4] ?? '1', undefined, p);
      return p && from.periodStart ? interval(from.periodStart, p) : null;
    }],
  // "ASIC's takedown service, which began operating in July 2023, has now removed ...": what a thing launched then has done since.
  [YR, new RegExp(`\\b(?:which|that)\\s+(?:was\\s+)?(?:began|started|launched|set\\s+up|established|created|came\\s+into\\s+force|took\\s+effect)(?:\\s+(?:operating|operations|work))?\\s+in\\s+(?:${MONTH}\\s+)?${YEAR}(?=\\s*,[^,.;]{0,40}?\\b(?:has|have)\\s+(?:now\\s+|so\\s+far\\s+|since\\s+)?\\p{Ll}+(?:ed|en|t)\\b)`, 'giu'),
    (m, p) => (p ? interval(`${m[2]}-${pad(m[1] ? monthIndex(m[1]) + 1 : 1)}-01`, p) : null)],
  [QUARTER, new RegExp(`\\b(?:the\\s+)?first\\s+(two|three|2|3)\\s+quarters\\s+of\\s+(?:the\\s+year\\s+)?${YEAR}`, 'gi'),
    (m) => interval(`${m[2]}-01-01`, monthEnd(Number(m[2]), countOf(m[1]!) * 3))],
  // "the last three months of 2025", "the final six months of 2024": a year's closing months.
  [NMONTHS, new RegExp(`\\b(?:the\\s+)?(?:last|final|closing)\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+of\\s+(?:the\\s+year\\s+)?${YEAR}`, 'gi'),
    (m) => (countOf(m[1]!) < 12 ? interval(`${m[2]}-${pad(13 - countOf(m[1]!))}-01`, `${m[2]}-12-31`) : null)],
  [NMONTHS, new RegExp(`\\b(?:the\\s+)?(?:first\\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+of\\s+(?:the\\s+year\\s+)?${YEAR}`, 'gi'),
    (m) => interval(`${m[2]}-01-01`, monthEnd(Number(m[2]), countOf(m[1]!)))],
  // "the first nine months of the year", "the first half of this year": the publication's year, to publication at most.
  [QUARTER, new RegExp(`\\b(?:the\\s+)?first\\s+(two|three|2|3)\\s+quarters\\s+of\\s+${THIS_YEAR}`, 'gi'),
    (m, p) => ofPublicationYear(p, (y) => interval(`${y}-01-01`, monthEnd(y, countOf(m[1]!) * 3)))],
  [NMONTHS, new RegExp(`\\b(?:the\\s+)?(?:first\\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+of\\s+${THIS_YEAR}`, 'gi'),
    (m, p) => ofPublicationYear(p, (y) => interval(`${y}-01-01`, monthEnd(y, countOf(m[1]!))))],
  // "In the first eight months, ...", and in a report published in September "In eight months, ...": the year's first months,
  // last year's where the publication's year has not run that long.
  [NMONTHS, /\b(?:the\s+)?first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\b(?!\s+(?:of|to|through|ending|ended|since|after|before|in|from)\b)/gi,
    (m, p) => firstMonths(countOf(m[1]!), p, false, YEAR_BEFORE.test(m.input!.slice(0, m.index)))],
  [NMONTHS, /(?<=^|[.;:]\s{1,3})(?:In|During)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months(?=,)/g,
    (m, p) => firstMonths(countOf(m[1]!), p, true, false)],
  // "Other results of seven months:", "... was restricted over nine months." in an October report: the months just ended.
  [NMONTHS, /\b(?:results\s+(?:of|for)|over)\s+(?:the\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months(?=\s*[:.;])/gi,
    (m, p) => firstMonths(countOf(m[1]!), p, true, false)],
  [HALF, new RegExp(`\\b(?:the\\s+)?(first|second)\\s+half\\s+of\\s+${THIS_YEAR}`, 'gi'),
    (m, p) => ofPublicationYear(p, (y) => halfOf(y, m[1]!))],
  // "the first half of last year", "the third quarter of the previous year", "the first nine months of last year": parts of
  // the year before publication's (the bare "last year" below would take the year whole).
  [YEARW, new RegExp(`\\b(?:the\\s+)?(first|second)\\s+(?:half|semester)\\s+of\\s+${LAST_YEAR}`, 'gi'),
    (m, p) => (pubYear(p) ? halfOf(pubYear(p)! - 1, m[1]!) : null)],
  [YEARW, new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last)\\s+quarter\\s+of\\s+${LAST_YEAR}`, 'gi'),
    (m, p) => (pubYear(p) ? quarter(pubYear(p)! - 1, ORD[m[1]!.toLowerCase()]!) : null)],
  [YEARW, new RegExp(`\\b(?:the\\s+)?first\\s+(two|three|2|3)\\s+quarters\\s+of\\s+${LAST_YEAR}`, 'gi'),
    (m, p) => (pubYear(p) ? interval(`${pubYear(p)! - 1}-01-01`, monthEnd(pubYear(p)! - 1, countOf(m[1]!) * 3)) : null)],
  [YEARW, new RegExp(`\\b(?:the\\s+)?(?:first\\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+of\\s+${LAST_YEAR}`, 'gi'),
    (m, p) => (pubYear(p) ? interval(`${pubYear(p)! - 1}-01-01`, monthEnd(pubYear(p)! - 1, countOf(m[1]!))) : null)],
  // "the first semester of 2025": Latin America's and Indonesia's half-year.
  [YR, new RegExp(`\\b(?:the\\s+)?(first|second)\\s+semester\\s+(?:of\\s+)?(?:the\\s+year\\s+)?${YEAR}`, 'gi'), (m) => halfOf(Number(m[2]), m[1]!)],
  [QUARTER, new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+of\\s+${THIS_YEAR}`, 'gi'),
    (m, p) => ofPublicationYear(p, (y) => quarter(y, ORD[m[1]!.toLowerCase()]!))],
  [HALF, new RegExp(`\\b(?:the\\s+)?(first|second)\\s+half\\s+of\\s+(?:the\\s+year\\s+)?${YEAR}`, 'gi'),
    (m) => halfOf(Number(m[2]), m[1]!)],
  [HALF, /\b(?:the\s+)?(first|second)\s+half\b(?!\s+of)/gi,
    (m, p) => ofPublicationYear(p, (y) => halfOf(y, m[1]!))],
  [H, new RegExp(`\\bH([12])\\s+${YEAR}`, 'gu'), (m) => halfOf(Number(m[2]), m[1] === '1' ? 'first' : 'second')],
  [QUARTER, new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+quarter\\s+(?:of\\s+)?(?:the\\s+year\\s+)?${YEAR}`, 'gi'),
    (m) => quarter(Number(m[2]), ORD[m[1]!.toLowerCase()]!)],
  [Q, new RegExp(`\\bQ([1-4])\\s*(?:of\\s+)?${YEAR}`, 'gu'), (m) => quarter(Number(m[2]), Number(m[1]))],
  [Q, new RegExp(`\\b${YEAR}\\s*Q([1-4])\\b`, 'gu'), (m) => quarter(Number(m[1]), Number(m[2]))],
  [Q, /\bQ([1-4])\b(?!\s*(?:of\s+)?(?:19|20)\d\d)/gu, (m, p) => ofPublicationYear(p, (y) => quarter(y, Number(m[1])))],
  // Australia's and New Zealand's quarters by the month they end: "the September quarter", "the June quarter of 2025".
  [QUARTER, new RegExp(`\\b(?:the\\s+)?(March|June|September|December)[- ]quarter\\b(?:\\s+(?:of\\s+)?${YEAR})?`, 'g'),
    (m, p) => {
      const q = ['March', 'June', 'September', 'December'].indexOf(m[1]!) + 1;
      if (m[2]) return quarter(Number(m[2]), q);
      if (!p) return null;
      const y = Number(p.slice(0, 4));
      return quarter(q * 3 <= Number(p.slice(5, 7)) ? y : y - 1, q);
    }],
  [QUARTER, new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\b(?!\\s+of)`, 'gi'),
    (m, p) => ofPublicationYear(p, (y) => quarter(y, ORD[m[1]!.toLowerCase()]!))],
  // "since 30 January 2025", "since January 30, 2025": from that day to publication.
  [SINCE, new RegExp(`\\bsince\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)\\s+${YEAR}`, 'gi'), (m, p) => {
    const from = day(m[2] ?? m[3]!, m[1] ?? m[4]!, m[5], p);
    return from.periodStart && p && from.periodStart <= p ? interval(from.periodStart, p) : null;
  }],
  // "Since 1 January", "since March 3", "since 1 July this year": from the latest such day, or that day of the year named,
  // to publication.
  [SINCE, new RegExp(`\\bsince\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?![.,]?\\s*\\d)(?:,?\\s+(this|last)\\s+year\\b)?`, 'gi'), (m, p) => {
    const y = m[5] && p ? String(Number(p.slice(0, 4)) - (m[5].toLowerCase() === 'last' ? 1 : 0)) : undefined;
    const from = day(m[2] ?? m[3]!, m[1] ?? m[4]!, y, p);
    return from.periodStart && p && from.periodStart <= p ? interval(from.periodStart, p) : null;
  }],
  // Dates are points in time: masked so that their numbers are not figures; the day itself is kept for "on 24 June".
  [MON, new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, 'gi'), (m, p) => day(m[1]!, m[2]!, m[3], p)],
  [MON, new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`, 'gi'), (m, p) => day(m[2]!, m[1]!, m[3], p)],
  [MON, new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)`, 'gi'), (m, p) => day(m[1]!, m[2]!, undefined, p)],
  // "on 15.09.2025 and 16.09.2025", "from 01.03.2025 to 31.03.2025": the days of an action, from the first to the last.
  [SLASH, /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:and|to|till|until|through|[-–—])\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\b/gu, (m) => {
    const [from, to] = [digitsDay(m[1]!, '.', m[2]!, m[3]!), digitsDay(m[4]!, '.', m[5]!, m[6]!)];
    return from && to && from <= to ? interval(from, to) : null;
  }],
  [SLASH, /\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})([./])(\d{1,2})\5(\d{2,4})\b/gu, numericDay],
  [YR, new RegExp(`\\b(?:between|from|during)\\s+${YEAR}\\s+(?:and|to|through|until)\\s+${YEAR}`, 'gi'), (m) => interval(`${m[1]}-01-01`, `${m[2]}-12-31`)],
  // "between 2022 and the date of the raid", "from March 2023 until their arrest": from then to an event the text tells, at
  // most to publication.
  [YR, new RegExp(`\\b(?:between|from)\\s+(?:${MONTH}\\s+)?${YEAR}\\s+(?:and|to|until|till)\\s+(?:the|their|his|her|its)\\s+(?:date\\s+of\\s+(?:the\\s+|their\\s+|his\\s+|her\\s+)?)?(?:raids?|arrests?|searches|search|operation|collapse|closure|shutdown|takedown|detention)\\b`, 'gi'),
    (m, p) => (p ? interval(`${m[2]}-${pad(m[1] ? monthIndex(m[1]) + 1 : 1)}-01`, p) : null)],
  // "between 2022 and last year", "from 2023 to this year": to the end of the year before publication, or to publication.
  [YR, new RegExp(`\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|through|until)\\s+(last|this)\\s+year\\b`, 'gi'), (m, p) => {
    const y = pubYear(p);
    if (!y || !p) return null;
    const end = m[2]!.toLowerCase() === 'last' ? `${y - 1}-12-31` : p;
    return end.slice(0, 4) >= m[1]! ? interval(`${m[1]}-01-01`, end) : null;
  }],
  // "between 2023 and June this year", "from 2022 to March 2025": from the start of the year to the end of the month.
  [YR, new RegExp(`\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|through|until)\\s+${MONTH}(?:\\s+(?:of\\s+)?(?:this\\s+year|${YEAR}))?`, 'gi'),
    (m, p) => {
      const end = m[3] ? monthEnd(Number(m[3]), monthIndex(m[2]!) + 1) : lastMonthNamed(monthIndex(m[2]!) + 1, p, true)?.periodEnd;
      return end && end.slice(0, 4) >= m[1]! ? interval(`${m[1]}-01-01`, end) : null;
    }],
  [YR, new RegExp(`\\b${YEAR}\\s*[-–]\\s*${YEAR}\\b`, 'gu'), (m) => interval(`${m[1]}-01-01`, `${m[2]}-12-31`)],
  [YR, new RegExp(`\\b(?:in|during)\\s+${YEAR}\\s+and\\s+${YEAR}\\b`, 'gi'), (m) => interval(`${m[1]}-01-01`, `${m[2]}-12-31`)],
  [SINCE, new RegExp(`\\b(?:since|from)\\s+(?:the\\s+)?(?:beginning|start)\\s+of\\s+(?:the\\s+year(?:\\s+${YEAR})?|this\\s+year|${YEAR})`, 'gi'),
    (m, p) => {
      const y = m[1] ?? m[2] ? Number(m[1] ?? m[2]) : pubYear(p);
      return y && p ? interval(`${y}-01-01`, p) : null;
    }],
  // "since the beginning of November", "since the start of March 2025": from that month's start to publication.
  [SINCE, new RegExp(`\\b(?:since|from)\\s+the\\s+(?:beginning|start)\\s+of\\s+${MONTH}(?:\\s+${YEAR})?(?![\\p{L}\\p{N}])`, 'giu'), (m, p) => {
    const start = m[2] ? `${m[2]}-${pad(monthIndex(m[1]!) + 1)}-01` : lastMonthNamed(monthIndex(m[1]!) + 1, p, true)?.periodStart;
    return start && p ? interval(start, p) : null;
  }],
  // "since the spring of 2024", "since autumn 2024": from the season's first month to publication.
  [SINCE, new RegExp(`\\bsince\\s+(?:the\\s+)?(?:(?:early|late)\\s+)?(spring|summer|autumn|fall)\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'),
    (m, p) => (p ? interval(`${m[2]}-${pad({ spring: 3, summer: 6, autumn: 9, fall: 9 }[m[1]!.toLowerCase() as 'spring']!)}-01`, p) : null)],
  // "since early 2024": from the year's start to publication.
  [SINCE, new RegExp(`\\bsince\\s+(?:early|the\\s+early\\s+part\\s+of|the\\s+early\\s+months\\s+of)\\s+${YEAR}`, 'gi'), (m, p) => (p ? interval(`${m[1]}-01-01`, p) : null)],
  // "from 2022 onwards", "from March 2023 onward": from then to publication.
  [SINCE, new RegExp(`\\bfrom\\s+(?:${MONTH}\\s+)?${YEAR}\\s+onwards?\\b`, 'gi'),
    (m, p) => (p ? interval(`${m[2]}-${pad(m[1] ? monthIndex(m[1]) + 1 : 1)}-01`, p) : null)],
  // "from January 2023 until last month": to the end of the month before publication.
  [SINCE, new RegExp(`\\b(?:from|between)\\s+${MONTH}\\s+${YEAR}\\s+(?:until|to|through|till|and)\\s+last\\s+month\\b`, 'gi'), (m, p) => {
    if (!p) return null;
    const month = Number(p.slice(5, 7)) - 1;
    const end = month ? monthEnd(Number(p.slice(0, 4)), month) : monthEnd(Number(p.slice(0, 4)) - 1, 12);
    return interval(`${m[2]}-${pad(monthIndex(m[1]!) + 1)}-01`, end);
  }],
  [SINCE, new RegExp(`\\bsince\\s+(?:${MONTH}\\s+)?${YEAR}`, 'gi'),
    (m, p) => (p ? interval(`${m[2]}-${pad(m[1] ? monthIndex(m[1]) + 1 : 1)}-01`, p) : null)],
  // "since June last year": that month of the year before publication, to publication.
  [SINCE, new RegExp(`\\bsince\\s+${MONTH}\\s+(last|this)\\s+year\\b`, 'gi'), (m, p) => {
    const y = p ? Number(p.slice(0, 4)) - (m[2]!.toLowerCase() === 'last' ? 1 : 0) : null;
    return y && p ? interval(`${y}-${pad(monthIndex(m[1]!) + 1)}-01`, p) : null;
  }],
  // "since last year", "since early last year", "since the start of last year": from that year's start to publication.
  [SINCE, /\bsince\s+(?:early\s+|the\s+(?:start|beginning)\s+of\s+)?last\s+year\b/gi,
    (_m, p) => (p ? interval(`${Number(p.slice(0, 4)) - 1}-01-01`, p) : null)],
  // "since last September": from that month's start to publication.
  [SINCE, new RegExp(`\\bsince\\s+last\\s+${MONTH}\\b`, 'gi'), (m, p) => {
    const month = lastMonthNamed(monthIndex(m[1]!) + 1, p, false);
    return month && p ? interval(month.periodStart, p) : null;
  }],
  // "since January", "Since January, 9 cases ...": from the latest start of that month to publication.
  [SINCE, new RegExp(`\\bsince\\s+${MONTH}\\b(?!\\.?\\s*\\d)`, 'gi'), (m, p) => {
    const month = lastMonthNamed(monthIndex(m[1]!) + 1, p, true);
    return month && p ? interval(month.periodStart, p) : null;
  }],
  [YR, new RegExp(`\\b(?:as\\s+(?:of|at)|by|through|until|up\\s+to)\\s+(?:the\\s+end\\s+of\\s+)?(?:${MONTH}\\s+)?${YEAR}`, 'gi'),
    (m, p) => ({ kind: 'cumulative', periodStart: null, periodEnd: clip(m[1] ? monthEnd(Number(m[2]), monthIndex(m[1]) + 1) : `${m[2]}-12-31`, p) })],
  // "Over 14 months, the exchanger served ...": a span anchored nowhere, up to publication as far as the text tells.
  // "Over nine months, the activity of 97 exchangers was terminated" told in October: the year's first nine months, as a
  // tally released a month or two after them says it.
  [NMONTHS, new RegExp(`(?:^|[,;]\\s*)(?:over|during|within|in\\s+the\\s+course\\s+of)\\s+(${SPAN_COUNT})\\s+months\\b${SPAN_END}`, 'gi'), (m, p) => {
    const months = countOf(m[1]!);
    const y = pubYear(p);
    const after = p ? Number(p.slice(5, 7)) - months : 0;
    return y && months < 12 && (after === 1 || after === 2) ? interval(`${y}-01-01`, monthEnd(y, months)) : cumulative(p);
  }],
  [YEARW, new RegExp(`(?:^|[,;]\\s*)(?:over|during|within|in\\s+the\\s+course\\s+of)\\s+${SPAN_COUNT}\\s+years\\b${SPAN_END}`, 'gi'), (_m, p) => cumulative(p)],
  [SOFAR, /\b(?:as\s+(?:of|at)\s+(?:early\s+|late\s+|the\s+(?:start|beginning|end)\s+of\s+)?(?:this|the)\s+(?:year|month|week)|to\s+date|so\s+far(?!\s+(?:this|in)\s)|thus\s+far|up\s+to\s+now|as\s+of\s+now|as\s+of\s+today|currently)\b/gi,
    (_m, p) => ({ kind: 'cumulative', periodStart: null, periodEnd: p })],
  [MON, new RegExp(`\\b(?:in|during|for|throughout|over|within)\\s+(?:the\\s+(?:whole\\s+|entire\\s+|calendar\\s+|fiscal\\s+)?(?:year\\s+)?(?:of\\s+)?)?${MONTH}\\s+(?:of\\s+)?${YEAR}`, 'gi'),
    (m) => interval(`${m[2]}-${pad(monthIndex(m[1]!) + 1)}-01`, monthEnd(Number(m[2]), monthIndex(m[1]!) + 1))],
  [MON, new RegExp(`\\b${MONTH}\\s+${YEAR}`, 'gi'), (m) => interval(`${m[2]}-${pad(monthIndex(m[1]!) + 1)}-01`, monthEnd(Number(m[2]), monthIndex(m[1]!) + 1))],
  [YR, new RegExp(`\\b(?:in|during|for|throughout|over|across|within)\\s+(?:the\\s+(?:whole\\s+|entire\\s+|calendar\\s+|fiscal\\s+)?(?:year\\s+)?(?:of\\s+)?)?${YEAR}(?:\\s+alone)?`, 'gi'),
    (m) => year(Number(m[1]))],
  // Not a helpline's number: "complaints received on helpline 1930". Nor a law's name: "the Proceeds of Crime Act 2002",
  // "Law No. 8 of 2010", "Decree No. 147/2024".
  [YR, new RegExp(`(?<!\\b(?:helpline|hotline|toll-free\\s+number|number|dial(?:ling)?|call(?:ing)?)\\s+)(?<!\\b(?:Act|Law|Code|Ordinance|Regulations|Directive|Decree|Bill)\\s+)(?<!\\b(?:Act|Law|Ordinance|Regulation|Directive|Decree|Resolution|Circular)\\s+No\\.?\\s*\\d+(?:\\s+of|\\s*\\/)\\s*)\\b${YEAR}(?:['’]s)?\\b`, 'giu'), (m) => year(Number(m[1]))],
  [YEARW, /\b(?:so\s+far\s+)?this\s+year\b|\bthe\s+current\s+year\b|\byear[-\s]to[-\s]date\b/gi,
    (_m, p) => (p ? interval(`${p.slice(0, 4)}-01-01`, p) : null)],
  [YEARW, /\b(?:last|the\s+previous|the\s+prior)\s+year\b/gi, (_m, p) => (pubYear(p) ? year(pubYear(p)! - 1) : null)],
  [PAST, /\b(?:over|in|during)\s+the\s+(?:past|last)\s+(twelve|12)\s+months\b|\bthe\s+past\s+year\b/gi,
    (_m, p) => (p ? interval(shiftYear(p, -1), p) : null)],
  [PAST, /\b(?:over|in|during)\s+the\s+(?:past|last)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b/gi,
    (m, p) => (p ? interval(shiftYear(p, -countOf(m[1]!)), p) : null)],
  [MON, new RegExp(`\\blast\\s+${MONTH}\\b`, 'gi'), (m, p) => lastMonthNamed(monthIndex(m[1]!) + 1, p)],
  [PAST, /\b(?:last|the\s+previous|the\s+past)\s+month\b/gi, (m, p) => (p && !datesReport(m) ? previousMonth(p) : null)],
  // "arrested 27 people last week": the Monday-to-Sunday week before publication's, as "last month" is the month before.
  [PAST, /\b(?:last|the\s+previous)\s+week\b/gi, (m, p) => (p && !datesReport(m) && !RELEASED.test(m.input.slice(Math.max(0, m.index - 48), m.index)) ? previousWeek(p) : null)],
  // "In the past week alone, ASIC removed 412 websites": the seven days to publication.
  [PAST, /\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:week|seven\s+days|7\s+days)\b/gi, (_m, p) => (p ? interval(shiftDays(p, -7), p) : null)],
  [THIS_MONTH, /\b(?:earlier\s+)?this\s+month\b/gi, (m, p) => (p && !datesReport(m) ? interval(`${p.slice(0, 8)}01`, p) : null)],
  // "said in January that ...": the month dates the report, not the figures.
  [MON, new RegExp(`\\b(?:in|during)\\s+${MONTH}\\b(?!\\s+\\d)`, 'gi'), (m, p) => (datesReport(m) ? null : lastMonthNamed(monthIndex(m[1]!) + 1, p, true))],
  // "- January: 1 930", "April – 18.": a month that labels a line of a monthly breakdown, in the year named last before it.
  [MON, /(?<!\b(?:operation|project|op\.)\s+)\b(january|february|march|april|may|june|july|august|september|october|november|december)(?=\s*(?::|[–—-]\s*\d))/giu,
    (m, p) => {
      const month = monthIndex(m[1]!) + 1;
      const year = /((?:19|20)\d\d)(?!.*(?:19|20)\d\d)/su.exec(m.input.slice(0, m.index))?.[1];
      return year ? interval(`${year}-${pad(month)}-01`, monthEnd(Number(year), month)) : lastMonthNamed(month, p, true);
    }],
];

/** The days between two dates, the first's month and year those of the second when it names none. */
function dayRange(m: RegExpExecArray, p: string | null) {
  const to = day(m[5]!, m[4]!, m[6], p);
  const from = to.periodStart ? day(m[2] ?? m[5]!, m[1]!, m[3] ?? to.periodStart.slice(0, 4), p) : null;
  return from?.periodStart && to.periodStart && from.periodStart <= to.periodStart ? interval(from.periodStart, to.periodStart) : null;
}

/**
 * A day written in digits, as an ISO date or null: "19.08.2025", as the dotted style always puts the day first;
 * "08/19/2025" or "19/08/2025" only where the numbers tell day from month.
 */
function digitsDay(first: string, separator: string, second: string, year: string): string | null {
  const [a, b] = [Number(first), Number(second)];
  const dayFirst = separator === '.' ? true : a > 12 && b <= 12 ? true : b > 12 && a <= 12 ? false : null;
  if (dayFirst === null || year.length !== 4) return null;
  const [d, mo] = dayFirst ? [a, b] : [b, a];
  return isoDay(Number(year), mo, d);
}

/** "2025-08-19" or a day in digits as a 'date' mention; a day of no known order is masked all the same. */
function numericDay(m: RegExpExecArray) {
  const date = m[1] ? m[0] : digitsDay(m[4]!, m[5]!, m[6]!, m[7]!);
  return { kind: 'date' as const, periodStart: date, periodEnd: date };
}

/** A day as a 'date' mention: "24 June" in a text of 2025-06-26 is 2025-06-24; a day not yet come is last year's. */
function day(monthName: string, dayOfMonth: string, yearText: string | undefined, published: string | null) {
  const m = monthIndex(monthName) + 1;
  const d = Number(dayOfMonth);
  let y = yearText ? Number(yearText) : pubYear(published);
  if (!y) return { kind: 'date' as const, periodStart: null, periodEnd: null };
  if (!yearText && published && (isoDay(y, m, d) ?? '') > published) y -= 1;
  const date = isoDay(y, m, d);
  return { kind: 'date' as const, periodStart: date, periodEnd: date };
}

/** Year, month and day as an ISO date, or null where no such day exists. */
function isoDay(y: number, m: number, d: number): string | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** The twelve months that end on day `d` of month `m` of year `y`. */
function yearTo(y: number, m: number, d: number) {
  if (m < 1 || d < 1 || d > lastDay(y, m)) return null;
  // The day after the same day a year before (28 February for a 29th).
  const next = new Date(Date.UTC(y - 1, m - 1, Math.min(d, lastDay(y - 1, m)) + 1));
  return interval(next.toISOString().slice(0, 10), `${y}-${pad(m)}-${pad(d)}`);
}

/** Fiscal year `y` of a jurisdiction whose fiscal year starts in month `start`. */
/**
 * A jurisdiction's fiscal year: its first month, and whether "fiscal 2024" names the year it starts in (Japan's runs
 * April 2024 to March 2025) rather than the one it ends in (the US's ran October 2023 to September 2024).
 */
export interface Fiscal { start: number; namedByStart: boolean }

/** The fiscal year a single year names ("fiscal 2024", "FY2024", "the 2024 financial year"). */
function namedYear(y: number, fiscal: Fiscal) {
  return fiscalYear(fiscal.namedByStart && fiscal.start > 1 ? y + 1 : y, fiscal.start);
}

/** The fiscal year that ends in year `y`. */
function fiscalYear(y: number, start: number) {
  if (start <= 1) return year(y);
  return interval(`${y - 1}-${pad(start)}-01`, monthEnd(y, start - 1));
}

/** The fiscal year that publication falls in, up to publication. */
function currentFiscalYear(published: string, start: number) {
  const py = Number(published.slice(0, 4));
  const pm = Number(published.slice(5, 7));
  const first = start <= 1 ? py : pm >= start ? py : py - 1;
  return interval(`${first}-${pad(Math.max(1, start))}-01`, published);
}

/** The calendar month before the one of publication. */
const shiftDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The Monday-to-Sunday week before the one `published` falls in. */
function previousWeek(published: string) {
  const monday = shiftDays(published, -(((new Date(`${published}T00:00:00Z`).getUTCDay() + 6) % 7) + 7));
  return interval(monday, shiftDays(monday, 6));
}

function previousMonth(published: string) {
  const py = Number(published.slice(0, 4));
  const pm = Number(published.slice(5, 7));
  const [y, m] = pm === 1 ? [py - 1, 12] : [py, pm - 1];
  return interval(`${y}-${pad(m)}-01`, monthEnd(y, m));
}

/** "2023-24" and "2023/2024" name the fiscal year ending in 2024. */
function fullYear(first: string, second: string): number {
  return second.length === 4 ? Number(second) : Number(first.slice(0, 2) + second);
}

/** "between July and September" (the latest such stretch before publication), "between December 2021 and September 2022". */
function monthRange(from: string, fromYear: string | undefined, to: string, toYear: string | undefined, published: string | null) {
  const a = monthIndex(from) + 1;
  const b = monthIndex(to) + 1;
  if (a < 1 || b < 1) return null;
  const endYear = toYear ? Number(toYear) : fromYear ? Number(fromYear) + (b < a ? 1 : 0) : lastMonthNamed(b, published, true)?.periodStart.slice(0, 4);
  if (!endYear) return null;
  const startYear = fromYear ? Number(fromYear) : Number(endYear) - (a > b ? 1 : 0);
  return interval(`${startYear}-${pad(a)}-01`, monthEnd(Number(endYear), b));
}

function shiftMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function quarter(y: number, q: number) {
  return interval(`${y}-${pad(q * 3 - 2)}-01`, monthEnd(y, q * 3));
}

/** The same day `years` later or earlier: "over the past year" told on 5 March 2026 runs from 5 March 2025, as coders count it. */
function shiftYear(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/** The most recent month of that name before publication ("last October" in January 2025 is October 2024). */
function lastMonthNamed(month: number, published: string | null, allowCurrent = false) {
  if (!published) return null;
  const py = Number(published.slice(0, 4));
  const pm = Number(published.slice(5, 7));
  const y = month < pm || (allowCurrent && month === pm) ? py : py - 1;
  return interval(`${y}-${pad(month)}-01`, clip(monthEnd(y, month), published));
}

/** Whether a date at `at` is the day something was done on: "on 24 June", "on Tuesday, 14 October". */
export function isDayDone(text: string, at: number): boolean {
  return ON_DAY.test(text.slice(Math.max(0, at - 40), at));
}
// Not the day a report was made: "the MIA said on June 10" dates the saying, not the nine detained.
const ON_DAY = /(?<!\b(?:said|says|reported|stated|told\s+\p{L}+)\s+)\bon\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?$/iu;

/**
 * Finds the period expressions and dates of a sentence, leftmost-longest, without overlaps. A sentence is asked about
 * more than once (for its own figures, and as context for those after it), so the last answers are kept; callers never
 * change the list they are given.
 */
export function findPeriods(text: string, published: string | null, fiscalYearOf: Fiscal | number = 1): readonly PeriodMention[] {
  // A bare number is the first month of a fiscal year named by the year it ends in.
  const fiscal = typeof fiscalYearOf === 'number' ? { start: fiscalYearOf, namedByStart: false } : fiscalYearOf;
  const key = `${published}|${fiscal.start}${fiscal.namedByStart ? 's' : ''}|${text}`;
  const known = recentPeriods.get(key);
  if (known) return known;
  if (recentPeriods.size >= RECENT_PERIODS) recentPeriods.clear();
  const found = scanPeriods(text, published, fiscal);
  recentPeriods.set(key, found);
  return found;
}
const recentPeriods = new Map<string, readonly PeriodMention[]>();
/** Enough for one document's sentences: a source's text is read sentence by sentence, then never again. */
const RECENT_PERIODS = 512;

function scanPeriods(text: string, published: string | null, fiscal: Fiscal): PeriodMention[] {
  const found: PeriodMention[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  const passes = new Set<number>();
  GUARD_SCAN.lastIndex = 0;
  for (let m = GUARD_SCAN.exec(text); m; m = GUARD_SCAN.exec(text)) passes.add(m.findIndex((g, i) => i > 0 && g !== undefined));
  for (const [guard, pattern, resolve] of PATTERNS) {
    if (!passes.has(guard)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // A list line's bullet is no part of the period it opens on ("- 2021/22: 96 arrests").
      const bullet = /^[-*\u2022]\s*/u.exec(m[0])?.[0].length ?? 0;
      const start = m.index + bullet;
      const end = m.index + m[0].length;
      // Lower-case "may" and "march" are verbs, not months.
      if (taken(start, end) || /\b(?:may|march)\b/.test(m[0])) continue;
      const resolved = resolve(m, published, fiscal);
      // A year after publication is no calendar year a report can cover: Nepal's "fiscal year 2081/82" is Bikram Sambat.
      if (resolved === false || (resolved && published && resolved.periodStart !== null && resolved.periodStart > published && Number(resolved.periodStart.slice(0, 4)) > Number(published.slice(0, 4)) + 1)) continue;
      if (resolved) found.push({ start, end, text: m[0].slice(bullet), ...resolved });
      else found.push({ start, end, text: m[0].slice(bullet), kind: 'date', periodStart: null, periodEnd: null });
    }
  }
  return glossed(sinceStarted(closedByDate(found.sort((a, b) => a.start - b.start), text, published), text, published), text);
}

/** "In the fourth quarter (January to March 2026)": a period glossed in brackets right after it is the gloss's. */
function glossed(found: PeriodMention[], text: string): PeriodMention[] {
  return found.map((p, i) => {
    const gloss = found[i + 1];
    // Only a period that names no year of its own: "January–September 2026 (2025)" sets another year against it.
    if (!gloss || gloss.kind !== 'interval' || p.kind !== 'interval' || /\d{4}/.test(p.text) || !/^\s*\(\s*$/.test(text.slice(p.end, gloss.start))
      || !/^\s*\)/.test(text.slice(gloss.end, gloss.end + 3))) return p;
    return { ...p, periodStart: gloss.periodStart, periodEnd: gloss.periodEnd };
  });
}

/** What started, before the day or month it started on: "since Article 232-1 took effect on ", "since the operation was launched in ". */
const SINCE_STARTED = gated(/\bsince\s+(?!\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\b)(?:the|a|an|its|their|his|her|\p{Lu})(?:[^.;,]|,\s*(?:which|who)\b[^.;,]*,){0,100}?\s(?:\p{Ll}+ed|set\s+up|began|took\s+effect|came\s+into\s+(?:force|effect))\b[^.;,\d]{0,60}?\s+(?:on\s+|in\s+)?$/iu);

/** "Since Article 232-1 of the Criminal Code took effect on July 1, police have detained 388": from that day to publication. */
function sinceStarted(found: PeriodMention[], text: string, published: string | null): PeriodMention[] {
  return found.map((p) => (published && p.periodStart !== null && p.periodStart <= published && SINCE_STARTED.test(text.slice(Math.max(0, p.start - 120), p.start))
    ? { ...p, kind: 'interval', periodEnd: published } : p));
}

/** "So far this financial year, to 31 December, ...", "since its launch on 22 November 2024 until 31 July 2025": a period
 * running to publication ends on the day named right after it. */
function closedByDate(found: PeriodMention[], text: string, published: string | null): PeriodMention[] {
  return found.map((p, i) => {
    const next = found[i + 1];
    if (!published || p.periodEnd !== published || p.kind === 'date' || !next || next.kind !== 'date' || !next.periodStart) return p;
    if (!CLOSING_GAP.test(text.slice(p.end, next.start)) || (p.periodStart !== null && next.periodStart < p.periodStart)) return p;
    return { ...p, periodEnd: next.periodStart };
  });
}
const CLOSING_GAP = /^,?\s*(?:to|until|till|up\s+to|through)\s+$/i;
