import type { Claim } from '@reckon/schema';
import type { Lexicon } from './lexicon.js';
import { kindOf } from './said-before.js';
import { isListItem, sameParagraph, type Sentence } from './sentences.js';
import { gated } from './gate.js';

/** "Thailand: 210 million baht seized in mule-account raids", "SLOVAKIA — NAKA detains 10": a line that opens a roundup's item on one country. */
const SECTION_HEAD = /^(\p{Lu}[\p{L}.'’ -]{1,30}?)\s*(?::|\s[\u2014\u2013])\s+\S/u;

/** "- Spain: 4 arrests and 6 searches ...": a list line on one country. */
const COUNTRY_ITEM = /^[-*\u2022\u2013\u2014]\s*(\p{Lu}[\p{L}.'’ -]{1,30}?)\s*:\s+\S/u;

/** The country a list line is on, named before its colon, or null. */
export function itemCountry(line: string, lex: Lexicon): string | null {
  const label = COUNTRY_ITEM.exec(line)?.[1];
  return label ? lex.placeOf(label.trim()).jurisdiction : null;
}

/** Whether sentence `i` is a line of its own without a closing stop: a headline or a sub-heading. */
export function isHeading(text: string, sentences: readonly Sentence[], i: number): boolean {
  const s = sentences[i]!;
  const lineStart = s.start === 0 || text[s.start - 1] === '\n';
  const lineEnd = s.end === text.length || text[s.end] === '\n';
  return lineStart && lineEnd && s.text.length < 160 && !/[.!?…"”]$/u.test(s.text);
}

/** A headline's words: a name and an enforcement verb in the present, "MASAK freezes", "SPK blocks", "Court jails". */
// In bold too, with decimals in its figure: "**MACC seizes RM18.5mil from money changers.** The Malaysian ...".
const RUN_IN_HEAD = /^(?:\*\*|__)?(?!(?:The|A|An|This|That|It|He|She|They)\s)(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:freezes|blocks|attaches|jails|arrests|seizes|fines|shuts|closes|sentences|busts|detains|convicts|raids|charges|nabs|recovers|confiscates|bans|forfeits|dismantles|exposes|penalises|penalizes|sanctions|suspends|liquidates|indicts)\s(?:[^.;:]|(?<=\d)\.(?=\d))*\.(?:\*\*|__)?$/u;

/**
 * The headlines and sub-headings of a text, not a list's items; but a numbered item that heads its paragraph ("1. India:
 * ED attaches Rs 128.4 crore ...") is one, as is a run-in head that opens its paragraph in a headline's words ("MASAK
 * freezes TL 1.9bn in Ankara betting probe. Türkiye's ...").
 */
export function headingSentences(text: string, sentences: readonly Sentence[]): Sentence[] {
  const runInHead = (s: Sentence, i: number) => s.text.length <= 90 && (s.start === 0 || text[s.start - 1] === '\n') && sameParagraph(text, sentences, i)
    && RUN_IN_HEAD.test(s.text);
  return sentences.filter((s, i) => (isHeading(text, sentences, i) && !isListItem(text, s)) || numberedHead(text, sentences, i) || runInHead(s, i)
    || (i > 0 && pipeHead(text, sentences[i - 1]!) && barredHead(text, s)));
}

/** "TÜRKİYE | 64 detained in Mersin-led betting probe": the words after a heading's bar, to the line's end, are its headline. */
function barredHead(text: string, s: Sentence): boolean {
  return /\|\s*$/.test(text.slice(Math.max(0, s.start - 3), s.start)) && (s.end === text.length || text[s.end] === '\n') && !/[.!?…"”]$/u.test(s.text);
}

/** Whether sentence `i` is a numbered item that heads its paragraph: "1. KAZAKHSTAN: AFM closes 41 exchangers". */
function numberedHead(text: string, sentences: readonly Sentence[], i: number): boolean {
  const s = sentences[i]!;
  // "6. PORTUGAL" in capitals heads the line under it without a blank line between.
  const gap = sentences[i + 1] === undefined ? '' : text.slice(s.end, sentences[i + 1]!.start);
  return sentences[i + 1] !== undefined && (gap.includes('\n\n') || (gap.includes('\n') && CAPITALS.test(s.text)))
    && !isListItem(text, sentences[i + 1]!) && /(?:^|\n)\d{1,2}[.)]\s+$/.test(text.slice(Math.max(0, s.start - 6), s.start))
    && s.text.length < 160 && !/[.!?…"”]$/u.test(s.text);
}

/** A fact line that opens on a short figure and ends on the label saying what it counts: "- 58: arrests in the Ikeja raid". */
// The figure is a number with its sign, code or magnitude ("Rs 1 crore", "US$37 billion", "$2.9bn+", "7 years", "4 to 6
// years"), never a date.
const FIGURE_FIRST = /^\s*(?:[-*\u2022\u2013\u2014]\s*)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b)(?:\p{L}{1,3}[.$]?\s?)?[\d$€£¥₹₸₽][\d.,\s\u00A0]*(?:(?:to|-|\u2013)\s?[\d.,]+)?(?:\s?(?:\p{Ll}{1,8}|[A-Z]{3}|[MBK]))?\+?(?::|\s[\u2013\u2014])\s+(\p{L}[^:]{3,160}?)\.?$/u;

/** The label of a fact line that opens on its figure ("- Rs 1 crore: maximum fine for ..."), or undefined. */
export function factLineLabel(line: string): string | undefined {
  return FIGURE_FIRST.exec(line)?.[1];
}

/**
 * For each sentence, the country of the part of the text it stands in, or null: a part opens at a heading that
 * is a country's name ("Kazakhstan") or names one before a colon ("Thailand: 210 million baht seized ..."), and
 * runs to the next heading.
 */
export function sectionJurisdictions(text: string, sentences: readonly Sentence[], lex: Lexicon): Array<string | null> {
  let section: string | null = null;
  // A part a heading of the country's name alone opens ("INDIA") holds items with headings of their own ("ED attaches Rs
  // 83.2 crore in 'Bitzoro' case"): only a heading that names another country ends it.
  let byName = false;
  return sentences.map((s, i) => {
    // "Source: TASS, 5 August": an item's credit line heads nothing.
    if (CREDIT_LINE.test(s.text)) return section;
    if (isHeading(text, sentences, i) || flagLine(text, s)) {
      const head = sectionHead(s.text, lex);
      // "NUMBERS OF THE WEEK": a heading in capitals, as the countries' own, is their peer and ends the part all the same.
      if (head || !byName || CAPITALS.test(bareHeading(s.text))) {
        section = head;
        byName = head !== null && !SECTION_HEAD.test(bareHeading(s.text)) && lex.isCountryName(titleCase(bareHeading(s.text)));
      }
    }
    // "1. KAZAKHSTAN: AFM closes 41 exchangers" opens Kazakhstan's part; "4. Osaka police uncover ..." under "JAPAN" stays in Japan's.
    else if (numberedHead(text, sentences, i)) section = sectionHead(s.text, lex) ?? section;
    // "CFTC | Nevada crypto pool" heads an agency's item within its country's section: only a country's name opens another.
    else if (pipeHead(text, s)) section = sectionHead(s.text, lex, true) ?? section;
    return section;
  });
}

const CREDIT_LINE = gated(/^(?:Sources?|Photo|Image|Credit|Via|Read\s+(?:more|also)|Related)\s*[:|\u2014\u2013-]/i);

/** "TUNISIA | Sfax call centre and customs tally": a heading line whose parts a bar splits (the bar splits sentences too). */
function pipeHead(text: string, s: Sentence): boolean {
  return /^\s+\|\s/.test(text.slice(s.end, s.end + 3)) && headingLine(text, s, 160);
}

/** A flag emoji's two regional indicator letters, as a jurisdiction's code: "🇬🇧" is "GB". */
const FLAG = /^(?:#+\s*|\*\*|__)?\s*([\u{1F1E6}-\u{1F1FF}]{2})/u;

/** "🇰🇷 SOUTH KOREA | Busan: tether ring moved phishing money": a line a flag opens heads an item, however its parts split. */
function flagLine(text: string, s: Sentence): boolean {
  return FLAG.test(s.text) && headingLine(text, s, 200);
}

/** Whether the sentence opens a line that is short and ends on no full stop, as a heading's line does. */
function headingLine(text: string, s: Sentence, maxLength: number): boolean {
  if (!(s.start === 0 || text[s.start - 1] === '\n')) return false;
  const end = text.indexOf('\n', s.start);
  const line = text.slice(s.start, end < 0 ? text.length : end).trim();
  return line.length < maxLength && !/[.!?…"”]$/u.test(line);
}

/** The country a heading names, by its flag, or whole or before its colon; null for another line. */
function sectionHead(line: string, lex: Lexicon, countryOnly = false): string | null {
  // "🇬🇧 Liverpool Crown Court: cash-for-crypto gang jailed": the flag says whose the item is where its words name only a city.
  const flag = FLAG.exec(line)?.[1];
  const code = flag ? [...flag].map((c) => String.fromCharCode(c.codePointAt(0)! - 0x1f1e6 + 65)).join('') : null;
  if (code && lex.isJurisdiction(code)) return code;
  // "**Almaty: police detain a drop network**", "### Kyrgyzstan", "🇳🇴 Norway: ...": Markdown's heading marks, bold and flags
  // are no words (a list's "- Spain: ..." is an item, not a heading).
  // "**1. Russia: pyramids, ...**": an item's number is no word either.
  const bare = bareHeading(line);
  const label = (SECTION_HEAD.exec(bare)?.[1] ?? bare).trim();
  const place = lex.placeOf(titleCase(label));
  return countryOnly && place.authorities.length ? null : place.jurisdiction;
}

const CAPITALS = /^[\p{Lu}\d\s.,'’&:-]{4,}$/u;

function bareHeading(line: string): string {
  return line.replace(/^(?:#+\s*|\*\*|__|\d{1,2}[.)]\s+|[\p{Regional_Indicator}\p{Extended_Pictographic}\uFE0F\s])+/u, '').replace(/(?:\*\*|__|\s)+$/u, '').trim();
}

/** "MOROCCO", "SOUTH AFRICA": a newsletter's capitals name the country as its title case would. */
function titleCase(label: string): string {
  return /^[\p{Lu}\s.'’-]{4,}$/u.test(label) ? label.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : label;
}

/**
 * A check-marked line ("✔ 47 exchanges closed in H1 2025"), or an item of a "Key takeaways" list: a summary of the story
 * as crypto news sites set it apart, not the story.
 */
const CHECK_MARK = /^[\u2714\u2713\u2611\u2705]/u;
const SUMMARY_LEAD = /^(?:key\s+(?:points|takeaways|facts|figures|numbers|highlights)(?:\s+at\s+a\s+glance)?|summary|(?:story\s+)?highlights|at\s+a\s+glance|in\s+brief|tl;?dr|what\s+(?:you\s+need\s+)?to\s+know|in\s+this\s+(?:post|article|story)|quick\s+take|(?:quick|fast)\s+facts|by\s+the\s+numbers)\s*(?:\([^()]{0,60}\))?\s*:?\s*$/iu;
/** "FAQ", "Frequently asked questions", "... : FAQ": the questions and answers to the end of the story restate it. */
const FAQ_LEAD = gated(/^(?:FAQs?\b|Frequently\s+asked\s+questions\b)|[:\u2013\u2014-]\s*FAQs?\s*$/u);
/** Nothing but a line break between two lines: no blank line. */
const NEXT_LINE = /^[ \t]*\n[ \t]*$/;
const BLANK_LINE = /^[ \t]*\n[ \t]*\n[ \t]*$/;

/**
 * The starts of the sentences that sum a story up: check-marked lines, the items of a "Key takeaways" list and an FAQ. A
 * page scraped to plain text drops the list's bullets: its items are then the whole lines right under the lead, up to a
 * blank line.
 */
export function summaryLines(text: string, sentences: readonly Sentence[], isItem: (i: number) => boolean): Set<number> {
  const starts = new Set<number>();
  let underSummary = false;
  let lineEnd = -1;
  let atLead = false;
  let inFaq = false;
  sentences.forEach((s, i) => {
    inFaq ||= FAQ_LEAD.test(s.text);
    if (inFaq) starts.add(s.start);
    // The first line may stand a blank line below the lead; the list ends at the next blank line.
    const gap = lineEnd >= 0 ? text.slice(lineEnd, s.start) : null;
    const line = gap !== null && (NEXT_LINE.test(gap) || (atLead && BLANK_LINE.test(gap))) && (s.end === text.length || text[s.end] === '\n');
    const item = isItem(i) || line;
    if (!item) underSummary = SUMMARY_LEAD.test(s.text);
    if (CHECK_MARK.test(s.text) || (item && underSummary)) starts.add(s.start);
    atLead = underSummary && !item;
    lineEnd = underSummary ? s.end : -1;
  });
  return starts;
}

/**
 * The spans of a newsletter's table of contents ("IN THIS ISSUE" and the lines under it, to the next blank line): its items
 * name the stories below, and coders code the stories, never the list.
 */
export function contentsSpans(text: string): Array<[number, number]> {
  if (!CONTENTS_HINT.test(text)) return [];
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(CONTENTS_LEAD)) {
    const from = m.index + m[0].length;
    const blank = text.slice(from).search(/\n[ \t]*\n/);
    spans.push([from, blank < 0 ? text.length : from + blank]);
  }
  // "This week: Thai police go after the brokers ..., and another Pogo hub raid": a line of contents on one line.
  for (const m of text.matchAll(CONTENTS_LINE)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
const CONTENTS_HINT = /\b(?:in|inside)\s+(?:this|today['’]s)\s+(?:issue|edition)|\bcontents\b|\bthis\s+week\s*:/i;
const CONTENTS_LINE = /^[ \t]*(?:\*\*)?(?:this\s+week|(?:also\s+)?in\s+this\s+(?:issue|edition)|inside\s+this\s+(?:issue|edition))(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*\S[^\n]*$/gimu;
const CONTENTS_LEAD = /^[ \t]*(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:(?:in|inside)\s+(?:this|today['’]s)\s+(?:issue|edition)|(?:table\s+of\s+)?contents)[ \t]*:?[ \t]*$/gimu;

/** A summary line's figures that the story states elsewhere: one report, coded where the story tells it. */
export function restatedSummaries(claims: readonly Claim[], fromSummary: (claim: Claim) => boolean): Set<Claim> {
  // The same sum, whatever the summary's shorter words made of it ("processed more than $1.1 billion" is turnover there,
  // crime's money in the story that says whose it was); a count must count the same, as small numbers recur.
  const told = new Set(claims.filter((c) => !fromSummary(c)).map(figureKey));
  return new Set(claims.filter((c) => fromSummary(c) && told.has(figureKey(c))));
}
const figureKey = (c: Claim) => (kindOf(c) === 'money' ? `${c.value}|${c.value_high}|${c.unit}` : claimKey(c));

/**
 * A heading's figures that the text under it states again ("Thailand: 210 million baht seized ..." then "Officers
 * seized assets worth 210 million baht", "1,046 arrested since January" then "police have arrested 1,046 suspects"):
 * one report, coded where the text tells it.
 */
export function restatedHeadings(claims: readonly Claim[], fromHeading: (claim: Claim) => boolean, within: number): Set<Claim> {
  // Each figure's places in claim order, so that a heading looks only at the claims of its own figure after it.
  const at = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = claimKey(c);
    const list = at.get(key);
    if (list) list.push(c);
    else at.set(key, [c]);
  }
  const restated = new Set<Claim>();
  for (const claim of claims) {
    if (!fromHeading(claim)) continue;
    const same = at.get(claimKey(claim))!;
    if (same.some((c) => c.quote_start > claim.quote_end && c.quote_start - claim.quote_end <= within)) restated.add(claim);
  }
  return restated;
}

/** What makes two claims the same figure: its metric, value and unit. */
const claimKey = (c: Claim) => `${c.metric}|${c.value}|${c.unit}`;
