import type { AuthorityDefinition, JurisdictionDefinition } from '@reckon/schema';
import { PhraseTable } from './phrases.js';
import type { Fiscal } from './periods.js';

/** An agency a name may refer to, and the force it is a unit of. */
export interface AuthorityCandidate { id: string; jurisdiction: string; partOf?: string | undefined; shared?: boolean | undefined }

/** What a place or agency name means. */
export interface PlaceName {
  jurisdiction: string | null;
  /** Every agency the name may refer to; several when an acronym is shared ("SEC", "FIU"). */
  authorities: AuthorityCandidate[];
  /** A generic reference ("police", "the central bank"): it names an agency only in a text about that agency's country. */
  generic: boolean;
}

export interface PlaceLexicon {
  /** Country names, demonyms (also plural) and agency names, case-sensitive. */
  places: PhraseTable<PlaceName>;
  placeOf: (name: string) => PlaceName;
  /** The currency of a jurisdiction, which a shared symbol such as "$" means in a text about it. */
  localCurrency: (jurisdiction: string) => string | null;
  /** A jurisdiction's fiscal year: its first month (1 when it follows the calendar), and the year that names it. */
  fiscalYear: (jurisdiction: string | null) => Fiscal;
  /** Whether a jurisdiction's police are local forces named after their place (`localPolice`). */
  localPolice: (jurisdiction: string) => boolean;
  /** Whether a name is a city-state's, its country's and its city's at once (`cityState`): "Singapore". */
  isCityState: (name: string) => boolean;
  /** Whether the table has a police force of the jurisdiction: one its "police" means, or one named a police. */
  hasPolice: (jurisdiction: string) => boolean;
  /** Whether `name` is a country's name rather than a city's. */
  isCountryName: (name: string) => boolean;
  /** Whether a code ("GB", "EU") is a jurisdiction's. */
  isJurisdiction: (code: string) => boolean;
  /** Whether the table has an agency of that id in that country ("MVD" in Belarus as in Russia). */
  hasAgency: (id: string, jurisdiction: string) => boolean;
  /** The agency that takes the agency's cases to court, if another. */
  prosecutorOf: (id: string, jurisdiction: string) => string | null;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Compiles the codebook's country names, demonyms and agency names (with their generic aliases) into one phrase table. */
export function compilePlaces(jurisdictions: readonly JurisdictionDefinition[], authorities: readonly AuthorityDefinition[]): PlaceLexicon {
  const byCode = new Map(jurisdictions.map((j) => [j.code, j]));
  // A jurisdiction's first name is the country's own ("Kazakhstan"); the rest are demonyms, cities and short forms.
  const countryNames = new Set(jurisdictions.map((j) => j.names[0]!));
  const cityStates = new Set(jurisdictions.filter((j) => j.cityState).map((j) => j.names[0]!));
  const names = new Map<string, PlaceName>();
  const place = (name: string, generic = false) => {
    if (!names.has(name)) names.set(name, { jurisdiction: null, authorities: [], generic });
    return names.get(name)!;
  };
  for (const j of jurisdictions) for (const n of j.names) place(n).jurisdiction ??= j.code;
  for (const a of authorities) {
    for (const n of a.names) place(n).authorities.push({ id: a.id, jurisdiction: a.jurisdiction, partOf: a.partOf, ...(a.shared ? { shared: true } : {}) });
    for (const alias of a.aliases ?? []) {
      for (const n of new Set([alias, capitalised(alias)])) {
        const p = place(n, true);
        if (p.generic) p.authorities.push({ id: a.id, jurisdiction: a.jurisdiction });
      }
    }
  }
  const agencyKeys = new Set(authorities.map((a) => `${a.jurisdiction}:${a.id}`));
  const prosecutors = new Map(authorities.filter((a) => a.prosecutedBy).map((a) => [`${a.jurisdiction}:${a.id}`, a.prosecutedBy!]));
  const policed = new Set(authorities.filter((a) => a.aliases?.includes('police') || a.names.some((n) => /\bPolice\b/i.test(n))).map((a) => a.jurisdiction));
  // A trailing "s" is a plural demonym ("Nigerians", "South Koreans"); names are case-sensitive.
  const places = new PhraseTable([...names].map(([phrase, value]) => ({ phrase, value, plural: true })), true);
  const none: PlaceName = { jurisdiction: null, authorities: [], generic: false };
  const placeOf = (name: string) => {
    const n = name.replace(/\s+/g, ' ');
    return names.get(n) ?? (n.endsWith('s') ? names.get(n.slice(0, -1)) : undefined) ?? none;
  };
  return {
    places,
    placeOf,
    localCurrency: (jurisdiction) => byCode.get(jurisdiction)?.currency ?? null,
    fiscalYear: (jurisdiction) => {
      const place = jurisdiction ? byCode.get(jurisdiction) : undefined;
      return { start: place?.fiscalYearStart || 1, namedByStart: place?.fiscalYearNamedBy === 'start' };
    },
    localPolice: (jurisdiction) => byCode.get(jurisdiction)?.localPolice === true,
    isCityState: (name) => cityStates.has(name),
    hasPolice: (jurisdiction) => policed.has(jurisdiction),
    isCountryName: (name) => countryNames.has(name),
    isJurisdiction: (code) => byCode.has(code),
    hasAgency: (id, jurisdiction) => agencyKeys.has(`${jurisdiction}:${id}`),
    prosecutorOf: (id, jurisdiction) => prosecutors.get(`${jurisdiction}:${id}`) ?? null,
  };
}
