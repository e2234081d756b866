import { contentId, type Claim, type Codebook, type Source } from '@reckon/schema';
import { CORRECTION_GAP, findFigures, PAIR_JOIN, type Figure } from './figures.js';
import { compileLexicon, numberWordValue, type Lexicon } from './lexicon.js';
import { candidateMetrics, chooseMetric, findTriggers, triggerWeights, withReceivers, type TriggerMention } from './metric.js';
import { findPeriods } from './periods.js';
import type { PlaceName } from './lexicon-places.js';
import type { PhraseMatch } from './phrases.js';
import { attribute, countriesNamed, documentJurisdiction, ledByPublisher, placeNames, publisherAgency, tallyPlaces } from './places.js';
import { PeriodContext, type PeriodValue } from './context-periods.js';
import { CourtContext, publisherCourt } from './courts.js';
import { ownPeriods, periodOf, undatedByAction, type SentenceContext } from './figure-period.js';
import { asFirstTold, isReported, PAID_AS_PENALTY } from './reported.js';
import { isListItem, splitSentences, type Sentence } from './sentences.js';
import { contentsSpans, factLineLabel, headingSentences, isHeading, itemCountry, restatedHeadings, restatedSummaries, sectionJurisdictions, summaryLines } from './sections.js';
import { breakdownItems, firstItemPlace, headerMetric, itemClaim, unknownPlaceItems } from './breakdown.js';
import { actorsOf, addDefinedAgencies, namedBefore, namesAgencyByName } from './agencies-in-text.js';
import { partitionOf, partMetric, partOfSum, type Partition, type Said } from './partition.js';
import { captionAbove, findTables, rowsOfYear, unitNote } from './tables.js';
import { afterTotalsName, CORRECT_FIGURE_IN, kindOf, ofWhich, partAfterTotal, partOfTotal, restated, setAgainst } from './said-before.js';
import { pressAgencies } from './press-agencies.js';
import { gated } from './gate.js';

/** A short label that opens a list's lead line ("FACT SHEET: ITEMS SEIZED ON ..."): a break between the lead's words and its items. */
const LEAD_LABEL = /^(?:[\p{L}-]+\s+){0,2}[\p{L}-]+:\s+/u;
/** A column header that says only that its cells are results: the row's label names what they count. */
const GENERIC_HEADER = gated(/^(?:results?|values?|totals?|numbers?|figures?|counts?|amounts?|data|outcomes?|achieved|actual|number\s+of\s+cases)$/i);
/** A row label that says its cells are counts, whatever unit the caption gives the rest: "Groups exposed (number)", "Number of properties". */
const COUNT_ROW = /\((?:number|no\.?|count|units)\)\s*$|^\s*number\s+of\b/i;

/** A column header that says its cells measure whatever the table is of: "| Total value |", "| Number |". */
const MEASURE_HEADER = /\b(?:values?|amounts?|totals?|sums?|numbers?|counts?)\b/i;
/** A column header that says its cells are periods: "| Period |", "| Fiscal year |". */
const PERIOD_HEADER = gated(/^\s*(?:period|year|fiscal\s+year|financial\s+year|quarter|month|date|reporting\s+period)\s*$/i);
/** "Seized assets, 2024–2025 (x €1 million)": the years a caption spans, which a column or row of its own narrows. */
const CAPTION_YEARS = /,?\s*(?:19|20)\d\d(?:\s*[-–\/]\s*(?:19|20)?\d\d)?\b/g;

/** Two agencies named as one actor: "FBI and IRS Criminal Investigation agents", "agents of the FBI and the U.S. Secret Service". */
function jointly(text: string, actors: ReadonlyArray<PhraseMatch<PlaceName>>): boolean {
  const agencies = actors.filter((m) => m.values[0]!.authorities.length > 0 && !m.values[0]!.generic);
  return agencies.some((a, k) => k > 0 && a.values[0]!.authorities[0]!.id !== agencies[k - 1]!.values[0]!.authorities[0]!.id
    && /^\s+and\s+(?:the\s+)?$/.test(text.slice(agencies[k - 1]!.end, a.start)) && JOINT_ACTORS.test(text.slice(a.end, a.end + 24)));
}
/** What follows two agencies joined by "and" when they acted together: their agents or officers. */
const JOINT_ACTORS = gated(/^(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:agents|officers|investigators|detectives|personnel)\b|^\s+(?:seized|arrested|froze|raided|executed)\b/u);

/** Bumped whenever extraction output can change: cached claims are keyed by it. */
export const EXTRACTOR_VERSION = '1.61.0';

export interface ExtractorOptions {
  codebook: Codebook;
  defaults?: { jurisdiction?: string | undefined; authority?: string | undefined };
}

/** How a text writes its numbers and currencies. */
interface TextStyle {
  /** It writes "2,5" for two and a half. */
  decimalComma: boolean;
  /** The three-letter currency codes it writes ("MXN 45 million"). */
  codes: ReadonlySet<string>;
  /** The document's jurisdiction: a shared sign ("¥") is its currency where the sentence's own place has none of that sign. */
  home: string | null;
}
const CURRENCY_CODE = /\b[A-Z]{3}\b/g;

/** What joins a figure to its stated conversion: "60 billion tenge (approximately $112.84 million)". */
// "1.3 billion pesos — roughly $64 million —": a wire sets the conversion between dashes.
// "31.2 bitcoin and 1,450 monero worth a total of CZK 85 million", "850,000 USDT (equivalent to about HK$6.6 million)".
// "285 million tenge in cash (about $540,000)": past what the sum was held in.
const CONVERSION = /^["”’]?\s*(?:(?:in\s+(?:cash|banknotes|crypto(?:currenc(?:y|ies))?|digital\s+assets)\s*)?[([]\s*(?:equivalent\s+to|equal\s+to|(?:(?:now|currently|then|today)\s+)?worth|valued\s+at|i\.e\.|or)?|\s[\u2014\u2013]\s*(?:or\s+|roughly\s+|about\s+|approximately\s+|some\s+)?$|,?\s*(?:or|equivalent\s+to|equal\s+to|i\.e\.|roughly|about|approximately|worth(?:\s+a\s+(?:total|combined)(?:\s+of)?)?)\s*\(?)\s*$/i;
/** A valuation that trails its figure after other words: "50,000 bitcoin from the operators of movie2k, worth about 2 billion euros". */
// "3,471,906 USDT and 462,150 USDC, together valued at approximately $3.93 million".
const TRAILING_VALUE = gated(/,\s*(?:(?:together|jointly|collectively|then)\s+)?(?:worth|valued\s+at|equivalent\s+to|equal\s+to)\s*$/i);
/** Legal references ("Articles 214, 218 and 307", "Article 299 § 1 and 5", "Circular 158"), a unit's name ("Lahav 433"), times, web and mail addresses: their digits are never figures. */
// "(x €1 million)": a table's multiplier, no figure. "fraud over $5,000" names an offence of Canada's Criminal Code,
// "larceny over $1,200" one of Massachusetts'.
// "reported this Wednesday (20)": Brazilian releases put the day of the month in brackets after its weekday. "25-268MR": a
// release's number.
// "on each of counts one to eight": the numbers of an indictment's counts.
// "By 10h, nine people had been arrested": a time as Brazilian and French releases write it.
const NOISE = /\b(?:fraud|theft|mischief)\s+(?:over|under|exceeding|not\s+exceeding)\s+\$\s?5,?000\b|\blarceny\s+(?:over|under|exceeding|of\s+more\s+than)\s+\$\s?[\d,]+\b|\b(?:case|file|reference)\s+(?:number|no\.?|reference|ref\.?)\s*:?\s*\d[\w./-]*|\b(?:articles?|sections?|clauses?|paragraphs?|parts?|chapter|law|decree|resolution|order|circular|case|no\.?|number|code|rule|lahav)\s+(?:no\.?\s*)?\d[\d.-]*[a-z]?(?:\s*§\s*\d+)?(?:(?:,\s*|\s+and\s+)\d[\d.-]*[a-z]?(?:\s*§\s*\d+)?)*\b|\b(?:of|on|to|under|in|for|and)\s+counts?\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:\s*(?:to|and|-|\u2013|,)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?!\s+(?:years?|months?|weeks?|days?)\b))*|\b\d{1,2}:\d{2}\b|\b(?:[01]?\d|2[0-3])h(?:[0-5]\d)?\b|\b\d{2,4}(?:-\d{1,4})+[A-Z]{1,3}\b|(?<=\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\()\d{1,2}(?=\))|(?<=\(\s*)[x×]\s*[$€£]?\s*1[\s,.]*(?:000|thousand|million|mln|bn|billion)?\b[^)]*(?=\))/gi;
/**
 * An amount spelled out in brackets after its digits, as Nigerian and Ghanaian releases write it: "N186,450,000 (One Hundred
 * and Eighty-Six Million, Four Hundred and Fifty Thousand Naira)". Its words are the same figure, no other.
 */
// "Rp 61.450.000.000 (sixty-one billion four hundred fifty million rupiah)": a sum spelled out in lower case, as Indonesian releases do.
const SPELLED_AMOUNT = /\((?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s+){1,2}(?:Hundred|Thousand|Million|Billion)\b(?:[\s,]+(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|and|only|US))*\)|\((?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{Ll}+)?\s+){1,2}(?:hundred|thousand|million|billion|trillion)\b(?:\s+(?:\p{Ll}+(?:-\p{Ll}+)?))*\)/gu;
/** What leads to an agency that only tells of a ruling or investigated its case. */
const ATTRIBUTION_LEAD = gated(/\b(?:according\s+to|investigated\s+by|brought\s+by|laid\s+by|filed\s+by|prosecuted\s+by|(?:an?\s+)?(?:investigation|probe|inquiry|operation)\s+(?:by|of|led\s+by)|at\s+the\s+request\s+of)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u);
/** Web and mail addresses, looked for only where a "@", "://" or "www." shows one may be (the scan is costlier). */
const WEB = /\bhttps?:\/\/\S+|\bwww\.\S+|(?<![\w.-])[\w.-]+@[\w.-]+\.\w+/gu;
/** Digit groups joined by hyphens, dots or brackets, or led by "+": a phone number when it has a "+", "(" or two separators. */
const PHONE = /(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?(?:[\s.-]\d{2,4}){2,4}/gu;
/** Cheap test that a sentence can hold a figure at all: most sentences of news hold none. */
const MAY_HOLD_FIGURE = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|pair|trio|half|quarters?)\b|\bone\s+(?:year|month|suspect|person|man|woman|defendant)s?\b/i;
/** The year of a statute names the law, not a period: "the Prevention of Money Laundering Act (PMLA), 2002", "IPC, 1860", "the Criminal Code of 1996", "the Criminal Proceeds (Recovery) Act 2009". */
// "under Article 232-1 of the Criminal Code, introduced in 2024": the year a law was made dates no figure.
const LEGAL_YEAR_LEAD = /(?:\b(?:Act|Code|Law|Rules|Regulations?|Ordinance|Bill|Decree|Directive|Constitution|Sanhita)|\b\p{Lu}{2,})\s*(?:\([^()]{1,60}\)\s*)?(?:,|\bof)\s*$|\b(?:Act|Ordinance|Regulations)\s*(?:\([^()]{1,60}\)\s*)?\s$|\b(?:Article|Code|Law|Act)\b[^.;]{0,60}?,?\s+(?:introduced|adopted|enacted|amended|passed|which\s+took\s+effect|which\s+came\s+into\s+force)\s+in\s+$/u;
/** "a 2022 Porsche Cayenne": a year after "a" names a thing's model or vintage, never a period. */
const MODEL_YEAR_LEAD = /\ban?\s+$/i;
const DECIMAL_COMMA_LANGUAGES = /^(?:de|fr|es|it|pt|ru|tr|nl|pl|uk|kk|cs|sv|da|fi|nb|no|ro|id)\b/i;
/** Numbers only a decimal-comma writer sets ("€21,4 million", "180.000 accounts") and only a decimal-point writer sets ("$1.5 million", "3,500"). */
const COMMA_STYLE = /(?<![\d.,])(?:\d{1,3},\d{1,2}|\d{1,3}(?:\.\d{3})+)(?![\d.,])/g;
const POINT_STYLE = /(?<![\d.,])(?:\d+\.\d{1,2}|\d{1,3}(?:,\d{3})+)(?![\d.,])/g;

/**
 * Whether a source writes "2,5" for two and a half: its language says so, or, in English from a decimal-comma
 * country ("en-DE") or with no language given, its own numbers show more of that style than of the other.
 */
function usesDecimalComma(source: Source): boolean {
  if (DECIMAL_COMMA_LANGUAGES.test(source.language ?? '')) return true;
  const comma = source.text.match(COMMA_STYLE)?.length ?? 0;
  return comma > 0 && comma > (source.text.match(POINT_STYLE)?.length ?? 0);
}

/** A platform as the subject of "had" right before a figure: "The casinos and clubs had more than ", "the business had ". */
const HAD_LEAD = gated(/([\p{L}-]+)\s+(?:had|has|have|counted|boasted)\s+(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|up\s+to)\s+)?$/iu);
// "the sites had about 48.000 active members": a platform's members are its users, where a ring's are its people.
function platformHad(lead: string, lex: Lexicon, members = false): boolean {
  const subject = HAD_LEAD.exec(lead)?.[1];
  return subject !== undefined && (lex.countedThing([subject]).includes('platform') || (!members && /^(?:business|businesses|operation|scheme|ring|network|group|club|clubs)$/i.test(subject)));
}
const MEMBERS_AFTER = /^\s+(?:(?:active|registered|paying)\s+)?members\b/;

/** Builds the extraction function for one codebook: compile once, then call per source. Pure: no I/O. */
export function createExtractor(options: ExtractorOptions): (source: Source) => Claim[] {
  const lex = compileLexicon(options.codebook);
  return (source) => extractClaims(source, lex, options.defaults ?? {});
}

function extractClaims(source: Source, lex: Lexicon, defaults: NonNullable<ExtractorOptions['defaults']>): Claim[] {
  // A table's lines are read cell by cell under their headers (below), not as sentences.
  const tables = findTables(source.text, source.boilerplate);
  const inTable = (s: Sentence) => tables.some((t) => s.start >= t.start && s.end <= t.end);
  const sentences = tables.length ? splitSentences(source.text, source.boilerplate).filter((s) => !inTable(s)) : splitSentences(source.text, source.boilerplate);
  // Places are read once per sentence: the document's tally is the sum of its sentences'.
  // A news agency's initials ("Lagos (AFP) –") name no enforcement agency that shares them.
  const press = pressAgencies(source.text, source.publisher);
  const namesOf = (text: string) => (press.size ? placeNames(text, lex).filter((m) => !press.has(m.text)) : placeNames(text, lex));
  const names = sentences.map((s) => namesOf(s.text));
  const publisher = tallyPlaces(namesOf(source.publisher ?? ''));
  // An agency's own release speaks for that agency throughout; a translation of one is led by it, as a reprint would be.
  // "National Bureau of Investigation" over a Finnish text is not the Philippines' NBI the table knows: a publisher's agency is
  // the table's where the text names its country, or names none.
  const textCountries = countriesNamed(names);
  const byTable = publisherAgency(publisher);
  const publishedBy = byTable && (textCountries.size === 0 || textCountries.has(byTable.candidates[0]!.jurisdiction)) ? byTable : null;
  const agencyRelease = (source.kind === 'official' || source.kind === 'translation') && publishedBy !== null;
  const led = (source.kind === 'official' && Boolean(source.publisher)) || (source.kind === 'translation' && publishedBy !== null);
  const placesOf = (passing: ReadonlySet<PlaceName> = new Set()) => {
    const all = names.flatMap((ns, i) => ns.map((m) => ({ ...m, start: m.start + sentences[i]!.start })));
    const mentioned = tallyPlaces(passing.size ? all.filter((m) => !passing.has(m.values[0]!)) : all);
    return led ? ledByPublisher(mentioned, publisher) : mentioned;
  };
  let documentPlaces = placesOf();
  const sections = sectionJurisdictions(source.text, sentences, lex);
  const defined = addDefinedAgencies(source.text, sentences, names, lex, (i) => sections[i] ?? documentJurisdiction(documentPlaces, defaults));
  if (defined) documentPlaces = placesOf(defined.passing);
  const style: TextStyle = { decimalComma: usesDecimalComma(source), codes: new Set(source.text.match(CURRENCY_CODE)), home: documentJurisdiction(documentPlaces, defaults) };
  // A roundup's part on one country writes its own currencies: "AUD 5,000" under "AUSTRALIA" leaves "$" under "CANADA" alone.
  const styleOf = sectionStyles(sentences, sections, style);
  const context = new PeriodContext(source.text, sentences, source.published, lex.fiscalYear(documentJurisdiction(documentPlaces, defaults)));
  // A city-state's name is its city's: "Singapore court".
  const countryOnly = (name: string) => lex.isCountryName(name) && !lex.isCityState(name);
  // "..., according to the Prosecutor General's Office", "following an investigation by Kent Police": an agency that only
  // tells of or investigated the case does not act in the sentence.
  const actingAgency = (i: number) => names[i]!.some((m) => namesAgencyByName(m) && !ATTRIBUTION_LEAD.test(sentences[i]!.text.slice(Math.max(0, m.start - 60), m.start)));
  const courts = new CourtContext(source.text, sentences, (i) => names[i]!.some(namesAgencyByName), countryOnly, agencyRelease, actingAgency);
  // A court's own release speaks for that court where no agency has been named: the agency that investigated is told last.
  const releasedBy = publisherCourt(source.publisher, countryOnly);
  const claims: Claim[] = [];
  // The list a header line opens ("Arrests per country:"): its lines ("- Germany: 42") count what the header names.
  let list: { metric: string; template: Claim | null; period: PeriodValue | null } | null = null;
  // The line a list hangs from ("In the searches, the following were seized:"): its items read as its continuation.
  let lead: string | null = null;
  // Whether the sentence before was a line of a lead's unmarked list.
  let unmarked = false;
  // The last sentences and their claims: a sentence that opens "Of these," breaks down a count of theirs.
  const said: Said[] = [];
  // An agency's own release carries no agency on from sentence to sentence: it speaks for its publisher.
  const lastNamedAgency = agencyRelease ? [] : namedBefore(sentences, names);
  // The claims a correction's sentence took back, read with its correction's words blanked; none where it took nothing back.
  const takenBack = (taken: Sentence): Claim[] => {
    const firstTold = asFirstTold(taken.text);
    if (firstTold === taken.text) return [];
    const k = sentences.indexOf(taken);
    const told = { fallback: () => context.fallback(k), lastNamed: () => context.lastNamedBefore(k), bracketsPeriod: () => context.bracketsPeriod(k), previousText: sentences[k - 1]?.text };
    return claimsOfSentence(source, { ...taken, text: firstTold }, lex, attribute(tallyPlaces(names[k]!), documentPlaces, defaults), styleOf(k), told, null, [], '', []);
  };
  sentences.forEach((sentence, i) => {
    const before = said.slice(-PARTITION_REACH);
    said.push({ text: sentence.text, claims: [] });
    const place = () => {
      // In a roundup's item on one country ("Thailand: ..."), that country leads the document's places.
      const section = sections[i];
      const inSection = section ? { ...documentPlaces, jurisdictions: [section, ...documentPlaces.jurisdictions.filter((j) => j !== section)] } : documentPlaces;
      // The agency named last before the sentence speaks for it before the document's most named one: news tells
      // one agency's results, then another's ("Federal Police officers served 52 warrants. ... officers seized R$ 2,7 million").
      const recent = lastNamedAgency[i];
      const around = recent ? { ...inSection, authorities: [recent, ...inSection.authorities] } : inSection;
      // "FBI and IRS Criminal Investigation agents seized ...": agencies acting jointly report through the text's own agency.
      const actors = actorsOf(sentence.text, names[i]!);
      const byName = attribute(tallyPlaces(actors), around, defaults);
      const textsOwn = jointly(sentence.text, actors) ? attribute(tallyPlaces([]), inSection, defaults) : null;
      const attributed = textsOwn?.authority && byName.jurisdiction && lex.hasAgency(textsOwn.authority, byName.jurisdiction)
        ? { ...textsOwn, jurisdiction: byName.jurisdiction } : byName;
      const court = courts.courtOf(i) ?? (releasedBy && !recent && !names[i]!.some(namesAgencyByName) ? releasedBy : null);
      // "- Spain: 4 arrests and 6 searches ...": a line of an operation's results on one country is that country's;
      // it is still the operation's agency that reports it.
      const country = itemCountry(sentence.text, lex);
      return { ...attributed, ...(court ? { authority: court } : {}), ...(country ? { jurisdiction: country } : {}) };
    };
    // "Closures by region in 2025 (AFM data):" over "Shymkent — 23 exchangers, KZT 51bn": short lines a lead opens are its
    // items, marked or not.
    const marked = isListItem(source.text, sentence);
    const shortLine = !marked && sentence.text.length <= 120 && !/[.!?:]$/.test(sentence.text) && wholeLine(source.text, sentence);
    unmarked = shortLine && (unmarked || (i > 0 && sentences[i - 1]!.text.endsWith(':') && wholeLine(source.text, sentences[i - 1]!)));
    const item = marked || unmarked;
    // A heading a list follows is its lead as a line ending on a colon is: "FACT SHEET: ITEMS SEIZED ON 28 FEBRUARY 2026".
    const headsList = () => isHeading(source.text, sentences, i) && sentences[i + 1] !== undefined && isListItem(source.text, sentences[i + 1]!);
    if (!item) lead = sentence.text.endsWith(':') || headsList() ? sentence.text : null;
    // "Among them:" says only that the items are parts of the count before: read them as that sentence's ", including:".
    const partsLead = !item && i > 0 && PARTS_LEAD.test(sentence.text);
    if (partsLead) lead = `${sentences[i - 1]!.text.replace(/[.;]$/, '')}, including:`;
    // "ordered the seizure and freezing of assets worth Baht 1,264,500,000 ... The assets comprise:": a lead that names no action
    // hangs its items from the sentence before it.
    else if (lead && i > 0 && REFERS_BACK_LEAD.test(lead) && !findTriggers(lead, lex).some((t) => t.metrics.length > 0)) lead = `${sentences[i - 1]!.text} ${lead}`;
    if (list && item) {
      const items = breakdownItems(sentence.text, 0, names[i]!);
      if (items.length === 1 && items[0]!.end === sentence.text.length) {
        list.template ??= headerTemplate(source, list.metric, place(), list.period);
        claims.push(itemClaim(list.template, sentence, items[0]!, source.source_id));
        return;
      }
    }
    // "- Other cities and counties: 189": a line under the header that names no country, read as nothing else, is the
    // header's count all the same (below).
    const labelled = list && item ? LABELLED_COUNT.exec(sentence.text) : null;
    // A thing named after the number is one the header's metric counts.
    const underList = labelled && (!labelled[2] || lex.countedThing([labelled[2].toLowerCase()]).some((t) => lex.metric(list!.metric)?.counts?.includes(t))) ? list : null;
    // "Among them:" takes its metric from the sentence before, as its lead does.
    const metric = sentence.text.endsWith(':') ? headerMetric(lead ?? sentence.text, lex) : null;
    // "The ministry published a breakdown by region ...:" after "police detained 1,874 droppers": the lines break down the
    // count said just before, over its period.
    // Not a lead that names its own count ("Arrests on the action day by country:"), read as its items' lead.
    const whole = !metric && sentence.text.endsWith(':') && BREAKDOWN_LEAD.test(sentence.text) && !findTriggers(sentence.text, lex).some((t) => t.metrics.length > 0)
      ? wholeBefore(said) : undefined;
    // "Provincial breakdown of detentions (January–October):": the header dates its lines.
    list = metric ? { metric, template: null, period: context.leadPeriod(partsLead ? i - 1 : i) }
      : whole ? { metric: whole.metric, template: null, period: { start: whole.period_start, end: whole.period_end, text: whole.period_text } } : null;
    if (!MAY_HOLD_FIGURE.test(sentence.text)) return;
    const partition = partitionOf(sentence.text, before, lex);
    // The claims of the two sentences before: what a count set against or a figure restated there counted.
    // "An earlier version said ... detained 214 people. The correct figure is 412.": what was taken back, read as first told,
    // says what the correction's figure counts.
    // "... said 113 arrests; the correct figure is 131": the figure taken back may stand in the same sentence, before it.
    const correction = CORRECT_FIGURE_IN.exec(sentence.text);
    const withdrawn = correction ? [...(i > 0 ? takenBack(sentences[i - 1]!) : []), ...takenBack(sentence).filter((c) => c.span_end <= sentence.start + correction.index)] : [];
    // A correction's figure restates only what the sentence before it, or its own, told.
    const earlier = [...before.slice(correction ? -1 : -2).flatMap((b) => b.claims), ...withdrawn];
    // A ruling's details told after the sentence that dated it take no day from it: coders leave "His two deputies received
    // 7 years each" after "On 24 November, the court sentenced ..." undated.
    const sentenceContext = { fallback: () => context.fallback(i), lastNamed: () => context.lastNamedBefore(i), bracketsPeriod: () => context.bracketsPeriod(i), previousText: sentences[i - 1]?.text };
    const agencies = names[i]!.filter((m) => m.values[0]!.authorities.length > 0);
    // "- 58: arrests in the Ikeja raid", "- Rs 1 crore: maximum fine for ...": a fact line that opens on its figure is read as
    // if its label came first, as "Arrests: 58" is.
    const label = factLineLabel(sentence.text);
    const own = claimsOfSentence(source, sentence, lex, place(), styleOf(i), sentenceContext, partition, earlier, label ? `${label}: ` : '', agencies);
    // A list item's figures that name no metric of their own are read after the line the list hangs from; so are those of a
    // sentence that opens on what the one before holds ("assets seized are worth about Bt180 million. They include 1.9
    // million USDT, ..., 7 cars").
    const hangsFrom = item && lead && !label ? `${lead.replace(/\s*:$/, '').replace(LEAD_LABEL, '')} `
      : !item && i > 0 && INCLUDES_BACK.test(sentence.text) ? `${sentences[i - 1]!.text} ` : null;
    // Not the people among those counted before ("They include the platform's chief operating officer and two team leaders").
    const led = hangsFrom ? claimsOfSentence(source, sentence, lex, place(), styleOf(i), sentenceContext, partition, earlier, hangsFrom, agencies)
      .filter((c) => item || !lex.metric(c.metric)?.counts?.includes('person')) : [];
    const found = led.length ? withLead(own, led) : own;
    if (!found.length && labelled && underList) {
      underList.template ??= headerTemplate(source, underList.metric, place(), underList.period);
      const [start, end] = labelled.indices![1]!;
      const value = Number(labelled[1]!.replace(/[,\s\u00A0]/g, ''));
      claims.push(itemClaim(underList.template, sentence, { start, end, value, jurisdiction: null }, source.source_id));
      list = underList;
      return;
    }
    said.at(-1)!.claims = found;
    claims.push(...withBreakdown(source, sentence, found, names[i]!, earlier, lex));
  });
  // Whether a table's label names what was done ("Fines imposed", "Administrative fine"), by the codebook's triggers.
  const namesAction = (label: string) => findTriggers(label, lex).some((t) => t.metrics.length > 0);
  for (const table of tables) {
    // The line a table hangs from dates it ("Results of the action day on 11 November 2025:"); its rows name their country.
    const lead = sentences.findLastIndex((s) => s.end <= table.start);
    const period = lead >= 0 ? context.leadPeriod(lead) : null;
    const tableContext = { fallback: () => period, lastNamed: () => (lead >= 0 ? context.lastNamedBefore(lead + 1) : null) };
    // The agency the lead line names compiled the table: "The statistics compiled by the Criminal Investigation Bureau (CIB) ...:".
    const leadActors = lead >= 0 && names[lead]!.some(namesAgencyByName) ? tallyPlaces(actorsOf(sentences[lead]!.text, names[lead]!)) : tallyPlaces([]);
    const base = attribute(leadActors, documentPlaces, defaults);
    const leadText = lead >= 0 && sentences[lead]!.text.endsWith(':') ? sentences[lead]!.text.slice(0, -1) : null;
    // The caption right above the table ("Table 1. Persons convicted under the main articles of the Criminal Code",
    // "**Convicted persons by article**"): what its bare cells count where neither row nor column says.
    const caption = leadText ? null : captionAbove(source.text, table.start);
    // "| SEC | FY2025 | 313 |" under "| Agency | Period | Actions |": a column of periods dates its row.
    const periodColumn = table.header.findIndex((h, k) => k > 0 && PERIOD_HEADER.test(h.text));
    // "| Quarter 2025 |" over "| I |", "| Month, 2025 |" over "| March |": the rows are that year's quarters or months; so are a
    // bare "| Quarter |" column's under "Closures in 2025, by quarter:".
    const periodRows = rowsOfYear(table.header[0]?.text ?? '', leadText ?? caption ?? '');
    for (const row of table.rows) {
      const rowLabel = row[0]?.text ?? '';
      // A row is a country's ("| Spain | 11 |") or a period's ("| 2021-22 | 14 |", "| 14 November 2024 | ... |").
      const rowPeriod = (periodRows ? context.labelPeriod(periodRows(rowLabel)) : null) ?? context.labelPeriod(rowLabel) ?? (periodColumn > 0 && row[periodColumn] ? context.labelPeriod(row[periodColumn]!.text) : null);
      // "| United Kingdom | NCA | Cash and crypto seized ... | £25 million |": an agency a row names did what its cells report.
      const rowText = row.map((c) => c.text).join(' ; ');
      const rowNames = namesOf(rowText);
      const rowBase = rowNames.some(namesAgencyByName) ? attribute(tallyPlaces(actorsOf(rowText, rowNames)), documentPlaces, defaults) : base;
      const jurisdiction = (rowPeriod ? null : lex.placeOf(rowLabel).jurisdiction) ?? rowBase.jurisdiction;
      row.forEach((cell, k) => {
        const header = table.header[k]?.text;
        if (k === 0 || !header || !MAY_HOLD_FIGURE.test(cell.text)) return;
        // "| Indicator | 2022 | 2023 |", "| Indicator | Result |": the row names what its cells count, the column when.
        const headerPeriod = context.labelPeriod(header);
        // "| 3 Feb | Velaro B.V. | DNB (NL) | Administrative fine | €2.4 million |" under "| Date | Firm | Authority | Action |
        // Amount |": where the row's label says nothing, the cell of the row that names an action does.
        const rowAction = () => row.find((c, j) => j > 0 && j !== k && namesAction(c.text))?.text;
        // "| Indicator | Kazakhstan | Kyrgyzstan |": a column of a country's figures, which the row names.
        const headerPlace = headerPeriod || header.split(/\s+/).length > 3 || namesAction(header) ? null : lex.placeOf(header).jurisdiction;
        const own = headerPeriod || headerPlace || GENERIC_HEADER.test(header)
          ? (namesAction(rowLabel) ? rowLabel : [rowLabel, rowAction()].filter(Boolean).join(' '))
          : header;
        // "FINTRAC penalties over five fiscal years:" over "| Fiscal year | Total value |": where neither header nor row
        // names what is counted, the line the table hangs from does.
        // Not a column beside one that names its action: "| Contingent | Raids | Arrested |" under "Breakdown of arrests ...:"
        // counts raids in its second column, which no metric counts.
        // "| Fiscal year | Penalties | Total value |" still reads its value column under the lead.
        const besideAction = own === header && !MEASURE_HEADER.test(header) && table.header.some((h, j) => j > 0 && j !== k && namesAction(h.text));
        const label = leadText && !namesAction(own) && !besideAction ? `${leadText} ${own}` : own;
        const cellPeriod = headerPeriod ?? rowPeriod ?? period;
        const cellContext = cellPeriod === period ? tableContext : { ...tableContext, fallback: () => cellPeriod };
        // "Arrests: 11", "Seizures: EUR 820 000 in cash, 6 vehicles": a cell reads as a fact sheet's line under its label.
        // "| Fines imposed (R$ million) | 198.7 |", "| Turnover (KZT bn) |": a bare number in the unit its label or header names.
        // "| Assets seized (baht) | 2.9 billion |": a magnitude still leaves the currency to the label.
        const bareCell = /^\s*[\d.,\s]+(?:\s*(?:thousand|million|billion|trillion|mln|bn|crore|lakh))?\s*$/i.test(cell.text);
        // "Seized assets, 2024–2025 (x €1 million)": the caption may give the unit for the whole table.
        // Not a column that counts a thing: "(unit: cases, KRW 100 million)" over "| Cases | Amount |".
        // Nor a row that says it counts: "| Groups exposed (number) |", "| Number of properties restrained |" under "(R million, unless stated)".
        const counts = /^number\b/i.test(header.trim()) || lex.countedThing([header.trim().split(/\s+/)[0]!.toLowerCase()]).length > 0
          || COUNT_ROW.test(rowLabel);
        const unit = bareCell ? (unitNote(header, lex, headerPlace ?? jurisdiction) || unitNote(label, lex, headerPlace ?? jurisdiction)
          || (counts ? '' : unitNote(caption ?? leadText ?? '', lex, headerPlace ?? jurisdiction))) : '';
        const cellPlace = { ...rowBase, jurisdiction: headerPlace ?? jurisdiction };
        const cellClaims = claimsOfSentence(source, cell, lex, cellPlace, style, cellContext, null, [], `${label}: `, [], unit);
        // A cell that says nothing under its labels is read under the caption ("Penalties imposed since April 1, 2025" over
        // "| Date | Entity | Amount |"), unless its column names its own thing ("| Persons prosecuted |"): the caption would
        // speak over it.
        // "| Number of resources |" names a thing but not what was done to it: the caption ("Internet resources restricted
        // at the request of the Agency") still says that.
        // "| Sites flagged by PAGCOR |" names what was done to its thing too, if not by a trigger: the caption ("Blocking of
        // illegal gambling sites") is another column's.
        const headerNames = !headerPeriod && lex.countedThing(header.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean)).length > 0 && (namesAction(header) || /\b\p{Ll}{3,}ed\b/u.test(header));
        claims.push(...(cellClaims.length || !caption || headerNames ? cellClaims
          : claimsOfSentence(source, cell, lex, cellPlace, style, cellContext, null, [], `${cellPeriod === period ? caption : caption.replace(CAPTION_YEARS, '')} ${label}: `, [], unit)));
      });
    }
  }
  if (tables.length) claims.sort((a, b) => a.span_start - b.span_start);
  // A headline or sub-headline whose figure the story states after it is that one report (coders code it where the story
  // tells it); a list's items are no headlines.
  const headings = new Set(headingSentences(source.text, sentences).map((s) => s.start));
  const summaries = summaryLines(source.text, sentences, (i) => isListItem(source.text, sentences[i]!));
  const contents = contentsSpans(source.text);
  const restated = new Set([...restatedHeadings(claims, (c) => headings.has(c.quote_start), 1500), ...restatedSummaries(claims, (c) => summaries.has(c.quote_start)),
    ...claims.filter((c) => contents.some(([from, to]) => c.quote_start >= from && c.quote_start < to))]);
  const told = restated.size ? claims.filter((c) => !restated.has(c)) : claims;
  const releasedByAgency = agencyRelease ? publishedBy!.candidates[0]!.id : null;
  return told.map((c) => withProsecutor(c, lex, releasedByAgency));
}

/**
 * A sentence handed down in a case an agency investigated is reported by the agency that prosecuted it ("sentenced to 87
 * months ... The FBI investigated": the DOJ's), unless the source is the investigating agency's own release.
 */
function withProsecutor(claim: Claim, lex: Lexicon, releasedBy: string | null): Claim {
  if (!claim.authority || !claim.jurisdiction || claim.authority === releasedBy || !lex.metric(claim.metric)?.handedDown) return claim;
  const prosecutor = lex.prosecutorOf(claim.authority, claim.jurisdiction);
  return prosecutor ? { ...claim, authority: prosecutor } : claim;
}

/**
 * The verb of a list's lead line bears on its items however long each item runs: "The following sentences were handed down
 * at Isleworth Crown Court on 27 November 2024:" then "- Anil Rathore (37), of Wembley, who managed the wallets: seven years".
 * The lead's last trigger most, one before it less.
 */
function leadBearsOnItem(weights: number[][], figures: readonly Figure[], triggers: readonly TriggerMention[], leadEnd: number): void {
  const last = triggers.findLastIndex((t) => t.end <= leadEnd && t.metrics.length > 0);
  if (last < 0) return;
  figures.forEach((figure, i) => {
    if (figure.start < leadEnd) return;
    triggers.forEach((t, k) => {
      if (t.end <= leadEnd && t.metrics.length > 0) weights[i]![k] = Math.max(weights[i]![k]!, k === last ? 0.5 : 0.3);
    });
  });
}

/** The claims of a list item, with those read after its lead line for figures it gave no claim of its own. */
function withLead(own: Claim[], led: Claim[]): Claim[] {
  const added = led.filter((c) => !own.some((o) => o.span_start < c.span_end && c.span_start < o.span_end));
  return added.length ? [...own, ...added].sort((a, b) => a.span_start - b.span_start) : own;
}

/** "arrested 270 people: 130 in the United States, 42 in Germany": items after a count take its metric, per country; the sentence's claims with them. */
function withBreakdown(
  source: Source, sentence: Sentence, found: Claim[], places: Parameters<typeof breakdownItems>[2], earlier: readonly Claim[], lex: Lexicon,
): Claim[] {
  // "The arrests were made between 15 December and 30 January, including 19 in London, 11 in Greater Manchester ...": a
  // sentence about the count said before, by its noun, breaks that count down.
  const parent = found.find((c) => c.unit === 'count' && !c.converted_from) ?? countNamedBefore(sentence.text, earlier, lex);
  if (!parent) return found;
  const after = parent.quote_start === sentence.start ? parent.span_end - sentence.start : 0;
  const taken = (at: number) => found.some((c) => c.span_start - sentence.start <= at && c.span_end - sentence.start > at);
  const known = places.length ? breakdownItems(sentence.text, after, places) : [];
  // "four in Cali, three in Pereira": places the table does not know, where the sentence lists them as it would known ones.
  const unknown = unknownPlaceItems(sentence.text, after).filter((item) => !known.some((k) => k.start === item.start));
  const candidates = [...known, ...unknown].filter((item) => !taken(item.start));
  // "captured 15 people on September 17 and 18 in Medellin": a day of a date is no item.
  const dates = candidates.length ? findPeriods(sentence.text, source.published) : [];
  const items = candidates.filter((item) => !dates.some((d) => item.start < d.end && d.start < item.end))
    .map((item) => itemClaim(parent, sentence, item, source.source_id));
  if (!items.length) return found;
  // The count that opens the breakdown is of the country named right after it: "Nine of the arrests were made in Cyprus, ...".
  const own = firstItemPlace(sentence.text, after, places);
  return [...(own ? found.map((c) => (c === parent ? { ...c, jurisdiction: own } : c)) : found), ...items];
}

/** Whether a sentence is a line of its own. */
function wholeLine(text: string, sentence: Sentence): boolean {
  return (sentence.start === 0 || text[sentence.start - 1] === '\n') && (sentence.end >= text.length || /^[ \t]*(?:\n|$)/.test(text.slice(sentence.end, sentence.end + 4)));
}

/** A list line that is a label and a whole number: "- New Taipei City: 88". */
// "- illegal exchange of digital assets (Article 214) – 19 persons;": an article's number in brackets, and the thing counted.
const LABELLED_COUNT = /^[-*\u2022]\s*(?:[^:\d\u2013\u2014()]|\((?:Art(?:icle|\.)|Section|Part)\s[^()]{1,16}\)){2,80}(?::|\s[\u2013\u2014-])\s*(\d{1,3}(?:[,\s\u00A0]\d{3})*|\d+)(?:\s+(\p{L}+))?[;.,]?$/du;

/** The count said in the sentences before that a sentence opening "The arrests ..." names by what was done. */
// "By district, arrests were: Gold Coast 8, Brisbane 7, ...", "By region (exchangers closed): Almaty – 23, Astana – 14": a lead
// before a colon that names the count by what was done, its places and numbers after.
function countNamedBefore(text: string, earlier: readonly Claim[], lex: Lexicon): Claim | null {
  const opening = THE_ACTIONS.exec(text)?.[1] ?? BY_PLACE_LEAD.exec(text)?.[0];
  if (!opening) return null;
  const metrics = new Set(findTriggers(opening, lex).flatMap((t) => t.metrics));
  return earlier.findLast((c) => c.unit === 'count' && !c.converted_from && metrics.has(c.metric)) ?? null;
}
const BY_PLACE_LEAD = gated(/^[^:]{0,120}\b[Bb]y\s+(?:region|district|city|province|country|state|oblast)\b[^:]{0,60}:(?=\s+\p{Lu})/u);
const THE_ACTIONS = gated(/^(?:The|These)\s+(arrests|detentions|closures|convictions|seizures)\s+(?:were|was)\s+(?:made|carried\s+out)\b/);

/** The claim a list's lines are read like: the header's metric and period, the document's authority. */
function headerTemplate(source: Source, metric: string, place: { jurisdiction: string | null; authority: string | null }, period: PeriodValue | null): Claim {
  return {
    claim_id: '', source_id: source.source_id, source_path: source.source_path, metric, value: 0, value_high: null, unit: 'count',
    qualifier: 'exact', period_start: period?.start ?? null, period_end: period?.end ?? source.published, period_text: period?.text ?? null, jurisdiction: place.jurisdiction,
    authority: place.authority, quote: '', quote_start: 0, quote_end: 0, span_start: 0, span_end: 0, figure: '',
    extractor: `breakdown@${EXTRACTOR_VERSION}`, converted_from: null, confidence: 0.7,
  };
}

/** A pair of spaced dashes around the parts of a sum: "seized crypto assets worth around 8,7 million euros – among them 61,3 Bitcoin and 412 Ether – as well as 742.000 euros in cash". */
const DASH_ASIDE = /(?<=\s)[\u2013\u2014](?=\s)(\s(?:among\s+them|including|incl\.|such\s+as)\s[^\u2013\u2014()]{0,160}?\d[^\u2013\u2014()]{0,160}?\s)[\u2013\u2014](?=\s)/gu;

/** What a sum was paid as, right after it: "MAD 86,4 million in settlement fines". */

/** "1,3 million euros in cryptocurrencies—mainly USDT and bitcoin—, 148 mobile phones": an aside set off by unspaced dashes. */
// "crypto-assets valued at 3,4 million euros – mainly USDT and bitcoin –, 19 high-end vehicles": or by spaced ones.
const CLOSED_DASH_ASIDE = /(?<=\p{L})\u2014((?:mainly|mostly|chiefly|largely|primarily|predominantly|including|among\s+them|such\s+as)\s[^\u2013\u2014()]{1,80}?)\u2014(?=[\s,;])|(?<=\s)[\u2013\u2014](\s(?:mainly|mostly|chiefly|largely|primarily|predominantly)\s[^\u2013\u2014()\d]{1,80}?\s)[\u2013\u2014](?=[\s,;])/gu;
/** "9 (nine) accused persons": Indian releases spell a count out in brackets after its digits. */
const SPELLED_COUNT = /(?<![\d.,])(\d{1,2})\s?\(([a-z]+(?:[- ][a-z]+)?)\)/g;

/**
 * A sentence as the figures are read in it, each change one character for one so that offsets hold: dashes that set off
 * an aside read as the brackets they stand for (the aside is no break), and a count's spelled-out words in brackets are
 * passed over as the same figure.
 */
function asRead(text: string): string {
  let read = text;
  if (read.includes('\u2013') || read.includes('\u2014')) {
    read = read.replace(DASH_ASIDE, (_, inner: string) => `(${inner})`).replace(CLOSED_DASH_ASIDE, (_, closed: string | undefined, spaced: string | undefined) => `(${closed ?? spaced})`);
  }
  if (read.includes('(')) {
    read = read.replace(SPELLED_COUNT, (whole: string, digits: string, words: string) =>
      (numberWordValue(words) === Number(digits) ? digits + ' '.repeat(whole.length - digits.length) : whole));
  }
  return read;
}

function claimsOfSentence(
  source: Source,
  sentence: Sentence,
  lex: Lexicon,
  place: { jurisdiction: string | null; authority: string | null },
  style: TextStyle,
  context: SentenceContext,
  partition: Partition | null,
  /** The claims of the two sentences before, in order. */
  earlier: readonly Claim[],
  prefix: string,
  agencies: ReadonlyArray<{ start: number; end: number }>,
  suffix = '',
): Claim[] {
  // A list item is read after the line it hangs from, as one sentence without the colon and the item's mark ("... were
  // seized 19 vehicles;"), a table's cell after its header ("Arrests: 11"); only its own figures are its claims. `offset`
  // turns an index into `text` into one into the item.
  const mark = prefix ? /^[-*\u2022\u2013\u2014]?\s*/u.exec(sentence.text)![0].length : 0;
  const offset = prefix.length - mark;
  // A unit a table's header gives its bare cells is read as if written after them; spans stay inside the cell.
  const text = asRead(prefix + sentence.text.slice(mark) + suffix);
  const ownEnd = text.length - suffix.length;
  const periods = findPeriods(text, source.published, lex.fiscalYear(place.jurisdiction)).map((p) =>
    (/^(?:in\s+)?(?:19|20)\d\d$/i.test(p.text) && (LEGAL_YEAR_LEAD.test(text.slice(Math.max(0, p.start - 80), p.start + p.text.length - 4)) || MODEL_YEAR_LEAD.test(text.slice(Math.max(0, p.start - 4), p.start)))
      ? { ...p, kind: 'date' as const } : p));
  const masked: Array<[number, number]> = periods.map((p) => [p.start, p.end]);
  for (const noise of [NOISE, ...(/@|:\/\/|www\./u.test(text) ? [WEB] : []), ...(text.includes('(') && /(?:Hundred|Thousand|Million|Billion)\b|\((?:[a-z]+[ -]){1,3}(?:hundred|thousand|million|billion|trillion)\b/.test(text) ? [SPELLED_AMOUNT] : [])]) {
    noise.lastIndex = 0;
    for (let m = noise.exec(text); m; m = noise.exec(text)) masked.push([m.index, m.index + m[0].length]);
  }
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    // "12.750.000 TL" is grouped in threes as a number is, not as a phone number.
    // "fined 3 000 MCI (11 796 000 tenge)": thousands grouped by spaces, then a unit's word, in brackets.
    const grouped = /^\(?\d{1,3}(?:[ \u00A0]\d{3})+$/.test(m[0]) && /^\s*\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    if (/[+(]|\d[.-]\d+[.-]\d/.test(m[0]) && !/^\d{1,3}(?:\.\d{3})+$/.test(m[0]) && !grouped) masked.push([m.index, m.index + m[0].length]);
  }
  const countsOf = (claim: Claim | null | undefined) => (claim ? lex.metric(claim.metric)?.counts ?? [] : []);
  // The last count said in the two sentences before: "... closed 214 exchanges. They handled $800 million. That compares
  // with 37 exchanges ...".
  const lastCount = earlier.findLast((c) => c.unit === 'count' && !c.converted_from);
  const countedBefore = { partsFrom: offset + (partition?.opening ?? 0), parts: countsOf(partition?.whole), previous: countsOf(lastCount) };
  const figures = findFigures(text, lex, masked, style.decimalComma, [place.jurisdiction, style.home], countedBefore);
  if (!figures.length) return [];
  // A word inside an agency's name is no trigger: the "Administration for the Prevention of Money Laundering" launders nothing.
  // A lead copied from the sentence itself (a fact line's label) holds its agencies' names too.
  const copiedAt = prefix ? sentence.text.indexOf(prefix.replace(/:\s$/, '')) : -1;
  const insideAgency = (at: number) => agencies.some((a) => (a.start + offset < at && at < a.end + offset) || (copiedAt >= 0 && a.start - copiedAt < at && at < a.end - copiedAt));
  // Nor is a word inside a law's name: the "Criminal Proceeds (Recovery) Act 2009" recovers nothing.
  const laws = text.includes(' Act') || text.includes(' Law') || text.includes(' Code') ? [...text.matchAll(LAW_NAME)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  const insideLaw = (at: number) => laws.some(([a, b]) => a <= at && at < b);
  const found = agencies.length || laws.length ? findTriggers(text, lex).filter((t) => !insideAgency(t.start) && !insideLaw(t.start)) : findTriggers(text, lex);
  const triggers = withReceivers(text, figures, found, lex);
  const weights = triggerWeights(text, figures, triggers, lex.moneyMetrics, lex.crimeOf);
  if (prefix) leadBearsOnItem(weights, figures, triggers, prefix.length);
  const claims: Claim[] = [];
  let previous: { figure: Figure; claim: Claim } | null = null;
  // The last claim whose metric the verb governing it said: the sums listed after it are that verb's too.
  let governedBefore: Claim | null = null;
  let claimGoverned = false;
  const claimOf = new Map<Figure, Claim>();
  // The first of a pair set against a pair, and the figure it is set against.
  const pairs = new Map<Figure, Figure>();
  // The sum the last figure was a part of: "NT$742 million ..., including 210 bitcoin and 6.3 million USDT".
  let whole: Claim | null = null;
  // Words some rules need, looked for once: most sentences hold none of them.
  const hasWhich = text.includes('which');
  const hasBalance = /balance|deposit|hold|held|contain/i.test(text);
  const hasToBe = text.includes('to be ');
  const hasState = /\b(?:state|budget|treasury|exchequer)\b/i.test(text);
  const hasSuspended = text.includes('suspended');
  const cashDesk = CASH_DESK.test(text) && !EXCHANGER.test(text);
  figures.forEach((read, i) => {
    if (read.start < prefix.length) return;
    claimGoverned = false;
    const figure = inDollars(text, previous?.figure, read, style.codes);
    const conversionOf = previous && conversionTarget(text, previous.figure, figure) ? previous.claim : null;
    // "we detained 96 organisers — no, 69, excuse me": the number a speaker takes back is no claim; its correction is read
    // in its place.
    const corrects = !conversionOf && previous && previous.figure.start === figures[i - 1]?.start && previous.figure.unitKind === figure.unitKind
      && CORRECTION_GAP.test(text.slice(previous.figure.end, figure.start)) ? previous.claim : null;
    if (corrects) claims.splice(claims.indexOf(corrects), 1);
    // "Rp 212,4 miliar (Rp 212.4 billion)": the same sum in brackets, written again in English, is no figure of its own.
    if (previous && previous.figure.unit === figure.unit && previous.figure.value === figure.value && figure.unitKind === 'money'
      && /^\s*\(\s*$/.test(text.slice(previous.figure.end, figure.start))) return;
    // The figure set against is the last of its kind: "... 44 exchangers ... 84.6 billion tenge, up from 17 in 2023".
    // A count is set against the last that counts the same things: "5,210 suspects in 3,988 cases, compared with 4,926 suspects".
    const ofKind = figure.comparedWith ? figures.slice(0, i).filter((f) => f.unitKind === figure.unitKind) : [];
    // "detained 316 people ... and opened 127 criminal cases, against 241 and 96 in the same period of 2025": a pair set
    // against a pair, each against its own.
    const pairFirst = figure.comparedWith && figures[i + 1]?.unitKind === figure.unitKind && PAIR_JOIN.test(text.slice(figure.end, figures[i + 1]!.start)) && ofKind.length >= 2
      && claimOf.has(ofKind.at(-2)!) && claimOf.has(ofKind.at(-1)!) && claimOf.get(ofKind.at(-2)!)!.metric !== claimOf.get(ofKind.at(-1)!)!.metric;
    const pairedWith = figures[i - 1] ? pairs.get(figures[i - 1]!) : undefined;
    const pairSecond = figure.comparedWith && pairedWith !== undefined && PAIR_JOIN.test(text.slice(figures[i - 1]!.end, figure.start));
    const against = pairFirst ? ofKind.at(-2)
      : pairSecond ? figures[figures.indexOf(pairedWith!) + 1]
      : ofKind.findLast((f) => f.unitKind !== 'count' || f.countedThings.some((t) => figure.countedThings.includes(t))) ?? ofKind.at(-1);
    if (pairFirst) pairs.set(figure, against!);
    const comparedTo = !conversionOf && !corrects && against ? claimOf.get(against) ?? null : null;
    // "assets worth 16.8 billion tenge were seized, including 4.1 million USDT": a part of the sum just said, by its metric.
    const adjacent = !conversionOf && !corrects && !comparedTo && previous && previous.figure === figures[i - 1] && previous.figure.unitKind === 'money' && figure.unitKind === 'money';
    const gap = adjacent ? text.slice(previous!.figure.end, figure.start) : '';
    // The next item of the parts goes with them unless it has a verb of its own ("..., and 2.3 billion tenge was returned").
    const nextPart = whole && /^\s*(?:,\s*)?(?:and\s+)?$/.test(gap) && !/^\s+(?:was|were|has|have|had)\b/.test(text.slice(figure.end, figure.end + 8));
    const includedIn = adjacent ? (INCLUDING_GAP.test(gap) ? previous!.claim : nextPart ? whole : null) : null;
    let metric: string;
    let confidence: number;
    let period: { start: string | null; end: string | null; text: string | null };
    // A conversion restates the sum before it, a part "included" in it is of the same kind: both take its metric and period.
    const sameAs = conversionOf ?? includedIn ?? corrects;
    if (sameAs) {
      if (includedIn && !isReported(text, figure)) return;
      metric = sameAs.metric;
      confidence = sameAs.confidence;
      period = wholePeriod(sameAs);
    } else if (comparedTo) {
      // The figure a comparison sets against another counts the same thing, over the period it names.
      if (!isReported(text, figure)) return;
      metric = comparedTo.metric;
      confidence = comparedTo.confidence;
      period = periodOf(text, figure, periods, source.published, context, comparedTo);
    } else {
      if (!isReported(text, figure)) return;
      const candidates = candidateMetrics(figure, lex.metrics);
      // "received S$12.64 million from at least 1,040 scam victims": the verb and the people the sum came from say what it is.
      // Not a sum paid as a penalty: "collected MAD 86,4 million in settlement fines ... from individuals and companies".
      const taken = figure.unitKind === 'money' && !PAID_AS_PENALTY.test(text.slice(figure.end, figure.end + 40)) ? lex.takenFrom(text.slice(Math.max(0, figure.start - 48), figure.start), text.slice(figure.end, figure.end + 160), text, source.text) : null;
      const takenMetric = taken ? candidates.find((c) => c.metric.id === taken)?.metric : undefined;
      // "fined a registered VASP, Halfpenny Digital Ltd, €1.45m for failings in transaction monitoring": the verb that governs
      // the sum says what it is, past its object and whatever the words after the sum say.
      // "ordered the confiscation of 2.15 million USDT and 4.7 BTC held in wallets that had been frozen": the next sum of the
      // governed list is governed too.
      // "had traced N214 million and $46,000 in bank accounts ..., which have been frozen": what was done to the sum since wins.
      const governed = !takenMetric && figure.unitKind === 'money' && !(hasWhich && DONE_SINCE_TAIL.test(text.slice(figure.end, figure.end + 140)))
        ? lex.governingVerb(text.slice(Math.max(0, figure.start - 160), figure.start)) ?? (governedBefore && previous?.claim === governedBefore && GOVERNED_LIST_GAP.test(text.slice(previous.figure.end, figure.start)) ? governedBefore.metric : null)
          ?? (hasBalance ? accountsBalance(text.slice(Math.max(0, figure.start - 200), figure.start)) : null)
          ?? (hasToBe && TO_THE_STATE_TAIL.test(text.slice(figure.end, figure.end + 80)) ? 'assets_seized' : null)
          ?? (hasState && (TO_THE_STATE_DONE_TAIL.test(text.slice(figure.end, figure.end + 120)) || TO_THE_STATE_LEAD.test(text.slice(Math.max(0, figure.start - 80), figure.start))
            || (REMIT_LEAD.test(text.slice(Math.max(0, figure.start - 24), figure.start)) && TO_THE_STATE_AFTER.test(text.slice(figure.end, figure.end + 80)))) ? 'assets_seized' : null)
          ?? (hasSuspended && TRANSACTIONS_LEAD.test(text.slice(Math.max(0, figure.start - 60), figure.start)) && SUSPENDED_TAIL.test(text.slice(figure.end, figure.end + 120)) ? 'assets_frozen' : null)
        : null;
      const governedMetric = governed ? candidates.find((c) => c.metric.id === governed)?.metric : undefined;
      claimGoverned = governedMetric !== undefined;
      const scored = takenMetric ? { metric: takenMetric, score: 1 } : governedMetric ? { metric: governedMetric, score: 1 } : chooseMetric(text, figure, weights[i]!, triggers, candidates);
      // The people a sum was taken from are counted by the metric that counts customers, whatever the verb ("collected").
      const chosen = figure.takenFrom && (!scored || scored.score < 0.1) && candidates[0] ? { metric: candidates[0].metric, score: 0.5 } : scored;
      const ofKind = (c: Claim) => kindOf(c) === figure.unitKind && !c.converted_from;
      const inSentence = claims.findLast((c) => kindOf(c) === figure.unitKind);
      const lastBefore = earlier.findLast(ofKind);
      // A part "of the total" is the total's, whatever its own verb ("accounted for"); the total is the first sum said before,
      // not the one set against it after.
      const part: { metric: string; whole: Claim | null; against?: Claim } | null = partOfTotal(text, figure, inSentence ?? earlier.find(ofKind), (m) => lex.crimeOf(m) !== undefined) ?? ((!chosen || chosen.score < 0.1)
        // A count is set against the last count before; a sum against the last sum of the sentences before.
        ? (partition ? partMetric(figure, partition, lex, text) : null) ?? setAgainst(text, figure, figure.unitKind === 'count' ? lastCount : lastBefore, lex, inSentence)
          ?? ofWhich(text, figure, previous) ?? restated(text, figure, inSentence ?? lastBefore, lex) ?? partAfterTotal(text, figure, inSentence ?? earlier.find(ofKind))
        : null);
      if (part) {
        // A part of a count said before: that count's metric, and its period unless the part names one.
        // "turnover of 3 billion 270 million tenge, of which at least 640 million tenge was related to drug trafficking": a
        // part of a sum traced to crime is the crime's volume.
        const crimePart = figure.unitKind === 'money' && CRIME_PART_TAIL.test(text.slice(figure.end, figure.end + 100)) ? lex.crimeOf(part.metric) : undefined;
        metric = crimePart ?? part.metric;
        confidence = 0.6;
        // A count set against one said before reads "a year earlier" against that one's period.
        period = periodOf(text, figure, ownPeriods(text, periods, figures, i), source.published, { ...context, fallback: () => (part.whole ? wholePeriod(part.whole) : context.lastNamed()) },
          part.against ?? null);
      } else {
        // A sum no trigger names may be the size of a crime named right after it: "over a suspected £35 million VAT fraud".
        const sized = (!chosen || chosen.score < 0.1) && figure.unitKind === 'money' ? lex.sizeOf(text.slice(figure.end, figure.end + 80)) : null;
        const sizedMetric = sized ? candidates.find((c) => c.metric.id === sized)?.metric : undefined;
        // "The casinos and clubs had more than 15,000 players": what a platform has names the metric that counts it.
        const members = figure.countedThings.includes('person') && MEMBERS_AFTER.test(text.slice(figure.end, figure.end + 30));
        const had = !sizedMetric && (!chosen || chosen.score < 0.1) && figure.unitKind === 'count' && (!figure.countedThings.includes('person') || members)
          ? platformHad(text.slice(Math.max(0, figure.start - 60), figure.start), lex, members) : false;
        const hadMetric = had ? candidates.find((c) => (!c.asSubject || members) && c.metric.namedByThings)?.metric : undefined;
        // "raised the sentence of the group's leader, Tomasz K., to 10 years from 8 years, and that of his partner to seven and a
        // half years from six years": a term changed to or from, in a sentence about terms, however far its verb.
        const changed = !sizedMetric && !hadMetric && (!chosen || chosen.score < 0.1) && figure.unitKind === 'duration' && TERM_CHANGED_LEAD.test(text.slice(Math.max(0, figure.start - 12), figure.start))
          ? candidates.find((c) => triggers.some((t) => t.metrics.includes(c.metric.id)))?.metric : undefined;
        const decided = sizedMetric ? { metric: sizedMetric, score: 0.3 } : hadMetric ? { metric: hadMetric, score: 0.3 } : changed ? { metric: changed, score: 0.1 } : chosen;
        if (!decided || decided.score < 0.1 || voided(decided.metric.id, text, context.previousText, lex)) return;
        metric = partOfSum(figure, partition, decided.metric.id, lex, text);
        // The crime's money, whatever moved it: "Of the 2025 turnover, KZT 71bn was traced to drug sales" (a part of a total by
        // its name traced to crime); "Part of the money, at least R$ 318 million, was converted into USDT"; "27 groups acting as
        // payment hubs for online casinos, with a combined turnover of KZT 152bn" (what a casino's cash desk or a drop network
        // moves, where an exchanger's is its business).
        if (figure.unitKind === 'money' && ((afterTotalsName(text, figure) && CRIME_PART_TAIL.test(text.slice(figure.end, figure.end + 100)))
          || DRUG_SHARE_TAIL.test(text.slice(figure.end, figure.end + 140))
          || PART_OF_MONEY_LEAD.test(text.slice(Math.max(0, figure.start - 48), figure.start)) || cashDesk)) metric = lex.crimeOf(metric) ?? metric;
        confidence = Math.min(1, Number((0.4 + decided.score * 0.6).toFixed(2)));
        period = periodOf(text, figure, ownPeriods(text, periods, figures, i), source.published, context, null);
      }
    }
    if (!sameAs && !comparedTo && lex.metric(metric)?.describesCrime) period = undatedByAction(text, period, source.published);
    // "In fiscal 2026, which ends on Sept 30, the CCIB has arrested 4,870" told on 14 September, "between 2023 and 2025" told
    // in July 2025: nothing was counted after the telling.
    if (source.published && period.end && period.end > source.published && period.start !== null && period.start <= source.published) period = { ...period, end: source.published };
    const spanStart = sentence.start + figure.start - offset;
    const spanEnd = sentence.start + Math.min(figure.end, ownEnd) - offset;
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
      quote: sentence.text,
      quote_start: sentence.start,
      quote_end: sentence.end,
      span_start: spanStart,
      span_end: spanEnd,
      figure: text.slice(figure.start, Math.min(figure.end, ownEnd)),
      extractor: `${conversionOf ? 'conversion' : figure.rule}@${EXTRACTOR_VERSION}`,
      converted_from: conversionOf?.claim_id ?? null,
      confidence,
    };
    claims.push(claim);
    claimOf.set(read, claim);
    previous = { figure, claim };
    governedBefore = claimGoverned ? claim : null;
    whole = includedIn;
  });
  return claims;
}

/**
 * A law's name: capitalised words, with their small words and a bracketed part, ending on its kind ("Proceeds of Crime
 * Act", "Criminal Justice (Money Laundering and Terrorist Financing) Act").
 */
const LAW_NAME = /\b\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|\(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|on|for|the|to|in)){0,6}\)|of|and|on|for|the|to|in)){0,8}\s+(?:Act|Law|Code)\b/gu;

/** A list's lead that points back to what the sentence before named: "The assets comprise:", "These include:". */
const INCLUDES_BACK = gated(/^(?:They|These|Those|The\s+(?:seized\s+)?(?:assets|items|seizures?|haul|property|properties))\s+(?:include[sd]?|comprise[sd]?|consist(?:ed|s)?\s+of)\s/u);
/** A lead that breaks a count down by place without naming it: "The ministry published a breakdown by region:". */
/**
 * The count a breakdown's lead breaks down: the last said before it, past the sentences that only set a count against
 * it ("A year earlier, in January-June 2025, 71 exchangers had been closed.") and those that count nothing.
 */
function wholeBefore(said: readonly Said[]): Claim | undefined {
  let comparison: Claim | undefined;
  for (let k = said.length - 2; k >= Math.max(0, said.length - 5); k--) {
    const count = said[k]!.claims.find((c) => c.unit === 'count');
    if (count && !COMPARISON_OPENING.test(said[k]!.text)) return count;
    comparison ??= count;
  }
  return comparison;
}
/** "A year earlier, in January-June 2025, 71 exchangers had been closed.": a sentence that only sets a count against the one before. */
const COMPARISON_OPENING = /^(?:A\s+year\s+(?:earlier|before|ago)|For\s+comparison|In\s+comparison|By\s+comparison|In\s+the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+previous)\s+year)\b/i;
const BREAKDOWN_LEAD = gated(/\bbreakdown\b|\bby\s+(?:region|city|province|country|district|oblast|state)\b/i);
const REFERS_BACK_LEAD = gated(/^(?:The\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|These|They|Those|It|This)\s+(?:comprise|comprised|include|included|includes|consist\s+of|consisted\s+of|consists\s+of)(?:\s+the\s+following)?\s*:$/u);
/** "... access to 1 946 internet resources was restricted. Among them:": a lead that only says its items are parts. */
const PARTS_LEAD = /^(?:Among|Of)\s+(?:them|these|those|which)\s*:$|^(?:Including|By\s+(?:category|type|kind))\s*:$/u;

/** What sets a term against another: "to 10 years from 8 years". */
/**
 * "has frozen 46 bank accounts belonging to six individuals ... with a total balance of RM38.2mil": the balance of accounts
 * seized, blocked or frozen is frozen; only a forfeiture or confiscation takes it.
 */
const ACCOUNTS_BALANCE = gated(/\b(?:(froze|frozen|freez\w*|blocked|block\w*|restrain\w*|seized|seiz\w*)|(confiscat\w*|forfeit\w*)),?\s+(?:[^.;]{0,140}?\s)?(?:accounts?|wallets?)\b[^.;]{0,80}?\b(?:with|holding|containing|having|(?:which|that)\s+(?:held|hold|contained))\s+(?:(?:a\s+|an\s+)?(?:total\s+|combined\s+|aggregate\s+)?(?:balances?|deposits?)\s+of\s+|a\s+(?:total\s+of|combined|sum\s+of)\s+)(?:about\s+|around\s+|over\s+|more\s+than\s+|some\s+|nearly\s+)?$/i);
function accountsBalance(lead: string): string | null {
  const m = ACCOUNTS_BALANCE.exec(lead);
  return m ? (m[1] ? 'assets_frozen' : 'assets_seized') : null;
}
/** "transactions worth AZN 6,8 million on 430 bank accounts ... were suspended": transactions an FIU suspends hold their money. */
const TRANSACTIONS_LEAD = gated(/\b(?:transactions|transfers|operations|payments)\s+(?:of\s+(?:clients|customers)\s+)?(?:worth|totall?ing|in\s+the\s+amount\s+of|amounting\s+to|of|for)\s+(?:(?:about|around|over|more\s+than|nearly|some|approximately)\s+)?$/i);
const SUSPENDED_TAIL = gated(/^[^.;]{0,100}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:temporarily\s+)?suspended\b/i);
/** "1.2 million USDT confiscated ... had been converted and transferred to the state budget, bringing in about KZT 615 mln": the state's. */
const TO_THE_STATE_DONE_TAIL = gated(/^[^.;]{0,80}?\b(?:had|has|have)\s+been\s+(?:\p{Ll}+\s+and\s+)?(?:transferred|turned\s+over|credited|remitted)\s+(?:in)?to\s+(?:the\s+)?(?:state|budget|treasury|exchequer)\b/u);
const TO_THE_STATE_LEAD = gated(/\b(?:transferred|turned\s+over|credited|remitted)\s+(?:in)?to\s+(?:the\s+)?(?:state|budget|treasury|exchequer)(?:\s+budget)?,?\s+(?:bringing\s+in|worth|totall?ing|amounting\s+to)\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?$/);
/** "ordered the defendants to remit VND1,400 billion in illegal gains to the state budget": paid over to the state. */
// "orders ... transferring €740,000 (about £630,000) and 3.2 BTC, previously frozen, to the Exchequer".
const REMIT_LEAD = gated(/\b(?:remit|transfer|transferring|remitting|hand\s+over|turn\s+over|surrender)\s+(?:(?:about|around|over|more\s+than|some|nearly)\s+)?$/i);
const TO_THE_STATE_AFTER = gated(/^(?:[^.;,]|(?<=\d)[.,](?=\d)|,(?=[^;]{0,60}\bto\s+the\s+exchequer\b)){0,100}?\bto\s+(?:the\s+)?(?:state|budget|treasury|exchequer)\b/i);
/** "ordered KZT 640m of criminal income to be recovered to the state budget": taken by the state, whatever the money was. */
const TO_THE_STATE_TAIL = gated(/^[^.;]{0,50}?\bto\s+be\s+(?:recovered|confiscated|forfeited|turned\s+over|transferred|returned)\s+(?:to|into)\s+(?:the\s+)?(?:state|budget|treasury|exchequer)\b/i);
const DONE_SINCE_TAIL = gated(/^[^.;]{0,120}?,\s*which\s+(?:have|has|had)\s+(?:since\s+|now\s+|also\s+|already\s+)?been\s+(?:frozen|seized|confiscated|forfeited|restrained|blocked|returned|recovered)\b/i);
const TERM_CHANGED_LEAD = /(?:\bto|\bfrom)\s+$/i;

/** What a casino's cash desk, payment hub or drop network moved, and a part of the crime's money ("Part of the money, ..."). */
const CASH_DESK = gated(/\b(?:cash\s+desks?|payment\s+hubs?|processing\s+cent(?:re|er)s?|drop(?:\s+card)?\s+(?:networks?|schemes?)|networks?\s+(?:that|which)\s+(?:had\s+)?processed\s+payments)\b/i);
const EXCHANGER = /\bexchang(?:ers?|e\s+(?:offices?|points?|services?|platforms?))\b|\bOTC\b/i;
const PART_OF_MONEY_LEAD = gated(/\b[Pp]art\s+of\s+(?:the|that|this|its|their)\s+(?:profits?|proceeds|amount|money|funds|sum)\b[^.;\d]{0,24}$/);

// "of which at least 900 million soms have been identified as proceeds from the sale of synthetic drugs", "Some PLN 74m of that
// sum has been traced to "bank consultant" and fake investment frauds".
/**
 * The drug-linked share of a turnover: "Close to 27.5 billion tenge of the January–April turnover, or almost a third, was
 * linked to drug sales", "– about 41 billion tenge (roughly $79 million) – came from darknet drug shops", "processed at least 9.4
 * billion tenge of payments linked to the sale of drugs".
 */
const DRUG_SHARE_TAIL = gated(/^(?:\s*\([^()]{1,40}\))?(?:\s*[\u2013\u2014-])?\s+(?:of\s+(?:the|this\s+year['’]s|last\s+year['’]s|its|their)\s+[^.;]{0,50}?\b(?:turnover|volume|transactions|flows?)\b(?:,[^,;]{1,30},)?\s+|(?:of|in)\s+(?:payments|transfers|transactions)\s+)?(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?(?:(?:linked|related|connected|tied|attributed)\s+to|came\s+(?:directly\s+)?from)\s+(?:[\p{L}-]+\s+){0,3}?(?:drug|narcotic|darknet)/iu);
const CRIME_PART_TAIL = gated(/^(?:\s*\([^()]{1,40}\))?\s+(?:of\s+(?:it\s+|(?:that|this|the)\s+(?:[a-z-]+\s+){0,3}?))?(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:for\s+(?:[a-z-]+\s+){0,3}?(?:drug|narcotic|darknet)|to\s+(?:[a-z-]+\s+){0,3}?(?:drug|narcotic|darknet|victims|scam|fraud|crim)|came\s+(?:directly\s+)?from\s+(?:[a-z-]+\s+){0,4}?(?:criminal|crime|drug|narcotic|darknet|fraud|scam|illicit|ransomware)|(?:(?:related|linked|connected|tied|traced|attributed)\s+to|connected\s+with)\s+(?:(?:payments|settlements)\s+for\s+)?(?:the\s+)?(?:["“]?[a-z-]+["”]?\s+(?:and\s+)?){0,5}?(?:drug|narcotic|crim|fraud|scam|illicit|illegal|launder|victims|online\s+fraud|theft|ransomware)|(?:identified|established|recogni[sz]ed|found)\s+(?:as|to\s+be)\s+(?:the\s+)?(?:criminal\s+|illicit\s+|illegal\s+)?proceeds\b|(?:the\s+)?proceeds\s+(?:of|from)\s+(?:the\s+)?(?:drug|narcotic|crim|fraud|scam|illicit|theft|sale\s+of\s+(?:synthetic\s+)?(?:drugs|narcotics)))/i);

/** What stands between a sum and a part it includes: "assets worth 16.8 billion tenge were seized, including", "NT$742 million in criminal proceeds, including". */
// "more than $303 million in alleged criminal assets in the 2024-25 financial year, including": what and when the sum was;
// "$17.4 million in bank accounts and digital asset wallets controlled by the defendants, including": where it was held.
// "KZT 14.6bn were seized over the year, including", "were seized to compensate for the damage, including": how it was.
const INCLUDING_GAP = gated(/^(?![^,]*\band\s+\p{Ll}+ed\b)(?:\s+(?:in|during|over|since)\s+(?:[\p{L}\d'’\u2013-]+\s+){0,6}[\p{L}\d'’\u2013-]+(?:\s+(?:in|during|over|since|by|of|at|on|from)\s+(?:[\p{L}\d'’\u2013-]+\s+){0,3}[\p{L}\d'’\u2013-]+)?){0,2}(?:\s+(?:were|was|have\s+been|has\s+been)\s+\p{Ll}+(?:\s+(?:in|during|over|since|from|to|for|at|on|by|under)\s+(?:[\p{L}\d'’\u2013-]+\s+){0,3}[\p{L}\d'’\u2013-]+){0,2})?\s*[,(]?\s*(?:including|incl\.|among\s+(?:them|which|these))\s+$/iu);


/** Words that refer back to the platforms of the sentence before: "their turnover reached $9.1 billion", "29 such platforms". */
const REFERS_BACK = gated(/\b(?:their|its)\s+(?:combined\s+|total\s+)?(?:turnover|trading\s+volume|volume|transactions)\b|\bsuch\s+(?:platforms|exchanges|providers|operators|venues)\b/i);

/**
 * Whether the sentence's words void a figure of the metric (the licensed market's turnover), or the sentence before's
 * do where this one refers back to it: "Exchange is allowed only on the 23 platforms licensed by the AFSA. In nine months
 * of 2025, their turnover reached $9.1 billion."
 */
function voided(metric: string, text: string, previousText: string | undefined, lex: Lexicon): boolean {
  return lex.voids(metric, text) || (previousText !== undefined && REFERS_BACK.test(text) && lex.voids(metric, previousText));
}

/** How many sentences back a part's opening may name its whole by number ("Of the 131 exchangers, ..."). */
const PARTITION_REACH = 4;

function wholePeriod(whole: Claim): PeriodValue {
  return { start: whole.period_start, end: whole.period_end, text: whole.period_text };
}

/** The text's style for each sentence: in a text with country sections, the currency codes of the sentence's own section. */
function sectionStyles(sentences: readonly Sentence[], sections: ReadonlyArray<string | null>, style: TextStyle): (i: number) => TextStyle {
  if (!sections.some((s) => s !== null)) return () => style;
  const codes = new Map<string | null, Set<string>>();
  sentences.forEach((s, i) => {
    const own = codes.get(sections[i] ?? null) ?? new Set<string>();
    for (const code of s.text.match(CURRENCY_CODE) ?? []) own.add(code);
    codes.set(sections[i] ?? null, own);
  });
  const styles = new Map([...codes].map(([section, own]) => [section, { ...style, codes: own }]));
  return (i) => styles.get(sections[i] ?? null)!;
}

/**
 * "14.6 billion pesos ($15.2 million)": a bare "$" that converts an amount of a local dollar-signed currency is the US
 * dollar, whatever "$" means elsewhere in the text; a conversion is into another currency.
 */
function inDollars(text: string, previous: Figure | undefined, figure: Figure, codes: ReadonlySet<string>): Figure {
  if (figure.unitKind !== 'money' || figure.unit === 'USD' || !figure.unit) return figure;
  // Not "US$", "R$" or "MX$": those name their currency.
  if (!/(?:^|[^\p{L}$])\$\s?$/u.test(text.slice(Math.max(0, figure.numberStart - 3), figure.numberStart))) return figure;
  // "MXN $3,480,000": the code before the sign names the currency.
  if (/(?<![\p{L}])[A-Z]{3}\s?\$\s?$/u.test(text.slice(Math.max(0, figure.numberStart - 7), figure.numberStart))) return figure;
  // "seized MXN 8.6 million in cash, $412,000, ...": a text that writes the local currency by its code keeps "$" for the US dollar.
  const converts = previous?.unitKind === 'money' && previous.unit === figure.unit && CONVERSION.test(text.slice(previous.end, figure.start));
  // "seized 412 million pesos and $1.9 million in cash": beside the local currency written by its name, "$" is the dollar.
  const named = previous?.unitKind === 'money' && previous.unit === figure.unit && CURRENCY_NAME_LAST.test(text.slice(previous.start, previous.end))
    && (/^\s?(?:million|billion|bn|m)\b/i.test(text.slice(figure.numberEnd, figure.numberEnd + 9))
      // "seized 1.9 billion pesos in cash, $245,000, 320,000 USDT": an English-grouped sum beside them too.
      || /^\d{1,3}(?:,\d{3})+$/.test(text.slice(figure.numberStart, figure.numberEnd)));
  return converts || named || codes.has(figure.unit) ? { ...figure, unit: 'USD' } : figure;
}

/** A sum written with its currency's name last and no sign: "412 million pesos". */
const GOVERNED_LIST_GAP = /^\s*(?:,|\s+and)\s+$/;

const CURRENCY_NAME_LAST = /^[^$€£¥₹₸₽]*\s(?!(?:million|billion|thousand|trillion|crore|lakh)\b)\p{L}{4,}$/iu;

/** True when `figure` states `previous` in another money unit: "KZT 1.3bn (about $2.7 million)", "..., worth about €44 million". */
function conversionTarget(text: string, previous: Figure, figure: Figure): boolean {
  if (figure.unitKind !== 'money' || previous.unitKind !== 'money' || previous.unit === figure.unit) return false;
  const gap = text.slice(previous.end, figure.start);
  // "About $137 million of last year's exchanger turnover, or KZT 71 billion, was linked to ...": a restatement after what it was.
  return CONVERSION.test(gap) || (TRAILING_VALUE.test(gap) && gap.length < 120 && !/[;:]/u.test(gap))
    || (/,\s+or\s+$/.test(gap) && gap.length < 60 && !/\b\p{Ll}+ed\b|[;:]/u.test(gap));
}
