import { definedAgencies, definedAgencyTable, withDefined } from './defined-agencies.js';
import type { Lexicon } from './lexicon.js';
import type { PlaceName } from './lexicon-places.js';
import { actingUnits, countriesNamed, placeNames, type AuthorityMention } from './places.js';
import { storyCity, type Sentence } from './sentences.js';
import { gated } from './gate.js';

// Which agency a sentence's figures come from, read from the text around it: agencies the text introduces itself,
// the agency named last before, and agencies named only as partners of the one acting.

type Names = ReturnType<typeof placeNames>;

/**
 * Agencies the text introduces that the table lacks ("the Financial Sector Conduct Authority (FSCA)", "the Istanbul
 * Chief Public Prosecutor's Office") join each sentence's places, in the country of the sentence that introduces
 * them or of the city named. Returns the agencies named only once, or null when the text introduces none.
 */
export function addDefinedAgencies(
  text: string,
  sentences: readonly Sentence[],
  names: Names[],
  lex: Lexicon,
  jurisdictionOf: (sentence: number) => string | null,
): { passing: Set<PlaceName> } | null {
  const known = (name: string, jurisdiction: string | null) => {
    const p = lex.placeOf(name);
    return p.jurisdiction !== null || p.authorities.some((a) => a.jurisdiction === jurisdiction);
  };
  const cityIn = (name: string) => (lex.isCountryName(name) ? null : lex.placeOf(name).jurisdiction);
  const agencyIn = (name: string, jurisdiction: string) => {
    const p = lex.placeOf(name);
    if (p.generic) return null;
    // "(GUPK) of the MVD" in Minsk: the id another country's agency is named by, where this country has an agency of that id.
    return p.authorities.find((a) => a.jurisdiction === jurisdiction)?.id ?? (lex.hasAgency(name, jurisdiction) ? name : null);
  };
  const sentenceAt = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const policeByPlace = (jurisdiction: string) => lex.localPolice(jurisdiction) || !lex.hasPolice(jurisdiction);
  const placeIn = (name: string) => lex.placeOf(name).jurisdiction;
  const isAgency = (name: string) => !lex.placeOf(name).generic && lex.placeOf(name).authorities.length > 0;
  const police = lex.placeOf('police');
  const nationalPolice = (jurisdiction: string) => police.authorities.find((a) => a.jurisdiction === jurisdiction)?.id ?? null;
  const countries = countriesNamed(names);
  const sole = (name: string) => {
    const p = lex.placeOf(name);
    return !p.generic && p.authorities.length === 1 ? p.authorities[0]! : null;
  };
  const namesTableAgency = (name: string, id: string) => {
    const agency = sole(name);
    return agency !== null && agency.id === sole(id)?.id && countries.has(agency.jurisdiction);
  };
  const agencies = definedAgencies(text, { known, cityIn, placeIn, isAgency, namesTableAgency, nationalPolice, agencyIn, isCountry: lex.isCountryName, policeByPlace, localForces: lex.localPolice }, (offset) => {
    const i = sentenceAt(offset);
    if (i < 0) return null;
    const text = sentences[i]!.text;
    const countries = new Set(names[i]!.filter((m) => !PEOPLE_AFTER.test(text.slice(m.end, m.end + 40))).map((m) => m.values[0]!.jurisdiction).filter((j) => j !== null));
    return countries.size === 1 ? [...countries][0]! : jurisdictionOf(i);
  }, storyCity(sentences, lex.isCountryName));
  if (!agencies.length) return null;
  const table = definedAgencyTable(agencies);
  const mentions = new Map<PlaceName, number>();
  sentences.forEach((s, i) => {
    const found = table.find(s.text);
    for (const place of new Set(found.map((m) => m.values[0]!))) mentions.set(place, (mentions.get(place) ?? 0) + 1);
    names[i] = withDefined(names[i]!, found);
  });
  // Named in one sentence only, an agency is mentioned in passing ("licensed by the Astana International Financial Centre (AIFC)"):
  // it speaks for its own sentence but does not lead the document.
  return { passing: new Set([...mentions].filter(([, n]) => n < 2).map(([place]) => place)) };
}

/** Whether a place name is an agency named by its name, not by a generic word ("police", "the commission"). */
export const namesAgencyByName = (m: Names[number]) => m.values[0]!.authorities.length > 0 && !m.values[0]!.generic;

/** For each sentence, the agency named first by name (not "police") in the last sentence before it that names one. */
export function namedBefore(sentences: readonly Sentence[], names: readonly Names[]): Array<AuthorityMention | null> {
  let last: AuthorityMention | null = null;
  return sentences.map((sentence, i) => {
    const before = last;
    // A partner is not carried on: after "Jointly with the AFM, ...", the news is still the text's agency's.
    // "The National Police's Criminal Investigation Agency (Bareskrim) has arrested ...": the unit's news.
    const byName = names[i]!.some(namesAgencyByName) ? actorsOf(sentence.text, names[i]!).filter(namesAgencyByName) : [];
    const named = actingUnits(byName, (m) => m.values[0]!.authorities)[0] ?? byName[0];
    if (named) last = { candidates: named.values[0]!.authorities, generic: false };
    return before;
  });
}

/**
 * An agency a sentence names as a partner of the one acting ("working together with the AFM, police shut down 17
 * exchangers"), only as the one that licenses ("operated without a licence from NAPP"), or as the channel something
 * went through ("got 17 websites blocked through the I4C").
 */
const PARTNER_LEAD = gated(/\b(?:together\s+with|jointly\s+with|in\s+(?:cooperation|co-operation|coordination|partnership)\s+with|alongside|assisted\s+by|with\s+the\s+(?:help|support|assistance)\s+of|working\s+with|licen[cs]e\s+(?:from|of|issued\s+by)|licen[cs]ed\s+by|regist(?:ered|ering|ration)\s+with|permission\s+of|through)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:['’]s)?\s+)?$/iu);

/**
 * The places a sentence names without the agencies it names only as partners: "Jointly with the AFM, the activity of 17
 * exchangers was terminated" names no one acting, and the figure is the text's agency's.
 */
export function actorsOf(text: string, names: Names): Names {
  // "the capture of 31 people, including several Venezuelan nationals, the Fiscalía said": whose nationals they were says
  // nothing of who acted.
  const own = names.some((m) => PEOPLE_AFTER.test(text.slice(m.end, m.end + 40)))
    ? names.filter((m) => m.values[0]!.authorities.length > 0 || !PEOPLE_AFTER.test(text.slice(m.end, m.end + 40))) : names;
  if (!own.some((m) => m.values[0]!.authorities.length > 0)) return own;
  const partners = partnersIn(text, own);
  return partners.length ? own.filter((m) => !partners.includes(m)) : own;
}
const PEOPLE_AFTER = gated(/^\s+(?:[\p{Ll}-]+\s+)?(?:nationals|citizens|migrants|passport\s+holders|expatriates|workers)\b/u);

/** The agencies a sentence names as partners of the one acting. */
function partnersIn(text: string, names: Names): Names {
  const agencies = names.filter((m) => m.values[0]!.authorities.length > 0);
  // An acronym in brackets after a partner's name is that partner again: "together with the Agency for Financial Monitoring (AFM)".
  const partner: boolean[] = [];
  agencies.forEach((m, k) => partner.push(PARTNER_LEAD.test(text.slice(Math.max(0, m.start - 48), m.start))
    || (k > 0 && partner[k - 1]! && /^\s*\(\s*$/.test(text.slice(agencies[k - 1]!.end, m.start)))));
  return agencies.filter((_, k) => partner[k]);
}
