import { DURATION_UNITS, MAGNITUDES, type Qualifier, type UnitKind } from '@reckon/schema';
import { countedThingOf, isPartitiveSet, partDone, PART_SENTENCED, wordsAfter } from './counted.js';
import { numberWordValue, type Lexicon } from './lexicon.js';
import { CORRECT_FIGURE_LEAD, NUMBER_WAS, SET_AGAINST_OPENING } from './said-before.js';
import { gated } from './gate.js';

/** A figure read from a sentence: offsets are into the sentence text. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  valueHigh: number | null;
  unit: string | null;
  unitKind: UnitKind;
  qualifier: Qualifier;
  /** For counts: the classes of thing counted ("crypto ATMs" are platforms and items). */
  countedThings: string[];
  /** A bare number that is the subject of its own verb ("17 were convicted"): it takes its metric from that verb. */
  bareSubject: boolean;
  /**
   * A figure set against the one before it ("1,240 convictions, compared with 956") or a later number of its series
   * ("four in 2022, 18 in 2023"): it counts the same thing, by the same metric.
   */
  comparedWith: boolean;
  /** People a sum was taken from ("from more than 1,700 citizens"): they count as customers, whatever verb took it. */
  takenFrom?: boolean;
  /** Where a "number of" phrase before the count names its thing: "The number of sites blacked out ... rises to 1,498". */
  thingAt?: number;
  /** Where the number itself starts and ends, without qualifier or unit words. */
  numberStart: number;
  numberEnd: number;
  rule: 'money' | 'count' | 'duration';
}

interface Token { start: number; end: number; value: number }

// A number starts after a non-word character, a currency letter ("N1.2bn", checked later), "Rs." ("Rs.48.27 Crore") or a
// range dash ("3-5"); not after another dot (".5").
const LEAD = '(?<![\\p{N},/:#+_])(?<!(?<![Rr][Ss]|B\\/)\\.)(?<![^\\p{N}](?<!\\d-to)-)';
// "Rs 18,62,500/-": the "/-" Indian amounts end on is no fraction.
const TAIL = '(?!(?![¹²³⁰⁴⁵⁶⁷⁸⁹])\\p{N}|/(?!-)|[.,]\\d)';
// Indian grouping ("2,12,45,300") is tried before the western one, which would stop after "2,12"; Swiss "1'184" groups by
// apostrophes, Peruvian "2'730,000" marks the millions with one.
// Two groups of three after one mark are grouped thousands in either style: "3.850.000 euros", "1,200,000".
const DIGITS = new RegExp(`${LEAD}(?:\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}['’]\\d{3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:['’]\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?|\\d+(?:\\.\\d+)?)${TAIL}`, 'gu');
const DIGITS_DECIMAL_COMMA = new RegExp(`${LEAD}(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:['’]\\d{3})+(?:,\\d+)?|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?|\\d+(?:,\\d+)?)${TAIL}`, 'gu');
/**
 * A decimal in the other style, told by the magnitude after it: "1,5 billion tenge" in an English release from
 * Kazakhstan that writes "3,500" elsewhere, "2.3 million" in a text that writes "2,5". No separator groups two digits.
 */
/** "17 thousand 600 million": thousands of millions written as Spanish writes them ("mil millones"). */
const THOUSANDS_OF_MILLIONS = /(?<![\d.,])((\d{1,3})\s+thousand\s+(\d{1,3}))(?=\s+million\b)/gi;
const HALF_GLYPH = /(?<![\p{N}.,])(\d{1,3})½/gu;
const OTHER_DECIMAL = new RegExp(`${LEAD}\\d{1,3}[.,]\\d{1,2}${TAIL}`, 'gu');
// New York's indeterminate terms join their ends with "-to-": "4-to-12 years".
/** The items of a series before a number: "to 9, " before "8 and 7 years". */
const SERIES_BEFORE = /(?:\d+(?:[.,]\d+)?,\s*)+$/;
/** What hands out a pair of terms: "received sentences of ", "were jailed for ", "to ". */
const TERM_LEAD_FOR_PAIR = gated(/\b(?:sentences?|terms?|jailed|imprisoned|sentenced|received|got|given|handed)\b(?:[^.;]{0,20}|[^.;]{0,100}\bto\s+)$/i);
const CHANGED_FROM = gated(/\b(?:cut|reduced|increased|raised|lowered|commuted|changed|upgraded|downgraded|extended|shortened|toughened|softened|mitigated)\b[^.;]{0,60}\bfrom\s+$/i);
const SENTENCED_BEFORE = gated(/\b(?:sentenc(?:ed|es|ing)|jail(?:ed|s|ing)|condemn(?:ed|s|ing))\s+(?:(?:the|all|both|these|those|its|their)\s+)?$/i);
const RANGE_JOIN = /^\s*(?:-to-|-|–|—|to|and|through)\s*/i;
const PERCENT = /^\s?(?:%|per\s?cent\b|pct\b|percentage\b|basis points?\b|bps\b)/i;
/** A multiple is no count: "four times more closures", "a three-fold rise". */
const MULTIPLE = gated(/^[\s-]*(?:times|fold)\b/i);
const ORDINAL = /^(?:st|nd|rd|th)\b/i;
const AGE = gated(/^[\s-]*(?:years?|yrs?)[\s-]*old\b|^-year-old\b/i);
/** "raised the founder's fine to 1.260 day-fines": units of a fine, no term. */
const DAY_FINES = /^\s?days?[-\s](?:fines?|rates?)\b/i;
/** A rate is no total: "$50,000 a year", "100 million won per violation", "150,000 roubles per investor". */
const RATE = gated(/^\s*(?:per\s+(?!cent)\p{L}|a\s+(?:year|month|week|day)\b(?![-\u2011])(?!\s+(?:earlier|ago|before|later|on))|an\s+hour\b|each\b|apiece\b)/iu);
const FINED_BEFORE = gated(/\b(?:fined|fines?|penalt(?:y|ies))\b[^.;]{0,60}$/i);
// "about 17 cases per 100,000 residents": a rate per head of population.
// Not "during a week-long operation": a span's adjective.
const COUNT_RATE = gated(/^(?:\s+[\p{L}-]+){1,3}\s+(?:(?:a|per|each)\s+(?:year|month|week|day)\b(?![-\u2011])(?!\s+(?:earlier|ago|before|later|on|after))|per\s+(?:1|10|100)[,\s]?000\b|per\s+(?:one\s+|a\s+)?(?:thousand|lakh|million)\b|per\s+capita\b)/iu);
/** Warrants served or issued are no arrests or seizures: "five arrest warrants", "41 search and seizure warrants". */
// Not past a preposition: "arrested four men during search warrants" counts the men.
const WARRANTS_AFTER = gated(/^(?:\s+(?!and\b|or\b|during\b|in\b|on\b|at\b|after\b|under\b|with\b)[\p{L}-]+){0,3}?\s+warrants?\b/iu);
/** The figure sizes a rule, not an action: "a $5,000 limit on cash deposits", "a 500,000 tenge threshold". */
const RULE_NOUN = gated(/^\s*(?:[\p{L}-]+\s+)?(?:limit|threshold|cap|ceiling|maximum|minimum)\b/iu);
/** A hedge after the figure: "Rs. 24.69 Crore (approx.)", "$5m approx", "(estimated)". */
const LESS_A_DAY = gated(/^\s+less\s+(?:a|one)\s+day\b/i);
// "Of the 41 closed exchangers, 16 operated in Almaty", "Of the 92 platforms blocked, ...": so does a set of things named by
// what was done to them.
const SET_DONE_TO = gated(/^\s+(?:people|persons|suspects|individuals|defendants|accused)\s+(?:arrested|detained|apprehended|convicted|sentenced)\b|^\s+(?:(?:closed|liquidated|blocked)\s+(?:[\p{L}-]+\s+){0,2}(?:exchangers|exchanges|platforms|websites|sites|exchange\s+points)|(?:[\p{L}-]+\s+){0,2}(?:exchangers|exchanges|platforms|websites|sites|exchange\s+points)\s+(?:closed|liquidated|shut\s+down|blocked|taken\s+down))\b/iu);
const TRAILING_HEDGE = gated(/^\s*(?:\(\s*(?:approx\.?|approximately|estimated|est\.?|roughly)\s*\)|,?\s+approx(?:\.|imately\b|\b))/i);
/** What sets a figure against an earlier one: "up from 2,940", "compared with 956", "as against R$ 12.3 million", "158 (2024: 41)", "34 (first half of 2024 – 19)", "81 closures (Q2: 68, Q1: 60)". */
/** What follows a bracketed number that tells another period's: "(6 905 in 2023)", "(571 a year earlier)". */
const BRACKETED_PERIOD = /^\s+(?:in|during|for|over)\s+[^()]{1,40}\)|^\s+(?:a\s+year\s+(?:earlier|before)|the\s+year\s+before|last\s+year|previously)\s*\)/i;
/** A bracket that restates the sentence's figures for another period, open before this one: "(in 2023 – 17 exchangers, ". */
const OTHER_PERIOD_BRACKET = /\((?:in\s+|for\s+)?[^()]{0,30}?\b(?:19|20)\d\d(?:[-/\u2013]\d{2,4})?\s*[:\u2013\u2014-]\s*[^()]*$/i;
// "rose to 14,209 in the March-October period from 12,877": a number's own comma is no break.
const COMPARED_LEAD = /\b(?:bringing|taking|brings|takes|brought|took)\s+(?:its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:total|tally|count)\b[^.;]{0,80}?\bto\s+$|(?:\bcompared\s+(?:with|to)|\b(?:up|down)\s+(?:(?:slightly|sharply|significantly|marginally|steeply)\s+)?(?:(?:by\s+)?\d+(?:[.,]\d+)?\s*(?:per\s*cent|percent|%)\s+)?from|\b(?:decline|decrease|drop|fall|increase|rise|jump|growth)\s+of\s+\d+(?:[.,]\d+)?\s*(?:per\s*cent|percent|%)\s+(?:from|on|over|compared\s+(?:with|to))|\b\d+(?:[.,]\d+)?\s*(?:per\s*cent|percent|%)\s+(?:fewer|more|less|higher|lower)\s+than|\b(?:rose|fell|increased|decreased|grew|dropped|climbed|declined|jumped)\s+(?:by\s+\d+(?:[.,]\d+)?\s*(?:per\s*cent|percent|%)\s+)?to\s+(?:[^,;()]|(?<=\d),(?=\d)){1,40},\s*(?:up\s+|down\s+)?from|\bas\s+against|,\s*against|\b(?:19|20)\d\d\s+against|\b(?:rose|fell|increased|decreased|grew|dropped|climbed|declined|jumped)\s+to\s+(?:[^,;()]|(?<=\d),(?=\d)){1,40}?\s+from|\bversus|\bvs\.?|\b(?:double|triple|twice|thrice|half|(?:two|three|four|five|\d+)\s+times))\s+(?:the\s+|just\s+|only\s+|a\s+mere\s+)?$|\([^()]{0,40}?\b(?:(?:19|20)\d\d(?:[-/\u2013]\d{2,4})?|Q[1-4]|H[12])\s*[:\u2013\u2014-]\s*$|\bthe\s+(?:19|20)\d\d\s+(?:figure|total|tally|level)\s+of\s+$/i;
/** Between the numbers of a series: the thing and period of the one before, then a comma, "and" or "to". */
// "between Oct 1, 2024 and Sept 30, 2025, and 11,870 in fiscal 2026": a span of dates holds commas. "6,830 ... in the
// first six months of 2026, after 11,900 in the whole of 2025": a series back in time.
const SERIES_GAP = /^(?:\s+[\p{L}-]+){0,7}?\s+(?:(?:in|during|for)\s+[^,;:()]{2,32}?|between\s+[^;:()]{4,30}?\s+and\s+[^;:()]{4,24}?)(?:,\s*(?:and\s+|after\s+)?|\s+and\s+|\s+to\s+)$/iu;
/** A place ranked after the leader, up to its number: "followed by Shymkent with ", "..., followed by Giza with 151 and Qalyubia with ". */
// "Almaty accounted for 52 of the exchangers closed, Astana for 23 and Shymkent for 19": the same, after "accounted for".
const RANKED_LEAD = gated(/\bfollowed\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:\p{Ll}+\s+)?with\s+$|\bfollowed\s+by\s+[^.;]{0,100}(?:,\s*|\s+and\s+)(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:\p{Ll}+\s+)?with\s+$|\baccounted\s+for\s+[^.;]{0,120}(?:,\s*|\s+and\s+)(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:\p{Ll}+\s+)?for\s+$/u);
/** A number of a series names its own period next: "18 in 2023", "164 last year", "11 more in the first half of 2024". */
const PLACE_BRACKET_GAP = /^(?:\s+[\p{L}-]+){0,3}\s*\),?\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|del|da|do|di|la|el|al|of|on|upon)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}\s+\(\s*$/u;
/** Between the two figures of a pair set against the pair before: "against 241 and 96". */
export const PAIR_JOIN = gated(/^\s+and\s+$/);
// "nearly matching the 10,420 blocked in the whole of 2025", "surpassing the 214 closed in 2024": a count set against by a verb.
const THAN_THE_LEAD = gated(/(?:\b(?:fewer|more|less|higher|lower|greater)\s+than|\b(?:matching|equall?ing|approaching|exceeding|surpassing|topping|eclipsing|overtaking)|\bclose\s+to)\s+the\s+$/i);
const THAN_THE_PERIOD = /^(?:\s+\p{Ll}+)?\s+(?:in|during|over|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:(?:19|20)\d\d|year|period|quarter|months?|half)\b/iu;
const OTHER_PERIOD_AFTER = gated(/^\s+(?:(?:in|during|over|for)\s+the\s+(?:same|previous|prior|corresponding)\s+(?:period|year|months?|quarter|half)|a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before|the\s+previous\s+year)\b/i);
const SERIES_PERIOD = /^\s+(?:more\s+)?(?:in|during|for|last|this)\s+(?:the\s+)?(?:(?:whole|all|course)\s+of\s+(?:the\s+)?)?(?:(?:19|20)\d\d|fiscal|financial|FY|year|month|quarter|first|second|third|fourth|january|february|march|april|may|june|july|august|september|october|november|december)/i;
// "arrested one of the men in Rotterdam", "arrested one of the founders": one of the people the story has named.
const ONE_PERSON_AFTER = gated(/^\s+(?:more\s+|other\s+|further\s+)?(?:suspect|person|man|woman|defendant|accomplice|courier|member|organi[sz]er|leader)\b|^\s+of\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:men|women|suspects|founders|co-?founders|defendants|accused|operators|organi[sz]ers|leaders|members|brothers|administrators|developers)\b/iu);
/** "Austria: 9 servers, €2.1 million in Monero, one arrest": one of an action's own noun in a list of results. */
const ONE_ACTION_AFTER = gated(/^\s+(?:arrest|detention|conviction)\b/i);
const ONE_VERB_BEFORE = gated(/\b(?:arrested|detained|apprehended|sentenced|convicted|jailed)\s+$/i);
const GROUPED = /^\d{1,3}(?:[,.]\d{3})+$/;
// "US $212,000": the US dollar's letters set apart from its sign.
const CODE_BEFORE_SIGN = /(?<![\p{L}])([A-Z]{3}|US)\s?$/u;
/** After "N-year": the words that make it a term ("a three-year prison term", "a five-year sentence"). */
const TERM_NOUN = gated(/^\s+(?:[\p{L}-]+\s+)?(?:prison|jail|sentence|term|imprisonment|custodial|suspended|probation|restriction|restricted|ban|sentences|terms)\b/iu);
/**
 * A verb in the past right before a number ("arrested nearly 2,300", "detained the five", "arrested all five", "closed only
 * nine"), and nothing after it but the clause's end, its period or place, "more" ("it closed 22 more") or "of them"
 * ("arrested 167 of them").
 */
// "it has shut down another five": a verb with its particle.
const BARE_OBJECT_LEAD = /\b(?:\p{Ll}{3,}ed|(?:shut|took|taken|broke|broken|closed|wound|locked)\s+(?:down|up|off))\s+(?:the\s+|all\s+(?:the\s+)?|only\s+|just\s+|another\s+|a\s+further\s+)?$|\b(?:after|before|by|while)\s+\p{Ll}{3,}ing\s+$|,\s*(?:arresting|detaining|apprehending)\s+(?:another\s+)?$/u;
// "..., arresting 27.": a participle that closes a clause on its bare object says what that object counts as the past does.
const GANG_OF_LEAD = /\b(?:a|an|the)\s+(?:gang|ring|group|band|cell|crew|syndicate)\s+of\s+$/i;
const PEOPLE_VERB_BEFORE = gated(/\b(?:arrest|detain|apprehend|convict|sentenc|jail|imprison|extradit)(?:ed|ing)\s+(?:only\s+|just\s+|another\s+|all\s+(?:the\s+)?)?$/i);
/** A plural noun right after a number: "642 extractors", "23 such cajeros". */
// "arrested 56 "U-merchants"": a name in quotes.
// "arrested 19 suspected sakawa boys": a suspect's word may stand before one word of the thing's name.
// "arrested two chartered accountants", "arrested 27 suspected peer-to-peer (P2P) cryptocurrency merchants": modifiers before it.
const PLURAL_AFTER = /^\s+(?:such\s+|other\s+|more\s+)?(?:(?:suspected|alleged)\s+(?:["“'‘]?\p{L}[\p{L}-]+["”'’]?\s+)?)?(?:(?!(?:in|on|at|for|from|with|by|of|the|and|or|during|after|over|across|since|between|under|last|this|these|those|who|which|that|were|was|are|is)\b)\p{Ll}[\p{Ll}-]+\s+(?:\([\p{L}\d-]{2,12}\)\s+)?){0,2}(?:\p{Ll}[\p{Ll}-]{2,}s\b|["“'‘]\p{L}[\p{L}-]{2,}s["”'’])/u;
// "The total since July 2019 now stands at 1.781".
const TOTAL_RISEN = gated(/\b(?:the|its|their)\s+(?:running\s+)?(?:total|tally)\s+(?:(?:since|for|so\s+far\s+in)\s+[^.;,]{1,30}?\s+)?(?:(?:has|had|now)\s+)?(?:risen|rose|grown|grew|climbed|reached|stands|stood|increased)\s+(?:(?:at|to)\s+)?$/i);
const VAGUE_BEFORE = gated(/\b(?:few|several|many)\s+$/i);
const LIST_GAP = /^[^.;:()]{0,60}(?:,|\band|\bas\s+well\s+as)\s*$/;
const SEIZED_LEAD = gated(/\b(?:seized|seizing|confiscated|confiscating|impounded|recovered|found|forfeit(?:ed|ure\s+of)|confiscation\s+of)\b/i);
// Not a measure of a substance: "1,180 kilograms of methamphetamine", "14 tonnes of tobacco", "1.4 million counterfeit pills".
const ITEMS_AFTER = /^\s+(?!(?:[\p{L}-]+\s+){0,2}(?:kilo(?:gram)?s|grams|tonnes|tons|litres|liters|gallons|barrels|(?:kilo)?metres|meters|miles|[tgm]egabytes|terabytes|gigabytes|pounds|ounces|pills|tablets|doses|packs|packets|cartons|bottles|boxes|bags|sticks|rolls|units)\b)(?:[\p{Ll}-]+\s+){0,2}(?:\p{Ll}[\p{Ll}-]{2,}s|\p{Lu}\p{Ll}{2,}s)\b/u;
const BARE_OBJECT_END = /^\s*(?:[.;]|$|,\s|\s(?:in|at|on|during|after|across|last|this|since|so\s+far|more|of\s+them|over|for|following|near|from|with|between|around|throughout)\b)/u;
/** A list line's label that opens on what was done, naming no thing: "- Taken down in 2025:", "Blocked since 2023:". */
const PARTICIPLE_LABEL = /^\s*(?:[-*\u2022]\s*)?\p{Lu}\p{Ll}+(?:ed|en|wn)\b[^:.;]{0,60}:\s*$/u;
const THINGS_DONE_AFTER = gated(/^\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+)?(?:closed|shut|blocked|liquidated|dismantled|seized|confiscated|taken\s+(?:down|offline)|suspended|terminated)\b/);
const OF_THOSE = gated(/(?:^|[.;:]\s*)[Oo]f\s+(?:those|these)\s*,?\s*$/u);
// "received HK$18.6 million in less than three months": a time something took is no term either.
const SPAN_LEAD = /\b(?:the|these|those)\s+(?:(?:same|first|last|past|next|following|previous|preceding|reporting)\s+)?$|\b(?:in|within)\s+(?:(?:less|more)\s+than\s+|under\s+|just\s+|about\s+)?$/i;
const NAMED_TERM = gated(/^['’]?\s*(?:(?:jail|prison|custodial)\s+(?:sentence|term)|sentence|terms?(?!\s+limit)|imprisonment|(?:in|behind)\s+(?:prison|jail|bars))\b/i);
/** An area: "the 4,000 sq ft unit". */
const AREA = /^\s?(?:sq\.?\s?(?:ft|m|km|metres|meters|feet)|square\s+(?:feet|foot|metres?|meters?|kilometres?|kilometers?|miles?)|m²|km²|hectares?|acres?)\b/i;
const INSIDE_DASHES = /^[^–—.;(]{0,30}\s[–—]\s[^–—.;]{0,60}$/u;
const AGE_LEAD = gated(/\baged\s+(?:(?:over|under|above|below|about|around|between|from|at\s+least)\s+)?$/i);
const DOT_THOUSANDS = /^\d{1,3}\.\d{3}$/;
const AND_ONE_DAY = gated(/^\s+and\s+(?:one|1|a)\s+day\b/i);
const PEOPLE_INCLUDE = gated(/\b(?:detainees|arrestees|suspects|defendants|accused|convicts|(?:those|the)\s+(?:detained|arrested|convicted)|(?:detained|arrested)\s+(?:persons|people|individuals|foreigners))\b[^.;]{0,60}\binclude[sd]?\s+(?:[^.;]{0,60}(?:,|\band)\s+)?(?:the\s+)?$/i);
/** What leads a part of the count before: "including 12 foreign nationals", "among them two bank employees", "comprising 12 men and three women". */
// "52 participants ... were detained, including its three organisers": the count's own people too.
const PART_LEAD = gated(/\b(?:including|among\s+them|among\s+whom|of\s+whom|comprising|consisting\s+of)\s+(?:[^.;()]{0,40}?(?:,|\band)\s+)?(?:(?:its|their)\s+)?$/i);
/** The number of a smaller magnitude after a larger one: " 460" in "9 billion 460 million". */
const ADDED_PART = /^\s+(\d{1,3})(?=\s)/;
/** "one year and eight months", "one year and six months to three years": a compound term or a range's low end. */
const ONE_TERM = gated(/^\s+(?:year\s+and\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?|year\s+(?:to|and|-|–)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:years?|months?)|year(?:['’]s)?\s+(?:rigorous\s+|simple\s+)?(?:imprisonment|in\s+(?:prison|jail)|jail|prison\s+(?:term|sentence)))\b/i);
const SENTENCED_FOR = gated(/\b(?:jailed|sentenced|imprisoned|handed|given|received|gets|got)\b[^.;]{0,40}\b(?:for|to)\s+$/i);
/** "two and a half years", "one and a half million". */
const AND_A_HALF = gated(/^\s+and\s+a\s+half\b/i);
/** The high end of a term range, itself a term: "to one year", "and three years and nine months". */
const TERM_JOIN = /^\s*(?:to|-|–|—|and)\s*/i;
// "to six (6) years", "and 3½ years": a written number's digits in brackets, a half as a glyph.
const TERM = gated(/^(\d{1,3}(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*\(\d{1,3}\))?(\s+and\s+a\s+half|½)?[\s-]+(years?|months?)(?:\s*(?:and|,)?\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?)?(?![\p{L}])/iu);
const MONTHS_IN: Record<string, number> = { years: 12, months: 1 };
/** "11 years and eight months", "3 years 6 months": the second part of a compound prison term. */
const AND_MONTHS = gated(/^\s*(?:and|,)?\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?\b/i);

/** What counts said before a sentence count, for its counts that name no thing of their own. */
export interface CountedBefore {
  /** A count the sentence breaks down ("Of the 131 exchangers, 52 ..."): from `partsFrom` on, parts count its things. */
  partsFrom: number;
  parts: readonly string[];
  /** What the last count of the sentence before counts: "it arrested 740 suspects. In 2024, it arrested nearly 2,300." */
  previous: readonly string[];
}

/** What stands between a number a speaker takes back and the one that corrects it: "96 — no, 69", "Rs 2.1 crore — sorry, Rs 21 crore", "900 arrests — actually 912". */
// "$236 million — let me correct that, $263 million", "₱1.46 billion — ay, sorry, ₱1.64 billion".
export const CORRECTION_GAP = /^[^.;,\d]{0,30}?\s*[\u2014\u2013-]{1,2}\s*(?:(?:ay|oh|um|uh),?\s+)?(?:no|sorry|actually|I\s+mean|rather|correction|pardon|let\s+me\s+(?:correct|rephrase)(?:\s+(?:that|myself))?|excuse\s+me)\b[,:]?\s*(?:it\s+(?:was|is)\s+|make\s+(?:that|it)\s+|that\s+should\s+be\s+)?(?:at\s+least\s+|about\s+|around\s+|over\s+|more\s+than\s+)?$/i;
const WRITTEN_JOIN = /^(?:\s+and)?\s+|^/;
const BRACKETED_DIGITS = /^\s*\(\s*(\d{1,3}(?:,\d{3})*|\d+)\s*\)/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const LATIN_MAGNITUDE = gated(/^\s?(?:millones|millón|mil\s+millones|milhões|milhoes|milhão|bilhões|bilhoes|miljoen|miljard|millionen|milliarden|milioni|miliardi)\b/iu);
/** What a coin's name can modify: "four Ethereum addresses", "two bitcoin wallets". */
const COIN_NOUN = gated(/^\s+(?:addresses|wallets|accounts|transactions|transfers|holders|users|nodes|keys)\b/i);
const ARTICLE_END = /\san?\s+$/i;
// "3,500+ sites", "3,000-plus victims".
const PLUS_AFTER = /^(?:\+|[-\u2011]plus\b)(?![\p{L}\p{N}+])/u;
const SPACED_MAGNITUDE_AFTER_SIGN = /^\s(?:m|bn|k)(?![\p{L}\p{N}])/u;
const ONE_LOW = /^\s*(?:-|–|—|to|and)\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b/i;

/** Reads every figure of a sentence: number, magnitude, range, currency or duration, hedge, counted thing. */
export function findFigures(
  text: string, lex: Lexicon, masked: ReadonlyArray<[number, number]>, decimalComma = false, jurisdiction: string | null | ReadonlyArray<string | null> = null,
  countedBefore: CountedBefore | null = null,
): Figure[] {
  const tokens: Token[] = [];
  const digits = decimalComma ? DIGITS_DECIMAL_COMMA : DIGITS;
  digits.lastIndex = 0;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    // "410,000 USDC" in a text that writes "€ 12,4 million": three digits after a comma, and no magnitude, group thousands.
    const grouped = decimalComma && /^[1-9]\d{0,2},\d{3}$/.test(m[0]) && !readMagnitude(text, m.index + m[0].length, lex);
    const value = grouped ? Number(m[0].replace(',', '')) : parseDigits(m[0], decimalComma);
    if (value !== null) tokens.push({ start: m.index, end: m.index + m[0].length, value });
  }
  // "2½ years", "1½-to-4½ years": a half written as a glyph.
  HALF_GLYPH.lastIndex = 0;
  for (let m = HALF_GLYPH.exec(text); m; m = HALF_GLYPH.exec(text)) tokens.push({ start: m.index, end: m.index + m[0].length, value: Number(m[1]) + 0.5 });
  OTHER_DECIMAL.lastIndex = 0;
  for (let m = OTHER_DECIMAL.exec(text); m; m = OTHER_DECIMAL.exec(text)) {
    const separator = m[0].includes(',') ? ',' : '.';
    if ((separator === ',') === decimalComma || !readMagnitude(text, m.index + m[0].length, lex)) continue;
    tokens.push({ start: m.index, end: m.index + m[0].length, value: Number(m[0].replace(',', '.')) });
  }
  // "17 thousand 600 million pesos": Spanish "17 mil 600 millones" translated word for word is 17,600 million.
  THOUSANDS_OF_MILLIONS.lastIndex = 0;
  for (let m = THOUSANDS_OF_MILLIONS.exec(text); m; m = THOUSANDS_OF_MILLIONS.exec(text)) {
    const [start, end] = [m.index, m.index + m[1]!.length];
    for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k]!.start >= start && tokens[k]!.start < end) tokens.splice(k, 1);
    tokens.push({ start, end, value: Number(m[2]) * 1000 + Number(m[3]) });
  }
  for (const m of lex.numberWords.find(text, (at) => text[at - 1] === '-')) {
    const value = m.values[0]!;
    // "the same few dozen casinos": a vague amount, no figure.
    if (VAGUE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    // A written "one" is a determiner or pronoun ("One promoter, who is in custody"), hardly ever a statistic.
    // "one year and eight months" is a term.
    // "arrested one suspect in Düsseldorf": one person a verb of enforcement takes is a count.
    const onePerson = ONE_PERSON_AFTER.test(text.slice(m.end, m.end + 24)) && ONE_VERB_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
    // "between one and three years", "one to five years": a range's low end.
    // "jailed an Asian man for one year": one year a sentencing verb gives is a term.
    const oneTerm = ONE_TERM.test(text.slice(m.end, m.end + 32)) || (/^\s+(?:year|month)\b/i.test(text.slice(m.end, m.end + 8)) && SENTENCED_FOR.test(text.slice(Math.max(0, m.start - 60), m.start)));
    if (value !== 1 || onePerson || (ONE_ACTION_AFTER.test(text.slice(m.end, m.end + 16)) && /,\s*(?:and\s+)?$/.test(text.slice(Math.max(0, m.start - 8), m.start))) || AND_A_HALF.test(text.slice(m.end, m.end + 16)) || oneTerm || ONE_LOW.test(text.slice(m.end, m.end + 16))) tokens.push({ start: m.start, end: m.end, value });
  }
  tokens.sort((a, b) => a.start - b.start);
  const tokenAt = new Map(tokens.map((t) => [t.start, t]));
  const isMasked = (s: number, e: number) => masked.some(([ms, me]) => s < me && e > ms);
  const figures: Figure[] = [];
  let consumedTo = -1;
  for (const token of tokens) {
    if (token.start < consumedTo || isMasked(token.start, token.end)) continue;
    const read = readFigure(text, token, tokenAt, lex, jurisdiction, figures[figures.length - 1], countedBefore, figures);
    if (!read) continue;
    const figure = takenFrom(text, figures[figures.length - 1], read) || schemeVictims(text, read) ? { ...read, countedThings: ['customer'], takenFrom: true } : read;
    figures.push(figure);
    consumedTo = figure.end;
  }
  return figures;
}

/**
 * What a scheme takes from its customers: "attracted AMD 3.9 billion from more than 1,700 citizens", "UAH 27.5 million
 * stolen from more than 600 people": the people a fraud steals from are counted as its customers.
 */
// "drew MNT 38.4 billion from more than 6,700 people", "obtained Sh538 million from 117 people".
const TAKING = /\b(?:attract|collect|rais|took|tak|defraud|swindl|cheat|solicit|receiv|lur|dup|scamm|fleec|con|st[oe]l|steal|extort|absorb|drew|drawn|obtain|accept|mobili[sz])\p{L}*\s/iu;
/** Harm done by breaking in, not by a scheme: a ransomware gang's victims ("extorted £27 million from at least 149 UK victims") are no one's customers. */
const BREAK_IN = gated(/\b(?:hack\w*|ransom\w*|robb\w*|sim[- ]swap\w*|hijack\w*|kidnap\w*|traffick\w*)\b/iu);
const FROM_GAP = gated(/^[^.;]{0,80}?\bfrom\s+$/u);

/** The people a sum was taken from, counted right after it: a scheme's customers, whatever the noun ("citizens", "people"). */
function takenFrom(text: string, previous: Figure | undefined, figure: Figure): boolean {
  if (!previous || previous.unitKind !== 'money' || figure.unitKind !== 'count') return false;
  if (!figure.countedThings.includes('person') && !figure.countedThings.includes('customer')) return false;
  // The verb may stand before a converted sum: "took about 41 billion pesos (roughly US$28 million) from some 9,000 savers".
  return FROM_GAP.test(text.slice(previous.end, figure.start)) && !BREAK_IN.test(text) && TAKING.test(text.slice(Math.max(0, previous.start - 80), previous.start) + text.slice(previous.end, figure.start));
}

/** "more than 9,300 victims", "27,000 people were affected", "118 people lost", "about 640 injured parties": the people a scheme harmed. */
const VICTIMS_AFTER = gated(/^\s+(?:[\p{L}.-]+\s+)?(?:victims\b(?!\s+of\s+(?:theft|hack|extortion|ransomware|trafficking|kidnapping))|injured\s+(?:parties|persons)\b|aggrieved\s+persons\b|(?:people|persons|citizens|residents|investors|foreigners|customers|clients|depositors|savers|pensioners)(?:\s+(?:from|of|in)\s+(?:\d+\s+|[\p{L}-]+\s+)?(?:[\p{L}-]+\s+)?(?:regions|countries|provinces|cities|states))?\s+(?:(?:were\s+|had\s+been\s+|have\s+been\s+)?affected|(?:have\s+|had\s+)?lost|reported\s+losses|suffered|fell\s+victim|(?:have|had)\s+fallen\s+victim|(?:were|have\s+been|had\s+been)\s+(?:recogni[sz]ed|identified)\s+as\s+(?:victims|injured))\b)/iu);
/** "The number of injured persons identified so far exceeds 1 450": the victims' number before it. */
/**
 * "drew money from over 17,000 people", "attracted funds from 6 814 citizens", "had taken money from 3,100 people", "solicited
 * investments from 1 870 members of the public": the people a scheme took money from.
 */
const FUNDS_FROM_LEAD = gated(/\b(?:drew|drawn|attracted|collected|raised|took|taken|received|accepted|obtained|solicited)\s+(?:(?:their|the)\s+)?(?:money|funds|deposits|savings|investments|payments)\b(?:\s+of\s+|[^,;.]{0,40}?\bfrom\s+)$/i);
const VICTIMS_NUMBER_LEAD = gated(/\bnumber\s+of\s+(?:[\p{L}-]+\s+)?(?:victims|depositors|injured\s+(?:persons|parties)|aggrieved\s+persons|defrauded\s+(?:people|persons|investors|citizens))\b[^.;,]{0,60}$/iu);
/** Victims who are not the count reported: freed, paid back, notified or complaining ("complaints from more than 150 victims"). */
const NOT_SCHEME_VICTIMS = gated(/\b(?:rescued|freed|repatriated|restitution|compensat\w*|notified|complaints?\s+(?:from|by|of|filed))\b/iu);

/** A scheme's victims counted as such: its customers, unless a break-in made them victims or they are paid back ("to 340 victims"). */
function schemeVictims(text: string, figure: Figure): boolean {
  if (figure.unitKind !== 'count' || (figure.countedThings.length > 0 && !figure.countedThings.includes('person'))) return false;
  if (!VICTIMS_AFTER.test(text.slice(figure.numberEnd, figure.numberEnd + 60)) && !VICTIMS_NUMBER_LEAD.test(text.slice(Math.max(0, figure.start - 120), figure.start))
    && !FUNDS_FROM_LEAD.test(text.slice(Math.max(0, figure.start - 80), figure.start))) return false;
  return !/\bto\s+$/i.test(text.slice(Math.max(0, figure.start - 4), figure.start)) && !NOT_SCHEME_VICTIMS.test(text) && !BREAK_IN.test(text);
}

function readFigure(
  text: string, token: Token, tokenAt: ReadonlyMap<number, Token>, lex: Lexicon, jurisdiction: string | null | ReadonlyArray<string | null>, previous: Figure | undefined,
  countedBefore: CountedBefore | null,
  earlier: readonly Figure[] = [],
): Figure | null {
  const after0 = text.slice(token.end, token.end + 40);
  if (PERCENT.test(after0) || ORDINAL.test(after0) || AGE.test(after0) || MULTIPLE.test(after0) || AREA.test(after0) || DAY_FINES.test(after0)) return null;
  const plain = text.slice(token.start, token.end);
  const isYear = /^(?:19|20)\d\d$/.test(plain);

  let start = token.start;
  let end = token.end;
  let value = token.value;
  let unit: string | null = null;
  let unitKind: UnitKind = 'count';

  const before = lex.currencyBefore.exec(text.slice(Math.max(0, start - 8), start));
  // "MXN $3,480,000", "CAD $2.1 million": a code before the dollar sign says which dollar (or peso) it is.
  const codeBefore = before?.[0].trim() === '$' ? CODE_BEFORE_SIGN.exec(text.slice(Math.max(0, start - before[0].length - 5), start - before[0].length)) : null;
  const coded = codeBefore ? (codeBefore[1] === 'US' ? 'USD' : lex.currencyCode(codeBefore[1]!, jurisdiction)) : null;
  const code = coded ?? (before ? lex.currencyCode(before[0], jurisdiction) : null);
  if (before && code) {
    unit = code;
    unitKind = 'money';
    start -= before[0].length + (coded ? codeBefore![0].length : 0);
  } else if (/\d/.test(text[token.start] ?? '') && /\p{Lu}[\p{Ll}.]* $/u.test(text.slice(Math.max(0, start - 12), start))) {
    // "US Dollars 836,400", "Saudi Riyals 1,215,000": a name, capitalised as a heading's word, before the number's digits
    // ("(Rupees Ten Lakh only)" restates in words the sum before it).
    const named = lex.currencyNameBefore.exec(text.slice(Math.max(0, start - 32), start));
    const namedCode = named && /^\p{Lu}/u.test(named[0]) ? lex.currencyCode(named[0].trim().toLowerCase(), jurisdiction) : null;
    if (namedCode) {
      unit = namedCode;
      unitKind = 'money';
      start -= named![0].length;
    }
  }
  // Digits glued to a word ("COVID-19", "movie2k", "A380") are names, unless the word is a currency ("N1.2bn")
  // and no letter but a magnitude follows ("P2P" is no ₱2).
  const glued = /[\p{L}]/u.test(text[token.start - 1] ?? '');
  if (glued && (!unit || (/^\p{L}/u.test(text.slice(end, end + 1)) && !readMagnitude(text, end, lex)))) return null;
  // "Q136 Sir John Gale: ...": a capital glued to a small whole number numbers a question or an item; a one-letter sign
  // ("Q41.5 million", "L2,380 million", "N500,000") is money where the number is grouped, decimal or has a magnitude.
  if (glued && /^\p{Lu}$/u.test(text.slice(token.start - 1, token.start)) && !/\p{L}/u.test(text[token.start - 2] ?? '')
    && /^\d{1,3}$/.test(text.slice(token.start, token.end)) && !readMagnitude(text, end, lex)) return null;
  const half = AND_A_HALF.exec(text.slice(end, end + 16));
  if (half && Number.isInteger(value)) {
    value += 0.5;
    end += half[0].length;
  }
  // "€48,9 m", "$3 bn": after a currency sign, a spaced "m" or "bn" is the magnitude (no metre or other unit follows money).
  let magnitude = readMagnitude(text, end, lex) ?? (unit ? SPACED_MAGNITUDE_AFTER_SIGN.exec(text.slice(end, end + 5)) && readMagnitude(text, end + 1, lex) : null);
  // "$ 4.800 millones", "UF 2.000": before a Spanish or Portuguese magnitude, or ending on three zeros, dots group thousands
  // whatever the rest of the text writes.
  const raw = text.slice(token.start, token.end);
  if (DOT_GROUPED.test(raw) && (raw.endsWith('.000') || LATIN_MAGNITUDE.test(text.slice(token.end, token.end + 12)))) value = Number(raw.replace(/\./g, ''));
  if (magnitude) {
    value *= magnitude.factor;
    end = magnitude.end;
    // "9 billion 460 million tenge", as translations from Russian write amounts, "Rs 1 crore 26 lakh 40 thousand": each smaller
    // magnitude adds on.
    let added = ADDED_PART.exec(text.slice(end, end + 6));
    let smaller = added ? readMagnitude(text, end + added[0].length, lex) : null;
    let last = magnitude.factor;
    const firstAdded = added;
    while (added && smaller && smaller.factor < last) {
      value += Number(added[1]) * smaller.factor;
      end = smaller.end;
      last = smaller.factor;
      added = ADDED_PART.exec(text.slice(end, end + 6));
      smaller = added ? readMagnitude(text, end + added[0].length, lex) : null;
    }
    added = firstAdded;
    if (last === magnitude.factor && added && !readMagnitude(text, end + added[0].length, lex) && magnitude.factor === 1000 && /^\s*thousand$/i.test(text.slice(token.end, magnitude.end)) && Number(added[1]) < 1000) {
      // "1 thousand 240 websites", as translations from Bengali write counts: the hundreds add on.
      value += Number(added[1]);
      end += added[0].length;
    }
  }
  const written = /\p{L}/u.test(text[token.start] ?? '');
  // "eight hundred seventy-two", "four thousand six hundred", "one hundred and twelve": a written number goes on in words.
  // "one hundred" and "a thousand" are written numbers of their own.
  const writtenScale = magnitude?.factor ?? (value === 100 || value === 1000 ? value : null);
  if (written && writtenScale) {
    let last = writtenScale;
    for (;;) {
      const gap = WRITTEN_JOIN.exec(text.slice(end, end + 6))![0];
      const part = tokenAt.get(end + gap.length);
      if (!part || !/\p{L}/u.test(text[part.start] ?? '')) break;
      const partMagnitude = readMagnitude(text, part.end, lex);
      const partFactor = partMagnitude && partMagnitude.factor < last ? partMagnitude.factor : 1;
      if (part.value * partFactor >= last) break;
      value += part.value * partFactor;
      end = partFactor > 1 ? partMagnitude!.end : part.end;
      last = partFactor;
      if (last === 1) break;
    }
  }
  // "forty-one (41) persons", as Philippine releases write counts: the digits in brackets restate the words.
  const restated = written ? BRACKETED_DIGITS.exec(text.slice(end, end + 24)) : null;
  if (restated && parseDigits(restated[1]!) === value) end += restated[0].length;
  if (isYear && !unit && !magnitude) return null;
  if (!Number.isFinite(value) || value > 1e15) return null;
  // "3,500+ sites", "$5m+ in crypto": a plus after the number says more than it, as "over" before it does.
  const plus = PLUS_AFTER.exec(text.slice(end, end + 6));
  if (plus) end += plus[0].length;

  // A range: "2.5 to 3.5 years", "$2-3 million", "between 10 and 12".
  let valueHigh: number | null = null;
  // Where the second of two numbers joined by "and" ends: "sentences of two and three years" share the second's unit.
  let sharedUnitFrom: number | null = null;
  // "sentenced the two to seven years", "sentencing one to 14 years and the other to nine": the number a sentencing verb takes
  // is its people, "to" the term they got.
  const join = SENTENCED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ? null : RANGE_JOIN.exec(text.slice(end, end + 12));
  if (join) {
    let at = end + join[0].length;
    // "$2 million to $3 million", "R$ 1-R$ 2": the high end may repeat the currency sign.
    // "between S/ 380 million and S/ 450 million": Peru's sol and Panama's balboa carry a slash.
    const highCurrency = unit ? /^(?:[A-Z]{0,3}\$|[€£₸₽₹₦₱₩¥₺₴]|Rs\.?|\p{Lu}\p{L}{0,3}(?:\/\.?)?(?=\s?\d))\s?/u.exec(text.slice(at, at + 6)) : null;
    if (highCurrency) at += highCurrency[0].length;
    const high = tokenAt.get(at);
    const isAnd = /and/i.test(join[0]);
    const between = /\bbetween\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(0, start - 20), start));
    if (high && isAnd && !between && !unit) sharedUnitFrom = high.end;
    if (high && (!isAnd || between) && !/^(?:19|20)\d\d$/.test(text.slice(high.start, high.end))) {
      let highValue = high.value;
      let highEnd = high.end;
      // "seven (7) to ten (10) years": the high end's digits in brackets restate it too.
      const highRestated = BRACKETED_DIGITS.exec(text.slice(highEnd, highEnd + 24));
      if (highRestated && parseDigits(highRestated[1]!) === highValue) highEnd += highRestated[0].length;
      const highHalf = AND_A_HALF.exec(text.slice(highEnd, highEnd + 16));
      if (highHalf && Number.isInteger(highValue)) {
        highValue += 0.5;
        highEnd += highHalf[0].length;
      }
      const highMagnitude = readMagnitude(text, highEnd, lex);
      if (highMagnitude) {
        highValue *= highMagnitude.factor;
        highEnd = highMagnitude.end;
        // "between 2 and 3 million" shares the magnitude; "between AED200,000 and AED1 million" already wrote the low end whole.
        if (!magnitude && value * highMagnitude.factor <= highValue) value *= highMagnitude.factor;
      }
      if (highValue > value) {
        valueHigh = highValue;
        end = highEnd;
        magnitude ??= highMagnitude;
      }
    }
  }

  // "sentenced three organisers to 9, 8 and 7 years in prison respectively": a series shares its last item's unit too.
  if (sharedUnitFrom === null && !unit && text[end] === ',') {
    let at = end;
    for (let hops = 0; hops < 6; hops++) {
      const sep = /^(?:,\s*(?!and\b)|,?\s+and\s+)/.exec(text.slice(at, at + 8));
      const next = sep ? tokenAt.get(at + sep[0].length) : undefined;
      if (!sep || !next) break;
      at = next.end;
      if (/and/.test(sep[0])) {
        sharedUnitFrom = at;
        break;
      }
    }
  }
  const after = text.slice(end, end + 40);
  if (PERCENT.test(after)) return null;
  let countedThings: string[] = [];
  // "Two of his associates received sentences of two and three years, respectively": each a term of its own.
  const shared = !unit && sharedUnitFrom !== null && !lex.durationAfter.test(after) ? lex.durationAfter.exec(text.slice(sharedUnitFrom, sharedUnitFrom + 40)) : null;
  if (shared && !/^-/.test(shared[0]) && !AGE.test(text.slice(sharedUnitFrom!, sharedUnitFrom! + 40)) && TERM_LEAD_FOR_PAIR.test(text.slice(Math.max(0, start - 120), start).replace(SERIES_BEFORE, ''))) {
    unit = DURATION_UNITS[shared[0].trim().toLowerCase()] ?? null;
    if (unit) unitKind = 'duration';
  }
  if (!unit) {
    const duration = lex.durationAfter.exec(after);
    const currency = lex.currencyAfter.exec(after);
    // "a two-year investigation": a length that describes a noun other than a term is no figure.
    if (duration && /^-/.test(duration[0]) && !TERM_NOUN.test(text.slice(end + duration[0].length, end + duration[0].length + 40))) return null;
    if (duration && !AGE.test(after)) {
      const word = duration[0].trim().replace(/^-/, '').toLowerCase();
      unit = DURATION_UNITS[word] ?? null;
      unitKind = 'duration';
      if (word.startsWith('week')) {
        value *= 7;
        if (valueHigh !== null) valueHigh *= 7;
      }
      end += duration[0].length;
      // "six years and one day to eight years": Philippine and Spanish penalties add a day that coders drop.
      const oneDay = unit === 'years' ? AND_ONE_DAY.exec(text.slice(end, end + 16)) : null;
      if (oneDay) end += oneDay[0].length;
      const months = unit === 'years' ? AND_MONTHS.exec(text.slice(end, end + 24)) : null;
      // "three years and 30 months ... respectively": twelve months or more are a term of their own.
      if (months && (numberWordValue(months[1]!) ?? Number(months[1])) < 12) {
        const more = numberWordValue(months[1]!) ?? Number(months[1]);
        // "from 3 to 4 years 6 months": the months are the high end's.
        if (valueHigh !== null) {
          value *= 12;
          valueHigh = valueHigh * 12 + more;
        } else value = value * 12 + more;
        unit = 'months';
        end += months[0].length;
      }
      // "increased the sentence from 14 years and 2 months to 17 years and 8 months": the term before and after a change, no range.
      const high = valueHigh === null && unit && unit in MONTHS_IN && !CHANGED_FROM.test(text.slice(Math.max(0, start - 80), start)) ? termAfter(text, end, start) : null;
      // "six months to one year", "between two years and three years and nine months": both ends in months.
      if (high && high.months > value * MONTHS_IN[unit!]!) {
        if (high.compound || high.unit !== unit) {
          value *= MONTHS_IN[unit!]!;
          unit = 'months';
          valueHigh = high.months;
        } else valueHigh = high.value;
        end = high.end;
      }
    } else if (currency) {
      // "34 bitcoin ATMs" counts machines, not coins; "four Ethereum addresses" counts no thing of the codebook's.
      const things = lex.countedThing(wordsAfter(text, end + currency[0].length).slice(0, 2));
      if (things.length) countedThings = things;
      else if (COIN_NOUN.test(text.slice(end + currency[0].length, end + currency[0].length + 16))) return null;
      else {
        unit = lex.currencyCode(currency[0], jurisdiction);
        unitKind = 'money';
        end += currency[0].length;
      }
    } else if (magnitude && magnitude.factor >= 1e6 && previous?.unitKind === 'money' && previous.unit
      && COMPARED_LEAD.test(text.slice(Math.max(0, start - 120), start)) && !lex.countedThing(wordsAfter(text, end)).length) {
      // "seized assets worth 96.4 mln euros in 2025, up from 71.8 mln in 2024": the sum set against another is in its currency.
      unit = previous.unit;
      unitKind = 'money';
    }
  } else if (before && /\b(?:into|to)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) {
    // "converted into USDT 1,84 billion tenge": the code before is what the sum became; the name after is its currency.
    const named = lex.currencyAfter.exec(after);
    const code = named ? lex.currencyCode(named[0], jurisdiction) : null;
    if (named && code && code !== unit) {
      unit = code;
      start += before[0].length;
      end += named[0].length;
    }
  } else if (before?.[0].trim() === '$') {
    // "$84.6 million pesos": Mexican releases set the peso's "$" before the number and name the currency after it.
    const named = lex.currencyAfter.exec(after);
    const code = named ? lex.currencyCode(named[0], jurisdiction) : null;
    if (named && code) {
      unit = code;
      end += named[0].length;
    }
  }
  // "seven years each" is everyone's term, "fined them Tk 5 lakh each" everyone's fine, not a rate.
  const rate = RATE.exec(text.slice(end, end + 24));
  const everyones = (unitKind === 'duration' || (unitKind === 'money' && FINED_BEFORE.test(text.slice(Math.max(0, start - 60), start))))
    && /^\s*(?:each|apiece)\b/i.test(rate?.[0] ?? '');
  if ((rate && !everyones) || RULE_NOUN.test(text.slice(end, end + 32))) return null;
  // "Closing a hundred exchangers a year": a count of things per year is a rate too.
  if (unitKind === 'count' && !unit && COUNT_RATE.test(text.slice(end, end + 48))) return null;
  if (unitKind === 'count' && !unit && WARRANTS_AFTER.test(text.slice(end, end + 48))) return null;

  let qualifier: Qualifier = valueHigh !== null ? 'range' : 'exact';
  // "over a NIS 64 million scheme": before an article and a written sum, "over" is the preposition ("about"), no hedge;
  // "over a dozen" is one.
  // "up from ~1,000 in 2023", "(~$5.6m)": a tilde hedges the number it is written against.
  const hedged = lex.qualifierBefore.exec(text.slice(Math.max(0, start - 32), start)) ?? /~$/.exec(text.slice(Math.max(0, start - 1), start));
  // "turned over 152 billion tenge", "to hand over 97.4 BTC": the verb's "over", no hedge; nor an order's ("account freezing
  // orders over £380,000", "restraining orders over $640,000").
  const turned = hedged !== null && /^over\b/i.test(hedged[0]) && /\b(?:(?:turn|hand|sign)(?:ed|s|ing)?|orders?|orders?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:obtained|granted|made|secured|issued))\s+$/i.test(text.slice(Math.max(0, start - hedged[0].length - 40), start - hedged[0].length));
  const hedge = hedged && ((ARTICLE_END.test(hedged[0]) && /\d/.test(text[token.start] ?? '')) || turned) ? null : hedged;
  const leadStart = Math.max(0, start - (hedge?.[0].length ?? 0) - 300);
  const lead = text.slice(leadStart, start - (hedge?.[0].length ?? 0));
  let bareSubject = false;
  let thingAt: number | undefined;
  // "closed four exchangers in 2022, 18 in 2023 and 164 last year", "went from 610 in 2022 to 4,870 in 2025": the
  // later numbers of such a series count what the first one does, each over its own period.
  const series = previous !== undefined && unitKind === 'count' && previous.unitKind === 'count'
    && SERIES_GAP.test(text.slice(previous.end, start - (hedge?.[0].length ?? 0))) && SERIES_PERIOD.test(text.slice(end, end + 32));
  // "terminated: 161 (41)", under "(figures for 2024 in brackets)": the bracketed number is the other year's.
  // "... than in the same period of 2024 (72)": a bare number in brackets after a year is that year's.
  // "... than in the same period of last year (54)": of "last year" too.
  const bracketed = previous !== undefined && (/^\s*\(\s*$/.test(text.slice(previous.end, start)) || /\b(?:(?:19|20)\d\d|last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year)\s*\(\s*$/i.test(text.slice(Math.max(0, start - 24), start)))
    && /^\s*\)/.test(text.slice(end, end + 4));
  // "612 persons were convicted ... (571 in 2024)": a bare number in brackets with a period of its own is that period's.
  const bracketedPeriod = previous !== undefined && /\(\s*$/.test(lead) && BRACKETED_PERIOD.test(text.slice(end, end + 48));
  // "detained 1 340 droppers ..., fewer than the 1 502 detained in the first four months of 2025".
  const comparedLead = COMPARED_LEAD.test(lead) || (THAN_THE_LEAD.test(lead) && THAN_THE_PERIOD.test(text.slice(end, end + 60)));
  // "in Antioquia (712 machines), Valle del Cauca (548) and Atlántico (391)": places with their counts in brackets, the
  // first naming the thing.
  const placeBrackets = previous !== undefined && unitKind === 'count' && /\(\s*$/.test(text.slice(Math.max(0, previous.start - 4), previous.start))
    && PLACE_BRACKET_GAP.test(text.slice(previous.end, start)) && /^\s*\)/.test(text.slice(end, end + 4));
  // "against 241 and 96 in the same period of 2025": the second of a pair set against the figures before.
  const pairedCompare = previous !== undefined && previous.comparedWith && PAIR_JOIN.test(text.slice(previous.end, start - (hedge?.[0].length ?? 0)))
    && (SERIES_PERIOD.test(text.slice(end, end + 32)) || OTHER_PERIOD_AFTER.test(text.slice(end, end + 40)));
  let compared = previous !== undefined && previous.unitKind === unitKind && (comparedLead || series || bracketed || bracketedPeriod || pairedCompare || placeBrackets);
  // "closed 44 exchangers ... with a combined turnover of 84.6 billion tenge, up from 17 in 2023", "(in 2023 – 17 exchangers,
  // 15.3 billion tenge)": a comparison sets a figure against the last one of its kind, past a figure of another.
  const ofKind = previous !== undefined && previous.unitKind !== unitKind ? earlier.findLast((f) => f.unitKind === unitKind) : undefined;
  let against = previous;
  if (!compared && ofKind && (comparedLead || OTHER_PERIOD_BRACKET.test(text.slice(ofKind.end, start)))) {
    compared = true;
    against = ofKind;
  }
  // "Almaty led with 52 closures (KZT 104bn), followed by Shymkent with 23 (KZT 38bn) and Karaganda region with 14": the
  // places ranked after the leader count what it counted, past the sums told with each.
  const rankedAgainst = unitKind === 'count' && !compared && RANKED_LEAD.test(lead) ? (previous?.unitKind === 'count' ? previous : ofKind) : undefined;
  if (rankedAgainst) {
    compared = true;
    against = rankedAgainst;
  }
  if (unitKind === 'count') {
    if (!countedThings.length) {
      const counted = countedThingOf(text, end, lead, lex, text.slice(Math.max(0, start - 300), start),
        previous?.unitKind === 'count' ? previous.countedThings : undefined);
      countedThings = counted.things;
      bareSubject = counted.bareSubject;
      // "Of those, 402 were blocked": a bare subject taken from the count of the sentence before counts what it counted.
      // Not where its complement names the thing ("Of these, 480 were financial pyramids"): only for the people a bare subject defaults to.
      const defaulted = bareSubject && countedThings.length === 1 && countedThings[0] === 'person';
      // "The AFM closed 22 exchangers. Eight were closed on the spot": a bare subject of a verb done to the things the sentence
      // before counted, not to people, counts those things.
      const thingsDone = defaulted && !OF_THOSE.test(lead) && countedBefore?.previous.length && !countedBefore.previous.includes('person')
        && THINGS_DONE_AFTER.test(text.slice(end, end + 40));
      if (defaulted && (OF_THOSE.test(lead) || thingsDone) && countedBefore?.previous.length && previous?.unitKind !== 'count') countedThings = [...countedBefore.previous];
      if (counted.namedAt !== undefined && countedThings.length) thingAt = leadStart + counted.namedAt;
      // "Of the 131 exchangers, 52 operated in Almaty": a part counts what the whole counts.
      if (!countedThings.length && countedBefore?.parts.length && start >= countedBefore.partsFrom) countedThings = [...countedBefore.parts];
      // "In the whole of 2024, it arrested nearly 2,300.", "In 2024 the ANJ had 1 126 websites blocked, and this year it has
      // blocked more than 1 400": the bare object of a verb counts what the count before it counted, in the sentence or before.
      const before = previous?.unitKind === 'count' && previous.countedThings.length ? previous.countedThings : countedBefore?.previous;
      // "- Taken down in 2025: 388", after "- Websites taken down ...: 214": a line whose label is only what was done counts the same.
      const bare = (BARE_OBJECT_LEAD.test(lead) && BARE_OBJECT_END.test(text.slice(end, end + 12))) || (PARTICIPLE_LABEL.test(lead) && !wordsAfter(text, end).length);
      // "AFM officers detained the five in November 2023": "the" and a number alone refer back to people, as a bare subject does.
      if (!countedThings.length && bare && /\bthe\s+$/.test(lead)) countedThings = ['person'];
      if (!countedThings.length && before?.length && bare) countedThings = [...before];
      // "Since the agency received blocking powers in 2023, the total has risen to more than 1,900": a running total of the
      // count said before.
      if (!countedThings.length && before?.length && TOTAL_RISEN.test(lead)) countedThings = [...before];
      // "That compares with 58 a year earlier": a bare number set against the count said before counts what it counted.
      // "in 2024, this number was 74": the same count in another period.
      if (!countedThings.length && before?.length && (SET_AGAINST_OPENING.test(lead) || NUMBER_WAS.test(lead.replace(/^.*;\s*/, '')) || CORRECT_FIGURE_LEAD.test(lead))) countedThings = [...before];
      // "In fact police arrested nine.": with nothing counted before, a verb done only to people says what its bare object counts.
      if (!countedThings.length && bare && PEOPLE_VERB_BEFORE.test(lead)) countedThings = ['person'];
      // "The police arrested 642 extractors", "have arrested 23 such cajeros": what an arrest takes, named by a word the
      // codebook lacks, is people.
      // "arrested a gang of five who used rented accounts", "seized a gang of 6 people": the gang's members.
      if (!countedThings.length && GANG_OF_LEAD.test(lead) && (PEOPLE_VERB_BEFORE.test(lead.replace(GANG_OF_LEAD, '')) || /\b(?:seized|caught|nabbed|busted|arrests?\s+of|detention\s+of)\s+$/i.test(lead.replace(GANG_OF_LEAD, '')))) countedThings = ['person'];
      // "convicted the four officers of the scheme": the people it names after "the" too.
      const theNamed = /\bthe\s+$/.test(lead) && /^\s+\p{Ll}{3,}s\b/u.test(text.slice(end, end + 24)) && PEOPLE_VERB_BEFORE.test(lead.replace(/\bthe\s+$/, ''));
      if (!countedThings.length && (PEOPLE_VERB_BEFORE.test(lead) || theNamed) && PLURAL_AFTER.test(text.slice(end, end + 40))) countedThings = ['person'];
      // "Last year, SBU officers neutralised 41 such centres": "such" things are those the count before counted.
      if (!countedThings.length && countedBefore?.previous.length && /^\s+such\s+\p{L}/u.test(text.slice(end, end + 12))) countedThings = [...countedBefore.previous];
      // "seized 214 slot machines and 36 gaming tables", "including 38 bitcoin, a villa on Lake Como and three Ferraris": the
      // last items of a list of things seized, named by words the codebook lacks, are items too.
      if (!countedThings.length && previous && (previous.unitKind === 'money' || previous.countedThings.includes('item'))
        && LIST_GAP.test(text.slice(previous.end, start - (hedge?.[0].length ?? 0))) && SEIZED_LEAD.test(lead) && ITEMS_AFTER.test(text.slice(end, end + 40))) countedThings = ['item'];
    }
    // "removed more than 8,200 websites since July 2023, including 1,340 in the December quarter": a part of the count before,
    // in a period of its own.
    const periodPart = !countedThings.length && previous?.unitKind === 'count' && /\bincluding\s+$/i.test(lead)
      && /^\s+(?:in|during|since|over|so\s+far|this|last)\b/i.test(text.slice(end, end + 10));
    if (periodPart) countedThings = [...previous!.countedThings];
    // "compared with 956 in the same period last year": the thing is named once, for the figure compared against.
    // A count that names its own thing is read like any other ("compared with 3 closures"), unless the thing is only people,
    // which say nothing of what was done to them ("detained 146 persons ..., compared with 93 persons in the whole of 2023").
    // "arrested 5,210 suspects in 3,988 cases, compared with 4,926 suspects in ...": people set against the last people counted.
    const onlyPeople = countedThings.length === 1 && countedThings[0] === 'person';
    const peopleBefore = onlyPeople && comparedLead && !against?.countedThings.includes('person') ? earlier.findLast((f) => f.unitKind === 'count' && f.countedThings.includes('person')) : undefined;
    if (peopleBefore) [compared, against] = [true, peopleBefore];
    const people = onlyPeople && against?.countedThings.includes('person');
    // "(in 2023 – 17 exchangers, ...)": the same things, restated for another period in brackets.
    const restated = against !== undefined && countedThings.some((t) => against!.countedThings.includes(t)) && OTHER_PERIOD_BRACKET.test(text.slice(against.end, start));
    if (countedThings.length && !(compared && (people || restated))) compared = false;
    else if (compared) countedThings = against!.countedThings;
    // "liquidated 36 exchangers, and ... it closed 22 more": the thing the count before counted.
    // "liquidated 36 illegal crypto exchangers with a combined turnover of 60 billion tenge, and ... closed 22 more": past a sum.
    else if (/^\s+more\b/i.test(text.slice(end, end + 8)) && (ofKind ?? previous)?.unitKind === 'count') countedThings = (ofKind ?? previous)!.countedThings;
    // "we detained 96 organisers — no, 69, excuse me": a speaker's correction counts what the number it corrects counted.
    else if (previous?.unitKind === 'count' && CORRECTION_GAP.test(text.slice(previous.end, start))) countedThings = previous.countedThings;
    // "Of the 412 people arrested in 2025, 96 were ...": a set named by what was done to it restates that count.
    if (!countedThings.some((t) => lex.countedByMetric.has(t)) || (isPartitiveSet(lead) && !SET_DONE_TO.test(text.slice(end, end + 40)))) return null;
    // "arrested 37 people, including 12 foreign nationals": a part of the count before, not a figure of its own.
    // Only after the count it is part of: in "KZT 1.1 billion, including four apartments and seven cars" the cars are no
    // part of the apartments.
    const part = PART_LEAD.exec(lead);
    // People are a part of people ("37 people, including 12 foreign nationals"); sites of a kind are coded as their own block.
    // Not a part with a sentence of its own: "convicted 1 126 persons, of whom 214 were sentenced to imprisonment", "detained
    // 14,862 suspects, of whom 5,913 were arrested".
    if (part && !periodPart && previous?.unitKind === 'count' && previous.end <= leadStart + part.index && countedThings.includes('person') && previous.countedThings.includes('person')
      && !PART_SENTENCED.test(text.slice(end, end + 60)) && !partDone(part[0], text.slice(end, end + 40))) return null;
    // "The detainees, aged 21 to 47, include 2 citizens of Azerbaijan", "The arrestees included the mastermind, three core
    // members and ...": a part of people counted before (not "Items recovered from the suspects include 512 laptops").
    if (PEOPLE_INCLUDE.test(lead) && !countedThings.includes('item')) return null;
    // "29 were aged over 65": an age, no count.
    if (AGE_LEAD.test(lead)) return null;
    // "Three people – the organiser and two couriers – were detained": a part told inside dashes after the count.
    if (previous?.unitKind === 'count' && INSIDE_DASHES.test(text.slice(previous.end, start)) && !CORRECTION_GAP.test(text.slice(previous.end, start))) return null;
    unit = 'count';
  }
  if (!unit) return null;
  // "over the nine months, up from 760": a span the text refers to is no figure, and stands between no figures of a series.
  // "upheld the 14-year sentence", "affirmed the 14 years' imprisonment": a term named as one is no span.
  if (unitKind === 'duration' && SPAN_LEAD.test(text.slice(Math.max(0, start - 32), start))
    && !(/\b(?:the|his|her|their)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && NAMED_TERM.test(text.slice(end, end + 40)))) return null;
  // A count has no three decimals: "an estimated 10,000 additional domains" is ten thousand in a text that writes "R$ 4,1 million".
  if (unitKind === 'count' && !magnitude && /^\d{1,3},\d{3}$/.test(text.slice(token.start, token.end))) value = Number(text.slice(token.start, token.end).replace(',', ''));
  // Rounded first: "1.1 lakh" is 110000.00000000001 in binary, and still a whole count.
  if (unitKind === 'count' && !Number.isInteger(round(value))) {
    // A roundup mixes its sources' styles: "27,640 websites" beside "1,6 million pages" is grouped in thousands.
    const digits = text.slice(token.start, token.end);
    if (!magnitude && GROUPED.test(digits)) value = Number(digits.replace(/[,.\s]/g, ''));
    else return null;
  }
  // "COP 2.840 million" beside "US$212,300": pesos, guaraníes, colones, dong and rupiah are written with dots between
  // thousands, even where the text's other sums use commas.
  if (unitKind === 'money' && magnitude && unit && lex.dotGroups.has(unit) && DOT_THOUSANDS.test(text.slice(token.start, token.end)) && !Number.isInteger(round(value / magnitude.factor))) {
    value *= 1000;
    if (valueHigh !== null) valueHigh *= 1000;
  }
  if (hedge && valueHigh === null) {
    qualifier = lex.qualifierOf(hedge[0]);
    start -= hedge[0].length;
  } else if (valueHigh === null && plus) qualifier = 'more_than';
  else if (valueHigh === null && TRAILING_HEDGE.test(text.slice(end, end + 24))) qualifier = 'approximately';
  // Canada's "two years less a day", the longest term served in a provincial jail: less than the years it names.
  else if (valueHigh === null && unitKind === 'duration' && LESS_A_DAY.test(text.slice(end, end + 16))) {
    qualifier = 'less_than';
    end += LESS_A_DAY.exec(text.slice(end, end + 16))![0].length;
  }
  return {
    start, end, value: round(value), valueHigh: valueHigh === null ? null : round(valueHigh), unit, unitKind, qualifier,
    countedThings, bareSubject, comparedWith: compared, numberStart: token.start, numberEnd: token.end, rule: unitKind === 'money' ? 'money' : unitKind === 'duration' ? 'duration' : 'count',
    ...(thingAt !== undefined ? { thingAt } : {}),
  };
}

/** The term after a term, as the high end of a range; "and" joins a range only after "between". */
function termAfter(text: string, at: number, start: number): { value: number; unit: string; months: number; compound: boolean; end: number } | null {
  const join = TERM_JOIN.exec(text.slice(at, at + 8));
  if (!join || (/and/i.test(join[0]) && !/\bbetween\s+$/i.test(text.slice(Math.max(0, start - 12), start)))) return null;
  const term = TERM.exec(text.slice(at + join[0].length, at + join[0].length + 60));
  if (!term) return null;
  const value = (/^an?$/i.test(term[1]!) ? 1 : numberWordValue(term[1]!) ?? Number(term[1])) + (term[2] ? 0.5 : 0);
  const unit = DURATION_UNITS[term[3]!.toLowerCase()]!;
  const extra = term[4] ? numberWordValue(term[4]) ?? Number(term[4]) : 0;
  return { value, unit, months: value * MONTHS_IN[unit]! + extra, compound: Boolean(term[4]), end: at + join[0].length + term[0].length };
}

function readMagnitude(text: string, at: number, lex: Lexicon): { factor: number; end: number } | null {
  const m = lex.magnitudeAfter.exec(text.slice(at, at + 16));
  if (!m) return null;
  const word = m[0].replace(/^-/, '').trim().toLowerCase().replace(/\s+/g, ' ');
  // "R$ 850 mil", "€640 mil": set apart, Portuguese and Spanish "mil" is a thousand; glued on ("RM38.6mil") it is a million.
  const factor = word === 'mil' && /^\s/.test(m[0]) ? 1e3 : MAGNITUDES[word];
  // "two Arab expatriates": capitalised, it is the people, not Urdu's hundred crore.
  if (word === 'arab' && m[0].includes('A')) return null;
  return factor ? { factor, end: at + m[0].length } : null;
}

/** Parses "3,500", "3 500", "2.5" (or "3.500" and "2,5" with a decimal comma); null for absurd digit runs. */
const TWO_DOT_GROUPS = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/;
const TWO_COMMA_GROUPS = /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/;
export function parseDigits(raw: string, decimalComma = false): number | null {
  const digitsOnly = raw.replace(/[^\d]/g, '');
  if (digitsOnly.length > 16) return null;
  // Two groups of three after a mark say which mark groups, whatever the text's style: "3.850.000 euros" in an English roundup,
  // "1,200,000" in a German one.
  const comma = decimalComma ? !TWO_COMMA_GROUPS.test(raw) : TWO_DOT_GROUPS.test(raw);
  const normal = comma ? raw.replace(/[.\s\u00A0\u202F'’]/g, '').replace(',', '.') : raw.replace(/[,\s\u00A0\u202F'’]/g, '');
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** Rounds away binary noise from magnitude arithmetic (1.28 * 1e6 = 1280000.0000000002). */
function round(value: number): number {
  // Most figures are whole numbers: the string round trip is the costly part, and they need none.
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}
