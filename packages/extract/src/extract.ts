import { contentId, type Claim, type Codebook, type Source } from '@reckon/schema';
import { findFigures, type Figure } from './figures.js';
import { compileLexicon, type Lexicon } from './lexicon.js';
import { candidateMetrics, chooseMetric, clauseAround, findTriggers } from './metric.js';
import { findPeriods, type PeriodMention } from './periods.js';
import { attribute, findPlaces, type PlaceMentions } from './places.js';
import { splitSentences, type Sentence } from './sentences.js';

/** Bumped whenever extraction output can change: cached claims are keyed by it. */
export const EXTRACTOR_VERSION = '1.0.0';

export interface ExtractorOptions {
  codebook: Codebook;
  defaults?: { jurisdiction?: string | undefined; authority?: string | undefined };
}

/** Plans, threats, possibilities and conditions are not reported statistics. */
const MODALITY = /\b(?:plans?|planned|planning|aims?|aimed|intends?|intended|seeks?|sought|proposes?|proposed|expects?|hopes?|wants?|threatens?|threatened|vows?|pledged?)\s+to\b|\b(?:will|would|could|might|should|can|shall)\b|\bmay\b|\bfaces?\b|\bfacing\b|\bif\b|\bunless\b|\bpotential(?:ly)?\b|\bmaximum\b|\bpunishable\b/u;
/** Rules and thresholds: "top-ups exceeding 500,000 tenge must be reported". */
const OBLIGATION = /\b(?:must|required|requires?|obliged|obligat\w*|threshold|limit|caps?|capped|ceiling|mandatory|prohibit\w*|allowed|permitted|eligible)\b/iu;
const NEGATION = /\b(?:not|no|never|neither|nor|without|denied)\b[^,;]{0,30}$/iu;
/** Prices, populations and market figures sit beside enforcement figures but are not enforcement statistics. */
const DISTRACTOR = /\b(?:population|inhabitants|residents of|price[sd]?|trading at|traded at|trades at|priced|per (?:coin|token|unit|share)|market (?:cap\w*|value)|capitali[sz]ation|salar(?:y|ies)|budget|tax revenues?|gdp)\b/iu;
/** What joins a figure to its stated conversion: "60 billion tenge (approximately $112.84 million)". */
const CONVERSION = /^\s*(?:\(|\[|,?\s*(?:or|equivalent\s+to|equal\s+to|i\.e\.|roughly|about|approximately|worth)\s*\(?)\s*$/iu;
/** Legal references, times, web and mail addresses: their digits are never figures. */
const NOISE = /\b(?:article|section|clause|paragraph|part|chapter|law|decree|resolution|order|case|no\.?|number|code|rule)\s+(?:no\.?\s*)?\d[\d.]*\b|\b\d{1,2}:\d{2}\b|\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w.-]+@[\w.-]+\.\w+/giu;
/** Digit groups joined by hyphens, dots or brackets, or led by "+": a phone number when it has a "+", "(" or two separators. */
const PHONE = /(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?(?:[\s.-]\d{2,4}){2,4}/gu;
const DECIMAL_COMMA_LANGUAGES = /^(?:de|fr|es|it|pt|ru|tr|nl|pl|uk|kk|cs|sv|da|fi|nb|no|ro|id)\b/i;

/** Builds the extraction function for one codebook: compile once, then call per source. Pure: no I/O. */
export function createExtractor(options: ExtractorOptions): (source: Source) => Claim[] {
  const lex = compileLexicon(options.codebook);
  return (source) => extractClaims(source, lex, options.defaults ?? {});
}

function extractClaims(source: Source, lex: Lexicon, defaults: NonNullable<ExtractorOptions['defaults']>): Claim[] {
  const sentences = splitSentences(source.text, source.boilerplate);
  const documentPlaces = findPlaces(sentences.map((s) => s.text).join('\n'), lex);
  const decimalComma = DECIMAL_COMMA_LANGUAGES.test(source.language ?? '');
  const claims: Claim[] = [];
  for (const sentence of sentences) {
    if (!/[\d]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/iu.test(sentence.text)) continue;
    claims.push(...claimsOfSentence(source, sentence, lex, documentPlaces, defaults, decimalComma));
  }
  return claims;
}

function claimsOfSentence(
  source: Source,
  sentence: Sentence,
  lex: Lexicon,
  documentPlaces: PlaceMentions,
  defaults: NonNullable<ExtractorOptions['defaults']>,
  decimalComma: boolean,
): Claim[] {
  const text = sentence.text;
  const periods = findPeriods(text, source.published);
  const masked: Array<[number, number]> = periods.map((p) => [p.start, p.end]);
  NOISE.lastIndex = 0;
  for (let m = NOISE.exec(text); m; m = NOISE.exec(text)) masked.push([m.index, m.index + m[0].length]);
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    if (/[+(]|\d[.-]\d+[.-]\d/.test(m[0])) masked.push([m.index, m.index + m[0].length]);
  }
  const figures = findFigures(text, lex, masked, decimalComma);
  if (!figures.length) return [];
  const triggers = findTriggers(text, lex);
  const place = attribute(findPlaces(text, lex), documentPlaces, defaults);
  const claims: Claim[] = [];
  let previous: { figure: Figure; claim: Claim } | null = null;
  for (const figure of figures) {
    const conversionOf = previous && figure.unitKind === 'money' && previous.figure.unitKind === 'money' && previous.figure.unit !== figure.unit
      && CONVERSION.test(text.slice(previous.figure.end, figure.start)) ? previous.claim : null;
    let metric: string;
    let confidence: number;
    let period: { start: string | null; end: string | null; text: string | null };
    if (conversionOf) {
      metric = conversionOf.metric;
      confidence = conversionOf.confidence;
      period = { start: conversionOf.period_start, end: conversionOf.period_end, text: conversionOf.period_text };
    } else {
      if (!isReported(text, figure)) continue;
      const chosen = chooseMetric(text, figure, figures, triggers, candidateMetrics(figure, lex.metrics));
      if (!chosen || chosen.score < 0.1) continue;
      metric = chosen.metric.id;
      confidence = Math.min(1, Number((0.4 + chosen.score * 0.6).toFixed(2)));
      period = periodOf(text, figure, periods, source.published);
    }
    const spanStart = sentence.start + figure.start;
    const spanEnd = sentence.start + figure.end;
    const claim: Claim = {
      claim_id: contentId(source.source_id, spanStart, spanEnd, metric, figure.unit),
      source_id: source.source_id,
      source_path: source.source_path,
      metric,
      value: figure.value,
      value_high: figure.valueHigh,
      unit: figure.unit!,
      qualifier: figure.qualifier,
      period_start: period.start,
      period_end: period.end,
      period_text: period.text,
      jurisdiction: place.jurisdiction,
      authority: place.authority,
      quote: text,
      quote_start: sentence.start,
      quote_end: sentence.end,
      span_start: spanStart,
      span_end: spanEnd,
      figure: text.slice(figure.start, figure.end),
      extractor: `${conversionOf ? 'conversion' : figure.rule}@${EXTRACTOR_VERSION}`,
      converted_from: conversionOf?.claim_id ?? null,
      confidence,
    };
    claims.push(claim);
    previous = { figure, claim };
  }
  return claims;
}

/** False for figures under a plan, a possibility, a rule or a negation, and for prices and populations. */
function isReported(text: string, figure: Figure): boolean {
  const [from, to] = clauseAround(text, figure.start, figure.end);
  const lead = text.slice(from, figure.start);
  const clause = text.slice(from, to);
  return !MODALITY.test(lead) && !OBLIGATION.test(clause) && !NEGATION.test(lead) && !DISTRACTOR.test(clause);
}

/**
 * The period of a figure: an expression in its own clause, else one that opens the sentence ("In 2024,
 * ..."), else none, which the codebook reads as cumulative up to the publication date.
 */
function periodOf(text: string, figure: Figure, periods: readonly PeriodMention[], published: string | null) {
  const usable = periods.filter((p) => p.kind !== 'date');
  const [from, to] = clauseAround(text, figure.start, figure.end);
  const inClause = usable.filter((p) => p.start >= from && p.end <= to);
  const distance = (p: PeriodMention) => (p.end <= figure.start ? figure.start - p.end : p.start - figure.end);
  const [opening] = clauseAround(text, 0, 0);
  const [, openingEnd] = clauseAround(text, opening, opening);
  const chosen = inClause.sort((a, b) => distance(a) - distance(b))[0]
    ?? usable.find((p) => p.end <= openingEnd && figure.start >= openingEnd);
  if (!chosen) return { start: null, end: published, text: null };
  return { start: chosen.periodStart, end: chosen.periodEnd, text: chosen.text };
}
