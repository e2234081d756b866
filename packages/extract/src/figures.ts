import { DURATION_UNITS, MAGNITUDES, type Qualifier, type UnitKind } from '@reckon/schema';
import { numberWordValue, type Lexicon } from './lexicon.js';

/** A figure read from a sentence: offsets are into the sentence text. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  valueHigh: number | null;
  unit: string | null;
  unitKind: UnitKind;
  qualifier: Qualifier;
  countedThing: string | null;
  /** Where the number itself starts and ends, without qualifier or unit words. */
  numberStart: number;
  numberEnd: number;
  rule: 'money' | 'count' | 'duration';
}

const DIGITS = /(?<![\p{L}\p{N}.,/:#+_-])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{N}/]|[.,]\d)/gu;
const DIGITS_DECIMAL_COMMA = /(?<![\p{L}\p{N}.,/:#+_-])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{N}/]|[.,]\d)/gu;
const RANGE_JOIN = /^\s*(?:-|–|—|to|and|through)\s*/iu;
const PERCENT = /^\s?(?:%|per\s?cent\b|pct\b|percentage\b|basis points?\b|bps\b)/iu;
const ORDINAL = /^(?:st|nd|rd|th)\b/iu;
const AGE = /^[\s-]*(?:years?|yrs?)[\s-]*old\b|^-year-old\b/iu;
const COUNT_STOP = new Set(['to', 'in', 'of', 'that', 'which', 'who', 'whom', 'for', 'from', 'and', 'or', 'with', 'were', 'was', 'are',
  'is', 'had', 'have', 'has', 'by', 'on', 'at', 'as', 'across', 'including', 'linked', 'since', 'during', 'over', 'after', 'before',
  'between', 'under', 'into', 'through', 'while', 'but', 'the', 'their', 'its', 'his', 'her', 'been', 'being', 'be', 'than', 'per',
  'each', 'this', 'these', 'those', 'last', 'worth', 'valued', 'totalling', 'totaling', 'amounting', 'involving', 'related']);

/** Reads every figure of a sentence: number, magnitude, range, currency or duration, hedge, counted thing. */
export function findFigures(text: string, lex: Lexicon, masked: ReadonlyArray<[number, number]>, decimalComma = false): Figure[] {
  const tokens: Array<{ start: number; end: number; value: number; word: boolean }> = [];
  const digits = decimalComma ? DIGITS_DECIMAL_COMMA : DIGITS;
  digits.lastIndex = 0;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    const value = parseDigits(m[0], decimalComma);
    if (value !== null) tokens.push({ start: m.index, end: m.index + m[0].length, value, word: false });
  }
  lex.numberWords.lastIndex = 0;
  for (let m = lex.numberWords.exec(text); m; m = lex.numberWords.exec(text)) {
    const value = numberWordValue(m[0]);
    if (value !== null) tokens.push({ start: m.index, end: m.index + m[0].length, value, word: true });
  }
  tokens.sort((a, b) => a.start - b.start);
  const isMasked = (s: number, e: number) => masked.some(([ms, me]) => s < me && e > ms);
  const figures: Figure[] = [];
  let consumedTo = -1;
  for (const token of tokens) {
    if (token.start < consumedTo || isMasked(token.start, token.end)) continue;
    const figure = readFigure(text, token, tokens, lex);
    if (!figure) continue;
    figures.push(figure);
    consumedTo = figure.end;
  }
  return figures;
}

function readFigure(
  text: string,
  token: { start: number; end: number; value: number; word: boolean },
  tokens: ReadonlyArray<{ start: number; end: number; value: number }>,
  lex: Lexicon,
): Figure | null {
  const after0 = text.slice(token.end, token.end + 40);
  if (PERCENT.test(after0) || ORDINAL.test(after0) || AGE.test(after0)) return null;
  const plain = text.slice(token.start, token.end);
  const isYear = /^(?:19|20)\d\d$/.test(plain);

  let start = token.start;
  let end = token.end;
  let value = token.value;
  let unit: string | null = null;
  let unitKind: UnitKind = 'count';

  const before = lex.currencyBefore.exec(text.slice(Math.max(0, start - 8), start));
  if (before) {
    const code = lex.currencyCode(before[0]);
    if (code) {
      unit = code;
      unitKind = 'money';
      start -= before[0].length;
    }
  }
  let magnitude = readMagnitude(text, end, lex);
  if (magnitude) {
    value *= magnitude.factor;
    end = magnitude.end;
  }
  if (isYear && !unit && !magnitude) return null;
  if (!Number.isFinite(value) || value > 1e15) return null;

  // A range: "2.5 to 3.5 years", "$2-3 million", "between 10 and 12".
  let valueHigh: number | null = null;
  const join = RANGE_JOIN.exec(text.slice(end, end + 12));
  if (join) {
    let at = end + join[0].length;
    const highCurrency = /^(?:US\$|[$€£₸₽₹])/.exec(text.slice(at, at + 3));
    if (highCurrency) at += highCurrency[0].length;
    const high = tokens.find((t) => t.start === at);
    const isAnd = /and/i.test(join[0]);
    const between = /\bbetween\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(0, start - 20), start));
    if (high && (!isAnd || between) && !/^(?:19|20)\d\d$/.test(text.slice(high.start, high.end))) {
      let highValue = high.value;
      let highEnd = high.end;
      const highMagnitude = readMagnitude(text, high.end, lex);
      if (highMagnitude) {
        highValue *= highMagnitude.factor;
        highEnd = highMagnitude.end;
        if (!magnitude) value *= highMagnitude.factor;
      }
      if (highValue > value) {
        valueHigh = highValue;
        end = highEnd;
        magnitude ??= highMagnitude;
      }
    }
  }

  const after = text.slice(end, end + 40);
  if (PERCENT.test(after)) return null;
  let countedThing: string | null = null;
  if (!unit) {
    const duration = lex.durationAfter.exec(after);
    const currency = lex.currencyAfter.exec(after);
    if (duration && !AGE.test(after)) {
      unit = DURATION_UNITS[duration[0].trim().replace(/^-/, '').toLowerCase()] ?? null;
      unitKind = 'duration';
      end += duration[0].length;
    } else if (currency) {
      // "34 bitcoin ATMs" counts machines, not coins.
      const thing = lex.countedThing(wordsAfter(text, end + currency[0].length));
      if (thing) countedThing = thing;
      else {
        unit = lex.currencyCode(currency[0]);
        unitKind = 'money';
        end += currency[0].length;
      }
    }
  }
  if (unitKind === 'count') {
    countedThing ??= lex.countedThing(wordsAfter(text, end));
    if (!countedThing) return null;
    unit = 'count';
  }
  if (!unit) return null;
  if (unitKind === 'count' && !Number.isInteger(value)) return null;

  let qualifier: Qualifier = valueHigh !== null ? 'range' : 'exact';
  const hedge = lex.qualifierBefore.exec(text.slice(Math.max(0, start - 24), start));
  if (hedge && valueHigh === null) {
    qualifier = lex.qualifierOf(hedge[0]);
    start -= hedge[0].length;
  }
  return {
    start, end, value: round(value), valueHigh: valueHigh === null ? null : round(valueHigh), unit, unitKind, qualifier,
    countedThing, numberStart: token.start, numberEnd: token.end, rule: unitKind === 'money' ? 'money' : unitKind === 'duration' ? 'duration' : 'count',
  };
}

function readMagnitude(text: string, at: number, lex: Lexicon): { factor: number; end: number } | null {
  const m = lex.magnitudeAfter.exec(text.slice(at, at + 12));
  if (!m) return null;
  const factor = MAGNITUDES[m[0].trim().toLowerCase()];
  return factor ? { factor, end: at + m[0].length } : null;
}

/** The words that follow a figure up to the first stop word or punctuation: where the counted thing is named. */
function wordsAfter(text: string, at: number): string[] {
  const words: string[] = [];
  const re = /\s*([\p{L}][\p{L}'’-]*)/uy;
  re.lastIndex = at;
  for (let m = re.exec(text); m && words.length < 5; m = re.exec(text)) {
    const w = m[1]!.toLowerCase().replace(/['’]s$/, '');
    if (COUNT_STOP.has(w)) break;
    words.push(w);
  }
  return words;
}

/** Parses "3,500", "3 500", "2.5" (or "3.500" and "2,5" with a decimal comma); null for absurd digit runs. */
export function parseDigits(raw: string, decimalComma = false): number | null {
  const digitsOnly = raw.replace(/[^\d]/g, '');
  if (digitsOnly.length > 16) return null;
  const normal = decimalComma ? raw.replace(/[.\s\u00A0\u202F]/g, '').replace(',', '.') : raw.replace(/[,\s\u00A0\u202F]/g, '');
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** Rounds away binary noise from magnitude arithmetic (1.28 * 1e6 = 1280000.0000000002). */
function round(value: number): number {
  return Number(value.toPrecision(12));
}
