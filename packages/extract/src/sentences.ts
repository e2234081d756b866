import type { TextSpan } from '@reckon/schema';

/** A sentence of a source: its text and where it sits in the source text. */
export interface Sentence { start: number; end: number; text: string }

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'vs', 'etc', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'gov', 'sen', 'rep',
  'rs', 'u.s', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'fig', 'art', 'para', 'dept',
  // Currency signs written with a stop: "Bs. 8.412.000" (bolívares), "Gs. 3.850.000" (guaraníes), "B/. 4,215,000" (balboas).
  'bs', 'gs', 'b/',
  // Magnitudes written with a stop in translations from Russian, Polish and German: "96 thous. US dollars", "612 tys. zł",
  // "1,9 Mio. Euro".
  'thous', 'ths', 'tys', 'mln', 'mlrd', 'bln', 'mio', 'mrd',
  // "KZT 4.6bn, incl. 1.9m USDT".
  'incl',
]);

const MAGNITUDES = new Set(['thous', 'ths', 'tys', 'mln', 'mlrd', 'bln', 'mio', 'mrd']);
/** Words that open a sentence and name no unit: after one, a magnitude's stop ("₸87.4 bln. In 2023, ...") ends its sentence. */
const SENTENCE_OPENING = /^(?:In|The|On|At|During|According|This|That|These|Those|It|Its|They|He|She|We|A|An|Of|For|From|Since|After|Before|Over|Meanwhile|Separately|Another|Most|Police|Investigators|Officers|To|As|However|Also|Earlier|Last|Total)\b/;

/**
 * Splits the parts of a text that are not boilerplate into sentences. Lines are hard boundaries (news
 * text puts one paragraph or headline per line), except where a line only wraps its paragraph (text
 * extracted from PDF or wrapped at a fixed width); inside a line a sentence ends at . ! or ? followed by
 * space and a capital, digit or quote, unless the word before the stop is a known abbreviation, and a fact
 * sheet's " | " parts its items ("Arrests: 14 | Seized: €2.1m | Sites blocked: 37").
 */
export function splitSentences(text: string, boilerplate: readonly TextSpan[] = []): Sentence[] {
  const sentences: Sentence[] = [];
  const skipped = [...boilerplate].sort((a, b) => a.start - b.start);
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    while (lineEnd < text.length && wraps(text, lineStart, lineEnd)) {
      const next = text.indexOf('\n', lineEnd + 1);
      lineEnd = next === -1 ? text.length : next;
    }
    if (!skipped.some((s) => s.start < lineEnd && s.end > lineStart)) splitLine(text, lineStart, lineEnd, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/** What opens a list's item: a dash, asterisk or bullet, or an emoji bullet of an agency's channel post ("🔹", "▪️", "➡️"). */
// "**Main indicators ...:**" opens on bold, no bullet.
export const LIST_MARK = '(?:\\*(?!\\*)|[-\\u2022\\u2013\\u2014\\u25AA\\u25AB\\u25B6\\u25BA\\u27A1\\u27A4\\u25CF\\u25E6\\u2023\\u2192]|\\u{1F539}|\\u{1F538}|\\u{1F449})';
/** A line that ends mid-sentence: no stop, colon or closing bracket at its end, long as wrapped prose is. */
const OPEN_LINE_END = /[\p{L}\p{N},%$€£¥₸₽₹'’"”-]$/u;
/** A fact sheet's line, a label and its value: "Share sentenced to more than 5 years' imprisonment: 18.6%". */
const LABELLED_VALUE = /^[^.:]{1,100}:\s*[^\s:]{1,24}(?:\s[^\s:]{1,12})?\s*$/u;
/** A line that opens a new block: a list item, a table row, a heading, a quote, a label ("Arrests: 14"). */
const BLOCK_START = new RegExp(`^\\s*(?:${LIST_MARK}|\\(?\\d{1,3}[.)]\\s|\\((?:[ivx]{1,4}|[a-h])\\)\\s|[|#>]|\\[|\\p{Lu}[\\p{L} ]{0,40}:\\s)`, 'u');

/**
 * Whether the line break at `lineEnd` only wraps a paragraph: "... with a net value of $312.4\nmillion, up from ...". The
 * line before runs long and stops mid-sentence; the line after holds text and opens no new block, and one of them shows
 * the sentence runs on: the line before ends on a comma, a hyphen or a word no sentence or headline ends on, or the
 * line after opens in lower case. A headline set right above its story ("Philippines blocks twenty illegal crypto
 * platforms") stays a line of its own.
 */
function wraps(text: string, lineStart: number, lineEnd: number): boolean {
  const line = text.slice(lineStart, lineEnd).trimEnd();
  if (line.length < 50 || !OPEN_LINE_END.test(line) || /^\s*(?:[|#]|\*\*)/.test(line) || LABELLED_VALUE.test(line)) return false;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd);
  if (!/\S/.test(next) || BLOCK_START.test(next) || LABELLED_VALUE.test(next)) return false;
  return RUNS_ON_END.test(line) || /^\s*[\p{Ll}\d$€£¥₸₽₹(]/u.test(next);
}
/** How a line that breaks mid-sentence ends: on a comma, a hyphen, or a word no sentence ends on. */
const RUNS_ON_END = /(?:[,-]|\b(?:the|a|an|of|to|in|and|or|for|with|by|at|on|from|as|that|which|who|its|their|his|her|than|under|over|into|was|were|is|are|has|have|had|been|be)|\$[\d.,]+|\d)$/u;

// A bold lead-in ends its sentence inside the bold: "**MACC seizes RM18.5mil from money changers.** The Malaysian ...".
const STOP = /[.!?]+(?:["'”’)\]]|\*\*|__)*\s+(?=["'“‘(\[]?[A-Z0-9\u00C0-\u024F])|\s\|\s(?=\S)/g;

function splitLine(text: string, lineStart: number, lineEnd: number, out: Sentence[]): void {
  const line = text.slice(lineStart, lineEnd);
  let start = 0;
  STOP.lastIndex = 0;
  for (let m = STOP.exec(line); m; m = STOP.exec(line)) {
    const before = /([\p{L}.]+)\.$/u.exec(line.slice(Math.max(0, m.index - 12), m.index + 1));
    const word = before?.[1]?.toLowerCase().replace(/\.$/, '');
    // "₸87.4 bln. In 2023, ...": a magnitude's stop ends the sentence where no unit follows it ("1,9 Mio. Euro").
    const endsOnMagnitude = word !== undefined && MAGNITUDES.has(word) && SENTENCE_OPENING.test(line.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (word && !endsOnMagnitude && (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}?$/u.test(word) || /^\p{Lu}$/u.test(before![1]!))) continue;
    // "**1. Russia: pyramids, ...**", "### 2. India": a heading's number is part of the heading.
    if (/^\s*(?:\*\*|__|#+\s*)\d{1,2}$/.test(line.slice(0, m.index))) continue;
    push(text, lineStart + start, lineStart + m.index + (m[0].includes('|') ? 0 : m[0].trimEnd().length), out);
    start = m.index + m[0].length;
  }
  push(text, lineStart + start, lineEnd, out);
}

/** No sentence of news runs this long; a longer run (a table, a list, junk) is cut so work per sentence stays bounded. */
const MAX_SENTENCE = 1000;

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE) {
    // Searched within the window only: text.lastIndexOf would run back to the start of a text without spaces.
    const space = text.slice(start, start + MAX_SENTENCE).lastIndexOf(' ');
    const cut = space > MAX_SENTENCE / 2 ? start + space : start + MAX_SENTENCE;
    push(text, start, cut, out);
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  // A list's number ("1.", "12)") is split off the item it opens: it is no sentence.
  if (end - start >= 3 && !/^(?:\d{1,3}|[ivx]{1,4})[.)]$/i.test(text.slice(start, end))) out.push({ start, end, text: text.slice(start, end) });
}

// "(i) Cash of Rs. 2,43,60,000;", "(b) 186 mobile phones": an item numbered in brackets.
const BULLET = new RegExp(`^(?:${LIST_MARK}|\\((?:\\d{1,3}|[ivx]{1,4}|[a-h])\\)\\s)`, 'u');
// Official releases number items in roman numerals too: "i. Cash amounting to Rs. 2.87 Crore;".
const NUMBER_MARK = /^[ \t]*(?:\d{1,3}|[ivx]{1,4})[.)][ \t]+$/i;

/** Whether a sentence is an item of a list: its line opens on "-", "*", "•" or "–", or on a number ("1.", "2)", "iv."). */
export function isListItem(text: string, sentence: Sentence): boolean {
  if (BULLET.test(sentence.text)) return true;
  // Only the few characters before the sentence can hold its line's number: no search back along a long line.
  const from = Math.max(0, sentence.start - 8);
  const before = text.slice(from, sentence.start);
  const newline = before.lastIndexOf('\n');
  return (newline >= 0 || from === 0) && NUMBER_MARK.test(before.slice(newline + 1));
}

/** Whether sentence `j` and the one after it stand in one line of the text: one paragraph of news. */
export function sameParagraph(text: string, sentences: readonly Sentence[], j: number): boolean {
  const next = sentences[j + 1];
  return next !== undefined && !text.slice(sentences[j]!.end, next.start).includes('\n');
}

/** "KUALA LUMPUR: A former bank officer was sentenced by the Sessions Court here", "SEOUL, Dec. 4 (Yonhap) -- An appellate court ...". */
const DATELINE = /^(\p{Lu}{2,}(?:[ .'-]\p{Lu}{2,}){0,3})\s*(?::|,|\()/u;

/** Capitals that open a line as a label, not a dateline: "PHOTO:", "WARNING TO THE PUBLIC:", "UPDATE:". */
// An agency's letterhead ("CYBER CRIME INVESTIGATION BUREAU (CCIB)") is no dateline either.
const LABEL = /\b(?:Photo|Update|Updated|Warning|Breaking|Exclusive|Correction|Note|Editor|Read|Also|Source|File|Video|Watch|Live|Public|Notice|Press|Release|News|Statement|Summary|Table|Figure|Q|A|Bureau|Police|Agency|Ministry|Office|Department|Service|Commission|Committee|Authority|Directorate|Unit|Court)\b/;

/** The city of a sentence's dateline, as a name ("Kuala Lumpur"), or undefined. */
export function datelineCity(sentence: string): string | undefined {
  const city = DATELINE.exec(sentence)?.[1];
  const name = city?.toLowerCase().replace(/(^|[ .'-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());
  return name && !LABEL.test(name) ? name : undefined;
}

/**
 * The city of the first dateline among a story's opening sentences ("MUMBAI: The North Region Cyber Police ..."); a site's
 * menu ("Mumbai | Thane | Pune | India") is no sentence of the story.
 */
export function storyCity(sentences: readonly Sentence[], isCountry: (name: string) => boolean): string | undefined {
  let read = 0;
  for (const s of sentences) {
    if (!/\S\s+\S+\s+\S/.test(s.text)) continue;
    const city = datelineCity(s.text);
    if (city && !isCountry(city)) return city;
    if (++read === 8) return undefined;
  }
  return undefined;
}
