import type { Lexicon } from './lexicon.js';
import type { AuthorityCandidate, PlaceName } from './lexicon-places.js';
import type { PhraseMatch } from './phrases.js';
import { gated } from './gate.js';

/** An agency named in a text: every agency the name may mean, and whether it was a generic reference ("police"). */
export interface AuthorityMention { candidates: AuthorityCandidate[]; generic: boolean }

/** Countries and authorities named in a stretch of text, most mentioned first. */
export interface PlaceMentions {
  jurisdictions: string[];
  authorities: AuthorityMention[];
}

type Tally<V> = Map<string, { value: V; count: number; first: number }>;

/** Country names, demonyms and agency names in `text`, in order. */
export function placeNames(text: string, lex: Lexicon): Array<PhraseMatch<PlaceName>> {
  // "US$" is a currency, not a country; "ASIC miners" are machines, not Australia's regulator.
  return lex.places.find(text).filter((m) => text[m.end] !== '$' && !(m.values[0]!.authorities.length && HARDWARE_AFTER.test(text.slice(m.end, m.end + 24)))
    && !anotherPlacesForce(text, m));
}

/** A force's name that opens on its kind ("Metropolitan Police"), with another place's name before it: "the Cúcuta Metropolitan Police". */
const FORCE_KIND_NAME = gated(/^(?:Metropolitan|Municipal|Provincial|Regional|City|State)\s/);
const PLACE_BEFORE = /(?:^|[^\p{L}])(?!(?:The|A|An|London|Greater)\s)\p{Lu}[\p{L}'’-]+\s+$/u;
function anotherPlacesForce(text: string, m: PhraseMatch<PlaceName>): boolean {
  return m.values[0]!.authorities.length === 1 && FORCE_KIND_NAME.test(m.text) && PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
}

/**
 * The agencies named together that speak: a force named with a unit of it ("The National Police's Criminal Investigation
 * Agency (Bareskrim)") leaves the news to the unit. `candidatesOf` gives what each item may mean.
 */
export function actingUnits<T>(items: readonly T[], candidatesOf: (item: T) => readonly AuthorityCandidate[]): T[] {
  const parents = new Set(items.flatMap((item) => candidatesOf(item).map((c) => c.partOf)).filter((p) => p !== undefined));
  return parents.size ? items.filter((item) => !candidatesOf(item).some((c) => parents.has(c.id))) : [...items];
}

/** A chip or machine an agency's acronym names ("ASIC miners", "ASIC devices"). */
const HARDWARE_AFTER = gated(/^[\s-]+(?:miners?|mining|devices?|rigs?|chips?|hardware)\b/i);

/** The countries a text's sentences name by a country's name, demonym or city (agencies' names count none). */
export function countriesNamed(names: ReadonlyArray<ReadonlyArray<PhraseMatch<PlaceName>>>): Set<string> {
  return new Set(names.flatMap((ns) => ns.map((m) => m.values[0]!.jurisdiction)).filter((j) => j !== null));
}

/** Finds country names, demonyms and agency names in `text`, ranked by mentions then first appearance. */
export function findPlaces(text: string, lex: Lexicon): PlaceMentions {
  return tallyPlaces(placeNames(text, lex));
}

/** Ranks the places named by `names` by mentions, then first appearance. */
export function tallyPlaces(names: ReadonlyArray<PhraseMatch<PlaceName>>): PlaceMentions {
  const jurisdictions: Tally<string> = new Map();
  const authorities: Tally<AuthorityMention> = new Map();
  const bump = <V>(map: Tally<V>, key: string, at: number, value: V) => {
    const entry = map.get(key);
    if (entry) entry.count++;
    else map.set(key, { value, count: 1, first: at }); // No spread of `value`: this runs for every name of every sentence.
  };
  for (const m of names) {
    const place = m.values[0]!;
    if (place.jurisdiction) bump(jurisdictions, place.jurisdiction, m.start, place.jurisdiction);
    if (!place.authorities.length) continue;
    bump(authorities, authorityKey(place), m.start, mentionOf(place));
    // Only a name that can mean one agency tells the country; it counts double, as the claim's country is the reporting agency's.
    const agency = place.authorities.length === 1 && !place.generic ? place.authorities[0]! : null;
    for (let i = 0; agency && i < 2; i++) bump(jurisdictions, agency.jurisdiction, m.start, agency.jurisdiction);
  }
  const ranked = <V>(map: Tally<V>) => [...map.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((t) => t.value);
  return { jurisdictions: ranked(jurisdictions), authorities: ranked(authorities) };
}

// A place's mention, made once per name: callers never change one.
const mentions = new WeakMap<PlaceName, AuthorityMention>();
function mentionOf(place: PlaceName): AuthorityMention {
  let mention = mentions.get(place);
  if (mention === undefined) mentions.set(place, (mention = { candidates: place.authorities, generic: place.generic }));
  return mention;
}

// A place's tally key, built once per name: every sentence of every source tallies the same names again.
const authorityKeys = new WeakMap<PlaceName, string>();
function authorityKey(place: PlaceName): string {
  let key = authorityKeys.get(place);
  if (key === undefined) authorityKeys.set(place, (key = `${place.generic}:${place.authorities.map((a) => a.id).join('|')}`));
  return key;
}

/**
 * An official source speaks for its publisher ("U.S. Attorney's Office, Southern District of New York", "Europol"):
 * the publisher's agency and its country lead the document's places, however often others are mentioned.
 */
export function ledByPublisher(document: PlaceMentions, publisher: PlaceMentions): PlaceMentions {
  const parent = publisherAgency(publisher);
  // A force's release on what one of its units did ("Operatives of the PNP Anti-Cybercrime Group (ACG) arrested ...") is the unit's.
  const unit = parent ? document.authorities.find((a) => !a.generic && a.candidates.length === 1 && a.candidates[0]!.partOf === parent.candidates[0]!.id) : undefined;
  const agency = unit ?? parent;
  const country = agency?.candidates[0]!.jurisdiction ?? publisher.jurisdictions[0];
  if (!country) return document;
  const key = (a: AuthorityMention) => a.candidates.map((c) => c.id).join('|');
  return {
    jurisdictions: [country, ...document.jurisdictions.filter((j) => j !== country)],
    authorities: agency ? [agency, ...document.authorities.filter((a) => key(a) !== key(agency))] : document.authorities,
  };
}

/**
 * The agency a publisher's name names: one only an agency bears, or a shared one ("Ministry of Internal Affairs")
 * in the country the name gives ("... of the Republic of Kazakhstan").
 */
export function publisherAgency(publisher: PlaceMentions): AuthorityMention | null {
  const named = publisher.jurisdictions[0];
  for (const a of publisher.authorities) {
    if (a.generic) continue;
    // "Ministry of Interior of the Republic of Türkiye" is no other country's Ministry of Interior.
    const local = a.candidates.length === 1 && (!named || a.candidates[0]!.jurisdiction === named) ? a.candidates[0] : a.candidates.find((c) => c.jurisdiction === named);
    if (local) return { candidates: [local], generic: false };
  }
  return null;
}

/**
 * The agency a mention means in a text about `jurisdiction`: a shared name ("Interior Ministry", "FIU") its local
 * sense, and none when no sense is local (which country's it is, the text has not said); a generic word only that.
 */
export function resolveAuthority(mention: AuthorityMention, jurisdiction: string | null): AuthorityCandidate | null {
  const local = mention.candidates.find((c) => c.jurisdiction === jurisdiction);
  if (local || mention.generic) return local ?? null;
  return mention.candidates.length === 1 ? mention.candidates[0]! : null;
}

/** The country a document is about: its most named one, else that of the first agency it names, else the default. */
export function documentJurisdiction(document: PlaceMentions, defaults: { jurisdiction?: string | undefined }): string | null {
  const named = document.authorities.find((a) => !a.generic);
  return document.jurisdictions[0] ?? named?.candidates[0]?.jurisdiction ?? defaults.jurisdiction ?? null;
}

/**
 * Where a figure comes from: an agency its sentence names (preferring one of the document's country), else
 * the document's country and its most named agency there, then the pipeline defaults.
 */
export function attribute(
  sentence: PlaceMentions,
  document: PlaceMentions,
  defaults: { jurisdiction?: string | undefined; authority?: string | undefined },
): { jurisdiction: string | null; authority: string | null } {
  const docJurisdiction = documentJurisdiction(document, defaults);
  const context = sentence.jurisdictions.length === 1 ? sentence.jurisdictions[0]! : docJurisdiction;
  // A generic word for a force ("Police seized ...") in a text that names a unit of it (the CCIB) means that unit; so does
  // a name its units share ("the LKA").
  const units = document.authorities.filter((a) => !a.generic).map((a) => resolveAuthority(a, docJurisdiction)).filter((a) => a?.partOf);
  const unitOf = (a: AuthorityCandidate | null, generic: boolean) => (a && (generic || a.shared) ? units.find((u) => u!.partOf === a.id) ?? a : a);
  const named = sentence.authorities.map((a) => unitOf(resolveAuthority(a, context) ?? resolveAuthority(a, docJurisdiction), a.generic)).filter((a) => a !== null);
  const acting = actingUnits(named, (a) => [a]);
  const sentenceAuthority = acting.find((a) => a.jurisdiction === docJurisdiction) ?? acting[0];
  const jurisdiction = sentenceAuthority?.jurisdiction ?? docJurisdiction;
  const authority = sentenceAuthority?.id
    ?? document.authorities.map((a) => resolveAuthority(a, jurisdiction)).find((a) => a?.jurisdiction === jurisdiction)?.id
    ?? (defaults.authority && (!defaults.jurisdiction || defaults.jurisdiction === jurisdiction) ? defaults.authority : null);
  return { jurisdiction, authority };
}
