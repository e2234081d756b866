import type { Lexicon } from './lexicon.js';

/** Countries and authorities named in a stretch of text, most mentioned first. */
export interface PlaceMentions {
  jurisdictions: string[];
  authorities: Array<{ id: string; jurisdiction: string }>;
}

/** Finds country names, demonyms and agency names in `text`, ranked by mentions then first appearance. */
export function findPlaces(text: string, lex: Lexicon): PlaceMentions {
  const jurisdictions = new Map<string, { count: number; first: number }>();
  const authorities = new Map<string, { count: number; first: number; candidates: Array<{ id: string; jurisdiction: string }> }>();
  const bump = <V extends { count: number; first: number }>(map: Map<string, V>, key: string, at: number, init: () => V) => {
    const entry = map.get(key) ?? init();
    entry.count++;
    map.set(key, entry);
    return at;
  };
  lex.places.lastIndex = 0;
  for (let m = lex.places.exec(text); m; m = lex.places.exec(text)) {
    if (text[m.index + m[0].length] === '$') continue; // "US$" is a currency, not a country.
    const place = lex.placeOf(m[0]);
    if (place.jurisdiction) bump(jurisdictions, place.jurisdiction, m.index, () => ({ count: 0, first: m!.index }));
    if (place.authorities.length) {
      const key = place.authorities.map((a) => a.id).join('|');
      bump(authorities, key, m.index, () => ({ count: 0, first: m!.index, candidates: place.authorities }));
      for (const a of place.authorities) if (place.authorities.length === 1) bump(jurisdictions, a.jurisdiction, m.index, () => ({ count: 0, first: m!.index }));
    }
  }
  const ranked = <V extends { count: number; first: number }>(map: Map<string, V>) =>
    [...map].sort(([, a], [, b]) => b.count - a.count || a.first - b.first);
  const jurisdictionList = ranked(jurisdictions).map(([k]) => k);
  const authorityList = ranked(authorities).map(([, v]) =>
    v.candidates.find((c) => c.jurisdiction === jurisdictionList[0]) ?? v.candidates[0]!);
  return { jurisdictions: jurisdictionList, authorities: authorityList };
}

/** Where a figure comes from: its sentence first, then the document, then the pipeline defaults. */
export function attribute(
  sentence: PlaceMentions,
  document: PlaceMentions,
  defaults: { jurisdiction?: string | undefined; authority?: string | undefined },
): { jurisdiction: string | null; authority: string | null } {
  const docJurisdiction = document.jurisdictions[0] ?? defaults.jurisdiction ?? null;
  const sentenceAuthority = sentence.authorities.find((a) => !docJurisdiction || a.jurisdiction === docJurisdiction) ?? sentence.authorities[0];
  const jurisdiction = sentenceAuthority?.jurisdiction
    ?? (sentence.jurisdictions.length === 1 ? sentence.jurisdictions[0]! : null)
    ?? docJurisdiction;
  const authority = sentenceAuthority?.id
    ?? document.authorities.find((a) => a.jurisdiction === jurisdiction)?.id
    ?? (defaults.authority && (!defaults.jurisdiction || defaults.jurisdiction === jurisdiction) ? defaults.authority : null);
  return { jurisdiction, authority };
}
