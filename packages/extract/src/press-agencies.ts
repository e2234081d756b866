/**
 * News agencies whose initials are also an enforcement agency's: "AFP" is Agence France-Presse in a wire story and the
 * Australian Federal Police in a Sydney one, "CNA" Taiwan's Central News Agency or Moldova's anti-corruption centre. A text
 * shows the news agency by a dateline ("Lagos (AFP) –", "Taipei, April 22 (CNA)"), a source ("told AFP") or a photo credit
 * ("© Kola Sulaimon / AFP"), or by being the publisher.
 */
const DATELINE = /(?:^|\n)\p{Lu}[\p{L}.'’ -]{1,24}(?:,\s*\p{L}+\.?\s+\d{1,2})?\s*\(([A-Z]{2,6})\)\s*(?:[-–—]|(?<=\d\s*\(\w+\)\s*)\p{Lu})/gu;
const TOLD = /\btold\s+([A-Z]{2,6})\b/g;
const CREDIT = /(?:©|\bPhoto:)[^\n/]{0,60}\/\s*([A-Z]{2,6})\b/g;

/** The acronyms a text uses for a news agency, which then name no enforcement agency of its own. */
export function pressAgencies(text: string, publisher: string | null): Set<string> {
  const found = new Set<string>();
  if (publisher && /^[A-Z]{2,6}$/.test(publisher.trim())) found.add(publisher.trim());
  // Most texts name no agency in brackets or after "told": the plain tests spare the scans.
  if (text.includes(')')) for (const m of text.matchAll(DATELINE)) found.add(m[1]!);
  for (const m of text.matchAll(TOLD)) found.add(m[1]!);
  if (text.includes('/')) for (const m of text.matchAll(CREDIT)) found.add(m[1]!);
  return found;
}
