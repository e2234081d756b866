import type { AuthorityCandidate, PlaceName } from './lexicon-places.js';
import { PhraseTable, type PhraseMatch } from './phrases.js';
import { gated } from './gate.js';

/** An acronym in brackets: "(FSCA)", "(DPCI)", "(Bareskrim)", "(LKA NRW)". */
const BRACKETED = /\((\p{Lu}[\p{Lu}\p{Ll}&-]{1,11}(?:\s\p{Lu}{2,4})?)\)/gu;
/** The capitalised name before it, joined by the small words of agency names: "Directorate for Priority Crime Investigation". */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|on|the|to|&)){0,2}\s+){0,9}\p{Lu}[\p{L}'’-]*\s*$/u;
/** What follows a unit's acronym to name the agency it belongs to: "(GUPK) of the MVD", "(ECU) of the Ministry of Interior". */
const PART_OF = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,4})/u;
/** The word that makes a name an agency's, as its head: last, or before "of"/"for" ("Ministry of ...", "Bureau for ..."). */
const AGENCY_HEAD = /\b(?:Agency|Authority|Commission|Bureau|Service|Police|Directorate|Ministry|Department|Office|Unit|Committee|Council|Board|Centre|Center|Inspectorate|Administration|Prosecutor|Prosecution|Investigation|Investigations|Intelligence|Regulator|Force|Guard|Customs|Secretariat|Procuracy|Superintendency|Superintendence)(?=\s*$|\s+(?:of|for|on)\b)/u;

/** "the Istanbul Chief Public Prosecutor's Office": a city's prosecutors, who speak for their cases as agencies do. */
const OFFICE_KIND = '(?:Chief|Regional|District|City|Provincial|Metropolitan|Public|State)';
const CITY_PROSECUTOR = new RegExp(`\\b(\\p{Lu}[\\p{L}-]+(?:\\s+(?!${OFFICE_KIND}\\b)\\p{Lu}[\\p{L}-]+)?)\\s+(?:${OFFICE_KIND}\\s+){0,3}Prosecutor(?:['’]s|s['’]|s)?\\s+Office\\b`, 'gu');
/** The same named after the office: "the prosecutor's office of the city of Astana", "the federal prosecutor's office in Rosario". */
const PROSECUTOR_IN_CITY = /\b[Pp]rosecutor(?:['’]s|s['’])?\s+[Oo]ffice\s+(?:in|of)\s+(?:the\s+city\s+of\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/gu;


/**
 * A financial centre is a place with its own courts and regulator, not an agency ("Astana International Financial
 * Centre (AIFC)"); a news agency reports, it does not enforce ("Continental Press Agency (CPA)").
 */
/** "Joint Commissioner of Police (Crime)": an officer's title and branch, not an agency's name and acronym. */
const OFFICER_TITLE = gated(/\b(?:Commissioner|Superintendent|Inspector(?:\s+General)?|Director(?:\s+General)?|Chief|Officer)\s+of\s+(?:the\s+)?Police$/u);
const NOT_AGENCY = gated(/\bFinancial\s+Cent(?:re|er)$|\b(?:Press|News|Telegraph|Information|Media)\s+Agency$/u);

/** An agency a text names that the table lacks: its id, the names the text calls it by, the country it belongs to. */
export interface DefinedAgency {
  id: string;
  names: string[];
  jurisdiction: string;
  /** The table's force this is a unit of: the text's "police" then means this one ("Police in Hangzhou ... Police have frozen"). */
  partOf?: string;
}

/** What the codebook's table says of a name. */
export interface KnownPlaces {
  /**
   * Whether a name already means a country, or an agency of `jurisdiction` (those keep the table's sense): another
   * country's namesake does not stop a text from naming its own ("Mongolia's National Police Agency (NPA)").
   */
  known: (name: string, jurisdiction: string | null) => boolean;
  /** The country of a city's name; null for a country's own name or a name the table lacks. */
  cityIn: (name: string) => string | null;
  /** The country a name means, its own or a city's; null for a name the table lacks. */
  placeIn: (name: string) => string | null;
  /**
   * Whether a name and its acronym are one table agency's, of a country the text names: that agency, not a namesake of
   * the text's own country ("Mongolia's National Police Agency (NPA)" is Mongolia's where the text names no Japan).
   */
  namesTableAgency: (name: string, id: string) => boolean;
  /** Whether a name is a table agency's, of any country. */
  isAgency: (name: string) => boolean;
  /** The table's agency that a text's "police" means in the jurisdiction, or null. */
  nationalPolice: (jurisdiction: string) => string | null;
  /** Whether a name is a country's. */
  isCountry: (name: string) => boolean;
  /** The table's agency of `jurisdiction` that a name means, or null. */
  agencyIn: (name: string, jurisdiction: string) => string | null;
  /**
   * Whether a police force is named after its place in that country: its police are local forces, or the table has no
   * national police ("Hellenic Police", "Malawi Police Service").
   */
  policeByPlace: (jurisdiction: string) => boolean;
  /** Whether the codebook says the jurisdiction's police are local forces (`localPolice`). */
  localForces: (jurisdiction: string) => boolean;
}

/**
 * Agencies a text introduces that the codebook's table lacks, named as the gold coders publish them: one
 * introduced with its acronym ("the Financial Sector Conduct Authority (FSCA)") by the acronym, a city's
 * prosecutor's office ("the Istanbul Chief Public Prosecutor's Office") as "Istanbul prosecutor".
 * `jurisdictionAt` gives the country of the text around an offset; `city` is the story's dateline city, if it has one.
 */
export function definedAgencies(text: string, places: KnownPlaces, jurisdictionAt: (offset: number) => string | null, city?: string): DefinedAgency[] {
  const found = new Map<string, DefinedAgency>();
  // Before acronyms: coders name a sheriff's office in full, whatever the text abbreviates it to ("BSO").
  if (/[Ss]heriff/.test(text)) for (const office of sheriffs(text, places, jurisdictionAt)) found.set(office.id, office);
  const named = new Set([...found.values()].flatMap((a) => a.names));
  if (text.includes('(')) {
    BRACKETED.lastIndex = 0;
    for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
      const id = m[1]!;
      if (found.has(id) || named.has(id) || (id.match(/\p{Lu}/gu)?.length ?? 0) < 2 && id.length < 4) continue;
      const jurisdiction = jurisdictionAt(m.index);
      if (!jurisdiction || places.known(id, jurisdiction)) continue;
      const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 160), m.index));
      const name = before ? trimToAcronym(before[0].trim(), id) : '';
      if (!name || !AGENCY_HEAD.test(name) || NOT_AGENCY.test(name) || OFFICER_TITLE.test(name)) continue;
      // "Agents of Homeland Security Investigations (HSI)" in a Mexican paper that names the United States: the table's agency.
      if (places.namesTableAgency(name, id)) continue;
      // "Colombia's Attorney General's Office (Fiscalía)": a short name for an agency the table has, in the text's
      // country, is that agency's name here ("according to the Fiscalía").
      // "the Main Directorate for Combating Cybercrime (GUPK) of the MVD": a unit of an agency the table has speaks as that agency.
      const parent = PART_OF.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60))?.[1];
      const tail = parent ? null : knownTail(name, jurisdiction, places);
      const tableAgency = (parent ? places.agencyIn(parent, jurisdiction) : null) ?? tail ?? knownHead(name, jurisdiction, places);
      // "the Myanmar Police Force (MPF)", "Officers of the Lithuanian Criminal Police Bureau (LKPB)": an agency the table knows
      // only by its name goes by the acronym the text gives it.
      const spelledOut = tail !== null && /\s/.test(tail);
      // "the State Criminal Police Office of North Rhine-Westphalia (LKA NRW)": the table's acronym with its state's is
      // that state's office, named as the text names it.
      const stateOffice = tableAgency !== null && id.startsWith(`${tableAgency} `);
      if (spelledOut || stateOffice) found.set(id, { id, names: [id, name], jurisdiction });
      else if (tableAgency) found.set(id, { id: tableAgency, names: [id], jurisdiction });
      else if (!places.known(name, jurisdiction)) found.set(id, { id, names: [id, name], jurisdiction });
    }
  }
  if (/[Pp]olice|Public Security/.test(text)) {
    for (const police of localPolice(text, places, jurisdictionAt, city)) {
      const known = found.get(police.id);
      if (known) known.names.push(...police.names.filter((n) => !known.names.includes(n)));
      else found.set(police.id, police);
    }
  }
  if (/[Pp]rosecutor/.test(text)) {
    const offices: DefinedAgency[] = [];
    // A city the table lacks is placed in the country of the text around it, unless it is a country's name.
    const officeOf = (m: RegExpExecArray, known: boolean) => {
      // "the Karaganda Region Prosecutor's Office" is Karaganda's.
      const city = m[1]!.replace(/^(?:The|the)\s+/, '').replace(/\s+(?:Region|Oblast|Province)$/, '');
      const jurisdiction = places.cityIn(city) ?? (known || places.isCountry(city) ? null : jurisdictionAt(m.index));
      const id = `${city} prosecutor`;
      if (!jurisdiction) return;
      const office = found.get(id) ?? { id, names: [], jurisdiction };
      if (!office.names.includes(m[0])) office.names.push(m[0]);
      if (!found.has(id)) offices.push(office);
      found.set(id, office);
    };
    // Not "Istanbul prosecutors": the table's place names hold demonyms too, and "Kazakh prosecutors" are no city's.
    for (const [pattern, knownOnly] of [[CITY_PROSECUTOR, true], [PROSECUTOR_IN_CITY, false]] as const) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) officeOf(m, knownOnly);
    }
    // With one city's office in the text, "the prosecutors" are its prosecutors.
    if (offices.length === 1) offices[0]!.names.push('prosecutors', 'Prosecutors');
  }
  return [...found.values()];
}

/**
 * A city's, a region's or a country's police the table lacks, as the text names it: "Osaka prefectural police", "the Hangzhou
 * Municipal Public Security Bureau", "West Yorkshire Police", "Malawi Police Service", "the Surat city cyber crime police". Its
 * place may be one the table lacks. A name never runs across a line: "... 7:12 PM IST\nThe Cyberabad police" is Cyberabad's.
 */
const LOCAL_POLICE = /\b[Pp]olice[^\S\n]+in[^\S\n]+(\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}\p{N}])|\b(\p{Lu}[\p{L}'’-]+(?:[^\S\n]+(?:(?:es|de|do|da|al|el|and|&)[^\S\n]+)?\p{Lu}[\p{L}'’-]+){0,2})[^\S\n]+(?:(?:[Pp]refectural|[Mm]unicipal|[Cc]ommissionerate|[Pp]rovincial|[Mm]etropolitan|city|cyber|cybercrime|crime|economic|offences)[^\S\n]+){0,3}(?:Police|police|Public[^\S\n]+Security[^\S\n]+Bureau)(?:[^\S\n]+(?:Service|Department|Force|Headquarters))?\b(?![^\S\n]+(?:Agency|Academy|Bureau|Commission|Directorate|Division|Unit|College)\b)/gu;
/** Words that say which force, not where: "Federal Police", "Cyber Police", "the National Police". */
const FORCE_KIND = /^(?:The|A|An|Federal|National|State|Cyber|Financial|Border|Military|Secret|Tourist|Judicial|Criminal|Economic|Civil|Royal|Local|Traffic|Special|Tax|Transport|Railway|Marine|Maritime|Religious|Morality|Riot|Mounted|Provincial|Municipal|Metropolitan|City|Regional|District|County|Community|Central|General|Main|Immigration|Customs|Investigations?|Crime|Cybercrime|Anti|Judiciary|Capital|What|Why|How|Where|Who|Which|Prefectural|Commissionerate|European|Union['’]s|EU|Police|Chief|Deputy|Senior|Superintendent|Inspector|Commissioner|Director|Officers?|When|After|Before|But|And|Meanwhile|In|On|At|By|Both|Two|Three|Several|Many|Other|Some|Its|Their|His|Her|Our|This|That|These|Those|Unit|Service|Agency)$/u;

/** Compass points and a city's parts, which name no place alone: "the North Region Cyber Police", "West Zone Police". */
const NO_PLACE = /^(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest)\s*)+(?:Region|Zone|Division|District|Range|Sector|Area|Wing)?$/u;

const LOCAL_KIND = gated(/\b(?:[Mm]unicipal|[Pp]refectural|[Pp]rovincial|[Mm]etropolitan|city|[Cc]ommissionerate)\b/);
/** A people's name, which names a country's police, not a city's: "Chinese", "Hellenic", "Kazakh". */
const DEMONYM = /(?:ese|ian|ish|ic|ch|kh|i)$/u;

/**
 * "MUMBAI: The North Region Cyber Police have busted ...": a force named by its kind alone, in a story datelined from a
 * city whose country's police are local forces, is that city's police.
 */
function datelined(m: RegExpExecArray, city: string | undefined, places: KnownPlaces): DefinedAgency | null {
  const at = city ? places.placeIn(city) : null;
  const name = m[0].replace(/^(?:The|the|A|An)\s+/, '');
  if (!at || m[1] || !places.localForces(at) || !/\s/.test(name) || places.known(name, at) || places.isAgency(name)) return null;
  const national = places.nationalPolice(at);
  return { id: `${city} Police`, names: [name], jurisdiction: at, ...(national ? { partOf: national } : {}) };
}

function localPolice(text: string, places: KnownPlaces, jurisdictionAt: (offset: number) => string | null, city: string | undefined): DefinedAgency[] {
  const found: DefinedAgency[] = [];
  LOCAL_POLICE.lastIndex = 0;
  for (let m = LOCAL_POLICE.exec(text); m; m = LOCAL_POLICE.exec(text)) {
    // "the Dubai Police General Command": the place is the name's first words, not a force's kind.
    // "Police in Hangzhou": the place after the force.
    const placed = m[1] ?? m[2]!;
    // "Trading Standards and Lincolnshire Police": two bodies, the force the second.
    const joined = placed.split(/\s+(?:and|&)\s+/);
    const words = (joined.length > 1 && joined[0]!.includes(' ') ? joined.at(-1)! : placed).split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
    while (words.length && FORCE_KIND.test(words[0]!)) words.shift();
    // The name as the text writes it, from its place on: "Argentine Federal Police" is the table's, whatever led into it.
    const name = words.length ? (m[1] ? m[0] : m[0].slice(m[0].indexOf(words[0]!))) : '';
    while (words.length && FORCE_KIND.test(words.at(-1)!)) words.pop();
    if (!words.length || NO_PLACE.test(words.join(' '))) {
      const force = datelined(m, city, places);
      if (force) addAgency(found, force);
      continue;
    }
    const place = words.join(' ').replace(/ & /g, ' and ');
    // A country's police, named by the country ("police in Japan", "Chinese police"), is its table's police where it has one;
    // "Police in <country>" coins no name.
    // "the Shanghai Municipal Public Security Bureau": a city's kind of force says its place is no people, whatever it ends on.
    const country = !LOCAL_KIND.test(m[0]) && (places.isCountry(place) || DEMONYM.test(place));
    if (country && (m[1] || places.nationalPolice(places.placeIn(place) ?? '') !== null)) continue;
    // A force is its place's country's where the table knows the place, else the text's country's.
    const at = places.placeIn(place) ?? jurisdictionAt(m.index);
    const id = `${place} Police`;
    // "Police in Hangzhou" names a force of its own only where police are local forces.
    if (!at || !places.policeByPlace(at) || (m[1] && !places.localForces(at)) || [id, name, `${name} Department`, `${name} Service`, `${name} Force`].some((n) => places.known(n, at) || places.isAgency(n))) continue;
    const national = places.nationalPolice(at);
    addAgency(found, { id, names: [name], jurisdiction: at, ...(national ? { partOf: national } : {}) });
  }
  return found;
}

/** Adds an agency to a list, or its names to the one of its id there. */
function addAgency(list: DefinedAgency[], agency: DefinedAgency): void {
  const known = list.find((a) => a.id === agency.id);
  if (!known) list.push(agency);
  else known.names.push(...agency.names.filter((n) => !known.names.includes(n)));
}

/** A county's sheriff, a local force no table can list: "the Polk County Sheriff's Office", "Broward Sheriff's Office". */
// "Waukesha County sheriff's deputies arrested ...": the office's deputies name it too.
const SHERIFF = /\b(\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,3})\s+(?:Sheriff['’]s\s+(Office|Department)|sheriff['’]s\s+(office|department|deputies|detectives))\b/gu;

/**
 * The sheriff's offices a text names, where police are local forces; the text's "sheriff's office" after the name is that
 * office, as coders credit it ("The sheriff's office said the couriers collected $1.9 million").
 */
function sheriffs(text: string, places: KnownPlaces, jurisdictionAt: (offset: number) => string | null): DefinedAgency[] {
  const found: DefinedAgency[] = [];
  SHERIFF.lastIndex = 0;
  for (let m = SHERIFF.exec(text); m; m = SHERIFF.exec(text)) {
    const words = m[1]!.split(/\s+/);
    while (words.length && FORCE_KIND.test(words[0]!) && words[0] !== 'County') words.shift();
    const at = jurisdictionAt(m.index);
    if (!words.length || !at || !places.localForces(at)) continue;
    const kind = m[2] ?? (m[3] === 'department' ? 'Department' : 'Office');
    const name = `${words.join(' ')} Sheriff's ${kind}`;
    if (found.some((a) => a.id === name)) continue;
    const own = m[0].slice(m[0].indexOf(words[0]!));
    const office = kind.toLowerCase();
    // "the Pasco County Sheriff's Office (PCSO)": the acronym is the office too.
    const acronym = /^\s*\((\p{Lu}{2,6})\)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 10))?.[1];
    const names = [own, `sheriff's ${office}`, `Sheriff's ${kind}`, `sheriff’s ${office}`, `Sheriff’s ${kind}`, ...(acronym ? [acronym] : [])];
    found.push({ id: name, names, jurisdiction: at });
  }
  return found;
}

/** The table's agency that the name, or its end ("According to the Attorney General's Office"), means in `jurisdiction`. */
function knownTail(name: string, jurisdiction: string, places: KnownPlaces): string | null {
  const words = name.split(/\s+/);
  // Two words at least: a last word alone ("Police", "Office") names no one agency.
  for (let i = 0; i < Math.max(1, words.length - 1); i++) {
    const agency = places.agencyIn(words.slice(i).join(' '), jurisdiction);
    if (agency) return agency;
  }
  return null;
}

/** The table's agency the name starts with: "Garda National Economic Crime Bureau" is a bureau of the Garda. */
function knownHead(name: string, jurisdiction: string, places: KnownPlaces): string | null {
  const words = name.split(/\s+/);
  for (let i = words.length - 1; i >= 1; i--) {
    const agency = places.agencyIn(words.slice(0, i).join(' '), jurisdiction);
    if (agency) return agency;
  }
  return null;
}

/**
 * The name without the capitalised words a sentence leads into it with ("According to Directorate for ..."
 * gives "Directorate for ..."): it starts at the first word from which the initials spell the acronym's capitals,
 * where there is one (a foreign acronym, "GKNB", spells none, and the name stays whole).
 */
function trimToAcronym(name: string, acronym: string): string {
  const words = name.split(/\s+/);
  const capitals = acronym.replace(/[^\p{Lu}]/gu, '');
  const spells = (from: number) => {
    let next = 0;
    for (let i = from; i < words.length && next < capitals.length; i++) if (words[i]![0] === capitals[next]) next++;
    return next === capitals.length;
  };
  const start = words.findIndex((w, i) => w[0] === capitals[0] && spells(i));
  const trimmed = start > 0 ? words.slice(start) : words;
  while (trimmed.length > 1 && /^(?:of|for|and|on|the|The|to|&)$/.test(trimmed[0]!)) trimmed.shift();
  return trimmed.join(' ');
}

/** A table of the defined agencies' acronyms and names, read like the codebook's place table. */
export function definedAgencyTable(agencies: readonly DefinedAgency[]): PhraseTable<PlaceName> {
  const entries = agencies.flatMap((a) => {
    const value: PlaceName = { jurisdiction: null, authorities: [{ id: a.id, jurisdiction: a.jurisdiction, partOf: a.partOf } satisfies AuthorityCandidate], generic: false };
    return a.names.map((phrase) => ({ phrase, value }));
  });
  return new PhraseTable(entries, true);
}

/**
 * Adds the defined agencies' mentions to a sentence's places. Where the two overlap the longer name holds: "the Istanbul
 * Chief Public Prosecutor's Office" is an agency, not the city it starts with.
 */
export function withDefined(names: Array<PhraseMatch<PlaceName>>, defined: ReadonlyArray<PhraseMatch<PlaceName>>): Array<PhraseMatch<PlaceName>> {
  if (!defined.length) return names;
  const overlap = (a: PhraseMatch<PlaceName>, b: PhraseMatch<PlaceName>) => a.start < b.end && b.start < a.end;
  const length = (m: PhraseMatch<PlaceName>) => m.end - m.start;
  // On equal names the text's own agency wins: the table's is another country's namesake.
  const added = defined.filter((d) => !names.some((n) => overlap(n, d) && length(n) > length(d)));
  const kept = names.filter((n) => !added.some((d) => overlap(n, d)));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
