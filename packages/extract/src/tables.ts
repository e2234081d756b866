import type { TextSpan } from '@reckon/schema';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './sentences.js';
import { gated } from './gate.js';

/** A cell of a Markdown table: its text without the pipes and surrounding spaces, and where it sits in the source. */
export type Cell = Sentence;

/** A Markdown table: its header cells, its body rows, and the span of its lines (header to last row). */
export interface Table { start: number; end: number; header: Cell[]; rows: Cell[][] }

const ROW = /^[ \t]*\|.*\|[ \t]*$/;
const ROW_START = /^[ \t]*\|/m;
const SEPARATOR = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*$/;

/**
 * The Markdown tables of a text ("| Country | Arrests |" over "| --- | --- |" over its rows), outside boilerplate. A
 * results table counts per row what its header names per column: its cells are read under their column's header.
 */
export function findTables(text: string, boilerplate: readonly TextSpan[] = []): Table[] {
  // Most texts hold no table: a row needs a line that opens on "|" (checked without a regex scan of the whole text).
  if (!text.startsWith('|') && !text.includes('\n|') && !(text.includes('\n ') && ROW_START.test(text))) return [];
  const tables: Table[] = [];
  const lines = linesOf(text);
  for (let i = 0; i + 1 < lines.length; i++) {
    const [start, end] = lines[i]!;
    if (!ROW.test(text.slice(start, end))) continue;
    const separated = SEPARATOR.test(text.slice(...lines[i + 1]!));
    if (!separated && !bareHeader(text, lines, i)) continue;
    const rows: Cell[][] = [];
    let j = separated ? i + 2 : i + 1;
    for (; j < lines.length && ROW.test(text.slice(...lines[j]!)); j++) rows.push(cellsOf(text, ...lines[j]!));
    const tableEnd = lines[j - 1]![1];
    if (rows.length && !boilerplate.some((b) => b.start < tableEnd && b.end > start)) tables.push({ start, end: tableEnd, header: cellsOf(text, start, end), rows });
    i = j - 1;
  }
  return tables;
}

/**
 * A header row a writer set with no "| --- |" line under it: words only, over two or more rows of as many cells with a
 * digit among them ("| Country | Agency | Arrests |" over "| Spain | Policía Nacional | 32 |").
 */
function bareHeader(text: string, lines: ReadonlyArray<[number, number]>, i: number): boolean {
  const header = cellsOf(text, ...lines[i]!);
  if (header.length < 2 || header.some((c) => !c.text || /\d/.test(c.text))) return false;
  const body = lines.slice(i + 1, i + 3);
  return body.length === 2 && body.every(([a, b]) => ROW.test(text.slice(a, b)) && cellsOf(text, a, b).length === header.length && /\d/.test(text.slice(a, b)));
}

function linesOf(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push([start, end]);
    start = end + 1;
  }
  return lines;
}

/** The cells between a row's pipes, trimmed, with their offsets. */
function cellsOf(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let from = text.indexOf('|', start) + 1;
  for (let pipe = text.indexOf('|', from); pipe >= 0 && pipe < end; pipe = text.indexOf('|', from)) {
    let a = from;
    let b = pipe;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    cells.push({ start: a, end: b, text: text.slice(a, b) });
    from = pipe + 1;
  }
  return cells;
}

/** A first column whose header names quarters or months of a year: "Quarter 2025", "Month (2025)", "2025, by quarter", "Period (2025)". */
const ROWS_OF_YEAR = gated(/^\s*(?:(?:by\s+)?(quarter|month|period)s?\s*(?:of\s+|,\s*|\(\s*)?((?:19|20)\d\d)\)?|((?:19|20)\d\d),?\s+(?:by\s+)?(quarter|month|period)s?)\s*$/i);

/**
 * Where a first column's header names the quarters or months of a year ("| Quarter 2025 |" over "| I |"), the period each row
 * label names, written as the periods reader reads it ("Q1 2025", "March 2025"); null for another header.
 */
export function rowsOfYear(header: string, title = ''): ((label: string) => string) | null {
  const m = ROWS_OF_YEAR.exec(header);
  // A bare "Quarter" or "Month" takes the one year the table's title names.
  const bare = m ? null : /^\s*(quarter|month)s?\s*$/i.exec(header);
  const titleYears = bare ? new Set(title.match(/\b(?:19|20)\d\d\b/g) ?? []) : null;
  if (!m && !(bare && titleYears!.size === 1)) return null;
  const quarters = /^quarter$/i.test(m ? (m[1] ?? m[4]!) : bare![1]!);
  const year = m ? (m[2] ?? m[3]!) : [...titleYears!][0]!;
  return (label) => `${(quarters ? quarterOf(label) : null) ?? label} ${year}`;
}

/** A quarter's row label: "I", "II" or "2" is "Q1", "Q2", and so are "I quarter" and "Quarter II"; null for another. */
function quarterOf(label: string): string | null {
  const bare = label.replace(/\bquarter\b/i, '').trim().toUpperCase();
  const n = ['I', 'II', 'III', 'IV'].indexOf(bare) + 1 || Number(/^\s*([1-4])(?:ST|ND|RD|TH)?\s*$/.exec(bare)?.[1] ?? 0);
  return n ? `Q${n}` : null;
}

/** A table's caption: the short line right above it, without its "Table 1." and its bold marks; null for a sentence. */
export function captionAbove(text: string, tableStart: number): string | null {
  const above = text.slice(0, tableStart).trimEnd();
  // "Number of the week: takedowns, third quarter": a column's label before the caption's own words is none of them.
  const line = above.slice(above.lastIndexOf('\n') + 1).replace(/^\*\*|\*\*$/g, '').replace(/^Table\s+\d+[.:]\s*/i, '').replace(/^[^:]{1,40}:\s+(?=\S)/, '').trim();
  return line && line.length <= 120 && !/[.:;]$/.test(line) ? line : null;
}

/** The currency and magnitude a table's label or header names for its cells: "(R$ million)", "(in EUR m)", ", KZT bn", "(Rs crore)", ", billion roubles". */
// "(x €1 million)", "(× 1 000 EUR)": a multiplier, as Dutch and German statistics write it.
// "(HK$ million)", "(RM mil)", "(₦ billion)": any dollar of a place, and the signs of other currencies.
// "(R million)", "(N billion)", "(TL billion)", "(Rp trillion)": a currency's letters alone.
// "(Dh million)", "(Bt m)": a sign of a capital and small letters, as the Gulf's and Thailand's papers write them.
// "(unit: KRW 100 million)", "(100 million won)": East Asian statistics' hundred millions.
// "(amounts in billion tenge, unless stated otherwise)", "(£m unless stated)", "(in millions of dollars, ...)", "(Rs in lakh)":
// what the amounts are in, with the note that other units are named where they are used.
const UNIT_NOTE = /(?:\(|,\s*)(?:(?:all\s+)?(?:amounts?|figures?|values?|sums?)\s+)?(?:in\s+|units?:\s*)?(?:[x×]\s*)?(?:([A-Z]{1,3}\$|R\$|Rs\.?|RM|Rp|KSh|GH[¢₵]|[$€£₸₽₹¥₺₦₱₩]|[A-Z]{1,3}|\p{Lu}\p{Ll}{1,2})\s*)?(?:in\s+)?(?:1\s+|(100)\s+)?(thousands?|k|mln|millions?|m|bn|bln|billions?|trillions?|tn|crore|lakh)\s*(?:of\s+)?(?:(US\$|R\$|[$€£₸₽₹¥]|[A-Z]{3}|\p{Ll}+))?\s*(?:,?\s*unless\s+(?:otherwise\s+)?(?:stated|indicated|noted|specified|shown)(?:\s+otherwise)?\s*)?(?:\)|$)/u;
/** "(€ x 1.000)", "(× 1 000 EUR)", "(x 1,000,000 kr)": a multiplier in digits, as Dutch, German and Nordic statistics write it. */
const DIGIT_MULTIPLIER = /[x×]\s*([$€£₸₽₹¥]\s*)?1[\s.,\u00A0]?000([\s.,\u00A0]?000)?(?![\d.,])/u;
/** "(unit: 10,000 yen)", "(10 000 yuan)", "damage in units of 10,000 yen": amounts in ten thousands. */
const TEN_THOUSANDS_NOTE = /(?:\(|,\s*|\bunits\s+of\s+)(?:in\s+|units?:\s*)?(?:(US\$|[$€£₸₽₹¥₩]|[A-Z]{3})\s*)?10[ ,.]?000\s*(US\$|[$€£₸₽₹¥₩]|[A-Z]{3}|\p{Ll}+)?\s*\)/u;
/**
 * What a bare cell reads as followed by ("million BRL", "bn KZT"): set against the number, as abbreviations are written, so
 * the lexicon's own magnitudes read it; '' where the header names no currency.
 */
export function unitNote(label: string, lex: Lexicon, jurisdiction: string | null): string {
  const m = UNIT_NOTE.exec(label.replace(DIGIT_MULTIPLIER, (_, sign: string | undefined, millions: string | undefined) => `${sign ?? ''}${millions ? 'million' : 'thousand'}`));
  const symbol = m?.[1] ?? m?.[4];
  const code = symbol ? lex.currencyCode(symbol, jurisdiction) : null;
  if (m && code) return `${m[2] ? ' hundred ' : ''}${m[3]!.toLowerCase().replace(/s$/, '')} ${code}`;
  // "Fraud offences reported, by police region, 2025 (thousands)": counts in thousands.
  if (m && !symbol && /^thousands?$/i.test(m[3]!)) return ' thousand';
  const tens = TEN_THOUSANDS_NOTE.exec(label);
  const tensCode = tens && (tens[1] ?? tens[2]) ? lex.currencyCode((tens[1] ?? tens[2])!, jurisdiction) : null;
  if (tensCode) return ` ten thousand ${tensCode}`;
  // "| Cash retrieved (GH¢ equivalent) |", "(in EUR)": a currency with no magnitude.
  const bare = CURRENCY_NOTE.exec(label);
  const bareCode = bare ? lex.currencyCode(bare[1]!, jurisdiction) : null;
  return bareCode ? ` ${bareCode}` : '';
}
// "(TL)", "(KSh)": a currency's two-letter or local sign too; "(baht)", "(in euros)": its name.
const CURRENCY_NOTE = /\(\s*(?:in\s+)?(US\$|R\$|Rs\.?|GH¢|GH₵|KSh|Rp|[$€£₸₽₹¥₺₦₱₩]|[A-Z]{2,3}|\p{Ll}{3,12})(?:\s+equivalent)?\s*\)/u;
