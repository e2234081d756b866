import { contentId, type Claim } from '@reckon/schema';
import type { PlaceName } from './lexicon-places.js';
import { numberWordValue, type Lexicon } from './lexicon.js';
import { findTriggers } from './metric.js';
import type { PhraseMatch } from './phrases.js';
import type { Sentence } from './sentences.js';
import { gated } from './gate.js';

/** One item of a breakdown by place: its number, where it is and the country it counts (the whole's, where null). */
export interface BreakdownItem { start: number; end: number; value: number; jurisdiction: string | null }

const NUMBER = /^\d{1,3}(?:,\d{3})*$|^\d+$/u;
// "aged between 31 and 58 in Johannesburg": the top of an age range too.
const AGE_BEFORE = gated(/\b(?:over|under|above|below|aged)\s+$|\baged\s+(?:between\s+|from\s+)?\d{1,2}\s*(?:and|to|-|–)\s*$/i);
const MONTH_BEFORE = gated(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/i);

/**
 * Items of a breakdown of a total by country, after `from`: "130 in the United States, 42 in Germany",
 * "United States (130), Germany (42)" or a list line "- United States: 130". Offsets are into `text`.
 */
export function breakdownItems(text: string, from: number, places: ReadonlyArray<PhraseMatch<PlaceName>>): BreakdownItem[] {
  const items: BreakdownItem[] = [];
  for (const place of places) {
    const jurisdiction = place.values[0]!.jurisdiction;
    if (!jurisdiction || place.start < from) continue;
    // "130 in the United States": the number just before the country.
    // "11 in Greater Manchester", "one in the district of Leipzig": the place's own words before its name.
    const before = /(\d[\d,]*|\p{L}+(?:-\p{L}+)?)\s+(?:in|from)\s+(?:the\s+)?(?:Greater\s+|(?:district|province|region|county|city)\s+of\s+)?$/u.exec(text.slice(Math.max(from, place.start - 40), place.start));
    // "United States (130)", "United States: 130": the number just after it, also as a bracket's last item "(..., Hungary: 3)".
    const after = /^\s*(?:\(\s*(\d[\d,]*)\s*\)|[:\u2013\u2014-]\s*(\d[\d,]*)\s*(?:$|[,;.)]))/u.exec(text.slice(place.end, place.end + 24));
    const raw = before?.[1] ?? after?.[1] ?? after?.[2];
    // "six in Belgium, four in the Netherlands": written numbers too.
    const value = raw && NUMBER.test(raw) ? Number(raw.replace(/,/g, '')) : raw ? numberWordValue(raw) : null;
    if (!raw || value === null) continue;
    const start = before ? place.start - before[0].length : place.end + after![0].indexOf(raw);
    // "on 13 January 2026 in Prague": the year of a date, not a count.
    if (before && MONTH_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    // "112 victims over 60 in Ohio": an age, not a count.
    if (before && AGE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    items.push({ start, end: start + raw.length, value, jurisdiction });
  }
  return items;
}

/**
 * Items of a breakdown by places the place table does not know, in a list's own shape after its first count: "Seven of
 * the suspects were detained in Medellín, four in Cali, three in Pereira and two in Bogotá". They are of the count's country.
 */
export function unknownPlaceItems(text: string, from: number): BreakdownItem[] {
  const items: BreakdownItem[] = [];
  for (const m of text.slice(from).matchAll(UNKNOWN_PLACE_ITEM)) {
    const value = NUMBER.test(m[1]!) ? Number(m[1]!.replace(/,/g, '')) : numberWordValue(m[1]!);
    if (value === null || CALENDAR_NAME.test(m[2]!)) continue;
    const [start, end] = m.indices![1]!;
    // "three men aged 19, 23 and 26 in Almere": ages, not counts.
    if (AGES_BEFORE.test(text.slice(Math.max(0, from + start - 40), from + start))) continue;
    items.push({ start: from + start, end: from + end, value, jurisdiction: null });
  }
  return items;
}
const UNKNOWN_PLACE_ITEM = /(?:,|\band)\s+(\d[\d,]*|\p{Ll}+(?:-\p{Ll}+)?)\s+(?:in|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?=\s*(?:[,;.)]|and\b|by\b|during\b|on\b|$))/dgu;
const AGES_BEFORE = /\baged\s+(?:between\s+)?\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|and|to|-|–)\s*$/i;
/** "and 5 in March", "two in Monday's raids": a month or a day is no place. */
const CALENDAR_NAME = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/**
 * The country a breakdown's first count is of, named right after it: "Nine of the arrests were made in Cyprus, three in
 * Spain and two in Germany" counts nine in Cyprus.
 */
export function firstItemPlace(text: string, end: number, places: ReadonlyArray<PhraseMatch<PlaceName>>): string | null {
  const place = places.find((p) => p.start >= end && p.start - end <= 48);
  if (!place?.values[0]!.jurisdiction || !/^\s*[,;]/u.test(text.slice(place.end, place.end + 3))) return null;
  return FIRST_ITEM_GAP.test(text.slice(end, place.start)) ? place.values[0]!.jurisdiction : null;
}
const FIRST_ITEM_GAP = /^(?:\s+of\s+(?:the|them|those)(?:\s+\p{L}+)?)?(?:\s+(?:were|was)\s+(?:made|carried\s+out|detained|arrested))?\s+in\s+(?:the\s+)?$/u;

/** A claim for one breakdown item, like `template` (metric, period, authority) but for the item's number and country. */
export function itemClaim(template: Claim, sentence: Sentence, item: BreakdownItem, sourceId: string): Claim {
  const spanStart = sentence.start + item.start;
  const spanEnd = sentence.start + item.end;
  return {
    ...template,
    claim_id: contentId(sourceId, spanStart, spanEnd, template.metric, 'count'),
    value: item.value, value_high: null, unit: 'count', qualifier: 'exact', jurisdiction: item.jurisdiction ?? template.jurisdiction,
    quote: sentence.text, quote_start: sentence.start, quote_end: sentence.end, span_start: spanStart, span_end: spanEnd,
    figure: sentence.text.slice(item.start, item.end), extractor: template.extractor.replace(/^[^@]*/, 'breakdown'), converted_from: null,
  };
}

/** The count metric a list header names: "Arrests per country:" counts people arrested. */
export function headerMetric(header: string, lex: Lexicon): string | null {
  const things = lex.countedThing(header.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean));
  if (!things.length) return null;
  const metrics = new Set(findTriggers(header, lex).flatMap((t) => t.metrics));
  return lex.metrics.find((m) => m.unit_kind === 'count' && metrics.has(m.id) && (m.counts ?? []).some((c) => things.includes(c)))?.id ?? null;
}
