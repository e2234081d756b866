import type { Lexicon } from './lexicon.js';
import { LIST_MARK } from './sentences.js';
import { gated } from './gate.js';

/** Words that end the noun phrase after a figure: the counted thing is named before them. */
const COUNT_STOP = new Set(['to', 'in', 'of', 'that', 'which', 'who', 'whom', 'for', 'from', 'and', 'or', 'with', 'were', 'was', 'are',
  'is', 'had', 'have', 'has', 'by', 'on', 'at', 'as', 'across', 'including', 'linked', 'since', 'during', 'over', 'after', 'before',
  'between', 'under', 'into', 'through', 'while', 'but', 'the', 'their', 'its', 'his', 'her', 'been', 'being', 'be', 'than', 'per',
  'about', 'regarding', 'concerning', 'each', 'this', 'these', 'those', 'last', 'worth', 'valued', 'totalling', 'totaling', 'amounting', 'involving', 'related',
  'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'not', 'also', 'now', 'then', 'all', 'both', 'against',
  // "21 people behind a cryptocurrency pyramid scheme" counts people.
  'a', 'an', 'behind', 'among', 'via', 'like', 'received',
  // "Its more than 45,000 users included ransomware groups": the verb ends the noun phrase.
  'included', 'includes', 'include', 'comprised', 'comprises', 'comprise']);

/** What accounted for a share, right before the share's number: "Financial pyramids accounted for ". */
const SERIES_START = /^\s*(?:,\s*\d|,?\s+(?:and|or)\s)/;
const SERIES_AFTER = /^(?:\s*,\s*\d[\d,.\s]*\d|\s*,\s*\d)*\s*,?\s+(?:and|or)\s+(?:\d{1,3}(?:[,.\s]\d{3})+|\d+)(?=\s+\p{L})/u;
const SIGNS_OF_PYRAMID = gated(/^\s+(?:[\p{L}-]+\s+){1,3}?with\s+(?:the\s+)?signs?\s+of\s+(?:a\s+|an\s+)?(?:financial\s+)?(?:\([^()]{1,20}\)\s+)?pyramids?\b/iu);
/** "cases of mobile money fraud were opened for investigation": cases a passive verb after them opens. */
const CASES_OPENED_AFTER = gated(/^\s*cases\s+of\s+[^.;]{0,60}?\b(?:were|was|have\s+been|has\s+been)\s+(?:opened|registered|initiated|instituted|launched)\b/i);
const ACCOUNTED_FOR = gated(/(?:^|[.;:,]\s*|\b(?:the|The)\s+)((?:[\p{L}'’-]+\s+){1,4}?)(?:alone\s+)?accounted\s+for\s+(?:the\s+)?$/u);

/** A plural noun, irregular ones too: after one, "and" joins another noun ("people and exposed nine rings"), not a modifier. */
// "malicious", "fictitious", "business", "virus": an adjective's or a singular's "s" is no plural.
const isPlural = (w: string) => (w.endsWith('s') && !/(?:ous|ss|us|is)$/.test(w)) || /^(?:people|men|women|children)$/.test(w);

// A short aside in brackets after a word is passed over: "23 peer-to-peer (P2P) cryptocurrency traders", "96 'card-running' (paofen) gangs".
// "two U.S.-based money launderers": an abbreviation may open a compound.
const WORD = String.raw`[ \t\u00A0]*["“‘]?((?:\p{Lu}\.){2,}(?:-\p{L}+)?|(?:\d{1,2}-)?[\p{L}][\p{L}0-9'’-]*)["”]?(?:[ \t\u00A0]*\([\p{L}\d-]{2,20}\))?`;
const NEXT_WORD = new RegExp(WORD, 'uy');
const JOINED_WORD = new RegExp(`,?${WORD}`, 'uy');

/** The words that follow a figure up to the first stop word or punctuation: where the counted thing is named. */
export function wordsAfter(text: string, at: number, joined = false): string[] {
  const words: string[] = [];
  // Joined, a comma may part the modifiers too: "crypto, forex and investment sites".
  // An opening quote may stand before the thing: 2,340 "droppers".
  // A word in quotes may stand before the thing: 68 suspected "sakawa" fraudsters.
  // An abbreviation with stops is one word: "1,900 U.S. customers".
  // Digits may stand inside a word ("P2P traders") and an age before one ("two 17-year-olds").
  const re = joined ? JOINED_WORD : NEXT_WORD;
  re.lastIndex = at;
  for (let m = re.exec(text); m && words.length < (joined ? 7 : 5); m = re.exec(text)) {
    if (m[0].startsWith(',') && (!words.length || isPlural(words[words.length - 1]!))) break;
    const w = m[1]!.toLowerCase().replace(/['’]s$/, '').replace(/^\d+-/, '');
    // `joined`: modifiers joined by "and"/"or" run on to their noun ("betting and gambling websites"); after a
    // plural the "and" joins nouns ("companies and projects"), and the first is the thing.
    // "1,388 related social media accounts": "related" modifies the thing, "related to" ends it.
    if (w === 'related' && !/^\s+to\b/.test(text.slice(re.lastIndex, re.lastIndex + 4))) continue;
    // "arrested 48 people in 14 provinces accused of ...": after a plural, "accused" is a participle, not the people counted.
    if (w === 'accused' && words.length && isPlural(words[words.length - 1]!)) break;
    if (COUNT_STOP.has(w) && !(joined && (w === 'and' || w === 'or') && words.length && !isPlural(words[words.length - 1]!))) break;
    words.push(w);
  }
  return words;
}

/** "The number of cases opened ... stands at 50": a verb that reports the size of a "number of" phrase before the figure. */
// "the number of depositors is estimated at about 17 thousand".
// "Harare Province recorded the highest number of arrests at 412".
// "The number of arrests was up 20.9% from 258 in the same period last year": the number a change is told from.
const NUMBER_VERB = /\bnumber\s+of\s+(?:[a-z-]+\s+){1,4}at\s+$|\b(?:stands?|stood|rises|rose|risen|grew|grown|reached|hit|climbed|totall?ed|was|is|came|increased|jumped|amounted|exceeded|exceeds|passed|surpassed|topped|went|fell|dropped|(?:is|was|are|were)\s+(?:estimated|put|placed))\s+(?:(?:at|to|from)\s+)?$|\b(?:(?:is|was|are|were)\s+(?:up|down)|rose|fell|increased|decreased|grew|dropped|climbed|declined|jumped)\s+(?:by\s+)?\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)\s+from\s+$/i;
/** A running total's verb and "the number (of ...)" before "to": "bringing the number of sites it has had blocked since 2017 to ". */
// "taking its arrests since August 2025 to 41": the count's own noun in place of "the number".
const NUMBER_BROUGHT = gated(/\b(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|push(?:es|ing|ed)?)\s+(?:the\s+|its\s+|their\s+)?(?:total\s+)?(?:number|arrests|detentions|convictions|closures|seizures)\b[^.;]{0,160}?\bto\s+$/i);
const FIGURE_FOR = /\bthe\s+(?:figure|tally|count)\s+for\s+(?=\p{L})/iu;
/** What sets a bare number after a "number of" phrase: "the largest number of cases, 4,912", "... with 132". */
const NUMBER_SET_AFTER = /(?:,|\bwith)\s*$/;
/** "744 of whom were arrested", "... of those were formally detained": a part of the count before, with a passive verb of its own. */
const PART_PASSIVE = gated(/^\s+of\s+(?:whom|those|these)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|held|caught)\b/u);
/** "Of the 21 defendants, ...": the set a later bare number ("17 were convicted") counts from. */
const PARTITIVE = gated(/\b[Oo]f\s+(?:the|these|those|all)\s+(?:other\s+|remaining\s+)?$/u);
/** The participle of a bare number's own verb: "64 convicted", "64 were convicted", "64 have since been jailed". */
const OWN_PARTICIPLE = /^\s+(?:(?:were|was|(?:have|had)\s+(?:since\s+|already\s+|also\s+)?been)\s+)?(\p{Ll}+ed)\b(?!\s+(?:under|to|from|with)\b)/u;
/** A bare number that is the subject of a passive, a copula or "received": "the two were sentenced", "17 were convicted", "The other 13 received ...". */
// "three have since been convicted": an adverb may stand inside the verb.
const BARE_SUBJECT = gated(/^\s+(?:were|was|(?:have|had)\s+(?:since\s+|already\s+|now\s+|also\s+|so\s+far\s+)?been|are|remain|remained|got|received)\b/u);

const AGED_THEN_SUBJECT = gated(/^,\s+(?:all\s+|both\s+)?aged\s+[^,;]{1,40},\s+(?:were|was|have\s+been|had\s+been|are)\b/u);

/** One or two words after a figure, then "and" or "or": "12,500 scam and phishing websites", "1,730 investment scam and phishing websites". */
const ONE_WORD_THEN_AND = /^[ \t\u00A0]*["“‘]?\p{L}[\p{L}'’-]*(?:[ \t\u00A0]+\p{L}[\p{L}'’-]*)?[ \t\u00A0]+(?:and|or)\s/u;
/** A verb that made people a scheme's victims or drew them in, right before their number: "persuaded more than 2 300 foreigners to invest". */
// "enrolled about 95,000 members", "attracted more than 2,000 investors": the people a scheme drew in.
const VICTIMS_LEAD = /\b(?:defraud(?:ed|ing|s)?|swindl(?:ed|ing|es)|dup(?:ed|ing)|scamm(?:ed|ing)|deceiv(?:ed|ing)|cheat(?:ed|ing|s)?|fleec(?:ed|ing)|conn(?:ed|ing)|persuad(?:ed|ing)|lur(?:ed|ing)|entic(?:ed|ing)|induc(?:ed|ing)|enroll?(?:ed|ing)|attract(?:ed|ing)|signed\s+up|drew\s+in|onboard(?:ed|ing))\s+(?:(?:a\s+total\s+of|some|about|around|more\s+than|over|at\s+least|nearly|almost|up\s+to)\s+)?$/i;
/** Nothing, or only a label ("Police:", "UPDATE -"), before the number: it opens a headline or a brief. */
// A list's labelled line may carry its mark: "- Baku: 41 detained" (a bare "- 12 arrested in Cádiz ..." links a story).
const HEADLINE_LEAD = /^(?:(?:[-*\u2022\u2013\u2014]\s+)?[\p{L}.' ]{0,30}(?::|\s[-\u2013\u2014]))?\s*$/u;
/** A capitalised plural right after a count: "1,900 South Koreans", "1,200 Europeans". */
const PEOPLE_NAME = gated(/^\p{Lu}\p{Ll}+(?:ians|eans|kans|cans)$/u);
const DEMONYM_AFTER = /^\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?s)(?![\p{L}'’])/u;
/** A verb that opens or records proceedings, right before their number: "it opened 428 cases of illegal currency exchange". */
// "opened investigations into 41 cases of suspected unfair trading": the cases the investigations are.
// Egypt's "seized 9,640 cases of illegal currency trading", Japan's police "recognised 4,815 cases of illegal remittance".
const CASE_VERB = gated(/\b(?:opened|initiated|instituted|registered|recorded|filed|launched|brought|investigated|handled|processed|dealt\s+with|seized|recogni[sz]ed|punished|cracked|uncovered|detected)(?:\s+(?:criminal\s+)?(?:investigations?|probes?|proceedings?|inquiries)\s+(?:into|in|on))?\s+$/i);
/** Crimes a case can be of: "cases of internet fraud", "cases of money laundering". */
const CRIME = gated(/^(?:fraud|theft|launder\w*|extortion|trafficking|embezzlement|bribery|corruption|scams?|cybercrime|crimes?|smuggling|swindling|forgery|illegal|unlicensed|violations?)$/i);
/** A line's label before its number: "- criminal cases opened: ", "Persons convicted: ", "- suspects detained — ", "How many exchangers were closed? — ", a list's "Websites blocked, by month July 2025: ". */
// A carousel's or a deck's "Slide 2/7 — " opens a line as a list mark does; a label may hold a period ("in January–November 2025")
// and words in quotes ('"droppers" detained – 412').
const LABEL_LEAD = new RegExp(`^\\s*(?:${LIST_MARK}\\uFE0F?\\s*)?(?:(?:Slide|Card|Panel|Step)\\s+\\d{1,2}(?:\\/\\d{1,2})?\\s*[\\u2014\\u2013:-]\\s*)?(["“‘]?\\p{L}(?:[\\p{L}\\p{N}\\s'’,/"“”‘\\u2013*†‡-]|\\([^()]{0,40}\\)|\\.(?=\\s*\\d)){0,100}?)\\??\\s*(?::|\\s[\\u2014\\u2013-])\\s*$`, 'u');
/** A place's name and an opening bracket right before a number: "Almaty (48)", "the Moscow region (184)". */
const PLACE_BRACKET_LEAD = /\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}\s*\(\s*$/u;
/** "the most exchangers closed", "Most of the convictions", "the largest numbers of droppers", "By region, the offices": what a breakdown by place counts. */
/**
 * Where a sentence says which things its places' bracketed numbers count: "most droppers were detained in Moscow (312)",
 * "by region, ...", or its subject before a passive verb and "in": "The suspects were caught in Adana (17), Mersin (9)".
 */
const MOST = gated(/\b(?:the\s+)?(?:most\s+(?:of\s+the\s+)?|(?:largest|highest)\s+(?:[\p{L}-]+\s+)?numbers?\s+of\s+)|\bby\s+(?:region|province|oblast|city|month),\s+(?!(?:the\s+)?(?:most|largest|highest)\b)(?:the\s+)?|\b(?:the\s+)?number\s+of\s+|^(?:the\s+)?(?=[\p{L}-]+\s+(?:were|was|have\s+been|had\s+been)\s+\p{Ll}+(?:\s+out)?\s+(?:[^()]{0,30}?\s+)?in\s)/iu);
const LABEL_PREPOSITIONS = new Set(['of', 'on', 'for', 'by', 'in', 'at', 'with', 'under', 'from', 'against', 'per', 'after']);
/** A label that is only a participle said of people: "Arrested", "Persons detained" is counted by its noun. */
const PEOPLE_PARTICIPLE = gated(/^(?:(?:of\s+(?:whom|them)|including)\s+)?(?:arrested|detained|convicted|sentenced|jailed|apprehended|imprisoned|captured|captures|arrests|detentions)$/i);
/** A past participle straight after the number, as headlines put it: "270 arrested", "12 held over". */
const PEOPLE_VERB_AFTER = gated(/^\s+(?:arrested|detained|apprehended|convicted|jailed|sentenced)\b(?!\s+(?:by|to|with|from|of|for)\b)/);
/** More of the same, its noun left out: "and another ", "and a further "; a preposition or the clause's end after it. */
const ANOTHER_LEAD = /\b(?:and|plus|with|while)\s+(?:a\s+further|another|an\s+additional|an\s+extra)\s+$/i;
const ANOTHER_AFTER = /^\s*(?:[;.)]|$|(?:in|on|at|during|over|since|from|by|for|last|this|so)\b)/i;
/** What a part of a count is told by: "under Article 307", "on online casinos" (not a date's "on"), "involving ...". */
const PART_TOLD_AFTER = /^\s+(?:under\s+(?:Article|Section|Art\.)|on\s+(?!(?:\d|the\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b)|related\s+to|involving)/;
const AGES_LEAD = /\b(?:aged|between|ages?)\b/i;
/** The item of a tally before a comma: "3 exchange points, ". */
const TALLY_ITEM_LEAD = /\d[\d.,]*\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s*(?:and\s+)?$/u;
const HEADLINE_VERB = /^\s+(?:\p{Ll}+ed|held|caught)\b(?!\s+(?:by|to|with|from|of)\b)/u;

const PLACE_BEFORE = /\b(?:in|at|across|inside|from)\s+$/i;
const DWELLING = gated(/^(?:homes?|houses?|apartments?|flats?|residences?|villas?|premises|properties|property|addresses|locations)$/i);

/**
 * What a count figure counts: the noun phrase after it ("36 illegal crypto platforms"); else, for a bare
 * number that is a sentence subject ("the two were sentenced", "Of the 21 defendants, 17 were convicted"),
 * the partitive set or people; else the thing a "number of" phrase before it names. Empty when nothing is named.
 * `lead` is the text before the figure without its hedge, `leadWithHedge` with it; `previous` what the count before it counts.
 */
export function countedThingOf(
  text: string, end: number, lead: string, lex: Lexicon, leadWithHedge = lead, previous?: readonly string[],
): { things: string[]; bareSubject: boolean; namedAt?: number } {
  const found = (things: string[], bareSubject = false) => ({ things, bareSubject });
  // "identified 1,240 companies and projects with signs of a financial pyramid": the Bank of Russia's and Kazakhstan's
  // regulators count pyramids by what they show.
  if (text.includes('signs') && SIGNS_OF_PYRAMID.test(text.slice(end, end + 100))) return found(['scheme']);
  // "led the way with 38 and 25 closures respectively": a number of a series counts what the series' last one names (not a
  // model's number: "a Porsche 911 and 14 phones").
  const series = !SERIES_START.test(text.slice(end, end + 6)) || /\p{Lu}[\p{L}-]*\s+$/u.test(lead) ? null : SERIES_AFTER.exec(text.slice(end, end + 60));
  if (series) {
    const things = lex.countedThing(wordsAfter(text, end + series[0].length));
    if (things.length) return found(things);
  }
  // "7 million cases of identification failures" counts failures, not proceedings; "9,870 cases of fraud" are cases.
  // "about 6.8 million cases in which the exchange did not carry out due diligence": occurrences, not proceedings.
  // "cracked 1,150 cases in which USDT was used" are still proceedings.
  if (/^\s*(?:cases|instances)\s+(?:in\s+which|where)\b/i.test(text.slice(end, end + 24)) && !CASE_VERB.test(lead) && !/\b(?:cracked|solved|busted|uncovered|detected|exposed)\s+$/i.test(lead)) return found([]);
  // "1,946 cases of mobile money fraud were opened": the crime may be the third word, and the verb may come after.
  const casesOf = /^\s*(?:cases|instances|counts|incidents)\s+of\s+(?:([\p{L}-]+)\s+)?(?:([\p{L}-]+)\s+)?([\p{L}-]+)/iu.exec(text.slice(end, end + 60));
  // "opened 428 cases of illegal currency exchange": cases a verb opens are proceedings, whatever their crime.
  // "64 cases of fraud involving fake platforms": the crime may be the first word.
  // "initiated 1 187 criminal cases, including 96 cases of illegal entrepreneurial activity": cases among the cases before.
  if (casesOf) {
    const words = [casesOf[1], casesOf[2], casesOf[3]].filter((w): w is string => w !== undefined);
    const crime = words.some((w) => CRIME.test(w));
    const openedAfter = CASES_OPENED_AFTER.test(text.slice(end, end + 120));
    return found(/^\s*cases/i.test(casesOf[0]) && (crime || CASE_VERB.test(lead) || openedAfter || previous?.includes('case')) ? ['case'] : []);
  }
  // "Five of Luo's co-conspirators", "two of the suspects": the thing is named after the partitive "of".
  // "convicted 14 of the 19 defendants": the set's own number may stand before its noun.
  // "27 of the network's betting sites": a possessive after the article owns the thing.
  // "accounted for 21 of last year's closures": a period's possessive too.
  const partOf = /^\s+of\s+(?:the|these|those|his|her|their|its|(?:last|this|the)\s+(?:year|month|quarter|week)['’]s|\p{Lu}[\p{L}.'’-]*['’]s?)\s+(?:\p{Ll}[\p{L}-]*['’]s\s+)?(?:\d[\d,.]*\s+)?/u.exec(text.slice(end, end + 60));
  // As a subject, or the object of a verb ("detained 143 of their members") or of access cut ("restricted access to 27 of
  // their websites", "All seven of the exchange's domain names"); in "accounted for 2,900 of the cases" the cases are not
  // what is counted.
  // "Financial pyramids accounted for 2,900 of the cases": the subject is what is counted; "Almaty accounted for 52 of the
  // exchangers closed": a place's share of the things after "of".
  // "Financial pyramids accounted for 1 290 of them": the subject names the thing where "them" does not.
  const ofThem = /^\s+of\s+them\b/.test(text.slice(end, end + 12));
  const share = partOf || ofThem ? ACCOUNTED_FOR.exec(lead) : null;
  if (share) {
    const subject = share[1]!.trim().split(/\s+/).slice(-3);
    const own = lex.placeOf(subject.at(-1)!).jurisdiction ? [] : lex.countedThing(subject.map((w) => w.toLowerCase()));
    const things = own.length || !partOf ? own : lex.countedThing(wordsAfter(text, end + partOf[0].length));
    if (things.length) return found(things);
  }
  // "ordered the blackout of 17 of the platforms' websites": the object of an action's noun too.
  if (partOf && /(?:^|[,;:]|\b(?:and|but|before|after|when|while|until|as|had|has|have|said|says|told|that|[Aa]ll|access\s+to|of)|\b\p{Ll}{3,}ed)\s*$/u.test(lead)) {
    const things = lex.countedThing(wordsAfter(text, end + partOf[0].length));
    // Not people: "the provisional imprisonment of 11 of the detainees", "extended the detention of six of the suspects" do
    // more to people counted before.
    if (things.length && !(/\bof\s*$/.test(lead) && things.includes('person'))) return found(things);
  }
  const after = wordsAfter(text, end);
  // "seized 1,860 mining devices from 212 homes", "search warrants at nine homes", "searches carried out at 9 properties":
  // dwellings after "in", "at" or "from"
  // are where it happened, not what was taken.
  if (PLACE_BEFORE.test(lead) && DWELLING.test(after[0] ?? '')) return found([]);
  // "12,500 scam and phishing websites": a singular word before "and" modifies the noun the phrase ends on.
  // Not a participle ("3,900 websites blocked and exposed nine groups"): that ends the phrase.
  const modifies = after.length <= 2 && after.length > 0 && !after.at(-1)!.endsWith('s') && !after.at(-1)!.endsWith('ed') && ONE_WORD_THEN_AND.test(text.slice(end, end + 40));
  const joinedAll = modifies ? wordsAfter(text, end, true) : [];
  // The phrase ends on the first plural after the "and": "scam and phishing websites taken down" counts websites.
  const conjunction = joinedAll.findIndex((w) => w === 'and' || w === 'or');
  const head = joinedAll.findIndex((w, k) => k > conjunction && isPlural(w));
  const joinedWords = head > conjunction ? joinedAll.slice(0, head + 1) : joinedAll;
  // Only where the phrase ends on a plural noun: "14 people and shut down a network" joins no modifiers.
  const joinedFirst = joinedWords.at(-1)?.endsWith('s') ? lex.countedThing(joinedWords) : [];
  // "defrauded some 1,900 South Koreans": a people named by its country's demonym are people (not "5 Philippines provinces").
  const ofAfter = joinedFirst.length ? joinedFirst : lex.countedThing(after);
  const demonym = ofAfter.length ? null : DEMONYM_AFTER.exec(text.slice(end, end + 40));
  // "over 1,200 Europeans", "at least 540 Floridians": a people by a region's or state's name the table lacks.
  const named = demonym && ((lex.placeOf(demonym[1]!).jurisdiction && !lex.isCountryName(demonym[1]!)) || PEOPLE_NAME.test(demonym[1]!)) ? ['person'] : ofAfter;
  // "defrauded more than 2,100 people": the people a scheme took money from are the customers it served.
  if (named.includes('person') && VICTIMS_LEAD.test(leadWithHedge)) return found(['customer']);
  if (named.length) return found(named);
  // "Eleven of the suspects were picked up ..., while three others were arrested": "others" are more of the count before, or
  // people where they are the subject of a passive.
  if (after.length === 1 && after[0] === 'others') {
    if (previous?.length) return found([...previous]);
    if (BARE_SUBJECT.test(text.slice(end, end + 40).replace(/^\s+others\b/, ''))) return found(['person']);
  }
  // A bare number that adds to or parts the count before, its noun left out: "closed 112 exchangers in the first nine months
  // and another 41 in the fourth quarter"; "73 criminal cases were registered, including 41 under Article 307 ... and 32
  // under Article 296". Not the top of an age range ("aged between 36 and 58 on the basis of ...").
  if (previous?.length && !after.length) {
    const partTold = /\b(?:including|and)\s+$/i.test(lead.slice(-16)) && !AGES_LEAD.test(lead.slice(-40)) && PART_TOLD_AFTER.test(text.slice(end, end + 24));
    const another = ANOTHER_LEAD.test(lead.slice(-40)) && ANOTHER_AFTER.test(text.slice(end, end + 12));
    if (partTold || another) return found([...previous]);
  }
  // "more than double the 47 it closed a year earlier": a number whose own clause follows, counting the thing named before.
  if (previous && /^\s+(?:it|they|we|he|she)\s+(?:had\s+|has\s+|have\s+)?\p{Ll}+ed\b/u.test(text.slice(end, end + 32))) return found([...previous]);
  // "Nine of them ... were placed under arrest": people, the subject of their verb, when nothing was counted before.
  if (!previous?.length && /^\s+of\s+(?:them|those|whom)\b/i.test(text.slice(end, end + 12)) && /(?:^|[,;:]|\b(?:said|says|added|and|but|while))\s*$/u.test(lead)) return found(['person'], true);
  // "That brings to 1,412 the number of sites blacked out": the "number of" phrase after the figure names the thing.
  const numberAfter = /^\s+the\s+(?:total\s+)?number\s+of\s+/i.exec(text.slice(end, end + 32));
  if (numberAfter) return found(lex.countedThing(wordsAfter(text, end + numberAfter[0].length)));
  // "1.146 persons to the Judicial Authority, of which 87 arrested": a part, counted as the whole, subject of its own participle.
  if (previous?.length && /\b(?:of\s+(?:which|whom)|among\s+them)\s+$/i.test(lead)) return found([...previous], true);
  // "initiated 412 criminal proceedings ..., 67 of which involved crypto-assets": the part told before its "of which".
  // "courts delivered verdicts against 146 persons, 39 of whom received real terms of imprisonment".
  if (previous?.length && /,\s*$/.test(lead) && (/^\s+of\s+which\b/i.test(text.slice(end, end + 12)) || PART_SENTENCED.test(text.slice(end, end + 60).replace(/^\s+of\s+whom\b/i, '')))) return found([...previous], true);
  // "booked 3,106 people ..., arresting 418 of them": the thing named before.
  if (previous && /^\s+of\s+them\b/i.test(text.slice(end, end + 12))) return found([...previous]);
  // "apprehending 2,318 suspects, 744 of whom were arrested": a part, subject of its own passive verb.
  if (previous?.length && PART_PASSIVE.test(text.slice(end, end + 60))) return found([...previous], true);
  const joined = lex.countedThing(wordsAfter(text, end, true));
  if (joined.length) return found(joined);
  // "312 people have been arrested and 64 convicted", "arrested 312 people and 64 were convicted": more of the people just
  // counted, with a verb of their own.
  // Only where that verb says what was done ("and 690 have been charged" counts no one the codebook does).
  // Not the top of an age range or the last of a list of ages: "aged between 23 and 57 were arrested", "3 men aged 29, 35 and 41 were arrested".
  const ownVerb = previous?.includes('person') && /\band\s+$/.test(lead) && !/\b(?:aged|between)\s+\d+(?:,\s*\d+)*,?\s+and\s+$/.test(lead) ? OWN_PARTICIPLE.exec(text.slice(end, end + 40)) : null;
  const countsPeople = (metric: string) => lex.metric(metric)?.counts?.includes('person') ?? false;
  if (ownVerb && lex.triggers.find(ownVerb[1]!).some((m) => m.values.some((v) => [...v.metrics].some(countsPeople)))) return found(['person']);
  // Headlines drop the noun: "270 arrested in global crackdown", "Police: five detained": people, subject of the verb.
  if (HEADLINE_LEAD.test(lead) && HEADLINE_VERB.test(text.slice(end, end + 24))) return found(['person'], true);
  // A digest's tally after a semicolon drops the noun as headlines do: "...; 6 detained, 210,000 USDT seized".
  if (/;\s*$/.test(lead) && PEOPLE_VERB_AFTER.test(text.slice(end, end + 24))) return found(['person'], true);
  // So does a tally's next item after a comma: "Khatlon region: 3 exchange points, 9 detained".
  if (TALLY_ITEM_LEAD.test(lead.slice(-60)) && PEOPLE_VERB_AFTER.test(text.slice(end, end + 24))) return found(['person'], true);
  // A labelled line of a list or table: "- criminal cases opened: 186", "Persons convicted: 58".
  const label = LABEL_LEAD.exec(lead);
  if (label && !wordsAfter(text, end).length) {
    // "organisers and active members of groups detained", "Criminal investigations opened on Board complaints": the head
    // noun stands before the first preposition.
    // "Money laundering convictions*": a footnote's mark is no part of the word.
    const words = label[1]!.trim().split(/[\s/]+/).map((w) => w.replace(/^["“‘]+|["”’*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+$/gu, ''));
    const of = words.findIndex((w) => LABEL_PREPOSITIONS.has(w.toLowerCase()));
    const head = of > 0 ? lex.countedThing(words.slice(0, of)) : [];
    // "Arrests, August–November": in a short label, what follows a comma says when or where, not what.
    const comma = words.findIndex((w) => w.endsWith(','));
    const things = head.length ? head : lex.countedThing(words);
    const beforeComma = !things.length && comma >= 0 && words.length <= 6 ? lex.countedThing([...words.slice(0, comma), words[comma]!.slice(0, -1)]) : [];
    if (things.length || beforeComma.length) return found(things.length ? things : beforeComma);
    // "| Type | Booked | Arrested |": a label that is only what was done to people counts them.
    if (PEOPLE_PARTICIPLE.test(label[1]!.trim())) return found(['person'], true);
  }
  // "most droppers were detained in Moscow (312), the Moscow region (184)": a region's number in brackets counts what the
  // sentence says most of were found where.
  if (PLACE_BRACKET_LEAD.test(lead) && /^\s*\)/.test(text.slice(end, end + 3))) {
    const most = MOST.exec(lead);
    const things = most ? lex.countedThing(wordsAfter(lead, most.index + most[0].length)) : [];
    if (things.length) return found(things);
    // "Of the suspects detained on Aug. 11, the largest numbers were in Ankara (19)": the set the sentence opens on.
    const set = most ? /^\s*[Oo]f\s+(?:the|these|those|all)\s+/.exec(lead) : null;
    const ofSet = set ? lex.countedThing(wordsAfter(lead, set[0].length)) : [];
    if (ofSet.length) return found(ofSet);
  }
  // "57,000 Russians", "3,000 Nigerians": a plural demonym counts people.
  // "arrested 187 Vietnamese in the raid": demonyms in -ese and -i are their own plurals.
  const next = /^[ \t]+(\p{Lu}[\p{L}-]*s|\p{Lu}[\p{L}-]*(?:ese|i)(?=\s*(?:[,.;]|and\b|in\b|at\b|from\b|on\b|who\b|were\b|$)))\b/u.exec(text.slice(end, end + 40));
  if (next && lex.placeOf(next[1]!).jurisdiction) return found(['person']);
  // "The five, aged between 29 and 54, were arrested": people the text counted before, told again past their ages.
  if (!after.length && /\b[Tt]he\s+$/.test(lead) && AGED_THEN_SUBJECT.test(text.slice(end, end + 80))) return found(['person'], true);
  if (!after.length && BARE_SUBJECT.test(text.slice(end, end + 20))) {
    // "Of these, 480 were financial pyramids": the complement names the thing.
    const complement = /^\s+(?:were|was|are)\s+/u.exec(text.slice(end, end + 12));
    const named = complement ? lex.countedThing(wordsAfter(text, end + complement[0].length)) : [];
    if (named.length) return found(named, true);
    // "Of the 21 defendants", "Of the nine finfluencers": the set's number, then its noun; "Of the exchangers shut down": the noun.
    const partitive = /\b[Oo]f\s+(?:the|these|those|all)\s+([\p{N}\p{L},.]+)/gu;
    let set: string[] = [];
    for (let m = partitive.exec(lead); m; m = partitive.exec(lead)) {
      // Only a partitive that opens the clause names its set by its noun alone: not "The founder of the platform".
      const opens = /(?:^|[,;:]\s*)$/.test(lead.slice(0, m.index));
      const own = opens ? lex.countedThing(wordsAfter(lead, m.index + m[0].length - m[1]!.length)) : [];
      set = own.length ? own : lex.countedThing(wordsAfter(lead, m.index + m[0].length));
    }
    if (set.length) return found(set, true);
    // "most of them received fines, while 5 were jailed": a contrast opens a clause of its own.
    if (/(?:^|\b(?:the|all|The|All)(?:\s+(?:other|remaining))?|[,;]|\b(?:while|whereas|but))\s*$/u.test(lead)) return found(['person'], true);
  }
  // "the number of resources restricted has exceeded 9,000": the verb may be the figure's hedge. "Almaty accounted for the
  // largest number of cases, 4,912, followed by Astana with 3,105": a bare number set after the phrase counts it too, as
  // does a running total's "bringing the number of sites it has had blocked since 2017 to 2,944".
  const brought = !after.length && NUMBER_BROUGHT.exec(lead);
  if (NUMBER_VERB.test(lead) || NUMBER_VERB.test(leadWithHedge) || (!after.length && NUMBER_SET_AFTER.test(lead)) || brought) {
    const at = lead.toLowerCase().lastIndexOf('number of ');
    // Where the thing is named: the words after it say what was done to it ("the number of sites blacked out ...").
    // "the total number of illegal gambling and affiliate websites": modifiers joined by "and" run on to their noun.
    if (at >= 0) {
      const named = lex.countedThing(wordsAfter(lead, at + 'number of '.length));
      return { ...found(named.length ? named : lex.countedThing(wordsAfter(lead, at + 'number of '.length, true))), namedAt: at + 'number of '.length };
    }
    // "In 2024, the figure for arrests was 2 105": the figure a noun's events are told by.
    const figureFor = FIGURE_FOR.exec(lead);
    if (figureFor) return { ...found(lex.countedThing(wordsAfter(lead, figureFor.index + figureFor[0].length))), namedAt: figureFor.index + figureFor[0].length };
    // "bringing the number it has blocked since 2022 to 1,766": the thing the count before it named.
    if (brought && previous?.length) return found([...previous]);
  }
  return found([]);
}

/** What was done to a part "of whom" the people counted before: "of whom 5,913 were arrested", "of whom 21 were arrested by court order". */
const PART_DONE = gated(/^\s+(?:were|was|had\s+been|have\s+been)\s+(?:(?:formally|later|subsequently|also|then)\s+)?(?:arrested|remanded|charged|convicted|sentenced|jailed|detained|indicted|placed\s+under\s+arrest)\b/i);
export const partDone = (lead: string, tail: string) => /\bwhom\s+$/.test(lead) && PART_DONE.test(tail);
/** A part of people with a sentence of its own: "convicted 1 126 persons, of whom 214 were sentenced to imprisonment". */
export const PART_SENTENCED = gated(/^\s+(?:(?:persons|people|defendants|of\s+them)\s+)?(?:(?:were|was)\s+(?:sentenced\s+to\s+(?:real\s+|actual\s+)?(?:imprisonment|prison|jail|terms?\s+of\s+imprisonment|custodial)|jailed|imprisoned)|(?:received|got|were\s+given)\s+(?:real\s+|actual\s+|effective\s+)?(?:prison\s+terms?|terms?\s+of\s+imprisonment|custodial\s+sentences?|imprisonment|jail\s+terms?))\b/i);

/** True when the figure is the set of a partitive ("Of the 21 defendants, ..."): a denominator, not a reported count. */
export function isPartitiveSet(lead: string): boolean {
  const tail = lead.slice(-40);
  return PARTITIVE.test(tail) && !ACTION_OF.test(tail);
}
/** "ordered the blocking of the 57 gambling websites": an action's object, not a set a part is taken from. */
const ACTION_OF = gated(/\b(?:\p{Ll}{3,}ing|\p{Ll}{3,}(?:tion|sion|ure|al)|arrest|activity|activities|work)\s+of\s+(?:the|all)\s+$/u);
