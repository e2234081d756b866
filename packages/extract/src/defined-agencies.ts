import type { AuthorityCandidate, PlaceName } from './lexicon-places.js';
import { PhraseTable, type PhraseMatch } from './phrases.js';

/** An acronym in brackets: "(FSCA)", "(DPCI)", "(Bareskrim)". */
const BRACKETED = /\((\p{Lu}[\p{Lu}\p{Ll}&-]{1,11})\)/gu;
/** The capitalised name before it, joined by the small words of agency names: "Directorate for Priority Crime Investigation". */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|on|the|to|&)){0,2}\s+){0,9}\p{Lu}[\p{L}'’-]*\s*$/u;
/** The word that makes a name an agency's, as its head: last, or before "of"/"for" ("Ministry of ...", "Bureau for ..."). */
const AGENCY_HEAD = /\b(?:Agency|Authority|Commission|Bureau|Service|Police|Directorate|Ministry|Department|Office|Unit|Committee|Council|Board|Centre|Center|Inspectorate|Administration|Prosecutor|Prosecution|Investigation|Investigations|Intelligence|Regulator|Force|Guard|Customs|Secretariat|Procuracy)(?=\s*$|\s+(?:of|for|on)\b)/u;

/** An agency a text names with its acronym, and the country it belongs to. */
export interface DefinedAgency { id: string; name: string; jurisdiction: string }

/**
 * Agencies a text introduces as "the Financial Sector Conduct Authority (FSCA)" that the codebook's table lacks:
 * the text then names them by acronym or in full, and the acronym is how a figure's authority is published.
 * `known` tells whether a name already means an agency or a country in the table (those keep the table's sense);
 * `jurisdictionAt` gives the country of the text around an offset.
 */
export function definedAgencies(
  text: string,
  known: (name: string) => boolean,
  jurisdictionAt: (offset: number) => string | null,
): DefinedAgency[] {
  if (!text.includes('(')) return [];
  const found = new Map<string, DefinedAgency>();
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    const id = m[1]!;
    if (found.has(id) || known(id) || (id.match(/\p{Lu}/gu)?.length ?? 0) < 2 && id.length < 4) continue;
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 160), m.index));
    const name = before ? trimToAcronym(before[0].trim(), id) : '';
    if (!name || !AGENCY_HEAD.test(name) || known(name)) continue;
    const jurisdiction = jurisdictionAt(m.index);
    if (jurisdiction) found.set(id, { id, name, jurisdiction });
  }
  return [...found.values()];
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
    const value: PlaceName = { jurisdiction: null, authorities: [{ id: a.id, jurisdiction: a.jurisdiction } satisfies AuthorityCandidate], generic: false };
    return [{ phrase: a.id, value }, { phrase: a.name, value }];
  });
  return new PhraseTable(entries, true);
}

/** Adds the defined agencies' mentions to a sentence's places, where they do not overlap a name the table found. */
export function withDefined(names: Array<PhraseMatch<PlaceName>>, defined: ReadonlyArray<PhraseMatch<PlaceName>>): Array<PhraseMatch<PlaceName>> {
  const added = defined.filter((d) => !names.some((n) => n.start < d.end && d.start < n.end));
  return added.length ? [...names, ...added].sort((a, b) => a.start - b.start) : names;
}
