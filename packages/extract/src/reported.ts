import type { Figure } from './figures.js';
import { clauseAround } from './metric.js';
import { partDone, PART_SENTENCED } from './counted.js';
import { gated } from './gate.js';

// What makes a figure no reported statistic: a plan, a possibility, a rule, a negation, a maximum in law, a price.

/** Plans, threats, possibilities and conditions are not reported statistics ("was able to freeze $410,000" is done). */
const CLOSED_RELATIVE_ASIDE = /(?:^|,)\s*wh(?:ich|o)\b[^,;()]*,(?=[^,;]*$)/g;
// "aims for 120 closures", "aimed at recovering" (not a site "aimed at German players"), "the target is for $500m to be restrained".
const MODALITY = /\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?preparing\b|\bset\s+(?:the|a|itself\s+the)\s+(?:task|goal|target|aim)\s+of\b|\b(?:set|sets|setting|has|have|with)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:target|goal)\s+of\b|\btargets\s+(?:about\s+|some\s+|at\s+least\s+|over\s+|more\s+than\s+)?$|\b(?:[Ii]t|[Tt]he\s+\p{L}+)\s+targets\s+(?:the\s+)?(?:recovery|seizure|confiscation|closure|blocking|arrest)\b|\b(?:target|goal|aim|ambition)\s+(?:is|was)\s+(?:for|to)\b|\baim(?:s|ed|ing)?\s+(?:for|at)\s+(?:$|\p{L}+ing\b|(?:about\s+|around\s+|up\s+to\s+|at\s+least\s+|more\s+than\s+)?[\d$€£₸₽₹]|the\s+(?:recovery|seizure|confiscation|closure|blocking|arrest|collection|return)\b)|\b(?:plans?|planned|planning|aims?|aimed|intends?|intended|seeks?|sought|proposes?|proposed|expects?|expected|hopes?|wants?|threatens?|threatened|vows?|pledged?|promised?|promises|set|going|due|likely|(?<!\b(?:was|were)\s)able|scheduled)\s+to\b|\b(?:will|would|could|might|should|can|shall)\b(?!\s+(?:allege|say|tell|argue|contend|be\s+alleged)\b)|\bmay\b(?!\s+(?:also\s+)?be\s+(?:recalled|noted|mentioned|added|recollected|pertinent)\b)|\bwants?\s+(?:another|more|a\s+further|an\s+additional)\b|\bfaces?\b|\bfacing\b|\b[Ii]f\b|\b[Uu]nless\b|\bpotential(?:ly)?\b|(?<!\b(?:received|receives|given|handed|got|imposed|imposing)\s+(?:the|a)\s+)\bmaximum\b|\bpunishable\b|\bcarr(?:y|ies|ying)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:penalty|penalties|sentence|term|fine|prison)|\bsought\b|\bappl(?:ied|ies|ying)\s+(?:to\s+(?:seize|confiscate|freeze|forfeit)|for\s+(?:the\s+)?(?:seizure|confiscation|forfeiture|freezing))\b|\bseeking\s+(?:the\s+)?(?:forfeiture|confiscation|seizure|restitution|recovery)\s+of\b|\bdemand(?:s|ed)?\b(?!\s+of\b)|\brequest(?:s|ed)?\s+for\b|\b[Pp]rosecut(?:ors?|ion)(?:\s+(?:in|of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?\s+(?:(?:is|are|was|were|had|has|have)\s+)?(?:asked|asking|requested|requesting|seek|seeks|seeking|sought|demanded|demanding)\b|\basked\s+for\b|\basked\s+(?:the\s+|an?\s+)?(?:[Cc]ourt|[Jj]udge|\p{Lu}[\p{L}.-]*)(?:\s+\p{Lu}[\p{L}.-]*){0,3}(?:\s+(?:city\s+)?(?:court|judge|tribunal))?\s+to\b(?!\s+(?:block|restrict|remove|take\s+down)\b)|\brequested\b(?!\s+(?:the\s+)?(?:blocking|removal|takedown|freezing)\s+of\b|\s+(?:[\p{L}-]+\s+){1,5}(?:\([^()]{1,20}\)\s+)?(?:to\s+)?(?:freeze|block)\b)|\brequests?\s+to\s+(?:cut|reduce|lower|raise|increase)\b|\b(?:prevent(?:ed|s|ing)?|avert(?:ed|s|ing)?)\s+(?:an?\s+)?(?:estimated\s+)?$|\b(?:minimum|mandatory)\s+(?:sentences?|terms?|penalt(?:y|ies)|prison)\b/u;
/**
 * Rules and thresholds: "top-ups exceeding 500,000 tenge must be reported", "required to keep records for five years",
 * and a scheme's terms: "investors had to deposit a minimum of Rs 25,000".
 */
const OBLIGATION = /\b(?:must|needed|required|(?:had|have|has)\s+to\s+(?:deposit|pay|invest|transfer|buy|make)|requires?|obliged|obligat\w*|threshold|limit(?!s?[-\s]+(?:violations?|breach(?:es)?)\b)|(?<!-)caps?|capped|capping|ceiling|mandatory|prohibit\w*(?<!prohibited(?=\s+(?:gambling|games?|substances|goods|items|drugs|activit\w+|business\w*|trade|content|websites?|sites?|online|casinos?)\b))|(?:allowed|permitted)(?!\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:application|appeal|motion|request|petition|claim)s?\b)(?!\s+(?:[\p{L}-]+\s+){1,5}(?:accounts?|cards?|wallets?)\s+to\s+be\s+used\b)(?![^.;]{1,80}?\bto\s+(?:pass|flow|move|operate|be\s+(?:paid|deposited|transferred|laundered|moved|routed|lodged))\b)|eligible|subject\s+to(?!\s+(?:freezing|seizure|confiscation|forfeiture|arrest|(?:an?\s+)?(?:freez\w*|seizure|confiscation|forfeiture)\s+(?:decisions?|orders?))))\b/iu;
// Not "no" inside a compound: a "post-no-debit" order freezes.
// Not a relative clause's: "investments that never existed has been jailed for six and a half years".
// The relative pronoun is looked behind only once a negation has matched: a lookbehind tried at every position of the
// clause costs more than the rest of the pattern.
const NEGATION = /(?<![\w-])(?:not|no|never|neither|nor|without|denied)(?![\w-])(?<!\b(?:that|which|who)\s+(?:(?:had|has|have|was|were|did|does|do)\s+)?[a-z]+)[^,;]{0,30}$/i;
/** Prices, populations and market figures sit beside enforcement figures but are not enforcement statistics. */
// A company's own finance too: "raised $150 million from venture investors in 2021 at a valuation of $2.5 billion".
const DISTRACTOR = /\b(?:internet\s+users|mobile\s+subscribers|population|inhabitants|registered\s+to\s+vote|(?:registered|eligible)\s+voters|(?<![-\u2011])price[sd]?(?!,)(?<!\bat\s+(?:current|today['’]s|present|prevailing|market|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|yesterday['’]s|then-current|the\s+time['’]s)\sprice[sd]?)(?<!\bmanipulat\w*\s+(?:the\s+)?(?:[\p{L}-]+\s+)?price[sd]?)(?!\s+(?:differences?|gaps?|spreads?|manipulation|arbitrage))|trad(?:ing|ed|es)\s+(?:at|near|around|above|below|between(?=\s+(?:[\d$€£¥₹₸₽]|US\$|[A-Z]{3}\s?\d)))|quoted\s+at|(?:bitcoin|ether)\s+(?:(?:was|is|stood|stands)\s+)?at|(?:usdt|usdc|tether|xrp|solana)\s+(?:(?:was|is|stood|stands)\s+)?at\s+(?:about\s+|around\s+)?(?:[$€£¥₩]\s?)?(?=\d)|\b(?:per|according\s+to)\s+industry\s+(?:data|estimates|figures)|(?:24-hour|24h|daily)\s+(?:(?:spot|trading|derivatives|futures)\s+){0,2}volume|(?:trading\s+)?volume\s+(?:over|in)\s+the\s+(?:past|last)\s+24\s+hours|according\s+to\s+(?:CoinGecko|CoinMarketCap|Kaiko|CryptoCompare|CoinGlass)|priced|hit a record|per (?:coin|token|unit|share)|market (?:cap\w*|value)|capitali[sz]ation|salar(?:y|ies)|budget(?<!\b(?:to|into|and)\s+the\s+(?:state\s+|federal\s+|national\s+|public\s+)?budget)(?!\s+(?:estimates|committee|commission|fraud|frauds|request|requests|hearing|hearings|debate)\b)|tax revenues?(?<!\b(?:damage|loss|losses|harm)\s+to\s+(?:[\p{L}-]+\s+){0,3}tax revenues?)|(?:gaming|gambling|betting|lottery)\s+tax(?:es)?\s+(?:and|or)\s+licen[cs]e\s+fees|(?:through|via)\s+(?:formal|official|legal)\s+channels|gdp|average|median|paid-up capital|minimum capital|licensed\s+(?:[\p{L}-]+\s+){0,3}(?:venues|providers|exchanges|platforms|operators|shops|brokers|bookmakers|casinos)\s+(?:processed|handled|traded|turned|recorded|reached|reported|accepted)|hover(?:ed|ing|s)?\s+(?:near|around|at|above|below)|(?:legal|licensed|state-licensed|regulated|grey|gray)\s+(?:[\p{L}-]+\s+){0,2}(?:market|system|sector|industry)\s+(?:(?:has|had|itself)\s+)?(?:processed|handled|reached|grew|totall?ed|turned|recorded|saw|whose|was\s+worth|is\s+worth|took\s+in|generated|attracted)|market\s+(?:is|was)\s+(?:estimated|valued|worth)|market\s+size|valuation\s+of|funding\s+round|from\s+venture\s+(?:capital\s+)?(?:investors|firms|funds))\b/iu;
/**
 * Market talk and rewards beside enforcement figures: "Bitcoin was little changed at around $68,400", "ETFs drew $276 million of
 * net inflows", "a $5 million reward", "the informal exchange rate closed at 1,125 pesos", "local trading volume". Tested only
 * where a clause holds a word of MARKET_HINT: most clauses hold none, and these patterns open on common words ("a", "paid").
 */
const MARKET_TALK = /\b(?:(?:reward|bounty)\s+(?:of|worth|totall?ing)\b|(?:offer(?:s|ed|ing)?|announc\w*|post(?:s|ed)?|pa(?:y|id|ys))\s+(?:an?\s+)?(?:[\p{L}\p{N}$€£.,-]+\s+){0,3}(?:reward|bounty)|(?:local|domestic|national|annual|overall|market|crypto|daily|monthly|average)\s+(?:crypto\s+)?(?:trading|transaction)\s+volumes?|(?:trading|transaction)\s+volumes?\s+on\s+(?:the\s+)?(?:registered|licensed|regulated|domestic|local|legal)|exchange[- ]traded\s+funds?|\bETFs?\b|\b(?:net\s+)?(?:inflows?|outflows?)\b|a\s+record\s+(?:high\s+)?of|(?:one|a|each|per)\s+(?:bitcoin|btc|ether|coin|token)\s+(?:was|is)\s+worth|(?:bitcoin|ether|ethereum)\s+(?:was|is)\s+(?:little\s+changed|up|down|steady|flat))\b/iu;
/** "the informal exchange rate closed at 1,125 pesos": a rate's talk makes a sum a price; a count of people stays what it is. */
// "the dollar bought ¥152.7", "the euro fetched 1,180 pesos": what a currency buys is a rate too.
const RATE_TALK = gated(/\b(?:dollar|euro|pound|greenback|yuan|rouble|ruble)\s+(?:bought|fetched|buys|fetches|stood\s+at|was\s+at|was\s+exchanged\s+at|changed\s+hands\s+at)\b|\b(?:exchange|informal|official|parallel|black[- ]market)\s+rate(?<!\bat\s+(?:the\s+|an?\s+)?(?:\p{L}+\s+)?[\p{L}-]+(?:\s[\p{L}-]+)?\s+rate)\b/iu);
const MARKET_HINT = gated(/reward|bount|etf|traded\s+fund|inflow|outflow|record|bitcoin|btc|ether|coin|token|volume/i);
/** An estimate by a blockchain analytics firm is not an authority's figure: "according to Chainalysis", "Elliptic estimates". */
const ANALYTICS = /\b(?:Chainalysis|Elliptic|TRM\s+Labs|TRM|CipherTrace|Crystal\s+(?:Blockchain|Intelligence)|Global\s+Ledger|Nansen|Arkham|Merkle\s+Science|PeckShield|CertiK|Scam\s+Sniffer|Immunefi|Cyvers|Kaiko)\b/u;
const ANALYTICS_SAYS = gated(/\b(?:according\s+to|data\s+from|estimates?\s+(?:by|from)|analytics\s+firm)\s+(?:the\s+)?(?:blockchain\s+)?(?:analytics\s+firm\s+)?$|^(?:['’]s?)?\s+(?:estimates?|estimated|said|says|found|reported|data|report|figures|calculates?|tracked|puts?)\b|^,\s+in\s+(?:a|an|its)\s+(?:new\s+|latest\s+|annual\s+|mid-year\s+)?(?:report|study|analysis|update)\b/iu);

/**
 * An estimate by a firm or body that enforces nothing, unnamed or the UN's: "Blockchain analytics firms estimate that ...",
 * "According to a blockchain security firm, hackers stole ...", "The United Nations Office on Drugs and Crime has estimated ...".
 */
const OUTSIDE_ESTIMATE = gated(/\b(?:(?:blockchain\s+)?(?:analytics|security|research|intelligence|forensics?)\s+(?:firms?|companies|company)|United\s+Nations(?:\s+Office\s+on\s+Drugs\s+and\s+Crime)?|UNODC)\b(?:\s+\p{Lu}[\p{L}-]*)?,?\s+(?:has\s+|have\s+)?(?:estimates?|estimated|says|said|reported|found|calculated)\b|\baccording\s+to\s+(?:a|the)\s+(?:blockchain\s+)?(?:analytics|security|research)\s+(?:firm|company)\b/iu);
/**
 * Whether the sentence's figures are an analytics firm's (the firm named as the source, not as a helper of the police) or
 * another outside body's estimate.
 */
function analyticsEstimate(text: string): boolean {
  // Asked for each figure of a sentence in turn: the answer for the last sentence is kept.
  if (lastAnalytics.text === text) return lastAnalytics.estimate;
  const firm = ANALYTICS.exec(text);
  const estimate = (firm !== null && (ANALYTICS_SAYS.test(text.slice(Math.max(0, firm.index - 60), firm.index))
    || ANALYTICS_SAYS.test(text.slice(firm.index + firm[0].length, firm.index + firm[0].length + 24)))) || OUTSIDE_ESTIMATE.test(text);
  lastAnalytics = { text, estimate };
  return estimate;
}
let lastAnalytics = { text: '', estimate: false };

/** A subject whose verb is still to come: "Two other defendants are scheduled to be sentenced", "the next 164 exchangers will open". */
// "Two other defendants have pleaded guilty and are scheduled to be sentenced in April."
const FUTURE_TAIL = gated(/^(?:\s+[\p{L}-]+){0,3}(?:(?:\s+(?:have|has))?(?:\s+also)?\s+(?:pleaded|pled)\s+guilty(?:\s+(?:in|on)\s+\p{Lu}\p{Ll}+)?\s+and)?\s+(?:(?:are|is|were|was)\s+(?:scheduled|due|set|expected|likely)\s+to|will|to\s+be\s+(?:sentenced|tried)\s+(?:next|later|on|in\s+(?:the\s+)?(?:coming|next))\b)\b/u);
/**
 * A court's order to repay victims is a debt, not money recovered: "ordered him to pay $26.9 million in restitution"; the
 * order's next part is not ("... in restitution to 41 victims, to forfeit approximately $2.9 million").
 */
const RESTITUTION_LEAD = gated(/\b(?:order(?:ed|s)?|agree[sd]?)\b[^;]{0,40}\b(?:restitut\w*|compensat\w*|refund|repay)\b(?:(?!\b(?:to|and)\s+(?:forfeit|pay\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:fine|penalty))|\b(?:confiscated|seized|forfeited)\b)[^;]){0,30}$/iu);
/** People let go, their verb after them: "five were acquitted", "784 persons have already been deported". */
/** People still sought: "Two alleged promoters, believed to have fled to Dubai, are the subject of international arrest warrants". */
// The copula is the figure's own: words or an aside in commas between, not a relative clause or another verb.
const SOUGHT_TAIL = gated(/^(?:\s+(?!(?:who|which|that|and|were|was|are|is|had|have|has)\b)[\p{L}'’-]+|,[^.;,]{1,60},){0,8}?\s+(?:are|is|were|was|remain|remains)\s+(?:still\s+)?(?:the\s+)?(?:subjects?\s+of\s+(?:an?\s+)?(?:international\s+|european\s+|interpol\s+)?(?:arrest\s+warrants?|red\s+notices?|wanted\s+notices?)|at\s+large|on\s+the\s+run|wanted)\b|^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:(?:have|has|had)\s+been|were|was)\s+(?:put|placed|declared)\s+(?:on\s+(?:the\s+|an?\s+)?(?:international\s+|interstate\s+|federal\s+)?wanted\s+list|wanted)\b/iu);
/** "34 operators held a German permit", "312 professional participants held licences": firms licensed, no one held in custody. */
const LICENCE_HELD_TAIL = gated(/^\s+(?:[\p{L}-]+\s+){0,3}(?:held|hold|holds)\s+(?:an?\s+|the\s+|such\s+)?(?:[\p{L}-]+\s+){0,3}(?:licen[cs]es?|permits?|registrations?|authori[sz]ations?)\b/iu);
/** "while two others are said to have left the country", "three remain at large": people not held. */
const LET_GO_AWAY = gated(/^(?:\s+(?!(?:who|which|that)\b)[\p{L}-]+){0,3}?\s+(?:are|is|were|was|remain|remains|remained)\s+(?:still\s+)?(?:(?:said|believed|thought|reported)\s+to\s+(?:have\s+)?(?:left|fled)|at\s+large|on\s+the\s+run|abroad|wanted)\b/iu);
const LET_GO = gated(/^(?:\s+(?!(?:who|which|that)\b)[\p{L}-]+){0,3}?\s+(?:were|was|have|has|had)(?:\s+(?:already|since|also|all|later|subsequently))?(?:\s+been)?(?:\s+(?:already|since|also|later|subsequently))?\s+(?:acquitted|released|freed|cleared|exonerated|let\s+go|placed\s+under\s+judicial\s+(?:control|supervision)|granted\s+(?:administrative\s+|police\s+)?bail|deported|repatriated|rescued|expelled|(?:\p{Ll}+\s+)?without\s+(?:detention|arrest|custody|being\s+(?:detained|arrested))|(?:considered|declared|listed\s+as)\s+(?:fugitives?|wanted|at\s+large))\b/iu);
/** "About 1,700 of those detained were foreigners": who a part of those counted was, no action on it ("418 of them were charged"). */
const PART_WAS = gated(/^\s+of\s+(?:those|them|whom|these)(?:\s+\p{Ll}+ed)?\s+(?:were|was|are)\s+(?!(?:also\s+|later\s+|then\s+|\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|en)|sent|held|put|kept|caught|found|made|let|hit)\b)/u);
/**
 * "Those arrested comprise 14 Thais and five Chinese nationals", "The detainees, aged 19 to 44, include 9 foreign citizens",
 * "The arrested persons, composed of eight (8) Filipinos and three (3) foreign nationals": who those already counted were.
 */
const MEMBERS_LEAD = gated(/(?:^|[,;:]\s*|\b(?:said|says|and)\s+)(?:the\s+|those\s+)?(?:(?:arrested|detained|apprehended)\s+(?:persons|people|individuals|suspects)|(?:persons|people|individuals)\s+(?:arrested|detained|held|booked)|(?<=those\s+)(?:arrested|detained|held|booked|apprehended)|detainees|arrestees|suspects)(?:\s*,[^,;]{1,40},|\s*,)?\s+(?:who\s+)?(?:comprise[sd]?|(?:(?:are|were)\s+)?composed\s+of|consist(?:ed|s)?\s+of|(?:are|were)\s+made\s+up\s+of|include[sd]?)\s+(?:[^,;]{0,60}?(?:,\s*|\s+and\s+))?$/i);
/** "... and acquitted five": the object of a verb that lets people go. */
const LET_GO_LEAD = gated(/\b(?:acquitted|released|freed|cleared|exonerated|deported|repatriated)\s+(?:the\s+)?(?:other\s+|remaining\s+)?$/i);
/** Inside a bracket after a count: "68 individuals arrested (41 Filipinos, 27 foreign nationals)". */
const BRACKET_OPEN = /\d[^()]*\(\s*(?:[^()]*,\s*)?$/u;
/** A sentence that breaks down a set said before: "Among the foreigners, ...", "Of the total, ...". */
const BREAKDOWN_OPENING = gated(/^(?:[-*\u2022]\s*)?(?:Among|Of)\s+(?:the|them|these|those|whom)\b/u);
/** What a part of people was, not what was done to it: "514 were Chinese", "187 Vietnamese,", "214 were women". */
// "Among the detained persons, 1,562 were identified as victims of human trafficking".
// "Of the 27 suspects, nine are leaders and technical staff": the roles of people counted before.
const ATTRIBUTE_AFTER = /^\s+(?:are|were)\s+(?:the\s+)?(?:leaders?|organi[sz]ers?|ringleaders?|members|employees|staff|operators|couriers|recruiters|accomplices|managers|account\s+holders|students|relatives)\b(?![^.;]{0,80}\bwho\s+(?:received|got|were\s+(?:sentenced|convicted|jailed|arrested|detained)))|^\s+(?:(?:were|was)\s+)?(?:(?:identified|recogni[sz]ed|confirmed|found)\s+(?:to\s+be\s+|as\s+)(?:victims|minors|foreigners)\b|women|men|females|males|minors|children|juveniles|foreigners|foreign\s+nationals|under\s+\d+|aged\b|\p{Lu}\p{Ll}+(?:\s+(?:nationals|citizens))?(?=\s*(?:[,.;]|and\b|$)))/u;
/** A term served outside prison: "restriction of freedom for 2 years", "five years of probation". */
// Canada's "conditional sentence" is served in the community.
// "terms of between 12 and 30 months, most of them suspended", "ranging from 18 months to 8 years, some of which were partly
// suspended", "between 18 months and 4 years, partly or fully suspended": terms some of which were suspended are still the
// terms handed down.
const PART_SUSPENDED = gated(/^\s*,?\s+with\s+(?:the\s+)?(?:(?:final|last|remaining|first)\s+)?(?:[\p{L}\d-]+\s+)?(?:years?|months?|weeks?)\s+(?:of\s+it\s+)?suspended\b|^[^.;]{0,20}?,\s+(?:most|some|many|several|part|one|two|three|four)\s+of\s+(?:them|which|those)\s+(?:(?:were|was|being)\s+)?(?:partly\s+|partially\s+|fully\s+|wholly\s+)?suspended\b|^[^.;]{0,20}?,\s+(?:partly|partially|in\s+part)(?:\s+or\s+(?:fully|wholly|entirely|in\s+full))?\s+suspended\b/iu);
const NON_CUSTODIAL = gated(/\bcorrectional\s+supervision\b|\brestrict\w*\s+(?:of\s+)?(?:freedom|liberty)\b|\brestricted\s+freedom\b|\bprobation\b|\bcommunity\s+service\b|\bcorrectional\s+(?:labou?r|works?)\b|\bconditional\s+sentence\b/i);
/** "9 months in jail and five years of probation": the term's own words say it is served inside. */
const OWN_PRISON = gated(/^['’]?s?\s*(?:in\s+(?:jail|prison)|(?:of\s+)?(?:imprisonment|jail|prison))\b/i);
/** "or 12 weeks' jail in default": a term served only if a fine goes unpaid. */
// "to be replaced by eight months in prison if unpaid": a term in default of a fine too.
const IN_DEFAULT = gated(/^[^.;,]{0,30}\bin\s+default\b|^[^.;,]{0,30}\bif\s+(?:it\s+is\s+|the\s+fine\s+is\s+)?(?:unpaid|not\s+paid)\b/i);
/** "fined ... RM45,000 each, in default 18 months' jail": the term served only if the fine is not paid, told before it. */
// "ordered to pay back £127,450 ... or serve an extra 18 months in prison": the term if the order goes unpaid.
// "The default sentence is 6 years": the term served if a confiscation order goes unpaid.
const PREVIOUS_CONVICTIONS = gated(/^\s+(?:previous|prior|past|earlier|other|historic)\s+(?:criminal\s+)?(?:convictions?|offences|offenses)\b/i);
// "was fined R250 000 or three years' imprisonment", "fined ... each, in default between three and nine months' jail": the
// term served if the fine is not paid.
const IN_DEFAULT_LEAD = gated(/\b(?:released|eligible\s+for\s+(?:parole|release))\s+(?:on\s+(?:parole|licence|license)\s+)?after\s+(?:serving\s+)?$|\bnon-parole\s+period\s+of\s+$|\bin\s+default(?:\s+of\s+payment)?,?\s+(?:between\s+|of\s+|to\s+serve\s+)?$|\bfined\s+[^.;,]{1,30}?\s+or\s+$|\bin\s+(?:lieu|place)\s+of\s+(?:an?\s+)?$|\bdefault\s+(?:sentence|term)\s+(?:is|was|of)\s+$|\bor\s+(?:to\s+)?(?:serve|face)\s+(?:an?\s+)?(?:extra|additional|further)\s+$/i);
/** "after a trial that lasted nine weeks": how long a proceeding ran, no term. */
const PROCEEDING_LASTED = gated(/\b(?:trial|hearing|investigation|probe|inquiry|operation|proceedings?)\s+(?:that\s+|which\s+)?(?:lasted|lasting|ran\s+for|running\s+for|took)\s+(?:(?:about|around|nearly|almost|more\s+than|over|some)\s+)?$/i);
/** "ordered to pay £1,850 costs and a £960 victim surcharge": the court's costs are no penalty. */
const COSTS_TAIL = gated(/^\s*(?:(?:in|towards|toward)\s+(?:the\s+)?)?(?:(?:court|legal|prosecution)\s+)?(?:costs|victim\s+surcharges?|surcharges?)\b/i);
/** "prosecution costs of £18,500 and a victim surcharge of £228": what a court orders paid towards its costs. */
// Not a "penalty surcharge" ("imposed a penalty surcharge of 2.76 billion won"), which Korea's and Japan's regulators impose as a fine.
const COSTS_LEAD = gated(/\b(?:costs|(?<!\bpenalty\s)surcharges?)\s+of\s+$/i);
// "ordered them to pay P12.7 million in damages to the complainants": what a court awards victims.
const RESTITUTION_TAIL = gated(/^\s*(?:in|as)\s+(?:restitution|compensation|reparations?|damages)\b/i);
/** "and to pay restitution of $63 million", "to restitute his victims the sum of N1.24 billion": restitution ordered is never coded. */
const RESTITUTION_OF = gated(/\brestitution\s+(?:of|totall?ing|amounting\s+to|worth)\s+$|\brestitute[sd]?\b[^.;]{0,40}?\bsum\s+of\s+$/i);
/** Profits a settlement gives up are no fine: "a $3 million civil penalty and $4.6 million in disgorgement". */
const DISGORGEMENT_TAIL = gated(/^\s*(?:in|as)\s+disgorgement\b/i);
/** "agreed to pay disgorgement of $412,000", "requires the respondents to disgorge $6.1 million". */
const DISGORGEMENT_LEAD = gated(/\b(?:disgorgement\s+(?:of\s+)?|disgorge\s+)(?:about\s+|approximately\s+|some\s+)?$/i);
/** "refunded $845,000 to 312 customers": the people paid back are no count of the story's. */
// "restitution orders ... in favour of 512 investors": the people paid back.
const PAID_BACK_TO = gated(/\b(?:reimburs|refund|repa(?:id|y)|paid|compensat|restitut|returned|restored|disbursed|distributed|handed\s+back|given\s+back|(?:get|got)\b[^.;]{0,20}\bback)\w*\b(?:[^.;]|\.(?=\d)){0,60}\b(?:to|in\s+fav(?:ou|o)r\s+of)\s+(?:about\s+|approximately\s+|some\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|at\s+least\s+)?$/i);
/** What a law says a figure can lead to: "gains of more than 5 billion won can lead to sentences of up to life". */
// "cases involving more than RMB 5 million in illegal business volume are considered "serious"", "those who obtain more than
// NT$100 million through fraud face five to 12 years", "Money laundering of more than US$300.000 is a first-degree felony":
// what the law makes of a class of cases.
const LAW_CONSEQUENCE_TAIL = gated(/^[^.;]{0,60}?\b(?:(?:are|is)\s+(?:considered|deemed|regarded\s+as|treated\s+as|classed\s+as)\s+["“]?(?:serious|especially|particularly|large|grave)|face\s+(?:up\s+to\s+)?(?:\w+\s+(?:to\s+\w+\s+)?)?(?:years|months)\b)|^[^.;]{0,30}?\b(?:(?:can|could|may|would|will)\s+(?:lead|result|entail|attract|carry|be\s+punish)|(?:attracts|carries|entails)\s+(?:an?\s+)?(?:prescribed\s+)?(?:minimum|maximum|mandatory)|(?:is|are)\s+an?\s+(?:(?:first|second|third|1st|2nd|3rd)[- ]degree\s+|class\s+[A-E1-5]\s+)(?:felony|misdemeanou?r|offen[cs]e))/i);
/** The people or firms assets are held by own them; they are no count of the story's: "frozen MXN 45 million held by 26 people". */
// Not the next item of a list after the owners: "230 bank cards registered to droppers, 7 cars and two flats".
const OWNERS_LEAD = gated(/\b(?:(?:held|owned|controlled)\s+by|belonging\s+to|registered\s+to|in\s+the\s+names?\s+of)\s+(?:(?:[\p{L}\d-]+\s+){0,3}?|[^.;,]{0,60}?\band\s+)$/iu);
/** "on the accounts of 8 companies": the firms whose money it is. */
const ACCOUNTS_OF = gated(/\baccounts\s+of\s+(?:[\p{L},-]+\s+){0,3}?$/iu);
/**
 * What a clause says of an average after its total, and a conversion's rate: "with victims losing £94.7m, an average of about
 * £10,700 each", "₸176,3 billion, or roughly $340 million at the average rate": they make the total no average.
 */
const AVERAGE_AFTER = /,\s*(?:with\s+)?(?:an?|the)\s+average\b.*$|\bat\s+the\s+average\s+(?:[\p{L}-]+\s+){0,2}rate\b/iu;
// "secured convictions of 47 accused persons in 36 cases", "issued rulings against 7 defendants in 2 similar cases": cases ended.
// "initiated criminal proceedings against 24 defendants": people prosecuted, not held.
// "Prosecutors have indicted 14 people, five of them under arrest": people indicted, not an arrest (unless "arrested and").
const INDICTED_LEAD = gated(/\b(?:indictments?|charges)\s+(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+)?(?:filed|brought|laid)\s+against\s+(?:a\s+total\s+of\s+)?$|(?<!\b(?:arrested|detained)\s+and\s+)\bindicted\s+$|\b(?:initiated|instituted|opened|brought)\s+(?:criminal\s+)?proceedings\s+against\s+$|\b(?:criminal\s+)?(?:cases|proceedings)\s+(?:were|have\s+been)\s+(?:brought|initiated|instituted)\s+against\s+$/i);
const FIRST_DEPOSIT_LEAD = gated(/\b(?:an?\s+)?(?:first|initial|minimum|small)\s+(?:small\s+)?(?:deposit|investment|payment|fee)\s+of\s+(?:just\s+|only\s+)?$/i);
// "has charged 21 people with 174 offences": the people charged may stand between.
// Not a fine "for each of them": each one fined that sum.
const RATE_TAIL = gated(/^\s+(?:for\s+every|for\s+each(?!\s+of\b)|per)\s+(?![\p{L}-]*\s*(?:cent|year|annum|person|defendant|convict|head)\b)/iu);
const CHARGED_WITH_LEAD = gated(/\b(?:charged|indicted)\s+(?:(?:him|her|them)\s+|(?:[\p{L}\d,-]+\s+){1,3})?with\s+(?:a\s+total\s+of\s+|some\s+|more\s+than\s+)?$/iu);
const CASES_ENDED_LEAD = gated(/\bconvictions?\s+(?:of\s+)?[^.;]{0,40}\bin\s+$|\b(?:verdicts|judge?ments|rulings|sentences)\s+(?:against|on)\s+[^.;]{0,40}\bin\s+$|\b(?:concluded|completed|finali[sz]ed)\s+(?:the\s+)?(?:pre-?trial\s+)?investigations?\s+(?:in|into)\s+$|\b(?:concluded|completed|finali[sz]ed|resolved|considered|(?:delivered|handed\s+down|issued|passed)\s+(?:verdicts|judge?ments|rulings|sentences)\s+in|(?:was|were)\s+completed\s+in)\s+(?:a\s+total\s+of\s+)?$/i);
// "During searches of Hsu's home and two offices", "during raids on two villas": places searched.
const SEARCHED_LEAD = gated(/\b(?:search(?:es)?\s+(?:of|on|at)|searched|raids?\s+on)\s+(?:a\s+total\s+of\s+)?(?:[\p{L}'’-]+['’]s\s+(?:home|house|residence|office|apartment|flat)\s+and\s+)?$/iu);
const BOOKED_LEAD = gated(/\bbooked\s+(?:a\s+total\s+of\s+|another\s+)?$/i);
/** People charged or investigated are no arrest: "21 were placed under formal investigation", "12 were served notices of suspicion". */
/** "The five people arrested on Tuesday have been charged": people charged after their arrest are still the arrest's count. */
const ARRESTED_SUBJECT = gated(/^(?:\s+[\p{L}-]+){0,3}?\s+(?:arrested|detained)\b/u);
// "another 214 people are under investigation".
const CHARGED_TAIL = gated(/^(?:\s+[\p{L}-]+){0,4}?\s+(?:(?:were|was|have\s+been|has\s+been)\s+(?:placed\s+under\s+(?:formal\s+)?investigation|served\s+(?:with\s+)?notices?|notified\s+of\s+suspicion|summoned|indicted|charged)|(?:are|is|remain)\s+(?:still\s+)?under\s+investigation)\b/iu);
/** "Eleven of the arrestees, including the mastermind, have been charged": a part of those arrested told by its charge, no new count. */
const CHARGED_PART = gated(/^\s+of\s+(?:them|those(?:\s+(?:arrested|detained))?|the\s+(?:arrestees|suspects|detainees|people\s+(?:arrested|detained)))\b[^.;]{0,60}?\b(?:have\s+been|has\s+been|were|was)\s+(?:also\s+|formally\s+|since\s+)?(?:charged|indicted)\b/iu);
/** "ran a P2P desk through a Telegram channel with 23,000 subscribers": a channel's audience, no count of the story's. */
const AUDIENCE_LEAD = gated(/\b(?:channels?|groups?|accounts?|pages?|profiles?|chats?|communit(?:y|ies)|bots?)\s+with\s+(?:a\s+combined\s+|a\s+total\s+of\s+)?(?:about\s+|around\s+|over\s+|more\s+than\s+|some\s+|nearly\s+|almost\s+)?$/i);
const AUDIENCE_TAIL = /^\s+(?:[\p{L}-]+\s+)?(?:subscribers|followers|members|views)\b/u;
/** "The prosecutor charged 29 of the detainees", "has charged 41 people detained in earlier raids": some of those held, charged. */
const CHARGED_OF_LEAD = gated(/\b(?:charged|indicted)\s+$/i);
const CHARGED_OF_TAIL = /^\s+(?:of\s+(?:them|those|the\s+(?:detainees|detained(?:\s+persons)?|arrested|suspects|arrestees))\b|(?:people|persons|suspects)\s+(?:detained|arrested)\b)/i;
/** What freezes or holds a sum: it awaits a court by its nature ("preserving assets worth ... pending court decisions"). */
const HELD_PENDING_LEAD = gated(/\b(?:preserv|freez|froze|restrain|attach|seiz|block|arrest)\w*\b[^.;]{0,60}$/i);
const LIMIT_AFTER = gated(/^\s+(?:(?!(?:for|of|in|on|by|to|from|and|or)\b)[\p{L}-]+\s+){0,3}(?:limit|cap|ceiling|threshold)s?\b/iu);
/** A settlement or fine still to be approved: "A separate $30 million settlement ... still needs the approval of a judge". */
const IN_SPAN_LEAD = /\b(?:in|within)\s+(?:only\s+|just\s+|a\s+mere\s+|under\s+|less\s+than\s+|barely\s+)?$/i;
const OPERATED_FOR = gated(/\b(?:operated|operating|ran|run|running|worked|functioned|existed|active|lasted)\s+(?:for\s+)?$/i);
const HELD_PENDING_TAIL = gated(/^[^.;]{0,60}?\b(?:frozen|preserved|restrained|seized|blocked|attached|arrested|held)\s+pending\b/i);
const PENDING_TAIL = gated(/^[^.;]{0,60}?\b(?:still\s+)?(?:needs?|requires?|awaits?|awaiting|pending|subject\s+to)\s+(?:the\s+)?(?:approval|court|judge)/i);
/** "21 people, 15 men and six women aged between 18 and 61": the men and women of a count said just before are its parts. */
const GENDER_SPLIT_LEAD = gated(/(?:\b(?:those|the)\s+(?:arrested|detained|convicted|sentenced|suspects|arrestees|detainees|accused|defendants)|\b(?:people|persons|suspects|individuals|arrestees|detainees))\s*,?\s*(?:comprising|consisting\s+of|including|among\s+them)?\s*(?:[\p{L}\d-]+\s+(?:men|women|males|females)\s+and\s+)?$/iu);
const GENDER_TAIL = gated(/^\s+(?:men|women|males|females)\b/i);
/** An estimate of analytics firms unnamed: "Blockchain analytics firms estimate that scam operators received ...". */
// "Analysts at blockchain intelligence firm Arkline estimate that ...": a firm of any name.
/** One victim's own loss is a story's illustration, no statistic: "One retired teacher from Faversham lost £212,000", "He said one man had lost his entire £187,000 pension pot", "lost her entire savings of £212,000". */
const ONE_VICTIM_LOSS = gated(/(?:(?:^|[.;:]\s+|,\s+)(?:One|A|An)|,\s+(?:a|an)(?=\s+(?:[A-Za-z-]+\s+){0,3}(?:victim|woman|man|retiree|pensioner|teacher|widow|widower|nurse|grandmother|grandfather|farmer)\b)|\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:one|a|an))\b[^.;]{0,120}?\b(?:victim|woman|man|retiree|pensioner|investor|teacher|resident|widow|widower|nurse|grandmother|grandfather|farmer|doctor|engineer|businessman|businesswoman|student|mother|father|couple|person|senior|customer|client)\b[^.;]{0,100}?\b(?:lost|sent|handed\s+over|transferred|paid|invested|deposited|was\s+(?:cheated|defrauded|scammed|swindled)\s+(?:out\s+)?of)\s+(?:(?:his|her|their)\s+(?:entire\s+|whole\s+)?(?:(?:life\s+)?savings\s+of\s+|pension\s+(?:pot\s+)?of\s+)?)?(?:(?:more\s+than|over|about|nearly|almost|around|some|roughly|at\s+least)\s+)?$/);
/** A victim's own loss in their words: "\"I lost $84,000, my whole savings,\" said one investor". */
/** One person's loss told of them by age or trade: "a 71-year-old widower from Bury said he lost £182,000", "Denise Pelletier, 69, of Saint-Hubert, who lost 240 000 $". */
// "an 83-year-old St. Cloud woman deposited $97,000", "the 78-year-old had deposited $31,000".
const ONE_PERSON_LOSS = gated(/(?:\b(?:a|an)\s+(?:\d{1,3}-year-old\s+)?(?:[A-Za-z.-]+\s+){0,3}(?:widower|widow|man|woman|couple|retiree|pensioner|teacher|schoolteacher|shopkeeper|driver|nurse|farmer|doctor|dentist|firefighter|engineer|grandmother|grandfather|mother|father|investor|victim|customer|client|player|resident)\b|\bthe\s+\d{1,3}-year-old\b|,\s*\d{2},\s+(?:of|from)\s+[^,.;]{2,40},\s+who)[^.;]{0,100}?\b(?:lost|invested|sent|handed\s+over|transferred|deposited)\s+(?:(?:his|her|their)\s+(?:entire\s+|whole\s+)?(?:(?:life\s+)?savings\s+of\s+))?(?:(?:more\s+than|over|about|nearly|almost|around|some|roughly|at\s+least)\s+)?$/);
/** "mostly in ¥10,000 notes", "in €500 bills": a banknote's denomination, no sum. */
const DENOMINATION_TAIL = gated(/^\s+(?:bank\s*)?(?:notes|banknotes|bills)\b/i);
/** "The largest single loss was £120,000", "the largest individual loss exceeded €410 000": one victim's loss. */
const LARGEST_LOSS = gated(/\b(?:largest|biggest|highest|greatest|single)\s+(?:single\s+|individual\s+)?loss\b[^.;]{0,80}$/i);
const FIRST_PERSON_LOSS = gated(/(?:^|["“]\s*|[.;:!?]\s+)(?:I|We)\s+(?:had\s+|have\s+)?(?:lost|sent|invested|paid|transferred|handed\s+over|put\s+in|got\s+back)\s+(?:(?:more\s+than|over|about|nearly|almost|around|some|roughly|at\s+least)\s+)?$/);
/** A stablecoin issuer's running total is its own, no enforcement figure: "Tether says it has frozen more than $3.2 billion". */
// "The T3 Financial Crime Unit, run by Tron, Tether and TRM Labs, says it has frozen ...": a unit the issuers run is theirs.
const ISSUER_TOTAL = gated(/\b(?:Tether|Circle|the\s+issuer|T3\s+(?:Financial\s+Crime\s+Unit|FCU))(?:,[^;.]{1,60}?,)?\s+(?:says|said|reports|reported|claims)\s+(?:that\s+)?it\s+(?:has|had)\s+(?:now\s+)?(?:frozen|blocked|helped\s+freeze)\b/i);
// "has now frozen more than $3.3 billion ... with over 290 law enforcement agencies in 62 countries", "since its launch".
const RUNNING_TOTAL = gated(/\bsince\s+(?:19|20)\d\d\b|\b(?:in\s+total|to\s+date|so\s+far|worldwide|globally)\b|\bhas\s+now\s+frozen\b|\bsince\s+(?:its|their)\s+(?:launch|creation|inception|founding)\b|\bagencies\s+in\s+(?:more\s+than\s+|over\s+)?\d+\s+countries\b/i);
/** A trade body's estimate is no enforcement figure: "The banking trade body UK Finance puts total fraud losses at £1.17bn". */
// "Industry bodies estimate that offshore platforms attract more than $100 billion": a trade's own estimate.
const TRADE_BODY = gated(/\b(?:[Tt]rade|[Ii]ndustry)\s+(?:body|bodies|associations?|groups?)\b/);
const ANALYTICS_UNNAMED = gated(/\b(?:analytics|intelligence|forensics?|analysis|research)\s+(?:firms?|companies|company|providers?)\b[^.;]{0,30}\b(?:estimates?|estimated|say|says|said|found|calculated|tracked)\b/i);
/** "ordered 27 of the suspects held in pre-trial detention": a part of those arrested kept in custody, no new count. */
// "ordered that the six suspects be held in custody": custody ordered for people already held.
const HELD_PART = gated(/^\s+of\s+(?:them|those|the\s+(?:suspects|detainees|accused|defendants|people\s+(?:arrested|detained)))\b[^.;]{0,20}\b(?:held|remanded|kept|placed|taken)\b|^\s+(?:[\p{L}-]+\s+){0,2}(?:be|remain)\s+(?:held|kept|placed|remanded)\s+(?:in|under|on)\s+(?:custody|detention|pre-?trial|remand)/iu);
/** "The court has chosen a preventive measure in the form of detention for the organiser and four other participants": custody of people held already, and its length. */
const RESTRAINT_MEASURE = gated(/\b(?:measures?\s+of\s+restraint|preventive\s+measures?|restraint\s+measures?)\s+in\s+the\s+form\s+of\s+(?:detention|custody|arrest|house\s+arrest|remand)\b/i);
/** "Five of the detainees, including the alleged leader, remain in pre-trial detention": those still held of people counted before. */
const PART_REMAINS_HELD = gated(/^\s+of\s+(?:them|those|the\s+(?:suspects|detainees|accused|defendants|people\s+(?:arrested|detained)))\b[^.;]{0,80}?\b(?:remain|remains|remained|are\s+still|were\s+kept|are\s+being\s+held)\s+(?:in|under)\s+(?:pre-?trial\s+)?(?:detention|custody)\b/iu);
/** The words after a figure up to the next number: "58 droppers, 41 criminal cases were sent to court" sent the cases. */
function ownTail(tail: string): string {
  const next = tail.search(/\d/);
  return next < 0 ? tail : tail.slice(0, next);
}

/**
 * False for figures under a plan, a possibility, a rule or a negation, and for prices and populations. A rule
 * word after the figure only counts against a hedged threshold ("transfers exceeding 500,000 tenge are subject to").
 */
export function isReported(text: string, figure: Figure): boolean {
  const [from, to] = clauseAround(text, figure.start, figure.end);
  // "- Maximum federal penalty for wire fraud: 20 years", "- New transaction cap: $5,000": a fact line's label says the
  // figure is the law's.
  // "- €1,000: the amount above which firms must verify ...", "$2.17bn: stolen ..., per a blockchain analytics firm's report":
  // a fact line's label, read before its figure, says it is a rule, a plan or someone else's estimate.
  if (from > 0 && text[from - 1] === ':') {
    const label = text.slice(Math.max(0, from - 200), from - 1);
    if (LAW_LABEL.test(label.slice(-120)) || LABEL_VOID.test(label.slice(label.lastIndexOf(':') + 1))) return false;
  }
  const lead = withoutPlaceClause(text.slice(from, figure.start), figure.start - from);
  // The patterns anchored at the figure need only the words just before it: a shorter string is a shorter scan.
  const near = lead.length > 100 ? lead.slice(-100) : lead;
  const tail = text.slice(figure.end, to);
  // "Exchange operations exceeding the equivalent of 1 000 US dollars require ...": a hedge a few words before still bounds.
  const threshold = figure.qualifier === 'more_than' || figure.qualifier === 'at_least' || figure.qualifier === 'up_to' || figure.qualifier === 'less_than'
    || EQUIVALENT_BOUND.test(near);
  // "The law limits new customers to $2,000 in deposits": a limit a rule sets.
  // "The orders require Helion to pay a civil monetary penalty of $150 million": what an order requires is imposed, no rule.
  // "Under the sanctions order, Mr. Mercer must pay $2.5-million": what an order says one must pay is imposed too.
  const underOrder = lead.includes('must') && UNDER_ORDER.test(text.slice(0, figure.start));
  const rule = OBLIGATION.test(lead.includes('require') || underOrder ? lead.replace(ORDER_REQUIRES, '').replace(underOrder ? MUST_PAY : /^$/, '') : lead) || (threshold && (OBLIGATION.test(tail.replace(RELATIVE_TAIL, '')) || THRESHOLD_CONSEQUENCE.test(tail))) || /\blimits\s+(?:[\p{L}-]+\s+){0,3}to\s+$/iu.test(near) || CONDITION_LEAD.test(near);
  // Most clauses hold no order: the plain substring test spares the costlier patterns.
  // "In order to secure compensation of damage, property worth 1.45 billion soms was arrested": a purpose, no order.
  const ordered = (lead.includes('order') && !/\bin\s+order\s+to\b/i.test(lead)) || lead.includes('agree');
  // "..., and to pay $31.7 million in restitution": the order may stand clauses before.
  // "... to pay $228 million in restitution ... and a $114 million civil monetary penalty": the sum its noun names a penalty is none.
  const restitution = !PENALTY_NOUN_AFTER.test(text.slice(figure.end, figure.end + 40)) && ((ordered && RESTITUTION_LEAD.test(near)) || RESTITUTION_ORDERS.test(near) || RESTITUTION_OF.test(near) || (RESTITUTION_TAIL.test(tail) && /\b(?:order|agree|to\s+pay)/i.test(text.slice(0, figure.start))));
  // "A court remanded seven of the suspects in custody": custody of people already arrested, no new count.
  // "the court applied 3-month pre-trial detention to 5 suspects": custody of people already detained.
  const heldPart = /\bbail\s+to\s+$/i.test(near) || (figure.unitKind === 'count' && PART_REMAINS_HELD.test(tail)) || (figure.unitKind !== 'money' && RESTRAINT_MEASURE.test(lead)) || (figure.unitKind === 'count' && PRETRIAL_LEAD.test(near)) || (ordered && HELD_PART.test(tail)) || (figure.unitKind === 'count' && (PLACED_IN_CUSTODY.test(tail) || (PRETRIAL.test(lead + tail) && PLACING.test(lead + tail) && !ARREST_VERB_BEFORE.test(near)))) || (figure.unitKind === 'count' && (/\bremanded\s+(?:the\s+)?(?:in\s+custody\s+)?$/i.test(near)
    || /^(?:\s+of\s+(?:them|those|these|whom|(?:the|his|her|their|its|those|these)(?:\s+[\p{L}-]+){1,2}))?\s+(?:were|was|have|has|had)\s+(?:already\s+|also\s+|since\s+)?(?:been\s+)?remanded\b/iu.test(tail)));
  // "11 were convicted and five were acquitted", "784 persons have already been deported": people let go are no count of
  // what was done to them. "Among the foreigners, 514 were Chinese, 187 Vietnamese": who they were is no count either.
  const letGo = figure.unitKind === 'count' && (LET_GO.test(tail) || LET_GO_AWAY.test(tail) || LICENCE_HELD_TAIL.test(tail) || SOUGHT_TAIL.test(tail) || PART_WAS.test(text.slice(figure.end, figure.end + 48)) || LET_GO_LEAD.test(near) || ((BREAKDOWN_OPENING.test(text) || BRACKET_OPEN.test(near)) && ATTRIBUTE_AFTER.test(text.slice(figure.end, figure.end + 100))) || MEMBERS_LEAD.test(near));
  // "received restriction of freedom for terms of 1 to 2 years", "or 12 weeks' jail in default": no term served in prison.
  const notImposed = letGo || (figure.unitKind === 'count' && PAID_BACK_TO.test(near)) || (figure.unitKind === 'money' && DISGORGEMENT_LEAD.test(near)) || (figure.unitKind === 'duration' && (IN_DEFAULT.test(tail) || DEMANDED_TAIL.test(tail) || IN_DEFAULT_LEAD.test(near) || PROCEEDING_LASTED.test(near) || (NON_CUSTODIAL.test(lead + tail) && !OWN_PRISON.test(tail)))) || DISGORGEMENT_TAIL.test(tail) || LAW_CONSEQUENCE_TAIL.test(tail) || (figure.unitKind === 'money' && (COSTS_TAIL.test(tail) || COSTS_LEAD.test(near)));
  const maximum = figure.qualifier === 'up_to' || UP_TO_NEAR.test(text.slice(Math.max(0, figure.start - 48), figure.start));
  const penalty = maximum && figure.unitKind !== 'count'
    && (PENALTY_CONTEXT.test(text.slice(0, figure.start)) || LAW_AFTER.test(text.slice(figure.end, figure.end + 60)));
  const perTransaction = threshold && TRANSACTION_LEAD.test(near);
  // "a first-degree felony when the loss is $150,000 or more": what a law's class is bounded by.
  const bounding = OR_MORE.test(text.slice(figure.end, figure.end + 16)) && /\b(?:of|worth|involving|valued\s+at|(?:loss|amount|value|sum)\s+(?:is|exceeds))\s+(?:\S+\s+)?$/i.test(near);
  // "jailed for a combined 31 years", "In total, the eight were sentenced to 36 years and nine months": no one's term.
  const deadline = figure.unitKind === 'duration' && (DEADLINE.test(text.slice(figure.end, figure.end + 24)) || SUMMED.test(text.slice(Math.max(0, figure.start - 24), figure.start)) || SUMMED_TERMS_LEAD.test(near)
    || (figure.valueHigh === null && IN_TOTAL.test(lead)));
  // "has sent 23 criminal cases against illegal exchangers to court": cases sent on, not opened.
  const referral = figure.unitKind === 'count' && (REFERRAL.test(text.slice(Math.max(0, figure.start - 32), figure.start)) || REFERRALS_AFTER.test(text.slice(figure.end, figure.end + 40)) || TO_COURT.test(ownTail(tail))
    || (SENDING_LEAD.test(near) && SENT_TO_COURT_TAIL.test(tail)) || SENT_TO_COURT_LEAD.test(near)
    || (REFERRED_LEAD.test(near) && TO_BODY.test(tail)));
  // "one MCI equals ₸4,325", "the base calculation value used to set fines has been 412,000 soums", "The base unit used to
  // calculate fines is currently Br 40": what a unit of account is worth, not a sum anyone paid.
  // A unit is a round sum: "100 million yuan", "KRW 10 million", "10,000 yen".
  const unitValue = figure.unitKind === 'money' && (UNIT_VALUE.test(near)
    || (figure.value / 10 ** Math.floor(Math.log10(figure.value)) === 1 && UNIT_NOTE_LEAD.test(text.slice(Math.max(0, figure.start - 60), figure.start))));
  // "liable to a fine of not less than N20 million": what the law makes an offender liable to.
  const liable = LIABLE.test(lead);
  // "Share sentenced to more than 5 years' imprisonment: 18.6%": the label of a share.
  const shareLabel = SHARE_LABEL.test(text.slice(figure.end, figure.end + 60));
  // "he has six years and 10 months left to serve", "credit for 14 months of pre-sentence custody": what remains of a term,
  // or was served before it.
  // "with a non-parole period of four years and two months": the least of a term to be served, no term of its own.
  // "The raid comes two months after a judge sentenced ...", "Six months later, ...": a span between events, no term.
  // "received a 15-year ban", "disqualified as a director for seven years": a ban's length, no term in prison.
  // "a crypto-to-cash desk that operated for more than two years": how long a thing ran.
  // "received 312 million pesos in only five months": the time a thing took.
  const partOfTerm = figure.unitKind === 'duration' && (LEFT_TO_SERVE.test(tail) || REDUCED_TO_TAIL.test(tail) || IN_SPAN_LEAD.test(near) || SERVED_LEAD.test(near) || SERVED_TAIL.test(tail) || /\bcredit\s+for\s+$/i.test(near) || NON_PAROLE.test(near) || OPERATED_FOR.test(near)
    || SPAN_BETWEEN.test(tail) || (SPAN_BEFORE_EVENT.test(tail) && !TERM_LEAD.test(near)) || BANNED_LEAD.test(near) || BAN_AFTER.test(tail));
  // "the rupee stood at Rs.295.60 against the US dollar": an exchange rate.
  // "A dollar exchanged for Sh129.2 on Tuesday": a currency's price.
  const exchangeRate = figure.unitKind === 'money' && (AGAINST_CURRENCY.test(tail) || CURRENCY_PRICED_LEAD.test(near));
  // "683 persons have been deported": people sent away are no count of an enforcement statistic.
  // "arrested 23 people and booked 41 others": people booked are charged, not held.
  // "Indictments were filed against 2,615 suspects": people charged, whatever the clause after says of others.
  // "51 persons prosecuted", "has so far licensed 11 online forex brokers": people prosecuted, firms licensed.
  // "ran a P2P desk through a Telegram channel with 23,000 subscribers": a channel's audience.
  const audience = figure.unitKind === 'count' && AUDIENCE_TAIL.test(tail) && AUDIENCE_LEAD.test(text.slice(Math.max(0, figure.start - 60), figure.start));
  const charged = figure.unitKind === 'count' && ((CHARGED_TAIL.test(tail) && !ARRESTED_SUBJECT.test(tail)) || CHARGED_PART.test(tail) || (CHARGED_OF_LEAD.test(near) && CHARGED_OF_TAIL.test(tail))
    || DEPORTED_TAIL.test(tail) || DEPORTATION_LEAD.test(near) || INDICTED_LEAD.test(near)
    || (/(?:^|,|\band)\s*$/i.test(near) && /^\s+(?:persons|people|suspects|individuals|defendants)\s+(?:were\s+)?prosecuted\b/i.test(tail))
    // "placed 31 others under investigation": France's mise en examen, people charged, not held.
    || (/\bplaced\s+$/i.test(near) && /^\s+(?:[\p{L}-]+\s+){0,2}under\s+(?:formal\s+)?investigation\b/iu.test(tail))
    // "sentenced four defendants for commercial and gang fraud in 1.512 cases": German courts count the offences of a
    // conviction, no cases opened.
    || (OFFENCES_IN_LEAD.test(near) && /^\s+cases\b/i.test(tail))
    // "investigators have named 9 persons as suspects", "the police named 5,418 suspects": Indonesia's tersangka, people
    // accused, not yet held (unless the text says they are: "named 7 suspects, all of them arrested").
    || (/\b(?:named|designated|declared|determined)\s+$/i.test(near) && /^\s+(?:[\p{L}-]+\s+){0,2}?(?:as\s+(?:the\s+)?)?suspects\b(?![^.;]{0,24}\b(?:arrested|detained|in\s+custody)\b)/iu.test(tail)) || /\blicensed\s+$/i.test(near) || (BOOKED_LEAD.test(near) && !figure.countedThings.includes('case')));
  // "on the accounts of 8 companies": the firms whose money is held; "emptied the accounts of 900 customers" counts victims.
  // "During the searches of a total of 6 properties, ... seized": the places searched, not things seized.
  const searched = figure.unitKind === 'count' && SEARCHED_LEAD.test(near);
  // "held by 27 companies and 58 individuals": more owners, but not the list's next item ("cards registered to "droppers" and two cars").
  const moreItems = /\band\s+$/.test(near) && figure.countedThings.length > 0 && !figure.countedThings.some((t) => t === 'person' || t === 'customer' || t === 'platform');
  const owners = figure.unitKind === 'count' && ((OWNERS_LEAD.test(near) && !moreItems) || (ACCOUNTS_OF.test(near) && !figure.countedThings.includes('customer')));
  // "preserving assets worth about Sh6.2 billion pending court decisions": what is frozen awaits a court by definition.
  // "₸5.2 billion on the accounts of suspects was frozen pending court decisions": held, not awaiting approval.
  const pending = figure.unitKind === 'money' && PENDING_TAIL.test(tail) && !HELD_PENDING_LEAD.test(near) && !HELD_PENDING_TAIL.test(tail);
  // "AUSTRAC has imposed a A$5,000 cash deposit limit": the sum names a limit, not a fine.
  const limitNamed = figure.unitKind === 'money' && LIMIT_AFTER.test(text.slice(figure.end, figure.end + 40));
  // "In 214 cases the passengers were carrying amounts above the threshold": how often, not cases opened; "concluded 9
  // enforcement cases", "delivered verdicts in 14 cases": cases ended, not opened.
  // "They were charged with a total of 37 offences": the charges laid, no cases opened.
  const howOften = figure.countedThings.includes('case') && (/(?:^|[,;:]\s*)in\s+$/i.test(near) || CASES_ENDED_LEAD.test(near) || CHARGED_WITH_LEAD.test(near));
  // "fewer than one in five complaints": a ratio, not a count; "a first sum, often €250": a typical amount, no total.
  // "After a first small deposit of 250 euros, the victims were shown ...": what each victim was asked for first.
  const ratio = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:in|out\s+of)\s+$|(?:^|[,(]\s*)(?:often|typically|usually|normally|generally)\s+(?:to\s+|at\s+)?$/i.test(text.slice(Math.max(0, figure.start - 16), figure.start))
    || (figure.unitKind === 'money' && FIRST_DEPOSIT_LEAD.test(near))
    // "a commission of Tk 150 to Tk 300 for every Tk 10,000 they handled", "RM500 per account": a rate, and the sum it is of.
    || (figure.unitKind === 'money' && (RATE_TAIL.test(text.slice(figure.end, figure.end + 40)) || /\b(?:for\s+every|for\s+each)\s+$/i.test(near)));
  // "Halcyon, which says it serves about 600,000 customers": what a company says of its own business.
  // "Hanbit, which has about 1.2 million users", "MB Way ... has more than 6 million users": a firm's customers now, told in
  // the present, are its business, not a scheme's.
  // The clause starts after its ", which": the words before it are read past that break.
  // "Te Rangi has 17 previous convictions": a person's record, no one convicted now.
  const record = figure.unitKind === 'count' && PREVIOUS_CONVICTIONS.test(text.slice(figure.end, figure.end + 40));
  const ownBusiness = figure.countedThings.includes('customer') && (SAYS_IT_HAS.test(near) || HAS_NOW.test(text.slice(Math.max(0, figure.start - 48), figure.start)));
  // "arrested more than 3,800 people, about 2,900 of them foreigners", "11 vehicles including four luxury cars": a part
  // of the count just said, not a count of its own.
  // "The suspects, among them nine foreign nationals, were picked up": who some of them were, not a count of its own.
  const subset = figure.unitKind === 'count' && ((/,\s*$/.test(near) && APPOSITIVE_PART.test(text.slice(figure.end, figure.end + 40)))
    || (INCLUDING_LEAD.test(text.slice(Math.max(0, figure.start - 60), figure.start)) && !figure.countedThings.includes('platform') && !figure.countedThings.includes('case')
      && !PART_SENTENCED.test(text.slice(figure.end, figure.end + 60)) && !partDone(text.slice(Math.max(0, figure.start - 12), figure.start), text.slice(figure.end, figure.end + 40)))
    || (NATIONALS_LEAD.test(near) && NATIONALS.test(text.slice(figure.end, figure.end + 40)))
    || (DEMONYM_AFTER.test(text.slice(figure.end, figure.end + 40)) && BY_NATIONALITY_LEAD.test(near.slice(-120))));
  // "a fine of up to twice the value of the property or Tk 10 lakh, whichever is greater": the law's penalty.
  // "a fine of 40.000 euros is imposed for each illegal terminal": what the law sets per unit.
  const lawAlternative = figure.unitKind !== 'count' && (WHICHEVER.test(text.slice(figure.end, figure.end + 40)) || PER_EACH_TAIL.test(text.slice(figure.end, figure.end + 48)));
  // "added 14 people and 5 companies to its List of Blocked Persons": names listed, nothing blocked or closed.
  const listed = figure.unitKind === 'count' && LISTING_VERB.test(lead) && PERSONS_LIST.test(tail);
  const genderPart = figure.unitKind === 'count' && GENDER_TAIL.test(text.slice(figure.end, figure.end + 10)) && GENDER_SPLIT_LEAD.test(near);
  // "articles ..., which provide for imprisonment for a term of 7 to 11 years", "punishable by up to 7 years, and when
  // committed by a group – for a term of 7 to 12 years": the range of terms (or fines) a law sets.
  const lawTerms = figure.unitKind !== 'count' && ((figure.qualifier === 'range' && LAW_TERMS.test(text.slice(0, figure.start))) || PUNISHABLE.test(text.slice(0, figure.start)) || LAW_CARRIES.test(lead) || (figure.unitKind === 'duration' && LAW_PROVIDES.test(text)));
  // "Up to five years in prison for illegal entrepreneurship": a maximum term no one was sentenced to is the law's.
  const lawMaximum = figure.unitKind === 'duration' && (MAXIMUM_SUBJECT.test(text) || (figure.qualifier === 'up_to' && !SENTENCED.test(text)) || AT_MOST.test(text.slice(Math.max(0, figure.start - 16), figure.start)) || AND_AT_MOST.test(text.slice(figure.end, figure.end + 24)));
  // "falsely claimed to be licensed" says nothing of the figures after it; "claimed to have closed 40 sites" does.
  const claimed = CLAIMED.test(near);
  // "The two arrested men were produced before a special court": people the text has counted already, named again.
  const namedAgain = figure.unitKind === 'count' && /\b[Tt]he\s+$/.test(near) && ARRESTED_AGAIN.test(text.slice(figure.end, figure.end + 40));
  // "the SPA intends to reduce ... the time ..., and to block an estimated 10,000 additional domains": an infinitive joined to a
  // plan's is planned too.
  const planned = TO_DO.test(lead) && /(?:^|,)\s*and\s*$/.test(text.slice(Math.max(0, from - 8), from)) && MODALITY.test(text.slice(0, from));
  // "Arcway will pay a $12 million civil penalty": a settlement's penalty is imposed, though still to be paid; only what
  // stands before its "will pay" can make it a possibility.
  const offered = figure.unitKind === 'money' ? SETTLED_PENALTY_LEAD.exec(near) ?? (PENALTY_TAIL.test(tail) ? SETTLED_LEAD.exec(near) : null) : null;
  const settled = offered && !CONDITION_TAIL.test(tail) ? offered : null;
  // "the court granted the SEC's request for emergency relief, freezing ...": a request granted is done.
  const settledLead = settled ? lead.slice(0, lead.length - near.length + settled.index) : lead;
  const grantedLead = GRANTED_HINT.test(settledLead) ? settledLead.replace(GRANTED_REQUEST, '') : settledLead;
  // "Under the plea agreement, Corvex will forfeit $684.2 million and pay a criminal fine of ...": what an agreement says
  // will be paid is agreed, no possibility.
  const agreedLead = /\b(?:will|shall)\b/.test(grantedLead) && AGREEMENT.test(text) && !CONDITION_TAIL.test(tail) ? grantedLead.replace(AGREED_PAYMENT, '') : grantedLead;
  // "The judgment, which may be appealed before the Appeals Chamber, also sentences eleven other defendants": a relative
  // clause closed before the figure's verb says nothing of its mood.
  const inRelative = /,\s*wh(?:ich|o)\s*$/.test(text.slice(Math.max(0, from - 12), from));
  const modalLead = inRelative ? agreedLead.replace(/^[^,;()]*,(?=[^,;]*$)/, ' ')
    : /\bwh(?:ich|o)\b/.test(agreedLead) ? agreedLead.replace(CLOSED_RELATIVE_ASIDE, ' ') : agreedLead;
  // "Kazakhstan, a country of about 20 million": a population (not "the court of the city of Shymkent ..., 8 members"). A
  // population is people: "cheated 160 people across the country of around Rs 21 crore" is a sum.
  const population = figure.unitKind === 'count' && POPULATION_LEAD.test(near);
  // "An earlier version of the Kenya item said 19 suspects had been arrested", "was wrongly given as 4,100": the figure a
  // correction takes back.
  const takenBack = CORRECTED.test(lead);
  // "2 years' imprisonment, suspended for 2 years": a suspended term is served by no one.
  // "3 years of imprisonment with a probation period of 2 years": the same.
  // "jailed for two years and three months, with the final 12 months suspended": a part suspended leaves the term imposed.
  const suspended = figure.unitKind === 'duration' && ((/^[^.;]{0,30}?,?\s+(?:suspended\b|with\s+(?:a\s+)?probation(?:ary)?\s+period\b)/i.test(tail) && !PART_SUSPENDED.test(tail)) || /\b(?:suspended\s+for|suspended\s+(?:prison\s+|jail\s+|custodial\s+)?(?:sentences?|terms?)\s+of|probation(?:ary)?\s+period\s+of)\s+$/i.test(near)
    || /^['’]?\s*(?:of\s+)?(?:home\s+detention|house\s+arrest|community\s+(?:service|order|detention)|probation|supervised\s+release|restricted\s+freedom|restriction\s+of\s+(?:liberty|freedom))\b/i.test(tail));
  // "Two accomplices are awaiting sentencing", "the base penalty was $3.7 million": not yet, or not imposed.
  const notYet = AWAITING.test(tail) || (figure.unitKind === 'count' && PLEADED_ONLY.test(tail)) || STATUTORY_PENALTY.test(lead) || (figure.unitKind === 'money' && REDUCED_FROM.test(near));
  // "..., a figure the EFCC has not confirmed": someone else's unconfirmed number.
  const unconfirmed = UNCONFIRMED_TAIL.test(tail);
  // "rent machines for between KSh 2,000 and KSh 150,000": a sum between two bounds is a price (a term is not).
  // "a membership package of between Rwf50,000 and Rwf2 million": what a scheme's packages cost.
  // "Police estimated the street value of the drugs seized at $1.6m": what drugs would sell for, no sum seized.
  const streetValue = figure.unitKind === 'money' && /\bstreet\s+value\b[^.;]{0,60}$/i.test(near);
  const priceRange = figure.unitKind === 'money' && /\b(?:for|at|(?:packages?|plans?|tiers?|slots?)["”]?\s+(?:\p{Ll}+\s+)?(?:of|costing|priced\s+at))\s+between\s+$/iu.test(near);
  // The licensed market's venues and sums are no enforcement figures; the people sentenced for a platform "licensed by" no one are.
  // Money returned to victims through licensed venues is still returned: "including about 1,4 million USDT paid out through
  // AIFC-licensed exchanges".
  // "..., up from 37 in 2024, as the nation tries to push crypto trading onto licensed platforms": not in a clause of reason after it.
  const licensedMarket = !figure.countedThings.includes('person') && LICENSED_MARKET.test(withoutReasonAfter(text.slice(from, to), figure.end - from)) && !FINES_LEAD.test(lead)
    // "licensed operators have paid £8.6 million in penalties": what licensed firms paid as penalties is enforcement.
    && !PAID_AS_PENALTY.test(tail)
    && !RETURNED_TO.test(text.slice(0, to));
  // "losses of EUR 18.7 million were prevented", "spared victims about $285 million in further losses": harm that did not happen.
  const prevented = figure.unitKind === 'money' && (/prevent|avert|spared|repelled/.test(lead) || tail.includes('prevent') || tail.includes('avert'))
    && (PREVENTED_LEAD.test(near) || PREVENTED_TAIL.test(tail));
  return !prevented && !audience && !limitNamed && !record && !planned && !namedAgain && !howOften && !takenBack && !liable && !shareLabel && !partOfTerm && !exchangeRate && !population && !suspended && !notYet && !unconfirmed && !priceRange && !licensedMarket && !claimed && !ratio && !ownBusiness && !subset && !lawAlternative && !listed && !deadline && !referral && !unitValue && !genderPart && !charged && !searched && !streetValue && !owners && !pending && !lawTerms && !lawMaximum && !rule && !restitution
    && !heldPart && !notImposed && !penalty
    && !bounding && !perTransaction && !analyticsEstimate(text) && !ANALYTICS_UNNAMED.test(lead) && !TRADE_BODY.test(lead) && !(ISSUER_TOTAL.test(text.slice(0, figure.start)) && RUNNING_TOTAL.test(text)) && !(figure.unitKind === 'money' && (ONE_VICTIM_LOSS.test(text.slice(0, figure.start)) || FIRST_PERSON_LOSS.test(text.slice(0, figure.start)) || ONE_PERSON_LOSS.test(lead) || LARGEST_LOSS.test(near) || DENOMINATION_TAIL.test(tail))) && !(MODALITY.test(modalLead) && !DONE_TAIL.test(tail)) && !(TARGET_WORD.test(near) && TARGET.test(near))
    && !(WARRANT.test(near) && !EXECUTED_WARRANT.test(near)) && !PRICE_LEAD.test(near) && !(figure.unitKind === 'money' && FEE_PRICE.test(near)) && !(figure.unitKind === 'money' && (PAID_TO_DO.test(tail) || (TASK_TAIL.test(tail) && PAID_FOR_TASK_LEAD.test(near)))) && !FUTURE_TAIL.test(tail) && !NEGATION.test(near) && !isDistractor(withoutAverageAfter(outsideAsides(text, from, to, figure), figure.end - from), figure.unitKind === 'money');
}

/**
 * Background a story gives around its figures: a correction's earlier version, remittances, surveys, "one of the world's
 * largest crypto markets" (not the customers "receiving remittances from the Gulf"). Rare words, so a plain test of them spares the pattern's scan of most clauses.
 */
// A legal market's size too: "the number of users of domestic virtual asset exchanges stood at 7.78 million", "7.1 million
// active mobile money users", "about 1.1 million verified clients", "local crypto investors reached 16.3 million".
const BACKGROUND_TALK = gated(/\b(?:estimates?\s+that\s+the\s+country\s+has|earlier\s+version\s+of\s+this|workers['’]?\s+remittances|remittance\s+inflows|(?<!\breceiv\w*\s+)remittances\s+from|according\s+to\s+(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,3}(?:survey|poll|study)|(?:among|one\s+of)\s+the\s+(?:world|region|continent)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:largest|biggest|most\s+active|fastest[- ]growing)|number\s+of\s+(?:[\p{L}-]+\s+){0,2}(?:users|investors|customers|clients)\s+of\s+(?:domestic|local|licensed|registered|regulated|won-based)\b|\bactive\s+mobile\s+money\s+(?:users|subscribers)\b|(?:local|domestic|retail)\s+crypto\s+investors\b|\bverified\s+(?:users|clients|customers)\b)/iu);
const BACKGROUND_HINT = gated(/version|remittance|survey|poll|study|world|region|continent|country|users|investors|customers|clients/i);

/** Whether a clause speaks of prices, populations or markets; asked for each figure of a clause in turn, so the last answer is kept. */
function isDistractor(clause: string, money: boolean): boolean {
  if (lastDistractor.clause !== clause) {
    // "Jalen Price, 25, of Riverdale, was sentenced": a name is no price.
    const distractor = DISTRACTOR.test(clause.includes('Price') ? clause.replace(SURNAME_PRICE, ' ') : clause) || (MARKET_HINT.test(clause) && MARKET_TALK.test(clause))
      || (BACKGROUND_HINT.test(clause) && BACKGROUND_TALK.test(clause));
    lastDistractor = { clause, distractor, rate: /\brate\b|\b(?:dollar|euro|pound|greenback|yuan|rouble|ruble)\b/i.test(clause) && RATE_TALK.test(clause) };
  }
  return lastDistractor.distractor || (money && lastDistractor.rate);
}
let lastDistractor = { clause: '', distractor: false, rate: false };
// "ordered Price to forfeit 38.6 BTC", "Price was sentenced": a capital "Price" is a name, unless price words follow it.
const SURNAME_PRICE = /\bPrice\b(?!\s+(?:of|at|per|tag|caps?|index|indices|list|range|war|hikes?|rises?|falls?|drops?|increases?|levels?|data|movements?|action)\b)/gu;

/** The clause without what it says of an average after the figure (`at`, an offset into the clause). */
function withoutAverageAfter(clause: string, at: number): string {
  if (!clause.includes('average')) return clause;
  const after = clause.slice(at).replace(AVERAGE_AFTER, '');
  return clause.slice(0, at) + after;
}

/**
 * The clause without the brackets the figure is not in: "(about $115 million at the average annual rate)" tells how a
 * figure was converted, and its "average" makes no other figure of the clause a statistic's average.
 */
function outsideAsides(text: string, from: number, to: number, figure: Figure): string {
  const clause = text.slice(from, to);
  if (!clause.includes('(')) return clause;
  return clause.replace(/\([^()]*\)/g, (aside, at: number) =>
    (from + at <= figure.start && figure.end <= from + at + aside.length ? aside : ' '.repeat(aside.length)));
}

/** A request or application a court granted: its words ("request for", "sought by") make no figure a possibility. */
const GRANTED_HINT = gated(/grant|approv|allow|accept|upheld/i);
const GRANTED_REQUEST = /\b(?:granted|approved|allowed|accepted|upheld)\b[^.;]{0,60}?\b(?:request(?:s|ed)?(?:\s+for)?|applications?|motions?|petitions?|(?:orders?|injunctions?)\s+sought)\b/giu;
/** "The court placed nine of the suspects in pre-trial detention": some of those held kept in custody, no new count. */
// "placed five of the arrestees on a five-day remand".
const PLACED_IN_CUSTODY = gated(/^\s+of\s+(?:them|those|the\s+[\p{L}-]+)\s+(?:(?:remain|stay|be\s+kept|be\s+held)\s+)?(?:(?:in|under)\s+(?:pre-?trial\s+detention|custody|house\s+arrest)|on\s+(?:an?\s+)?(?:[\p{L}\d-]+\s+){0,2}remand)\b/iu);
/** Custody ordered for people already held: "placed seven of the suspects under preventive arrest", "were placed in pretrial detention". */
// Polish courts apply "temporary arrest" (tymczasowe aresztowanie) to suspects already detained.
// "applied imprisonment as a measure of restraint against 21 accused": custody before trial, as Georgian and Russian courts name it.
const PRETRIAL = gated(/\b(?:pre-?trial|preventive|preventative)\s+(?:detention|arrest|custody)\b|\btemporary\s+arrest\b|\bmeasures?\s+of\s+restraint\b/i);
// "agreed to the prosecutor's request to place the three suspected leaders in pre-trial detention".
const PLACING = gated(/\b(?:placed|place|placing|remanded|kept|ordered|chose|applied)\b/i);
const ARREST_VERB_BEFORE = gated(/\b(?:arrested|detained|apprehended|nabbed|caught)\s+(?:the\s+|a\s+total\s+of\s+)?$/i);
const PRETRIAL_LEAD = gated(/\b(?:pre-?trial\s+detention|measures?\s+of\s+restraint)\b[^.;]{0,40}?\b(?:against|to|for|on|of)\s+(?:the\s+|all\s+)?$/i);
const LABEL_VOID = /\b(?:above|below|over|under)\s+which\b|\b(?:prevented|averted|proposed)\b|\bmust\b|\b(?:wants?|plans?|aims?|seeks?|hopes?)\s+to\b|\bseeking\b|\b(?:analytics|security|research|intelligence)\s+(?:firm|company)|\bindustry\s+(?:data|estimates?|figures)\b|\bestimates?\s+of\b|\b(?:median|average|mean)\b/i;
const LAW_LABEL = gated(/\b(?:maximum|minimum|cap|limit(?!s?[-\s]+(?:violations?|breach(?:es)?)\b)|threshold|ceiling|punishable|penalty\s+for\s+\p{L}+ing|(?:prison|sentencing|penalty)\s+range)\b[^.;:]*$/iu);
const UNDER_ORDER = gated(/\b(?:[Uu]nder|[Bb]y)\s+(?:the|its|a|this|that)\s+(?:[\p{L}-]+\s+){0,2}(?:orders?|judg?ments?|decrees?|settlements?|decisions?|rulings?|verdicts?)\b/u);
const MUST_PAY = /\bmust\s+(?=(?:pay|forfeit|surrender|disgorge)\b)/g;
// "money laundering involving more than VND500 million can draw up to 15 years": what the law makes of sums above it.
// "transactions exceeding PHP 500,000 within one banking day": a bound per day is a rule's.
// "fraud involving more than NT$500 million is punishable by three to 12 years", "laundering of more than RMB 5 million as
// \"serious circumstances\"", "those who obtain more than NT$100 million through fraud face prison terms": a law's bound.
/** "where the proceeds of the crime reach NT$ 100 million, the penalty is ...": the sum a law's condition names, in the present. */
const CONDITION_LEAD = gated(/\b(?:where|when|once)\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:proceeds|amount|sum|value|damage|loss|losses|turnover|funds)\b[^.;,]{0,40}?\b(?:reach(?:es)?|exceeds?|surpass(?:es)?|tops?|(?:is|are)\s+(?:more|greater|higher)\s+than)\s+$/iu);
const THRESHOLD_CONSEQUENCE = gated(/^[^.;]{0,40}?\b(?:can|could|may|might|will|would|shall)\s+(?:draw|carry|attract|bring|result\s+in|lead\s+to|mean|incur)\b|^[^.;]{0,60}?\b(?:(?:is|are)\s+punishable|as\s+["“]?serious\s+circumstances|face\s+(?:prison|jail)\s+terms?|carries\s+(?:a\s+)?(?:prison|jail)|attracts\s+(?:a\s+)?(?:prison|jail|minimum))\b|^\s+(?:with)?in\s+(?:one|a|a\s+single)\s+(?:banking\s+|business\s+|calendar\s+)?day\b/i);
// "..., none of whom were identified as the law requires": a relative clause about others sets no threshold on the figure.
const RELATIVE_TAIL = /,\s*(?:(?:none|all|some|most|many|each|several)\s+of\s+(?:whom|which)|who|whose)\b.*$/is;
const ORDER_REQUIRES = /\b(?:orders?|judgments?|judgements?|decrees?|settlements?|agreements?|decisions?|rulings?|verdicts?)\s+(?:also\s+)?requires?\s+[^.;]{1,60}?\bto\s+(?=(?:pay|forfeit|surrender|disgorge)\b)/giu;
// "By the court's decision, the following will be turned to state revenue:": what a ruling says will be done is done.
const AGREEMENT = gated(/\b(?:plea\s+(?:agreement|deal)|settlement|consent\s+(?:order|decree|agreement)|(?:deferred|non)[-\s]prosecution\s+agreement|under\s+which|[Uu]nder\s+the\s+agreement|[Bb]y\s+(?:the\s+)?(?:court['’]s\s+)?(?:decision|verdict|ruling|judg?ment)(?:\s+of\s+the\s+court)?)\b/i);
/** "... if the court approves the settlement": a payment still on a condition. */
const CONDITION_TAIL = /\b(?:if|unless|once|provided|subject\s+to|pending)\b/i;
const AGREED_PAYMENT = /\b(?:will|shall)\s+(?:also\s+)?(?=(?:pay|forfeit|be\s+(?:turned|transferred|confiscated|forfeited))\b)/gi;
const SETTLED_LEAD = gated(/\bwill\s+pay\s+(?:an?\s+)?$/i);
const PENALTY_TAIL = gated(/^\s+(?:[\p{L}-]+\s+){0,2}(?:penalty|fine)\b/iu);
const SETTLED_PENALTY_LEAD = gated(/\bwill\s+pay\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:penalty|fine)\s+of\s+$/iu);
const RETURNED_TO = gated(/\b(?:returned|refunded|repaid|paid\s+out|compensated)\b/i);
// "are liable on conviction to a fine of not less than N20 million", "is liable, upon conviction, to".
const LIABLE = gated(/\b(?:are|is|be|being|shall\s+be|will\s+be|become)\s+liable\s+(?:,?\s*(?:on|upon)\s+(?:summary\s+)?conviction,?\s+)?(?:to|for)\b/i);
const SHARE_LABEL = /^[^.;:]{0,40}:\s*[\d.,]+\s?%/;
// "to be released after 18 months on a recognizance order": the part of a term served before release.
// "the starting point on a single offence is 7 years' custody": where a judge's reckoning starts, no term imposed.
const NON_PAROLE = gated(/\b(?:(?:non-?parole\s+periods?|minimum\s+(?:non-?parole\s+)?(?:periods?|terms?)(?:\s+of\s+imprisonment)?)\s+of|released\s+after)\s+(?:\p{L}+\s+)?$|\bstarting\s+point\b[^.;]{0,60}\b(?:of|is|was|at)\s+$/iu);
/** "sentenced ... to 10 years in prison each, reduced by one third to 6 years and 8 months because they confessed": the term
 * imposed is the one it was reduced to. */
const REDUCED_TO_TAIL = gated(/^[^.;]{0,40}?\b(?:reduced|halved|commuted|cut)\s+(?:by\s+(?:half|(?:one|a)[-\s](?:third|half|quarter)|\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent))\s+)?to\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b)/i);
const LEFT_TO_SERVE = gated(/^\s+(?:left|remaining|still)\s+to\s+serve\b/i);
/** Time already in custody, credited, or left: "had spent 14 months in remand", "credit of 14 months", "leaving 58 months to serve". */
const SERVED_LEAD = gated(/\b(?:spent|credit\s+(?:of|for)|credited\s+(?:as|with)|leaving)\s+(?:(?:about|almost|nearly|some|over|more\s+than)\s+)?$/i);
// "five years and six months remain to be served", "14 months in remand", "seven years of the money laundering sentence run
// concurrently".
const SERVED_TAIL = gated(/^\s+(?:(?:in|on)\s+(?:remand|pre-?(?:sentence|trial)\s+(?:custody|detention))|(?:remain|remains)\s+to\s+be\s+served|to\s+serve)\b|^\s+of\s+(?:the|his|her|their|that)\s+[^.;]{0,40}?\bsentences?\s+(?:to\s+)?run\s+concurrently\b/i);
const CURRENCY_PRICED_LEAD = gated(/\b(?:a|one|the|each)\s+(?:US\s+|U\.S\.\s+)?(?:dollar|euro|pound|rouble|ruble|yuan|dirham|riyal|rupee|tether|bitcoin)\s+(?:exchanged|traded|sold|bought|fetched|was\s+worth|cost|equalled|equaled)\s+(?:for\s+|at\s+)?(?:about\s+|around\s+|some\s+)?$/i);
const AGAINST_CURRENCY = gated(/^\s+(?:against|to)\s+the\s+(?:US\s+|U\.S\.\s+|American\s+)?(?:dollar|euro|greenback|pound)\b/i);
/** What a sum was paid as, right after it: "MAD 86,4 million in settlement fines", "£8.6 million in penalties". */
export const PAID_AS_PENALTY = gated(/^\s+in\s+(?:[\p{L}-]+\s+)?(?:fines|penalties|settlements)\b/iu);
const PENALTY_NOUN_AFTER = gated(/^\s+(?:[\p{L}-]+\s+){0,2}(?:penalty|fine)\b/iu);
const RESTITUTION_ORDERS = gated(/\b(?:restitution|compensation)\s+(?:orders?|payments?)\b[^;]{0,30}$/i);
/** "prosecutors sent to court 14 criminal cases": cases sent on, the verb and the court before them. */
const SENDING_LEAD = gated(/\b(?:sent|referred|submitted|forwarded|handed\s+over|transferred)\s+(?:a\s+total\s+of\s+|some\s+|more\s+than\s+)?$/i);
const SENT_TO_COURT_TAIL = gated(/^[^.;]{0,60}?\bto\s+(?:the\s+)?(?:courts?|prosecutors?|prosecution|(?:[\p{L}'’-]+\s+){0,2}(?:attorney|attorney['’]s\s+office))\b/iu);
const SENT_TO_COURT_LEAD = gated(/\b(?:sent|referred|submitted|forwarded|handed)\s+(?:over\s+)?to\s+(?:the\s+)?courts?\s+$/i);
// Not "In the previous report, covering July 2023 to December 2024, MAS imposed ...": a period's report, no correction.
const CORRECTED_SOURCE = /\b(?:corrections?|corrigendum)\s*[:\u2014\u2013-]|\b(?:earlier|first|initial|previous|original)\s+(?:version|announcement|report|item|entry|story|release)\b(?!,\s*(?:covering|for)\b)|\b(?:wrongly|incorrectly|erroneously|mistakenly)\b|\b(?:was|were)\s+given\s+as\b|\b(?:last\s+week['’]s|yesterday['’]s|an?\s+(?:earlier|previous))\s+(?:issue|edition|newsletter|article|story|item)\s+(?:said|stated|reported|gave)\b/i;
const CORRECTED = gated(CORRECTED_SOURCE);
const CORRECTED_ALL = new RegExp(CORRECTED_SOURCE.source, 'gi');
/** The sentence with a correction's words blanked: what the correction takes back, read as it was first told. */
export function asFirstTold(text: string): string {
  return text.replace(CORRECTED_ALL, (m) => ' '.repeat(m.length));
}
const POPULATION_LEAD = gated(/\b(?:country|city|city-state|nation|town|island|region)\s+of\s+$/i);
/** "imposed fines totalling R$ 41.3 million on licensed operators": fines on licensed firms are enforcement figures still. */
const FINES_LEAD = gated(/\b(?:fine[sd]?|fining|penalt(?:y|ies))\b/i);
// "royalties from legal operators": the legal market's own figures.
// "never registered with FinCEN or licensed by the New York State Department ...": a licence denied names no licensed market.
const LICENSED_MARKET = gated(/\b(?:licensed|authori[sz]ed|[Ll]egal)\s+(?:(?:betting|gaming|gambling)\s+)?(?:venues|providers|exchanges|platforms|operators|companies|bookmakers)\b|(?<!\b(?:since|beginning\s+of|start\s+of|launch\s+of)\s+(?:the\s+)?)\b(?:licensed|authori[sz]ed|[Ll]egal|regulated)\s+(?:(?:online|betting|gaming|gambling)\s+){1,2}(?:market|sector|industry)\b(?!\s+(?:came|comes|began|begins|took|started|opened|was\s+(?:launched|opened)))|(?<!\b(?:never|not|nor)\b[^.;]{0,100})\blicensed\s+by\b|\broyalties\s+from\s+(?:the\s+)?legal\s+operators\b/i);
const UNCONFIRMED_TAIL = gated(/\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:confirmed|verified)|unconfirmed|unverified)\b/i);
// "has 36 cases awaiting trial": a count not yet tried.
// "blocking orders for another 300 sites were under process": orders not yet made.
const AWAITING = gated(/^(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:are|is|were|was|remain)\s+(?:still\s+)?)?awaiting\s+(?:sentenc|trial)|^(?:\s+[\p{L}-]+){0,3}?\s+(?:are|is|were|was|remain|remained)\s+(?:still\s+)?(?:under\s+process|in\s+process|being\s+processed|under\s+consideration|pending)\b/iu);
/** "Four co-defendants have pleaded guilty.": a plea with no sentence told is no one sentenced yet. */
// "Six of the other detainees pleaded guilty and will be sentenced in January": a plea, no sentence yet.
const PLEADED_ONLY = gated(/^(?:\s+[\p{L}-]+){0,3}?\s+(?:have|has|had)\s+(?:also\s+|previously\s+|already\s+)?pleaded\s+guilty\b(?![^.;]*\b(?<!awaiting\s+)(?:sentenc|jailed|imprison))|^(?:\s+[\p{L}-]+){0,4}?\s+pleaded\s+guilty\s+and\s+(?:will\s+be|are\s+(?:due|set|scheduled|expected)\s+to\s+be|(?:are\s+)?awaiting)\s+sentenc/iu);
/** "The penalty was reduced by 30% ... from €6m": the figure before a discount, not the one imposed. */
const REDUCED_FROM = gated(/\b(?:reduced|discounted|lowered|cut)\b[^.;]{0,90}\bfrom\s+$/i);
const STATUTORY_PENALTY = gated(/\b(?:base|statutory(?:\s+maximum)?)\s+(?:civil\s+)?(?:monetary\s+)?penalty\b/i);
/** "the arrest of more than 2,400 people and the deportation of some 1,100 foreign nationals": people sent away. */
const DEPORTATION_LEAD = gated(/\b(?:deportation|deporting|deported|repatriation\s+of|repatriating|repatriated|expulsion\s+of|expelled)\s+(?:of\s+)?(?:a\s+total\s+of\s+|another\s+|the\s+)?$/i);
// "112 expatriates convicted in fraud cases had been deported".
const DEPORTED_TAIL = gated(/^(?:\s+(?!who\b|that\b)[\p{L}-]+){0,6}?\s+(?:have\s+been|has\s+been|had\s+been|were|was)\s+(?:later\s+|subsequently\s+|since\s+)?(?:deported|repatriated|released|transferred\s+to\b[^.;]{0,60}\bdeport)/iu);
const CLAIMED = gated(/\bclaim(?:s|ed)?\s+to\s+(?:have\s+)?(?:[\p{L}-]+\s+){0,2}$/iu);
// "Transactions exceeding 1,000 MCI (3,932,000 tenge in 2025)": the bound in units of account, then its value in brackets.
const EQUIVALENT_BOUND = gated(/\b(?:exceeding|above|over|more\s+than|in\s+excess\s+of|below|under|less\s+than)\s+(?:the\s+equivalent\s+of|an\s+amount\s+of|[\d\s\u00A0,.]+\s*(?:MCI|MRP|monthly\s+calculation\s+ind(?:ex|ices))\s*\(\s*(?:about\s+|approximately\s+)?)\s*$/i);
const HAS_NOW = gated(/(?:\bwhich|\bthat|,)\s+(?:now\s+|currently\s+|still\s+)?(?:has|serves|counts)\s+(?:about|around|some|nearly|more\s+than|over|roughly|almost)?\s*$/i);
const SAYS_IT_HAS = gated(/\bsays?\s+(?:it|they)\s+(?:(?:now|currently|still)\s+)?(?:has|have|serves?|had|counts?)\s+(?:about|around|some|nearly|more\s+than|over|roughly)?\s*$/i);
/** "about 2,900 of them foreigners": a part of the count before, in apposition (not "418 of them were charged"). */
const APPOSITIVE_PART = gated(/^\s+of\s+(?:them|whom)\s+(?:\p{Lu}\p{L}+|(?:wo)?men\b|children\b|(?!(?:were|was|has|is)\b)(?:[\p{L}-]+\s+)?[\p{L}-]+s\b)/u);
/** "11 vehicles including four luxury cars", "27 people, including 9 women": a count right after another, including it (not a sum's "including 11 apartments"). */
const NATIONALS_LEAD = gated(/[,(]\s*(?:among\s+them|including)\s+$/);
/** People counted, then told apart by nationality in apposition: "sentenced 11 people, eight Chinese and three Cambodians, to ...". */
const BY_NATIONALITY_LEAD = /\b(?:\d[\d,.]*|[\p{L}-]+)\s+(?:people|persons|suspects|defendants|accused|foreigners|foreign\s+nationals|individuals|men|women),\s+(?:[\p{L}\d-]+\s+(?:\p{Lu}[\p{L}-]*|citizens|residents|nationals|locals|foreigners),\s+)*(?:[\p{L}\d-]+\s+(?:\p{Lu}[\p{L}-]*|citizens|residents|nationals|locals|foreigners)\s+)?(?:and\s+)?$/u;
// "convicting 7 defendants, 4 citizens and 3 residents": told apart by residence as by nationality.
const DEMONYM_AFTER = /^\s+(?:\p{Lu}[\p{L}-]+(?:\s+(?:nationals|citizens))?|citizens|residents|nationals|locals|foreigners|expatriates)\s*(?:,|and\b|\))/u;
const NATIONALS = gated(/^\s+(?:foreigners|foreign\s+(?:nationals|citizens)|(?:\p{Lu}\p{L}+\s+)?(?:nationals|citizens))\b/u);
const INCLUDING_LEAD = gated(/(?:\d[\d,.]*|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|\p{L}+teen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|dozen))\s+(?!(?:mln|million|billion|bn|crore|lakh|thousand|trillion)\b)(?:[\p{L}-]+\s+){0,5}?(?:[\p{L}-]+s|people|men|women|children|community|group|network|gang|ring),?\s+(?:including|among\s+them|of\s+which|of\s+whom)\s+(?:(?:the|their|its)\s+)?(?:\p{L}+['’]s\s+)?$/u);
// "offering up to Rs. 12 more for each US dollar than the banks": a rate, no sum.
const PER_EACH_TAIL = gated(/^\s+(?:(?:is|are)\s+(?:imposed|payable|charged|levied|due)|more|less)\s+(?:for|on|per)\s+(?:each|every)\b/i);
const LISTING_VERB = gated(/\b(?:added|adds|adding|included|includes|including|placed|put)\b/i);
const PERSONS_LIST = gated(/\b(?:to|in|on)\s+(?:its|the|their)\s+(?:List\s+of\s+Blocked\s+Persons|Blocked\s+Persons\s+List|sanctions\s+list|warning\s+list)\b/i);
const WHICHEVER = gated(/^[^.;]{0,30}\bwhichever\s+is\s+(?:greater|higher|more|larger|less|lower)\b/i);
/** A maximum in law, however far back its verb: "punishable by up to seven years, and illegal entrepreneurship by up to five years". */
// "A draft ordinance ... proposes up to 10 years' imprisonment": a law not yet passed is a law's maximum too.
// "its penalties reach up to 15 years' imprisonment": what the law's penalties reach.
const PENALTY_CONTEXT = /\b(?:establish(?:es|ed)?|prescribes?|stipulates?|envisages?|sets?\s+out)\s+(?:[\w-]+\s+)?(?:penalt(?:y|ies)|prison\s+terms?|sentences?|fines?|imprisonment)\b|\bpenalt(?:y|ies)\s+(?:can\s+)?(?:reach(?:es)?|extends?|go(?:es)?)\b|\b(?:punishable|punished|propos(?:es|ed|al)|draft|threat(?:ened)?\s+(?:of|with)|authori[sz]es?|provides?\s+for|allows?|entails?|attracts?|carr(?:y|ies|ying)|fac(?:e|es|ing)|maximum|liable|liability|fines?\s+of\s+(?:up\s+to|as\s+much\s+as))\b|\bfines?\s+of\s+$/i;
/** Material handed to others is a referral, not a count of one's own cases: "materials on 38 cases were sent to law enforcement". */
// "sent 912 case referrals": cases handed on, not opened.
const REFERRALS_AFTER = gated(/^\s+(?:[\p{L}-]+\s+){0,2}referrals\b/iu);
const REFERRAL = gated(/\b(?:materials|information|data)\s+(?:on|about|regarding|concerning)\s+$/i);
/** Cases or people sent on to court or prosecutors are another stage's count: "six criminal cases ... had been sent to court", "referred 127 cases to the cantonal prosecution authorities". */
const TO_COURT = gated(/\b(?:sent|referred|submitted|forwarded|handed)\s+(?:over\s+)?to\s+(?:the\s+)?(?:courts?\b|(?:[\p{L}-]+\s+){0,2}judgeship\b|(?:[\p{L}-]+\s+){0,2}(?:prosecut\p{L}*|prosecution\s+authorities))/iu);
/** "FINMA referred 127 cases to the cantonal prosecution authorities": the verb before, the body after. */
const REFERRED_LEAD = gated(/\b(?:sent|referred|submitted|forwarded|handed|transferred|reported)\s+(?:over\s+)?$/i);
// "referred 34 cases to An Garda Síochána", "to the police": the police's cases to open, not the referrer's; "sent 118 case
// files on suspected money laundering to law enforcement agencies": what the cases are about may stand between.
const TO_BODY = gated(/^(?:\s+[\p{L}-]+){0,6}?\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:courts?|prosecut\p{L}*|police|garda(?:í|\s+síochána)?|law\s+enforcement|judicial\s+authorit\p{L}*)\b/iu);
// "Amounts given in units of 10,000 yuan (wan)": a translator's unit, no sum.
// "a fine of 500 daily rates of PLN 200 each": what one day's rate of a fine is worth.
/**
 * "(unit: cases, KRW 100 million)", "(unit: cases; fines in KRW 100 million)", "(amount involved in 100 million yuan)": a
 * table's unit, no sum; and "Fines are rounded down to KRW 10 million": the unit they are rounded to.
 */
const UNIT_NOTE_LEAD = gated(/\bunits?\s*:[^()]{0,60}$|\(\s*(?:[\p{L}-]+\s+){0,4}in\s+$|\brounded\s+(?:down\s+|up\s+|off\s+)?to\s+(?:the\s+nearest\s+)?$/iu);
const UNIT_VALUE = gated(/\bone\s+\p{Lu}{2,6}\s+(?:is|equals|amounts\s+to|is\s+equal\s+to)\s+(?:currently\s+|now\s+)?$|\b(?:base\s+(?:calculation\s+value|unit|amount)|(?:monthly\s+)?calculation\s+index|minimum\s+(?:monthly\s+)?wage|subsistence\s+minimum)\b[^.;]{0,60}?\b(?:is|was|has\s+been|stands\s+at|equals|of|at|amounts\s+to)\s+(?:currently\s+|now\s+)?$|\bunits\s+of\s+$|\bdaily\s+(?:rates?|units?|amounts?)\s+of\s+$/u);
/** "Aggravated money laundering carries imprisonment of at least six months and at most six years": what an offence carries. */
/** Translated Russian: "The sanction of the article provides up to 10 years of imprisonment", "the punishment ... is provided". */
// "The law now provides up to five years of imprisonment for droppers": what a law provides.
const LAW_PROVIDES = gated(/\b(?:sanctions?|punishments?)\b[^.;]{0,80}?\b(?:provides?|provided|envisages?|envisaged|stipulates?|stipulated|prescribes?|prescribed)\b|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Nn]ew)\s+(?:new\s+|amended\s+)?(?:law|article|code|bill|amendment)\s+(?:now\s+|also\s+)?(?:provides|envisages|stipulates|prescribes|sets)\s+(?:for\s+)?(?:up\s+to|from|between|a\s+(?:maximum|minimum))\b/);
const LAW_CARRIES = gated(/\b(?:carr(?:y|ies)|attracts?|provides?\s+for|prescribes?|stipulates?|allows?)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:imprisonment|prison|jail|sentence|penalty|penalties|fine|term)\b/iu);
/** "is punishable by imprisonment of up to three years, and money laundering ... by one to ten years": every term after it is the law's. */
// "Article 233 ... punishes dealing in foreign currency ... with imprisonment of between three and 10 years".
// "the penalty for commercial concealment reaches 5 years in prison": what the law sets for an offence.
// "where the proceeds reach NT$ 100 million, the penalty is imprisonment of 7 years or more and a fine of ...": the law's, told in the present.
const PUNISHABLE = gated(/\bpunishable\s+(?:by|with)\b|\b(?:penalty|punishment|sentence)\s+for\s+(?:the\s+)?(?:crime\s+of\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:reaches|is\s+up\s+to|can\s+reach|ranges\s+from)\b|\b(?:Article|Section|law|code|act)\b(?:[^.;]|\bNo\.){0,80}\bpunishes\b|\bthe\s+(?:penalty|punishment)\s+(?:for\s+(?:[\p{L}-]+\s+){1,4})?is\s+(?:imprisonment|a\s+(?:prison\s+)?term|a\s+fine|(?:a\s+)?jail)\b/iu);
// "the advisory Guidelines range was 135 to 168 months": the range a sentencing guideline sets.
const LAW_TERMS = gated(/\b[Gg]uidelines?\s+range\b|\b(?:provides?\s+for|provided\s+for|stipulates?|envisages?|foresees?|prescribes?|carr(?:y|ies|ying)(?!\s+out\b)|punishable|punished\s+(?:with|by)|(?:is|are)\s+punished|penali[sz]es)\b/i);
/** A maximum the law sets, said before the law: "Up to five years in prison under Article 214 of the Criminal Code." */
const LAW_AFTER = gated(/^[^.;]{0,30}\bunder\s+(?:articles?|sections?|the\s+[\p{L}\s]{0,30}(?:code|act|law))\b/iu);
/** "imprisonment of at least six months and at most six years": the law's bounds, both of them. */
const AND_AT_MOST = gated(/^\s+and\s+(?:at\s+most|not\s+more\s+than|no\s+more\s+than)\b/i);
/** "The maximum sentence for fraud is 10 years in prison, and for money laundering 14 years": every term of it is the law's. */
const MAXIMUM_SUBJECT = gated(/^\s*(?:[-*\u2022]\s*)?(?:the\s+)?(?:statutory\s+)?(?:maximum|minimum)\s+(?:prison\s+|jail\s+|custodial\s+)?(?:sentences?|penalt(?:y|ies)|terms?|punishments?)\s+(?:for|of)\b/i);
/** "imprisonment of at most two years": a bound the law sets, never a sentence handed down. */
const AT_MOST = gated(/\b(?:at\s+most|not\s+more\s+than|no\s+more\s+than)\s+$/i);
/** What says a term was handed to someone. */
const SENTENCED = gated(/\b(?:sentenc|jail|imprison|convict|gave|given|handed|received|serv(?:e|ed|ing)|ordered|punished\s+\p{Ll}+\s+\p{Ll}+)/iu);
/** Terms added up across defendants are no one's sentence: "jailed for a combined 31 years". */
const SUMMED = gated(/\b(?:a\s+)?(?:combined|total\s+of|totall?ing|aggregate)\s+(?:of\s+)?$/i);
// "the combined terms for some defendants exceeded 100 years": a sum of terms named before its verb.
const SUMMED_TERMS_LEAD = gated(/\b(?:combined|aggregate)\s+(?:prison\s+)?(?:terms|sentences)\b[^.;]{0,40}$/i);
const IN_TOTAL = gated(/\b(?:in\s+total|altogether|between\s+them)\b/i);
/** A time allowed to do something is a deadline, not a term: "detectives were given 21 days to complete investigations". */
// "reduced her sentence from five years to three years": a term set against a term is no deadline.
const SPAN_BETWEEN = gated(/^\s+(?:(?:later|earlier)\b(?!\s+(?:this|that|in|on|last|next|today|the)\b)|ago\b|afterwards?\b)/i);
const SPAN_BEFORE_EVENT = gated(/^\s+(?:after|before)\b/i);
const TERM_LEAD = /\b(?:to|for|of|from|and|or|between|received?|receiving|got|gets|given|handed|serve[sd]?|serving|jailed|imprisoned|sentenced|terms?|sentences?)\s+(?:(?:about|around|nearly|almost|more\s+than|over|some|just|only|another|a\s+further|an\s+additional)\s+)?$/i;
// "ordered to suspend new-customer deposits and withdrawals for three months": a suspension's length too.
const BANNED_LEAD = gated(/\b(?:banned|barred|disqualified|debarred|suspend(?:ed)?|prohibited)\b(?:(?!jail|sentenc|prison|imprison)[^.;]){0,80}\bfor\s+(?:(?:a\s+)?(?:further|period\s+of|term\s+of)\s+)?(?:[\p{L}\d]+\s+(?:years?|months?)\s+and\s+)?$/iu);
const BAN_AFTER = gated(/^[\s'’-]*(?:(?!(?:and|or|plus|with|in)\b)[\p{L}'’-]+\s+){0,2}?(?:ban|bans|disqualification|prohibition|suspension|debarment)\b/iu);
// Not whom the terms went to: "prison terms of between 3 and 12 years to the organisers".
const DEADLINE = /^\s+to\s+(?!be\b|serve\b|the\b|their\b|his\b|her\b|its\b|each\b|all\b|both\b|those\b|these\b|them\b|him\b|eight\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)\p{Ll}+/u;
/** A maximum stated just before, converted in brackets: "a fine of up to 2,000 MCI (about 8.7 million tenge)". */
const UP_TO_NEAR = /\b(?:up\s+to|as\s+much\s+as|a\s+maximum\s+of)\b[^.;]{0,40}$/i;
/** "Any transaction above 1,000,000 tenge": a hedged figure sizing every transaction of a kind is a threshold. */
const TRANSACTION_LEAD = /\bwith\s+(?:claims|deposits|balances|holdings|investments)\s+(?:of\s+)?$|\bon\s+(?:deposits|investments)\s+of\s+$|\b(?:any|each|every|all|a\s+single|single)\s+(?:[\p{L}-]+\s+){0,2}(?:transactions?|transfers?|payments?|deposits?|operations?|purchases?|withdrawals?)\s+(?:of\s+|worth\s+)?$|\b(?:cash\s+operations|evasion\s+of\s+tax|for\s+an\s+amount)\s+(?:(?:above|exceeding|over|of\s+more\s+than)\s+)?$/iu;
/** Targets are plans: "the AFM's target of closing at least 150 exchangers", "the target for 2026 is to close at least 180". */
const TARGET = gated(/\b(?:targets?|goals?)\s+for\s+[^.;]{1,30}?\s+(?:is|are|was|were)\s+$|\b(?:targets?|goals?|aims?|plans?)\s+(?:of|to)\s+[\p{L}-]+\s+$|\b(?:targets|aims\s+at)\s+(?:the\s+)?[\p{L}-]+\s+of\s+$|\b(?:targets?|goals?)\s+(?:is|are|was|were|of)\s+$|\b(?:targets?|goals?|aims?|plans?)\b[^.;]{0,30}\b(?:is|are|was)\s+to\s+[\p{L}-]+\s+$/iu);
const TARGET_WORD = gated(/target|goal|aim|plan/i);
/** "transactions of $10,000 or more": a figure that bounds a class of things is a threshold. */
/** "prevented losses of €36.1 million", "Banks prevented 14,7 million attempts at fraudulent transfers worth": harm stopped before it was done. */
const PREVENTED_LEAD = /\b(?:prevent(?:ed|ing|s)?|avert(?:ed|ing|s)?|spared|repelled)\s+(?:[\p{L}\d.,-]+\s+){0,6}?(?:(?:loss(?:es)?|fraud\w*|thefts?|attempt\w*)\b[^.;]{0,60}|(?:[\p{L}-]+\s+){0,2})$/iu;
/** "losses of EUR 18.7 million were prevented", "about $285 million in further losses" (after "spared"). */
const PREVENTED_TAIL = /^[^.;]{0,40}?\b(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:prevented|averted)|in\s+(?:further\s+|potential\s+)?losses\b(?=[^.;]{0,20}\b(?:prevent|avert))|in\s+["“]?fraud\s+prevented)|^\s+in\s+(?:further\s+|potential\s+)?losses\b/iu;
const OR_MORE = gated(/^\s*or\s+(?:more|above|higher|over)\b/i);
/** "A card sold for 20,000 tenge", "packages costing between Sh5,000 and Sh500,000": what a thing is sold or bought for, or costs, is a price. */
/**
 * A clause's words up to a clause of reason after the figure (", as the nation tries to ..."), and without a clause of place
 * before it ("In Uzbekistan, where only licensed bookmakers may take bets, the agency had ... blocked"): both say what the
 * market is, not what the figure counts.
 */
function withoutReasonAfter(clause: string, figureEnd: number): string {
  const reason = /,\s+(?:as|because|since)\s/i.exec(clause.slice(figureEnd));
  const upToReason = reason ? clause.slice(0, figureEnd + reason.index) : clause;
  return withoutPlaceClause(upToReason, figureEnd);
}
/** Blanks a clause of place that ends before `end`, keeping offsets: ", where only licensed bookmakers may take bets,". */
function withoutPlaceClause(clause: string, end: number): string {
  return clause.includes('where') ? clause.replace(WHERE_CLAUSE, (where, at: number) => (at + where.length <= end ? ','.padEnd(where.length) : where)) : clause;
}
const WHERE_CLAUSE = /,\s+where\s[^,;]+,/g;

const ARRESTED_AGAIN = gated(/^\s+(?:arrested|detained|accused|convicted)\s+(?:men|women|people|persons|suspects|individuals|defendants)\b/);
/** "seeking forfeiture of 2,950,000 USDT that was frozen by the stablecoin issuer": what was done to the sum already. */
/** "prison sentences of up to 1.248 years are requested for the leaders": a term the prosecution asks for, not one imposed. */
const DEMANDED_TAIL = gated(/^[^.;]{0,40}?\b(?:are|is|were|was|have\s+been|has\s+been)\s+(?:being\s+)?(?:requested|sought|demanded)\b/i);
// "will pay £1.1 million (about €1.3 million) in lieu of a financial penalty": a settlement Britain's Gambling Commission
// has agreed, told in the future because the payment is still to come.
const DONE_TAIL = gated(/^\s+(?:[\p{L}-]+\s+){0,2}(?:that|which)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:frozen|seized|restrained|confiscated|blocked)\b|^\)?\s*(?:\([^()]{1,40}\)\s*)?in\s+lieu\s+of\s+(?:a\s+)?(?:financial\s+)?(?:penalty|fine)\b/u);
const TO_DO = /^\s*to\s+[\p{L}-]+\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** "offered €200 or €500 to hand over their bank cards": what someone is paid to do a thing is its price. */
const PAID_TO_DO = gated(/^\s+(?:each\s+|apiece\s+|a\s+month\s+)?to\s+(?:hand\s+over|give\s+up|sell|rent(?:\s+out)?|lend|open|register)\s+(?:their|his|her|the|a|an)\b/i);
/** "money mules, who were paid between $200 and $1,000 to receive funds from victims": what someone is paid for a task. */
const PAID_FOR_TASK_LEAD = gated(/\b(?:were|was|are|is|being|get|got|gets)\s+paid\s+(?:between\s+|from\s+|up\s+to\s+|about\s+|around\s+)?$/i);
const TASK_TAIL = /^\s+(?:each\s+|apiece\s+)?to\s+\p{L}/u;
// "charged a "withdrawal activation fee" of R1 500", "for a fee of 30,000–70,000 tenge", "charging victims fees of up to KRW 5
// million": what one service costs (not a sanction's or penalty's fee, not the fees a scheme "collected").
const FEE_PRICE = gated(/(?:\b(?:for|charg\w*|paying|pay|paid)\s+(?:(?:a|an|the|monthly|weekly|annual|their|victims|clients|customers)\s+)?(?:["“]?[\p{L}'’-]+["”]?\s+){0,3}?|\ban?\s+["“]?(?:[\p{L}'’-]+\s+){0,3}?)(?<!\b(?:sanction|penalty|administrative|enforcement|settlement)\s)fees?["”]?\s+of\s+(?:about\s+|around\s+|up\s+to\s+|between\s+|from\s+)?$/iu);
const PRICE_LEAD = gated(/\b(?:sold|bought|purchased|sells?|buys?|selling|buying)\s+(?:(?:it|them|each|one)\s+|(?:his|her|their|a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?)?for\s+(?:as\s+little\s+as\s+|just\s+|only\s+)?$|\bcosts?\s+(?:around\s+|about\s+|roughly\s+|just\s+|only\s+|as\s+little\s+as\s+)?$|\bcosting\s+(?:between\s+(?:\S+\s+and\s+)?|from\s+(?:\S+\s+to\s+)?|as\s+little\s+as\s+|just\s+|only\s+)?$/iu);
/** "arrest warrants for 52 suspects": warrants, not arrests. */
// "issued arrest warrants for another 31 suspects".
// "Detention orders were issued for 29 suspects", "efforts to apprehend the remaining 3 suspects": people still to be arrested.
const OFFENCES_IN_LEAD = /\b(?:fraud|laundering|offen[cs]es?|theft|embezzlement|forgery|extortion|breach\s+of\s+trust)\s+in\s+(?:a\s+total\s+of\s+)?$/i;
/** "executed arrest warrants against seven people": warrants carried out are arrests made. */
const EXECUTED_WARRANT = gated(/\b(?:executed|served|carried\s+out|enforced)\s+(?:the\s+)?(?:arrest|detention|capture)\s+(?:warrants?|orders?)\s+(?:against|for|on)\s+$/i);
const WARRANT = gated(/\b(?:warrants?|(?:detention|arrest)\s+orders?)\b[^.;]{0,30}\b(?:for|against)\s+(?:another\s+|a\s+further\s+|the\s+other\s+)?$|\b(?:efforts?|attempts?|search|hunt|operations?)\s+(?:to|for)\s+(?:apprehend|arrest|catch|locate|find|trace|capture)\s+(?:the\s+)?(?:remaining|other|last)\s+$/i);

