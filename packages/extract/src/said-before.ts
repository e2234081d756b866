import type { Claim } from '@reckon/schema';
import type { Figure } from './figures.js';
import type { Lexicon } from './lexicon.js';
import { candidateMetrics } from './metric.js';
import { gated } from './gate.js';

// Figures whose own clause names no metric but that refer to a figure said before them: set against it, a part of it,
// or the same figure restated.

/** What opens a sentence that sets its figure against one said before: "That is up from nine exchangers in 2022." */
// "That brings the total since January to 131 exchangers": a running total of the count said before.
const SET_AGAINST = gated(/(?:^(?:that|this|it)\s+(?:brings|brought|takes|took|raises|raised|lifts|lifted)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:total|tally|number|count)\b[^.;]{0,60}?\bto|^(?:that|this|it)\s+(?:is|was|compares)\s+(?:(?:up|down)\s+)?(?:from|with|against)|\b(?:up|down)\s+from|\bcompared?\s+(?:with|to))\s+(?:just\s+|only\s+)?$/i);

// "That compares with 58 exchangers and ₸74 billion a year earlier": the sum may be the second item set against.
export const SET_AGAINST_OPENING = gated(/^(?:that|this|it)\s+(?:is|was|compares)\s+(?:(?:up|down)\s+)?(?:from|with|against)\s+(?:just\s+|only\s+)?(?:\d[\d.,]*(?:\s+[^\s\d,;]+){1,2}\s+and\s+)?$/i);

// "in 2024, this number was 74", "In 2023 the figure stood at €4.1 million", "In 2024 the corresponding amount was 96,3 million
// kronor": the same measure, another period.
export const NUMBER_WAS = gated(/^(?:(?:in|for|during)\s+[^,;]{1,40}?,?\s+|[^,;]{1,30},\s+)?(?:this|that|the)\s+(?:(?:corresponding|comparable|equivalent|same)\s+)?(?:number|figure|total|tally|count|amount|sum)\s+(?:was|were|stood\s+at|had\s+been|amounted\s+to|reached)\s+(?:just\s+|only\s+)?$/i);

/** A count in brackets that a comparison closes on: "This is 1.9 times more than in the same period of 2025 (47 exchangers)." */
const BRACKETED_AGAINST = gated(/(?:\btimes\b|\bfold\b|\bthan\b|\bcompared\s+(?:with|to)\b)[^().;]{0,80}\(\s*$/i);

/**
 * A figure set against the last of its kind said in the sentences before (for a count, the last count), whose own clause
 * names no metric: that one's metric. "That compares with 268.9 million pesos in the first half of 2024."
 */
export function setAgainst(text: string, figure: Figure, saidBefore: Claim | undefined, lex: Lexicon, saidInSentence?: Claim): { metric: string; whole: null; against: Claim } | null {
  const lead = text.slice(0, figure.start);
  const clause = lead.replace(/^.*;\s*/, '');
  // "...; in 2024, this number was 74": the figure of the sentence's own clause before.
  const numberWas = NUMBER_WAS.test(clause);
  const said = numberWas ? saidInSentence ?? saidBefore : saidBefore;
  if (!said) return null;
  // A sum only where the sentence opens on it ("That compares with ..."): "Bitcoin traded at £61,000, compared with £7,500"
  // sets a price against a price the sentence told.
  const against = numberWas || (figure.unitKind === 'count'
    ? SET_AGAINST.test(lead.replace(/^.*[,;]\s*/, '')) || BRACKETED_AGAINST.test(lead)
    : SET_AGAINST_OPENING.test(lead));
  const fits = against && candidateMetrics(figure, lex.metrics).some((c) => c.metric.id === said.metric);
  return fits ? { metric: said.metric, whole: null, against: said } : null;
}

/** "losses of $4.57 billion, of which $3.96 billion involved cryptocurrency": a part of the sum before, with no verb of its own. */
// "€ 312,4 million in 2025, of which cryptocurrency worth € 41,7 million": what the part is may stand before it.
const OF_WHICH = gated(/^(?:[^;:.,]{0,120}?,)?\s*(?:out\s+)?of\s+(?:which|whom)\s+(?:(?:[\p{L}-]+\s+){1,3}(?:worth|valued\s+at|of|totall?ing|amounting\s+to)\s+)?$/iu);

export function ofWhich(text: string, figure: Figure, previous: { figure: Figure; claim: Claim } | null): { metric: string; whole: Claim } | null {
  if (!previous || previous.figure.unitKind !== figure.unitKind) return null;
  const gap = text.slice(previous.figure.end, figure.start);
  // "nine more websites offering ... services, including four platforms claiming ...": things of the kind counted before.
  const includedKind = figure.unitKind === 'count' && INCLUDING_PART.test(gap) && figure.countedThings.some((t) => previous.figure.countedThings.includes(t));
  // "412 criminal proceedings ..., 67 of which involved crypto-assets": the part's "of which" after it.
  const partBefore = /^[^;:.]{0,80},\s*$/.test(gap) && /^\s+of\s+(?:which|whom)\b/i.test(text.slice(figure.end, figure.end + 12));
  return OF_WHICH.test(gap) || includedKind || partBefore ? { metric: previous.claim.metric, whole: previous.claim } : null;
}
const INCLUDING_PART = gated(/^[^;:.]{0,120}?,?\s+including\s+$/);

/**
 * "Several outlets rounded that to "more than $100 million"", "A wire service reported 421", "put the number of arrests at
 * "nearly 500"": a figure that restates one said before, naming no metric of its own, counts what that one did.
 */
// "Police seized 61,000 bitcoin. At today's prices the coins are worth more than £5 billion": a valuation of what was
// said before.
// "CONSOB blacked out 14 further websites. The total since July 2019 now stands at 1.781": a running total of it.
/** "The correct figure is 418.", "; the correct figure is N1.3bn": the figure a correction gives in place of one taken back. */
export const CORRECT_FIGURE_LEAD = gated(/\b(?:the\s+)?(?:correct|corrected|right|actual|accurate)\s+(?:figure|number|total|amount|sum|count|tally)\s+(?:is|was|should\s+(?:have\s+been|be)|stands\s+at)\s+(?:now\s+)?$/i);
/** Whether a sentence gives a correction's figure at all. */
export const CORRECT_FIGURE_IN = gated(/\b(?:correct|corrected|right|actual|accurate)\s+(?:figure|number|total|amount|sum|count|tally)\s+(?:is|was|should|stands)\b/i);
const RESTATES = gated(/(?:\b(?:the|its|their)\s+(?:running\s+)?(?:total|tally)\s+(?:(?:since|for|so\s+far\s+in)\s+[^.;,]{1,30}?\s+)?(?:(?:has|had|now)\s+)?(?:risen|rose|grown|grew|climbed|reached|stands|stood|increased)\s+(?:(?:at|to)\s+)?|\b(?:the|these|those)\s+(?:seized\s+|confiscated\s+|frozen\s+)?(?:coins|bitcoins?|ether|crypto|cryptocurrenc(?:y|ies)|crypto-?assets|assets|tokens|funds|holdings|haul|property|properties)(?:\s+(?:alone|seized|confiscated|frozen))?(?:\s+on\s+the\s+wallets)?\s+(?:are|were|is|was)\s+(?:now\s+|currently\s+|together\s+)?(?:worth|valued\s+at)\s+(?:a\s+total\s+of\s+)?|\brounded\s+(?:it|that|this|the\s+[\p{L}-]+)\s+(?:up\s+|down\s+)?to|\brendered\s+(?:it\s+|that\s+)?as|\b(?:reported|cited|wrote|quoted|printed|carried|gave|claimed|stated)(?:\s+(?:a\s+figure\s+of|the\s+figure\s+as))?|\bput\s+the\s+(?:[\p{L}-]+\s+){1,4}at)\s*["“'‘]?$/iu);

export function restated(text: string, figure: Figure, said: Claim | undefined, lex: Lexicon): { metric: string; whole: Claim } | null {
  const lead = text.slice(Math.max(0, figure.start - 60), figure.start);
  if (!said || !(RESTATES.test(lead) || CORRECT_FIGURE_LEAD.test(lead))) return null;
  const fits = candidateMetrics(figure, lex.metrics).some((c) => c.metric.id === said.metric);
  return fits ? { metric: said.metric, whole: said } : null;
}

/** "Banks accounted for 118.6 million pesos of the total": a part of the total said before, whatever its verb. */
// "₸15.7 billion ..., at least ₸2.4 billion of it for darknet drug shops": "it" (or "this") is the sum before, where what
// the part was for or tied to follows.
const OF_THE_TOTAL = gated(/^(?:\s*\([^()]{1,40}\))?\s+of\s+(?:(?:the|that|this)\s+(?:total|sum|amount|overall\s+(?:total|sum|amount))\b(?!\s+(?:of\s+)?(?!to\b)[\p{L}-]+)|(?:it|this|that)\s+(?=for\s|(?:was|were)\s+(?:related|linked|connected|tied|traced|attributed)\b))/iu);
/** "4.1 billion tenge of it came from two large drug shops": a part that came from crime, of a total crime's money refines. */
const CAME_FROM_CRIME = gated(/^(?:\s*\([^()]{1,40}\))?\s+of\s+(?:it|this|that)\s+came\s+(?:directly\s+)?from\s+(?:[\p{L}-]+\s+){0,4}?(?:drug|narcotic|darknet|criminal|crime|fraud|scam|illicit)/iu);
/** "Of the total, 1.12 trillion won was linked to importers ...": the part told first. */
// "Of the 2025 total, £61.2m related to financial crime failings": the total may carry its year.
// "Of the 2025 turnover, KZT 71bn was traced to drug sales": a total by its name.
// "Of that, about ₸14.6 billion was tied to payments for narcotics": the total the sentence before told.
const OF_THE_TOTAL_LEAD = gated(/^(?:of|out\s+of)\s+(?:(?:the|that|this)\s+(?:(?:19|20)\d\d(?:[-/]\d{2})?\s+)?(?:total|sum|amount|turnover|volume)\s*,?|(?:that|this|it)\s*,)\s*$/i);

/** `crimeOf`: whether a metric's figure has a part that crime's money refines (turnover has; a seizure has not). */
export function partOfTotal(text: string, figure: Figure, said: Claim | undefined, crimeOf: (metric: string) => boolean = () => false): { metric: string; whole: Claim } | null {
  const after = text.slice(figure.end, figure.end + 100);
  return said && (OF_THE_TOTAL.test(after) || (crimeOf(said.metric) && CAME_FROM_CRIME.test(after))) ? { metric: said.metric, whole: said } : null;
}

/** Whether the sentence opens on a total's name before the figure: "Of the 2025 turnover, ". */
export function afterTotalsName(text: string, figure: Figure): boolean {
  return OF_THE_TOTAL_LEAD.test(text.slice(0, figure.start));
}

/** A part told first, where its own words name no metric: the total's ("Of the total, 1.12 trillion won was linked to ..."). */
export function partAfterTotal(text: string, figure: Figure, said: Claim | undefined): { metric: string; whole: Claim } | null {
  return said && afterTotalsName(text, figure) ? { metric: said.metric, whole: said } : null;
}

export function kindOf(claim: Claim): Figure['unitKind'] {
  return claim.unit === 'count' ? 'count' : /^(?:years|months|days)$/.test(claim.unit) ? 'duration' : 'money';
}
