import type { MetricDefinition } from '@reckon/schema';
import type { Figure } from './figures.js';
import { escape, type Lexicon, type TriggerEntry } from './lexicon.js';
import { gated } from './gate.js';

/** A trigger word found in a sentence. */
export interface TriggerMention {
  start: number; end: number; metrics: string[]; contextOf: string[];
  /** The metrics of the longest phrase matched here alone ("recovered and returned" is a return): they win a tie. */
  primary?: readonly string[];
}

/** Finds every metric trigger and context word of a sentence in one regex pass. */
export function findTriggers(text: string, lex: Lexicon): TriggerMention[] {
  // A matched word signals every stem it starts with: "jailed" is both "jail" (a prison term) and "jailed" (a sentence).
  // "breaches of anti-money laundering rules": what a rule is against signals no figure of it.
  // Most sentences hold no "anti-": only those pay for the test at each word.
  const against = ANTI_ANYWHERE.test(text) ? (at: number) => ANTI.test(text.slice(Math.max(0, at - 12), at)) : undefined;
  // "under the Proceeds of Crime Act 2002", "the Prevention of Money Laundering Act": a law's name signals nothing, nor does
  // a trigger that only says what data are of ("user and transaction data", "arrest records"), nor "served as" (acted as)
  // or "used as" ("an apartment used as a stash house" served no customers).
  // "property arrested to secure compensation of damage": what an action is to secure is its purpose, not done.
  const purpose = PURPOSE_ANYWHERE.test(text);
  // "an offence punishable by imprisonment of two to five years": what the law provides signals nothing done.
  const provided = PUNISHABLE_ANYWHERE.test(text);
  return lex.triggers.find(text, against).filter((m) => !LAW_NAME_AFTER.test(text.slice(m.end, m.end + 24)) && !DATA_AFTER.test(text.slice(m.end, m.end + 12))
    && !(SERVED_AS.test(text.slice(m.end, m.end + 4)) && /^(?:serv|used$)/i.test(text.slice(m.start, m.end)))
    && !(SHARED_OUT.test(text.slice(m.end, m.end + 24)) && /^distribut/i.test(text.slice(m.start, m.end)))
    && !(purpose && PURPOSE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)))
    && !(provided && PUNISHABLE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)))
    // "a Ponzi scheme promising investors fixed returns": returns promised are no money paid back.
    && !(/^return/i.test(text.slice(m.start, m.end)) && PROMISED_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start))))
    .map((m) => ({ start: m.start, end: m.end, ...signals(m.values), primary: m.values.length > 1 && m.values[0]!.metrics.size ? [...m.values[0]!.metrics] : undefined }));
}
const SERVED_AS = /^\s+as\b/i;
const PROMISED_BEFORE = gated(/\b(?:promis\w*|guarantee\w*|offer\w*|advertis\w*)\s+(?:[\p{L}-]+\s+){0,4}$/iu);
// "the fines imposed were distributed as follows", "distributed by sector": a breakdown of a figure, nothing paid out.
// "a distributed ledger technology (DLT) provider", "distributed denial-of-service": no money paid out.
const SHARED_OUT = gated(/^\s+(?:as\s+follows|by\s+(?:sector|region|type|category|country|province|month)|across|among\s+(?:the\s+)?(?:sectors|regions|categories|types)|ledger|denial)\b/i);
// "secured property worth PLN 42 mln against future penalties": what property is held against is not yet imposed.
const PURPOSE_ANYWHERE = gated(/\bto\s+(?:secure|ensure|guarantee)\b|\b(?:future|possible|potential|eventual)\s/i);
const PURPOSE_BEFORE = gated(/\bto\s+(?:secure|ensure|guarantee)\s+(?:the\s+)?(?:possible\s+|future\s+|eventual\s+)?$|\b(?:against|to\s+cover|for)\s+(?:the\s+)?(?:future|possible|potential|eventual)\s+$/i);
const PUNISHABLE_ANYWHERE = gated(/\bpunishable\b/i);
const PUNISHABLE_BEFORE = /\bpunishable\s+(?:by|with)\s+(?:up\s+to\s+)?(?:a\s+)?$/i;
const IN_WHAT_GAP = /^\s+in\s+(?:(?!(?:and|or|but|which|that|on|of|to|for|from|at|by|with)\s)[\p{L}-]+\s+){1,3}$/u;
const HAD_BEEN_RELATIVE = gated(/^[^.;\d]{0,60}?(?<!\bof\s)\b(?:that|which)\s+had\s+(?:previously\s+|earlier\s+|already\s+)?been\s+$/i);
/** Whether trigger `t` tells, in the pluperfect after the figure, what was done to it before a verb before it acts on it now. */
// Asked of every figure and trigger after it: only a sentence that holds "had" pays for the slice and the pattern.
// "ordered the forfeiture of ... 2.6 million USDT frozen earlier by the AMLC": a participle told as earlier is history too.
const pastOf = (text: string, figure: Figure, t: TriggerMention, triggers: readonly TriggerMention[], hadBeen: boolean) =>
  t.start >= figure.end && ((hadBeen && HAD_BEEN_RELATIVE.test(text.slice(figure.end, t.start))) || /^\s+(?:earlier|previously)\b/.test(text.slice(t.end, t.end + 12)))
  && triggers.some((u) => u.metrics.length > 0 && u.end <= figure.start);
const DATA_AFTER = gated(/^\s+(?:data|records|history|logs)\b/i);
const LAW_NAME_AFTER = gated(/^\s+(?:\([A-Z]+\)\s+)?(?:Act|Law|Ordinance|Bill|Regulations?|Directive)\b/u);

/** Between a verb that hands out a figure and the figure: "received five years", "were each given prison terms of". */
const RECEIVED_GAP = /^\s+(?:each\s+)?(?:(?:prison|jail)\s+)?(?:(?:sentences?|terms?)\s+of\s+)?(?:between\s+|from\s+)?$/i;

/**
 * The triggers with the metrics a verb makes of the count before it (`receivedBy`) where its object is a figure of the
 * unit kind: "His two deputies received five years" were sentenced, whatever else "received" signals.
 */
export function withReceivers(text: string, figures: readonly Figure[], triggers: readonly TriggerMention[], lex: Lexicon): readonly TriggerMention[] {
  if (!lex.receivers.size) return triggers;
  return triggers.map((t) => {
    const by = lex.receivers.get(text.slice(t.start, t.end).toLowerCase());
    const next = by && figures.find((f) => f.start >= t.end);
    if (!next || !RECEIVED_GAP.test(text.slice(t.end, next.start))) return t;
    const added = by!.filter((r) => r.unitKind === next.unitKind && !t.metrics.includes(r.metric)).map((r) => r.metric);
    return added.length ? { ...t, metrics: [...t.metrics, ...added] } : t;
  });
}

const ANTI = gated(/\banti-(?:money\s+)?$|\bcounter-$/i);
const ANTI_ANYWHERE = gated(/\b(?:anti|counter)-/i);

// The signals of each set of matched entries, remembered in a trie keyed by the entries (weakly at its root, so a
// lexicon's entries go with it): a word matches the same entries every time it occurs.
interface SignalNode { next: Map<TriggerEntry, SignalNode>; signals?: { metrics: string[]; contextOf: string[] } }
const signalRoots = new WeakMap<TriggerEntry, SignalNode>();
function signals(values: readonly TriggerEntry[]): { metrics: string[]; contextOf: string[] } {
  const [first, ...rest] = values as [TriggerEntry, ...TriggerEntry[]];
  let node: SignalNode = signalRoots.get(first) ?? { next: new Map() };
  signalRoots.set(first, node);
  for (const v of rest) {
    const child: SignalNode = node.next.get(v) ?? { next: new Map() };
    node.next.set(v, child);
    node = child;
  }
  node.signals ??= { metrics: [...new Set(values.flatMap((v) => [...v.metrics]))], contextOf: [...new Set(values.flatMap((v) => [...v.contextOf]))] };
  return node.signals;
}

// Parentheses are no break: "(about $144 million)" and "(FIOD)" sit inside the clause they explain.
// A comparison opens a clause of its own: "blocking 4,118 sites, up from 2,940 in the first quarter". An en dash
// breaks a clause only spaced, and not between two months of a period: "January–August", "March 2022 – December 2024".
const CLAUSE_BREAK = /[;:\u2014]|\s[-\u2013]\s(?!(?:(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?\s+)?(?:19|20)\d\d\b)|,\s*(?:(?:out\s+)?of\s+)?(?:which|while|whereas|but|and|who)\b|\b(?:while|whereas|but)\b|\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|as\s+against|versus)\b|,\s*against\b/gu;
const WEAK_BREAK = /,|\band\b/gu;

/** The clause of the sentence that holds `at`: figures take their metric and period from it first. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const [at, after] of clauseBreaks(text)) {
    if (after <= start) from = after;
    else if (at >= end && at < to) to = at;
  }
  return [from, to];
}

// The breaks of the last sentence asked about: every figure of a sentence asks several times.
let breaksOf: { text: string; breaks: Array<[number, number]> } = { text: '', breaks: [] };

function clauseBreaks(text: string): Array<[number, number]> {
  if (breaksOf.text !== text) {
    const breaks: Array<[number, number]> = [];
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) breaks.push([m.index, m.index + m[0].length]);
    breaksOf = { text, breaks };
  }
  return breaksOf.breaks;
}

function wordsBetween(text: string, a: number, b: number): number {
  if (b <= a) return 0;
  return text.slice(a, b).split(/\s+/).filter(Boolean).length;
}


/** A metric that can take a figure; `asSubject` when it counts the figure's thing only as the subject of a trigger after it. */
export interface Candidate { metric: MetricDefinition; asSubject: boolean }

/** Metrics that can take a figure: same unit kind and, for counts, a metric that counts that thing. */
export function candidateMetrics(figure: Figure, metrics: readonly MetricDefinition[]): Candidate[] {
  const counts = (classes: readonly string[] | undefined) => figure.countedThings.some((t) => (classes ?? []).includes(t));
  return metrics.filter((m) => m.unit_kind === figure.unitKind)
    .filter((m) => figure.unitKind !== 'count' || counts(m.counts) || counts(m.countsAsSubject))
    .map((m) => ({ metric: m, asSubject: figure.unitKind === 'count' && !counts(m.counts) }));
}

/**
 * Between a subject figure and its verb: its noun phrase, a place ("600 people in Portugal were deceived") and an auxiliary
 * ("57,000 Russians invested", "3,000 users have registered").
 */
/** People as a verb's object, right after it: "recruited investors", "lured thousands of victims". */
const PEOPLE_OBJECT = gated(/^\s+(?:(?:more|other|new|fellow|unsuspecting|elderly|local|retail|foreign|thousands\s+of|hundreds\s+of)\s+)?(?:investors|customers|clients|victims|users|depositors|savers|pensioners|people|residents|students)\b/i);
/** A trigger that is itself a noun for people: a count of other people before it is not theirs ("promoters who recruited investors"). */
const PEOPLE_NOUN = gated(/^(?:investors?|customers?|clients?|users?|depositors?|savers?|players?|bettors?)$/i);
const SUBJECT_GAP = /^(?:\s+of\s+(?:them|those|these|whom))?(?:,[^,;]{1,60}(?:,[^,;]{1,40})?,)?(?:\s+(?!(?:from|to|of|with|on|by|for|in|at)\b)[\p{L}'’-]+){0,4}?(?:\s+(?:in|across)\s+\p{Lu}[^,;.()]{0,50}?(?=\s+(?:were|was|have|had|has|are)\b))?(?:\s+(?:were|was|have|had|has|are)(?:\s+been)?)?\s+$/u;

/** An item's noun and the participle that says what it holds: "two hardware wallets holding ", "a laptop containing ", "3 hardware wallets containing cryptocurrencies worth ". */
const HOLDING_GAP = gated(/^\s+(?:[\p{L}-]+\s+){1,3}(?:holding|containing|storing|loaded\s+with|with)\s+(?:[\p{L}-]+\s+(?:worth|valued\s+at)\s+)?(?:(?:about|around|approximately|roughly|some|over|more\s+than|nearly)\s+)?$/u);
/** "Access to ", "access to the websites and Telegram channels of the ": a count of what access was to. */
const ACCESS_TO_LEAD = gated(/\b[Aa]ccess\s+to\s+(?:(?:the|all|some|about|over|more\s+than|nearly)\s+)?(?:[\p{L}-]+\s+(?:and\s+)?){0,6}?(?:of\s+(?:the\s+)?)?$/u);
/** From the count to the passive of the verb done to the access, within the clause. */
const ACCESS_PASSIVE_GAP = gated(/^(?:[^.;:]|\.(?=\d)){0,200}?\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|temporarily\s+|permanently\s+)?$/u);
/** "... and added 74": a coordinated verb in the past right before a figure, its object; not a participle that modifies it. */
const ARREST_THEN = gated(/\b(?:arrested|detained|apprehended|caught)\s+$/i);
const OTHER_VERB_LEAD = gated(/\b(?:and|but|while)\s+(?:also\s+|later\s+|then\s+)?(?!(?:related|unrelated|assorted|unlicensed|unregistered|undeclared|suspected|alleged|stolen|seized|frozen|blocked|closed|confiscated|detained|arrested|used|unused|registered|licensed)\b)\p{Ll}+ed\s+(?:(?:a\s+further|another|a\s+total\s+of|some|about|around|over|more\s+than|nearly|almost|at\s+least)\s+)?$/u);
/** Between a sum and the things that hold it: "cryptocurrency worth RM3.7mil held in 11 hardware wallets". */
const HELD_IN_GAP = gated(/^\s+(?:held|stored|kept)\s+(?:in|on)\s+$/);

/** Between a sum and its own noun: nothing, or one modifier ("a $125,000 civil penalty"), not a preposition. */
const OWN_NOUN_GAP = /^\s(?:(?!(?:in|of|from|to|for|and|or|by|at|on|with|was|were|is|are|that|which|who|has|have|had|been|being|it|they)\s)\p{Ll}[\p{Ll}-]*\s)?$/u;

/**
 * A verb, then its object named for the crime, up to the sum: "attached proceeds of crime worth ", "froze the criminal
 * proceeds of ", "seized undeclared cash and gold bullion worth ".
 */
// "secured forfeiture preservation orders over criminal proceeds worth KRW 231.7 billion": an order's object too.
// "seized 11,600 undeclared smartphones worth about ₸2.3bn": the goods may be counted.
const PROCEEDS_OBJECT = gated(/^[\p{L}-]*\s+(?:orders?\s+(?:over|on|against)\s+)?(?:the\s+)?(?:alleged\s+)?(?:\d[\d.,]*\s+)?(?:(?:proceeds\s+of\s+crime|criminal\s+proceeds|crime\s+proceeds|illicit\s+proceeds)\s+|undeclared\s+(?:[\p{L}-]+\s+){1,5}?)(?:worth|of|valued\s+at|totall?ing|amounting\s+to|to\s+the\s+tune\s+of)\s+(?:a\s+(?:combined|total)\s+(?:of\s+)?)?$/iu);

/** A verb of deceit, the people deceived (counted), and "of" before the sum: "defrauded about 2,900 investors in Germany of ". */
const DEPRIVED_OF = gated(/^(?:defraud|cheat|swindl|fleec|scamm|robb?|dupe)\p{L}*\s+(?:\p{L}+\s+){0,3}?[\d][\d.,\s]*\s+[^.;:()\d]{1,80}?\bof\s+$/iu);

/** A verb that takes the one it fines before the sum: "fined a local exchange operator ", "fined Binance ". */
const FINED_WHOM = gated(/^(?:fined|fines|fining|penali[sz]ed)\s+(?:[\p{L}\p{N}'’&.-]+\s+){1,6}(?:(?:a\s+(?:total\s+of|combined)|an?\s+(?:record|additional))\s+)?$/u);

const VALUED_GAP = gated(/^\s*,?\s+(?:worth|valued\s+at)(?:\s+a\s+(?:total|combined)(?:\s+of)?)?\s+$/i);
const AUXILIARY = gated(/^(?:were|was|have\s+been|has\s+been|had\s+been)\s+/i);

/** A confiscation's or forfeiture's noun, "of", and its object's words up to the sum: "confiscation of attached assets worth ". */
// "the confiscation of 27 properties worth Rs 46.8 crore": the things may be counted.
// "filed a civil forfeiture complaint against 3,471,906 USDT": what a forfeiture action is against.
const ORDER_NOUN_OBJECT = gated(/^(?:confiscation|forfeiture)\s+(?:to\s+the\s+(?:[\p{L}-]+\s+){1,3})?of\s+(?:the\s+)?(?:\d[\d.,]*\s+)?(?:[\p{L}-]+\s+){0,4}(?:worth|valued\s+at|totall?ing|of|amounting\s+to)\s+$|^forfeiture\s+(?:complaint|action|proceedings?|case)\s+against\s+(?:the\s+)?$/iu);

/** A passive auxiliary, an adverb of the group it may hold included: "were", "were each", "have all been", "has been also". */
// "had so far been paid out", "have already been frozen": an adverb may stand in the auxiliary.
const PASSIVE_AUX = String.raw`(?:(?:were|was)(?:\s+(?:each|all|both|also|already))?|(?:have|has|had)(?:\s+(?:each|all|both|also|already|so\s+far|since|now))?\s+been(?:\s+(?:each|all|both|also))?)`;

/**
 * A passive auxiliary after a long noun phrase, within the clause: "37 bank cards registered to third persons were"; not that
 * of a clause a conjunction opens ("2.7 BTC when the gang were arrested").
 */
const OWNERS_THEN_PASSIVE = /^\s+(?:belonging\s+to|owned\s+by|held\s+by|registered\s+to|of)\s+[^.;:]{0,100}$/u;
const CLAUSE_END_PASSIVE = new RegExp(`^(?:(?!\\s(?:when|after|before|while|because|since|until|once|whereas)\\s)[^;:.()]){0,120}?\\s${PASSIVE_AUX}(?:\\s+\\p{Ll}+\\s+and)?\\s+$`, 'u');

/** What a court orders done, in its subjunctive: "ordered that 14 mobile phones, six laptops and a car recovered from them be ". */
const ORDERED_PASSIVE = /^(?:(?!\s(?:when|after|before|while|because|since|until|once|whereas)\s)[^;:.()]){0,120}?\s(?:to\s+)?be\s+$/u;
const ORDERED_LEAD = gated(/\b(?:ordered|directed)\s+(?:that\s+)?[^.;:]{0,80}$/i);

/** A figure's own passive predicate: "15 Telegram channels were shut down", "2,000 accounts have been frozen", "were found and seized", "four droppers who recruited card holders were sentenced". */
const PASSIVE_GAP = new RegExp(`^(?:\\s+(?!(?:from|to|of|with|on|by|for|in|at|and|or|but|who|which|that|whose|when|after|before|while|because|since|until|once)\\b)["“]?[\\p{L}'’-]+["”]?){0,4}?(?:\\s+(?:who|that)(?:\\s+(?!(?:were|was)\\b)[\\p{L}'’-]+){1,5}?)?\\s+${PASSIVE_AUX}(?:\\s+\\p{Ll}+\\s+and)?\\s+$`, 'u');

/**
 * A count's noun, the people it counts named with their ages, then its own passive: "Two co-conspirators, Deepak Arora, 39,
 * of Jersey City, and Marcus T. Hale, 51, of Hoboken, who recruited investors, were ".
 */
const NAMED_SUBJECT_GAP = gated(/^\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,(?=[^;]*?,\s+\d{2},)(?:\s+[^,;]{1,80},){2,14}\s+(?:were|have\s+been|had\s+been)\s+(?:previously\s+|also\s+|later\s+|each\s+|both\s+)?$/u);

/**
 * A count's noun, a long relative clause about what they did, then the count's own perfect passive: "Four people behind a bogus
 * cryptocurrency trading club that took more than £6.3 million from 1,140 investors have been ".
 */
/** "Two U.S.-based associates of the network, who allegedly recruited victims ..., were arrested": a subject a relative clause in commas follows. */
const COMMA_RELATIVE_GAP = gated(/^\s+(?:[\p{L}.'’-]+\s+){0,6}?[\p{L}.'’-]+,\s+(?:who|which)\s[^;,]{1,160}?,\s+(?:(?:were|was)\s+(?:\p{Ll}+ly\s+)?)?$/u);
const RELATIVE_SUBJECT_GAP = gated(/^\s+(?:[\p{L}-]+\s+){1,2}?(?:behind|who|that|which|involved\s+in|accused\s+of|linked\s+to)\s(?![^.;]*,\s+and\s)(?:[^.;]|\.(?=\d)){0,200}?\s(?:have|has)\s+been\s+$/u);

/** A count's noun phrase, a relative clause or a "with" phrase, then the count's own passive: "members of a network that laundered ... have been", "64 exchangers with a combined turnover of ₸212 billion (about $404 million) were". */
const RELATIVE_THEN_PASSIVE = new RegExp(`^\\s+(?:[\\p{L}\\p{N}'’,-]+\\s+){1,9}?(?:that|who|which|with)\\s(?:[^;:()]|\\([^()]{0,80}\\)){0,220}?\\s${PASSIVE_AUX}\\s+$`, 'u');

/** A count's noun, an apposition between commas, then the count's own passive: "Two of the defendants, Russian nationals aged 39 and 44, were". */
// "Two alleged money launderers for the group, U.S. citizens aged 28 and 33, were".
const APPOSITION_THEN_PASSIVE = new RegExp(`^\\s+(?:of\\s+(?:the|their|his|her)\\s+)?(?:[\\p{L}'’-]+\\s+){0,5}?[\\p{L}'’-]+,\\s[^;:()]{1,120}?,\\s+(?:${PASSIVE_AUX}\\s+)?$`, 'u');

/** Nothing but a modifier or two between a count and its noun: "about 60 convictions", "84 new arrests". */
/** A trigger that only modifies the noun after it: "two mule account holders" are the holders, no accounts. */
const MODIFIES_HOLDER = gated(/^\s+(?:holders?|renters?|owners?)\b/i);
const HEAD_NOUN_GAP = /^\s+(?:(?!(?:of|in|to|and|or|were|was|for|by|with)\b)[\p{Ll}-]+\s+){0,2}$/u;

/** A participle straight after the figure's noun, as lists and headlines put it: "610 websites blocked". */
const REDUCED_PASSIVE = /^(?:\s+(?!(?:from|to|of|with|on|by|for|in|at|and|or|but|who|which|that|whose|were|was|had|have|has|when|after|before|while|because|since|until|once)\b)[\p{L}'’-]+){1,3}?\s+$/u;

/** A verb that reports a subject's size: "... totaled ¥98.6 billion", "... reached ¥152.4 billion". */
const COMPLEMENT_LEAD = gated(/\b(?:totall?ed|totals|reached|amounted\s+to|stood\s+at|came\s+to|exceeded|rose\s+to|topped)\s+$/i);
/** A verb the figure's own hedge is: "exceeded ₸31.7bn" (its qualifier), as "amounted to ₸31.7bn" is before it. */
const COMPLEMENT_OWN = /^(?:exceeded|topped|surpassed)\s/i;
/** Whether `figure` completes the verb right before it: "amounted to ₸31.7bn". */
const completesVerbBefore = (text: string, figure: Figure) => COMPLEMENT_LEAD.test(text.slice(Math.max(0, figure.start - 24), figure.start));
/** Whether `figure` completes its clause's verb, before it or as its hedge ("exceeded ₸31.7bn"): what the clause's subject is of. */
const isComplement = (text: string, figure: Figure) => completesVerbBefore(text, figure) || COMPLEMENT_OWN.test(text.slice(figure.start, figure.start + 12));
/** At most two words before the word that opens the subject: "Losses", "Total losses", "The losses". */
const SUBJECT_OPENING = /^\s*(?:["“]?[\p{L}-]+\s+){0,2}["“]?$/u;
/** What makes a figure more of what the one before it counted: "and a further 1,032 people", "and another 12". */
const FURTHER = gated(/\b(?:and|plus|with)\s+(?:a\s+further|another|an\s+additional|an\s+extra)\s+$/i);
/** What joins the items of a list: "seized 125 computers, 340 phones and 7.2 million hryvnias in cash". */
const LIST_JOIN = /,|\band\b|\bas\s+well\s+as\b|\balong\s+with\b|\bplus\b|\bincluding\b|&/i;
const LIST_WORDS = /,|\band\b|\bas\s+well\s+as\b|\balong\s+with\b|\bplus\b|\bincluding\b|&|\b(?:worth|valued\s+at|in\s+the\s+amount\s+of|amounting\s+to|totall?ing|of|in|an?|the|another|further)\b/gi;
const LIST_ITEM_SPLIT = /,|\band\b/u;
/** A participle and its phrase that describe an item, up to the next item: "held on hardware wallets", "registered to third persons". */
// "88,000 USDT on hardware wallets and exchange accounts": where an item is held is part of it too.
// "2.35 million USDT held on hardware wallets and exchange accounts, 12 vehicles": the places it is held in run past "and".
// "57 SIM-card boxes used to make calls over the internet, as well as about $1.3 million in cash": what an item was used for.
const ITEM_PARTICIPLE = /\b(?:held|stored|kept|registered|found|controlled|linked|belonging|hidden|located|owned|issued|hosted|used\s+(?:by|as|to|for|in))\b(?:\s+(?:on|in)\s+(?:[\p{L}-]+\s+){0,2}(?:wallets?|accounts?)\s+and\s+(?:[\p{L}-]+\s+){0,2}(?:wallets?|accounts?)(?=\s*,)|[^,;:]*?(?=,|\band\b|$))|\bon\s+(?:[\p{L}-]+\s+){0,2}(?:wallets?|accounts?)(?:\s+and\s+(?:[\p{L}-]+\s+){0,2}(?:wallets?|accounts?))?\b(?=\s*,|\s+as\s+well\s+as\b)/giu;
const STRONG_BREAK = /[;:\u2014\u2013]|\s-\s|\band\s+(?:was\s+|were\s+)?(?:ordered|to\s+pay)\b|\band\s+(?:had|has|have)\b|,\s*(?:(?:out\s+)?of\s+)?(?:which|while|whereas|but|who)\b|\b(?:while|whereas|but)\b/u;

const ASIDE = /\([^()]*\)/g;
/** What stands between a sum and its conversion in brackets: "$1.2 million (approx. ", "Rs 5 crore (". */
const CONVERSION_OPEN = /^\s*\(\s*(?:[\p{L}.]+\s+)?$/u;

/** The offset of the closing bracket `figure` stands inside, -1 where it stands in none. */
function asideEnd(text: string, figure: Figure): number {
  const open = text.lastIndexOf('(', figure.start);
  if (open < 0 || text.lastIndexOf(')', figure.start) > open) return -1;
  return text.indexOf(')', figure.end);
}

/**
 * True when `figure` is the next item of a list that `previous` opens: only list words and a short noun
 * phrase ("jewellery worth", "cryptocurrency in the amount of") and no trigger or clause break lie between.
 */
function coordinated(text: string, previous: Figure, figure: Figure, triggers: readonly TriggerMention[]): boolean {
  // An item's aside is part of the item: "312 ETH (worth about $980,000 at current prices), 11 cars".
  const full = text.slice(previous.end, figure.start).replace(ASIDE, (aside) => ' '.repeat(aside.length));
  if (!LIST_JOIN.test(full) || STRONG_BREAK.test(full)) return false;
  // An item's own participle phrase is part of the item: "1.4 million USDT held in wallets controlled by the leaders, nine cars".
  const gap = full.replace(ITEM_PARTICIPLE, (phrase) => ' '.repeat(phrase.length));
  // "₦214 million and $61,000 from the suspects' accounts, as well as seven exotic cars": a noun in where the item came from
  // is no verb of its own.
  const inGap = (t: TriggerMention) => t.start >= previous.end && t.end <= figure.start && gap[t.start - previous.end] !== ' '
    && !(/\p{Ll}/u.test(text[t.start]!) ? SOURCE_PHRASE_LOWER : SOURCE_PHRASE).test(text.slice(Math.max(previous.end, t.start - 40), t.start));
  if (triggers.some((t) => t.metrics.length && inGap(t))) return false;
  // Other items may stand between ("cash, 850 kilograms of drugs and 117 firearms"): each item a short noun phrase.
  const rest = gap.replace(LIST_WORDS, ' ');
  if (wordsBetween(rest, 0, rest.length) <= 4) return true;
  const items = gap.split(LIST_ITEM_SPLIT);
  return items.length <= 4 && items.every((item) => { const r = item.replace(LIST_WORDS, ' '); return wordsBetween(r, 0, r.length) <= 5; });
}

/** Where an item came from ("from the suspects' accounts", "in cash"): up to two words after the preposition, each `word`. */
const sourcePhrase = (word: string) => new RegExp(String.raw`\b(?:from|in|into|on|at)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:${word}\s+){0,2}$`, 'u');
const SOURCE_PHRASE = sourcePhrase(String.raw`[\p{L}'’-]+`);
// "seized Rs 62 lakh in cash and froze ...": a conjunction ends the phrase before a word in lower case, the next item's own
// verb ("in Naples and Caserta" is one place phrase).
const SOURCE_PHRASE_LOWER = sourcePhrase(String.raw`(?!(?:and|or|but)\s)[\p{L}'’-]+`);

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;

const newScratch = (n: number) => ({
  words: new Uint32Array(n), breaks: new Float64Array(n), figureStarts: new Uint32Array(n), breakAt: new Float64Array(n), startsFigure: new Uint8Array(n),
});
let scratch = newScratch(1024);

/** Running counts over a sentence, so that the words, breaks and figures between two points cost O(1). */
function runningCounts(text: string, figures: readonly Figure[]) {
  const n = text.length + 1;
  if (scratch.words.length < n) scratch = newScratch(Math.max(n, scratch.words.length * 2));
  // One set of buffers serves every sentence (they are read only until the next call): allocating per sentence fed the collector.
  const { words, breaks, figureStarts, breakAt, startsFigure } = scratch;
  breakAt.fill(0, 0, n);
  startsFigure.fill(0, 0, n);
  words[0] = 0;
  breaks[0] = 0;
  figureStarts[0] = 0;
  for (const [at] of clauseBreaks(text)) breakAt[at] = (breakAt[at] ?? 0) + 1;
  WEAK_BREAK.lastIndex = 0;
  // "blocked internet resources (websites, Telegram channels and bots) – 4 318": a list in brackets parts no clause.
  const bracketed = text.includes('(') ? (at: number) => text.lastIndexOf('(', at) > text.lastIndexOf(')', at) : () => false;
  for (let m = WEAK_BREAK.exec(text); m; m = WEAK_BREAK.exec(text)) if (!bracketed(m.index)) breakAt[m.index] = (breakAt[m.index] ?? 0) + 0.5;
  for (const f of figures) startsFigure[f.start] = 1;
  for (let i = 0; i < text.length; i++) {
    const wordStart = !isSpace(text.charCodeAt(i)) && (i === 0 || isSpace(text.charCodeAt(i - 1)));
    words[i + 1] = words[i]! + (wordStart ? 1 : 0);
    breaks[i + 1] = breaks[i]! + breakAt[i]!;
    figureStarts[i + 1] = figureStarts[i]! + startsFigure[i]!;
  }
  return {
    words: (a: number, b: number) => (b > a ? words[b]! - words[a]! : 0),
    breaks: (a: number, b: number) => (b > a ? breaks[b]! - breaks[a]! : 0),
    figures: (a: number, b: number) => (b > a ? figureStarts[b]! - figureStarts[a]! : 0),
  };
}

/** Whether a later figure than figure `i` stands right after trigger `t`, as its object: "arresting 387", "seizing about $2 million". */
function takesOwnFigure(text: string, t: TriggerMention, figures: readonly Figure[], i: number): boolean {
  // "Five members received from 2 to 3 years": a term the verb hands out leaves the count its subject.
  // "1.146 persons ..., of which 87 arrested": a later figure right before the verb is its subject.
  const subject = figures.slice(i + 1).findLast((f) => f.end <= t.start);
  if (subject && /^\s+$/.test(text.slice(subject.end, t.start)) && subject.unitKind === figures[i]!.unitKind) return true;
  const next = figures.slice(i + 1).find((f) => f.start >= t.end);
  return next !== undefined && !(next.unitKind === 'duration' && figures[i]!.unitKind === 'count') && /^[\p{L}-]*\s+(?:(?!(?:and|or|but|while|whereas)\b)\p{Ll}+\s+)?$/u.test(text.slice(t.end, next.start));
}

/** "had 3 500 websites ... blocked", "had 1,690 scam websites taken down": the causative "had" before the figure, its participle after. */
const CAUSATIVE_LEAD = gated(/\b(?:had|has|have|got)\s+$/i);
/** The items of a causative's object after the first: "had 96 websites and 1,388 accounts taken down". */
const CAUSATIVE_ITEM_LEAD = gated(/\b(?:had|has|have|got)\s+\d[\d,.]*\s+(?:[\p{L}'’-]+\s+){1,6}and\s+$/u);
const CAUSATIVE_ITEM = /\s+(?:and\s+)?\d[\d,.]*(?=\s)/gu;
// "had 1,312 websites ..., known as "leading rooms", blocked": a name given the object stands in it.
const CAUSATIVE_GAP = /^(?:\s+(?:and\s+)?[\p{L}'’-]+|,\s+(?:known\s+as|called|dubbed)\s+[^,;.]{1,40},){1,10}\s+$/u;

/** A trigger that says what money was: "stolen money", "criminal proceeds", "players' deposits". */
/** A clause that only names who and "to" before a term: the sentencing verb is the clause's before the semicolon. */
// "The founder received 15 years; the others between 6 and 11 years": the rest of the people, their terms.
const ELLIPTIC_TERM = /^\s*(?:and\s+)?[^;]{0,80}?,?\s+to\s+$|^\s*(?:and\s+)?(?:the\s+)?(?:others|other\s+\w+|rest|remaining\s+\w+)\s+(?:(?:each\s+)?(?:got|received|were\s+given)\s+)?(?:between|from)?\s*$/;
const VALUED_OBJECT = gated(/^\s+(?!(?:that|which|who)\b)(?:[^.;:()]|(?<=\d)\.(?=\d)){0,160}?\b(?:worth|valued\s+at|with\s+an?\s+(?:aggregate\s+|total\s+|combined\s+|estimated\s+)?value\s+of|(?:accounts|wallets|cards)\s+(?:holding|containing|with\s+(?:a\s+)?(?:combined\s+|total\s+)?balances?\s+of))\s+(?:(?:about|around|roughly|approximately|over|more\s+than|nearly|some)\s+)?$/i);
const PAID_AS = gated(/^(?:fines|penalties|restitution|redress|remediation|compensation|forfeitures?|settlements?)\b/i);
const TOTAL_NOUN = gated(/^(?:seizures|confiscations|fines|penalties|turnover|freezes|restraints|forfeitures|recoveries|(?:frozen|seized|confiscated|forfeited|restrained)\s+(?:amount|sum|total))\b/i);
const MONEY_AFTER = gated(/^[\p{L}-]+['’]?(?:\s+(?:money|funds|cash|deposits|bets|stakes)\b|.*\bproceeds\b)/iu);

/** The noun a trigger's gerund modifies when it names what a case is about: "a money laundering probe". */
const INVESTIGATION_AFTER = gated(/^\s+(?:probe|case|cases|investigation|inquiry|charges?|proceedings|trial)\b/i);

/** How strongly each trigger bears on a figure; a figure in a list also carries what bore on the item before it, and the verb the list ends on. */
/** What joins a noun to its sum: "total damage of", "a turnover worth". */
const GOVERNING_GAP = /^\s+(?:of\s+(?:(?:about|around|approximately|roughly|some|over|more\s+than|nearly|at\s+least|up\s+to)\s+)?)?$/;
/** A reduced relative between a figure and its clause's verb: "stolen by fraudsters", "cheated from people across the country". */
const REDUCED_RELATIVE = String.raw`\s+\p{Ll}+(?:ed|en)\s+(?:by|from|in|at)\s+[^,;.()]{1,40}?`;
const REDUCED_THEN_PASSIVE = new RegExp(String.raw`^(?!\s+(?:seized|frozen|confiscated|forfeited|recovered|attached|restrained|impounded|blocked|arrested)\b)${REDUCED_RELATIVE}\s+(?:were|was|has\s+been|have\s+been|had\s+been)\s+(?:already\s+|also\s+|later\s+|subsequently\s+)?$`, 'u');
const ITEMS_TO_PASSIVE = gated(/^(?!.*\bof\s+(?:them|whom|those|these)\b)(?:(?:[^,;:()]|(?<=\d),(?=\d)){0,60},\s+){1,12}(?:(?:[^,;:()]|(?<=\d),(?=\d)){1,60}?\s)?(?:and|as\s+well\s+as)\s+(?:[^,;:()]|(?<=\d),(?=\d)){1,60}?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:also\s+)?$/u);
const HELD_IN_ADJECTIVE = gated(/^\s+(?:held|kept|deposited|lying|sitting)\s+(?:in|on|at)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?$/);
/** What stands between a verb and its object's number: "shut down 74", "arrested a total of 27", "seized another". */
const OBJECT_GAP = /^\s+(?:down\s+|up\s+|off\s+|out\s+)?(?:the\s+|a\s+total\s+of\s+|another\s+|a\s+further\s+)?$/i;
// "obtained confiscation orders worth a total of £297.3 million, and £81.6 million was paid to victims".
const NOUN_OF_SUM = /^\s+(?:[\p{L}-]+\s+)?(?:of|worth|totall?ing|amounting\s+to)\s+(?:a\s+total\s+of\s+)?$/u;

const SUM_PASSIVE_GAP = /^[\p{L}\s'’-]{0,30}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+|since\s+)?$/u;

export function triggerWeights(
  text: string, figures: readonly Figure[], triggers: readonly TriggerMention[], moneyMetrics: ReadonlySet<string>,
  crimeOf: (metric: string) => string | undefined = () => undefined,
): number[][] {
  const weights: number[][] = [];
  const count = runningCounts(text, figures);
  const hadBeen = text.includes(' had ');
  const modifiers = triggers.map((t) => text.slice(t.end - 3, t.end) === 'ing' && INVESTIGATION_AFTER.test(text.slice(t.end, t.end + 24)));
  // The nearest verb before a sum that can name one is what the sum's "of victims' money" refines, or the sum's own.
  // Nor where the sum's own passive verb follows: "4.7 billion tenge of stolen funds was returned to bank customers".
  const refinesVerbBefore = (t: TriggerMention, figure: Figure) => {
    const passive = triggers.find((u) => u.start >= t.end && u.metrics.some((m) => moneyMetrics.has(m)) && SUM_PASSIVE_GAP.test(text.slice(t.end, u.start)));
    if (passive && !passive.metrics.some((m) => t.metrics.includes(m))) return false;
    const verb = triggers.findLast((u) => u.end <= figure.start && u.metrics.some((m) => moneyMetrics.has(m)));
    return !verb || verb.metrics.some((m) => t.metrics.includes(m) || t.metrics.includes(crimeOf(m) ?? ''));
  };
  figures.forEach((figure, i) => {
    // The item before a figure in a list: the figures of its aside are no items ("312 ETH (worth about $980,000), 11 cars"),
    // unless the figure is in brackets too ("Adana (17), Mersin (9)").
    let p = i - 1;
    if (asideEnd(text, figure) < 0) {
      while (p > 0 && asideEnd(text, figures[p]!) >= 0 && asideEnd(text, figures[p]!) < figure.start) p--;
    }
    // Nor is an item's value: "14.6 bitcoin worth around €1.1 million, 3 crypto ATMs and 4 cars".
    let valued = p;
    while (valued > 0 && VALUED_GAP.test(text.slice(figures[valued - 1]!.end, figures[valued]!.start))) valued--;
    if (valued < p && coordinated(text, figures[valued]!, figure, triggers)) p = valued;
    const previous = figures[p];
    // "arrested 1,247 people ... last year, and a further 1,032 people in ...": more of the same, under the same verb.
    // "two hardware wallets holding 41.7 BTC": what an item of the list holds is taken with it.
    const inList = previous !== undefined && (coordinated(text, previous, figure, triggers)
      || (previous.unitKind === figure.unitKind && FURTHER.test(text.slice(Math.max(0, figure.start - 24), figure.start)))
      || (previous.unitKind === 'count' && figure.unitKind === 'money' && HOLDING_GAP.test(text.slice(previous.end, figure.start)))
      || (previous.unitKind === 'money' && figure.unitKind === 'count' && HELD_IN_GAP.test(text.slice(previous.end, figure.start))));
    // The verb a figure is the subject of says what it counts, whatever was said of the figures before it.
    // "convicted 14 people arrested in last month's raid": a verb right before the figure governs it, not the participle after its noun.
    // "Civil penalties of S$4.1 million secured against ...", "the forfeiture of ₱47.2 million frozen by the AMLC": so does a
    // noun the sum is "of".
    const governed = triggers.some((t) => t.metrics.length > 0 && t.end <= figure.start && GOVERNING_GAP.test(text.slice(t.end, figure.start)));
    // The long subjects' gaps are tried only where their cheap signs show: an age in commas, or a perfect passive before the verb.
    const ages = figure.unitKind === 'count' && /,\s\d{2},/.test(text.slice(figure.end, figure.end + 400));
    const longSubject = (t: TriggerMention) => figure.unitKind === 'count' && t.start - figure.end < 400
      && ((ages && NAMED_SUBJECT_GAP.test(text.slice(figure.end, t.start))) || (/\sbeen\s+$/.test(text.slice(t.start - 8, t.start)) && RELATIVE_SUBJECT_GAP.test(text.slice(figure.end, t.start)))
        || ((/\b(?:were|was)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(t.start - 24, t.start)) || /^(?:were|was)\b/.test(text.slice(t.start, t.end))) && COMMA_RELATIVE_GAP.test(text.slice(figure.end, t.start))));
    const ownVerb = triggers.find((t) => t.start >= figure.end && t.metrics.length > 0 && (t.start - figure.end < 80
      ? PASSIVE_GAP.test(text.slice(figure.end, t.start)) || (!governed && REDUCED_PASSIVE.test(text.slice(figure.end, t.start)) && /ed$/i.test(text.slice(t.start, t.end)))
        // "- crypto-assets worth EUR 27 million, frozen on 6 exchanges": a sum's participle set off by a comma.
        || (!governed && figure.unitKind === 'money' && /^,\s+$/.test(text.slice(figure.end, t.start)) && /(?:ed|en)$/i.test(text.slice(t.start, t.end)) && /^\s+(?:on|in|at|by|from|under|during|with)\b/.test(text.slice(t.end, t.end + 8)))
      : longSubject(t)));
    // What access was to, and a coordinated verb of the figure's own before it, are read once for the figure.
    const accessTo = ACCESS_TO_LEAD.test(text.slice(Math.max(0, figure.start - 60), figure.start));
    const listSubject = !triggers.some((t) => t.metrics.length > 0 && t.end <= figure.start);
    const otherVerbFrom = Math.max(0, figure.start - 40);
    const otherVerb = OTHER_VERB_LEAD.exec(text.slice(otherVerbFrom, figure.start));
    // "arrested and charged five people": a second verb joined straight to an arrest's shares its object.
    const sharedObject = otherVerb !== null && ARREST_THEN.test(text.slice(Math.max(0, otherVerbFrom + otherVerb.index - 24), otherVerbFrom + otherVerb.index));
    const otherVerbAt = otherVerb && !sharedObject ? otherVerbFrom + otherVerb.index : -1;
    weights.push(triggers.map((t, k) => {
      // A context word alone ("drug", "gang") chooses no metric: its weight is never read.
      if (!t.metrics.length || (t.start >= figure.start && t.end <= figure.end)) return 0;
      // "frozen holdings worth Rs 48.7 crore in a money laundering probe": a word that names an investigation's
      // subject does nothing to the figure.
      if (modifiers[k]) return 0;
      // "the confiscation of ... MAD 5.2 million held in frozen bank accounts": where a sum is kept says nothing of it.
      if (t.start >= figure.end && HELD_IN_ADJECTIVE.test(text.slice(figure.end, t.start))) return 0;
      // "KRW 61.8 billion in criminal proceeds preserved": the participle after what the sum was is what was done to it.
      // Only where no verb before the sum acts on it: "froze X in bank accounts and seized ..." is the freeze's.
      if (figure.unitKind === 'money' && t.start >= figure.end && t.start - figure.end < 40 && IN_WHAT_GAP.test(text.slice(figure.end, t.start))
        && /(?:ed|en)$/i.test(text.slice(t.start, t.end)) && !triggers.some((u) => u.end <= figure.start && u.metrics.some((m) => moneyMetrics.has(m)))) return 1.1;
      // "ordered the confiscation of ... $ 3.450.000.000 in funds that had been frozen during the investigation": what was done
      // to a sum before, in the pluperfect, is its history, where a verb before it says what is done now.
      if (pastOf(text, figure, t, triggers, hadBeen)) return 0;
      if (t === ownVerb && !figure.bareSubject) return 1;
      // "Access to 486 websites and social media accounts ..., was blocked": what access was to is what was blocked.
      if (accessTo && t.start >= figure.end && ACCESS_PASSIVE_GAP.test(text.slice(figure.end, t.start))) return 1;
      // "had 3 500 websites and Telegram channels blocked": a causative's participle is its object's verb.
      // "had 96 illegal betting websites and 1,388 related social media accounts taken down": each item of the object.
      if (t.start >= figure.end && (CAUSATIVE_LEAD.test(text.slice(Math.max(0, figure.start - 8), figure.start)) || CAUSATIVE_ITEM_LEAD.test(text.slice(Math.max(0, figure.start - 80), figure.start)))
        && CAUSATIVE_GAP.test(text.slice(figure.end, t.start).replace(CAUSATIVE_ITEM, ' '))
        // "had 179 websites taken offline and asked providers to block 312 more": the first participle is the causative's.
        && !triggers.some((u) => u.metrics.length > 0 && u.start >= figure.end && u.end <= t.start && /(?:ed|en|offline)$/i.test(text.slice(u.start, u.end)))) return 1;
      // The figure's own noun is a trigger: "60 convictions", "84 arrests", "3 closures".
      // A participle there ("14 people arrested") is a reduced clause, the figure's own verb only where no verb governs it.
      if (t.start >= figure.end && t.start - figure.end <= 24 && HEAD_NOUN_GAP.test(text.slice(figure.end, t.start)) && figure.unitKind === 'count'
        && !(governed && /ed$/i.test(text.slice(t.start, t.end))) && !MODIFIES_HOLDER.test(text.slice(t.end, t.end + 12))) return 1;
      // What the "number of" phrase before a count says was done to its thing: "The number of sites blacked out ... rises to 1.498".
      if (figure.thingAt !== undefined && t.start >= figure.thingAt && t.start - figure.thingAt <= 48 && t.end <= figure.start) return 1;
      // A sum's own noun: "to pay a $150,000 fine", "a $125,000 civil penalty"; what the money was: "870 mln roubles of stolen money".
      if (figure.unitKind === 'money' && t.start >= figure.end && OWN_NOUN_GAP.test(text.slice(figure.end, t.start)) && !(governed && /(?:ed|en)$/i.test(text.slice(t.start, t.end)))) return 1;
      // An order's noun governs the sum of its object, past the words that say what the sum was before: "ordered the
      // confiscation of attached assets worth Rs 9.84 crore", "the forfeiture of frozen funds of N1.2bn".
      if (figure.unitKind === 'money' && t.end <= figure.start && ORDER_NOUN_OBJECT.test(text.slice(t.start, figure.start))) return 1;
      // "provisionally attached proceeds of crime worth Rs 12 crore", "seized undeclared foreign currency worth $14.6 million":
      // the verb's object is named for the crime, not counted as it.
      if (figure.unitKind === 'money' && t.end <= figure.start && PROCEEDS_OBJECT.test(text.slice(t.end, figure.start))) return 1;
      // "defrauded about 2,900 investors in Germany of €38,4 million": the verb takes the sum past the people it took it from.
      if (figure.unitKind === 'money' && t.end <= figure.start && DEPRIVED_OF.test(text.slice(t.start, figure.start))) return 1;
      // "fined a local exchange operator 4.5 billion won for processing transfers": the one fined, then the sum.
      if (figure.unitKind === 'money' && t.end <= figure.start && FINED_WHOM.test(text.slice(t.start, figure.start))) return 1;
      // What the money was outweighs a verb before it that it refines: "handled Rs 27.8 crore of victims' money" (not "froze
      // $642 million of fraud proceeds", which was frozen).
      if (figure.unitKind === 'money' && t.start >= figure.end && /^\s+of\s+$/.test(text.slice(figure.end, t.start)) && MONEY_AFTER.test(text.slice(t.start, t.end + 12))
        && refinesVerbBefore(t, figure)) return 1.05;
      // "collected MAD 86,4 million in settlement fines", "$4.2 million in civil penalties": what the sum was paid as.
      if (figure.unitKind === 'money' && t.start >= figure.end && /^\s+in\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(figure.end, t.start)) && PAID_AS.test(text.slice(t.start, t.end + 12))) return 1.05;
      // "ordered to pay back £127,450 under a confiscation order": the order the sum is paid under says what it is.
      if (figure.unitKind === 'money' && t.start >= figure.end && /^\s+under\s+(?:an?|the|its)\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(figure.end, t.start)) && /\borders?\b/.test(text.slice(t.start, t.end + 10))) return 1.05;
      // "Crypto-assets accounted for SEK 212m of the seizures": a part of a total that names what it is.
      if (figure.unitKind === 'money' && t.start >= figure.end && /^\s+of\s+(?:the|all|total)\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(figure.end, t.start)) && TOTAL_NOUN.test(text.slice(t.start, t.end + 12))) return 1.05;
      const before = t.end <= figure.start;
      // "more than 2,1 bln rubles stolen by fraudsters were returned to victims": the clause's own verb past a reduced relative,
      // unless the relative says what the authorities did ("640 thousand USDT seized from the operators has been converted").
      if (!before && t.start - figure.end < 80 && REDUCED_THEN_PASSIVE.test(text.slice(figure.end, t.start))) return 1.1;
      // "TL 27.450.000, USD 1.380.000, EUR 245.000, ... 9 vehicles and numerous digital materials were seized": every item of a
      // list is the subject of the passive verb it ends on.
      // Only a list no verb stands before, and whose items hold no verb of their own.
      if (!before && listSubject && t.start - figure.end < 400 && !triggers.some((u) => u.metrics.length > 0 && u.start >= figure.end && u.end <= t.start)
        && ITEMS_TO_PASSIVE.test(text.slice(figure.end, t.start))) return 1;
      const [a, b] = before ? [t.end, figure.start] : [figure.end, t.start];
      // "had 287 websites taken down ... and added 74 entities to its alert list": a verb of its own, which signals nothing,
      // governs the figure after it.
      if (before && otherVerbAt >= t.end) return 0;
      // "... was sentenced to 63 months; Rohan Mehta, 26, of Jersey City, to 46 months": a term the verb before still governs.
      if (before && figure.unitKind === 'duration' && text.slice(a, b).includes(';') && ELLIPTIC_TERM.test(text.slice(text.lastIndexOf(';', figure.start) + 1, figure.start))) return 0.5;
      const direct = (before ? 1 : 0.75) * 0.5 ** (count.breaks(a, b) + count.figures(a, b)) / (1 + count.words(a, b) / 5);
      const inherited = inList && before && t.end <= previous.start ? 0.9 * weights[p]![k]! : 0;
      // Too far to matter: skip the checks below, whose cost grows with the distance.
      if (Math.max(direct, inherited) < 0.01) return 0;
      // "17 were convicted and four were acquitted": a bare subject takes its metric from its own verb only.
      if (figure.bareSubject && (before || !SUBJECT_GAP.test(text.slice(figure.end, t.start)))) return 0;
      // "14 of them, including the group's leader, surnamed Park, were arrested", "The five, aged between 29 and 54, were
      // arrested": past its aside, the verb is still its own.
      if (figure.bareSubject && text[t.start - 2] === ',' && /^(?:\s+of\s+(?:them|those|these|whom))?,\s+(?:(?:including|among\s+them|all|both)\s+|aged\b)/.test(text.slice(figure.end, figure.end + 24))) return 0.9;
      // "7 persons were detained; 5 more persons were notified of suspicion": a semicolon parts what is said of each.
      if (text.slice(a, b).includes(';')) return 0;
      // "operators that were not registered": a negated verb after the figure says nothing about it.
      if (!before && /\b(?:not|never|no)\b/iu.test(text.slice(figure.end, t.start))) return 0;
      // "booked 4,912 people ..., arresting 387 of them": a verb after the figure that takes its own figure is that figure's.
      if (!before && takesOwnFigure(text, t, figures, i)) return 0;
      return Math.max(direct, inherited);
    }));
    // "provisionally attached immovable properties in the form of flats, villas and agricultural land, along with fixed
    // deposits, worth Rs 96.18 crore": where nothing else names a sum, the verb whose long object it values does, with no
    // verb of its own between; so does the verb of accounts that hold it ("froze ... and 1.560 bank accounts holding VND 146 billion").
    // Only triggers that can name a sum count: "covering 1,962 bank accounts ... with an aggregate value of" counts no customers.
    const own = weights.at(-1)!;
    const sums = (k: number) => triggers[k]!.metrics.some((m) => moneyMetrics.has(m));
    if (figure.unitKind === 'money' && Math.max(0, ...own.filter((_, k) => sums(k))) < 0.1) {
      const k = triggers.findLastIndex((t, j) => t.metrics.length > 0 && t.end <= figure.start && sums(j));
      if (k >= 0 && VALUED_OBJECT.test(text.slice(triggers[k]!.end, figure.start))) own[k] = 0.5;
    }
  });
  // "... 2 vehicles and 37 bank cards registered to third persons were seized": a passive verb that ends the clause after
  // the figure, no other figure between, is the figure's own however long its noun phrase.
  // "Eight members of a network that laundered more than £14 million ... have been jailed": a count's relative clause may hold
  // figures of its own before the count's passive verb.
  figures.forEach((figure, i) => {
    const next = figures[i + 1];
    triggers.forEach((t, k) => {
      if (!t.metrics.length || figure.bareSubject || t.start < figure.end || weights[i]![k]! >= 0.9 || pastOf(text, figure, t, triggers, hadBeen)) return;
      // "Three suspects, two German nationals ... and a Ukrainian, were arrested": a count that opens an apposition to the
      // count before it is a part of that count, not the verb's subject.
      const before = figures[i - 1];
      // Only people are set in apposition so: "74 bank cards, 22 mobile phones and a car were seized" is a list.
      if (before?.countedThings.includes('person') && figure.countedThings.includes('person') && /^\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s*$/u.test(text.slice(before.end, figure.start))) return;
      // A trigger written with its auxiliary ("were arrested") is read as the auxiliary, then the participle.
      const auxiliary = AUXILIARY.exec(text.slice(t.start, t.end))?.[0] ?? '';
      // "2,81,500 USDT (approx. Rs. 2.44 Crore) and documents were seized": the figure's conversion in brackets is part of it.
      const conversion = next && CONVERSION_OPEN.test(text.slice(figure.end, next.start)) ? asideEnd(text, next) : -1;
      if (conversion >= t.start) return;
      const following = conversion >= 0 ? figures.find((f) => f.start > conversion) : next;
      const between = (conversion >= 0 ? ' '.repeat(conversion + 1 - figure.end) + text.slice(conversion + 1, t.start) : text.slice(figure.end, t.start)) + auxiliary;
      // The figures between commas describe the count's own people: "14 people, 10 men and four women aged 19 to 58, were".
      if (figure.unitKind === 'count' && APPOSITION_THEN_PASSIVE.test(between)) {
        weights[i]![k] = 0.9;
        return;
      }
      if (following && following.start < t.start) {
        // "assets worth 842 million TL belonging to 58 suspects and 11 companies were frozen": the counts of whose the sum was
        // stand between it and its verb.
        if (figure.unitKind === 'money' && OWNERS_THEN_PASSIVE.test(between) && CLAUSE_END_PASSIVE.test(between)
          && figures.every((f) => f.start <= figure.end || f.start >= t.start || f.unitKind === 'count')) {
          weights[i]![k] = 0.9;
          return;
        }
        if (figure.unitKind !== 'count' || !RELATIVE_THEN_PASSIVE.test(between)) return;
        // A count inside the relative clause is that clause's: "Six members of a gang that cheated more than 700 investors ...
        // have been jailed".
        // Not a partitive's "of which", nor a count the clause's "and" or a semicolon joins after it: "146 exchange points, many of
        // which sold ..., and 1 118 websites ... were blocked".
        const relative = /(?<!\bof\s)\b(?:that|who|which)\s/.exec(between);
        const relativeAt = relative ? figure.end + relative.index : -1;
        const inRelative = (f: Figure) => relativeAt >= 0 && f.start > relativeAt && !/,\s*and\s|;/.test(text.slice(relativeAt, f.start));
        if (figures.every((f) => f.start <= figure.end || f.end > t.start || f.unitKind !== 'count' || inRelative(f))) weights[i]![k] = 0.9;
        return;
      }
      // "Three men who laundered ... through cryptocurrency exchanges and unregistered bitcoin machines have been jailed".
      // A sum's relative clause may be of the noun before it: "worth about ₹2.7 crore held in 26 wallets, which has been
      // transferred to ...": a verb before the sum outweighs it.
      if (CLAUSE_END_PASSIVE.test(between)) {
        weights[i]![k] = figure.unitKind === 'money' && /,\s*(?:which|who)\s/.test(between) ? Math.max(weights[i]![k]!, 0.6) : 0.9;
        // "96.3 billion won frozen in fraud accounts has been returned to victims": a participle that says where the figure's
        // noun was held gives way to the clause's own passive verb (not one that says what it was: "Rs 214 crore cheated from
        // people ... was routed").
        const participle = triggers.findIndex((p, q) => q !== k && p.start > figure.end && p.end < t.start && weights[i]![q] === 1
          && /(?:ed|en)$/i.test(text.slice(p.start, p.end)) && (/^\s+$/.test(text.slice(figure.end, p.start)) || REDUCED_PASSIVE.test(text.slice(figure.end, p.start)))
          && /^\s+(?:in|on|at|during|under)\s/i.test(text.slice(p.end, p.end + 8)) && !/[,;]/.test(text.slice(p.end, t.start)));
        if (participle >= 0 && weights[i]![k] === 0.9) [weights[i]![k], weights[i]![participle]] = [1, 0.8];
      } else if ((figure.unitKind === 'count' && RELATIVE_THEN_PASSIVE.test(between))
        || (figure.unitKind === 'count' && ORDERED_PASSIVE.test(between) && ORDERED_LEAD.test(text.slice(Math.max(0, figure.start - 100), figure.start)))) weights[i]![k] = 0.9;
    });
  });
  // "..., during which ֏96.4 million, 41,500 US dollars and 1 vehicle were seized": the verb the last item of a list is
  // the subject of is every item's.
  for (let i = figures.length - 2; i >= 0; i--) {
    const next = figures[i + 1]!;
    // "fined 1 500 MCI (5 898 000 tenge), and 4,2 million tenge were confiscated": a bracket's figure is no item of the list after it.
    // A conversion in brackets ("24.6 billion tenge ($48 million), including ...") stays with the sum it restates.
    const closes = asideEnd(text, figures[i]!);
    const converts = i > 0 && CONVERSION_OPEN.test(text.slice(figures[i - 1]!.end, figures[i]!.start));
    // "assets worth 24.6 billion tenge ($48 million), including 6.1 million USDT, were seized": a sum no verb reaches past
    // its conversion takes the verb its conversion takes.
    if (CONVERSION_OPEN.test(text.slice(figures[i]!.end, next.start)) && asideEnd(text, next) >= 0 && Math.max(0, ...weights[i]!) < 0.1) {
      triggers.forEach((t, k) => {
        if (t.start >= next.end) weights[i]![k] = Math.max(weights[i]![k]!, weights[i + 1]![k]!);
      });
      continue;
    }
    if (figures[i]!.bareSubject || (closes >= 0 && closes < next.start && !converts) || !coordinated(text, figures[i]!, next, triggers)) continue;
    // "total damage of over 600 million soms, and 48 million soms have been returned": a sum its own noun names just before
    // it is no item of the list after it.
    // Nor is the sum of accounts a verb before named: "the blocking of 1.846 bank accounts with a total balance of 21,3 million
    // euros, and 9,7 million euros were returned".
    // Nor is the object of a verb right before it: "We shut down 74 illegal online casinos, and at our request 2,900 mirror
    // sites were blocked".
    const named = triggers.some((t, k) => t.end <= figures[i]!.start && t.metrics.length > 0 && ((weights[i]![k]! >= 0.5 && NOUN_OF_SUM.test(text.slice(t.end, figures[i]!.start)))
      || (weights[i]![k]! >= 0.2 && VALUED_OBJECT.test(text.slice(t.end, figures[i]!.start)))
      || (weights[i]![k]! >= 0.75 && t.metrics.some((m) => moneyMetrics.has(m) === (figures[i]!.unitKind === 'money')) && OBJECT_GAP.test(text.slice(t.end, figures[i]!.start)))));
    // Nor is the complement of its own verb: "The damage ... exceeded ₸31.7bn, and ₸5.2bn was returned to victims".
    if (named || isComplement(text, figures[i]!)) continue;
    triggers.forEach((t, k) => {
      // Only a verb the next item is the subject of, itself or through the items after it: 1, 0.9, 0.81, ...
      if (t.start >= next.end && weights[i + 1]![k]! >= 0.5) weights[i]![k] = Math.max(weights[i]![k]!, 0.9 * weights[i + 1]![k]!);
    });
  }
  // "Losses from social media investment scams, which the agency counts separately, reached ¥152.4 billion": a sentence's
  // subject, opened by a trigger, is what the figure its verb reports is of.
  const k = triggers.findIndex((t) => t.metrics.length > 0);
  const subject = triggers[k];
  if (subject && SUBJECT_OPENING.test(text.slice(0, subject.start))) {
    figures.forEach((figure, i) => {
      if (!completesVerbBefore(text, figure) || /[;:]/.test(text.slice(subject.end, figure.start))) return;
      weights[i]![k] = Math.max(weights[i]![k]!, 0.6);
    });
  }
  // "sentenced the organiser to 8 years, his two deputies to 7 years each, and three operators to 4 years each": each pair of
  // people and term takes the verb the pairs hang from, however many pairs stand between.
  figures.forEach((_, i) => {
    const pairStart = pairedWithTerm(text, figures, i);
    if (pairStart < 0) return;
    // The last trigger before the pair most, each one before it less: "sentenced the founder to 12 years in prison, and three
    // associates to ..." hangs the people from "sentenced", past the term's "prison".
    let weight = 0.5;
    for (let k = triggers.findLastIndex((t) => t.end <= pairStart); k >= 0; k--) {
      if (!triggers[k]!.metrics.length) continue;
      if (/[.!?]\s/.test(text.slice(triggers[k]!.end, pairStart))) break;
      weights[i]![k] = Math.max(weights[i]![k]!, weight);
      weight *= 0.9;
    }
  });
  return weights;
}

/** What stands between a count of people and the term each of them received: "two deputies to ", "two partners, ", "three associates to terms of ". */
const PAIR_GAP = /^\s+(?:[\p{L}"“”'’-]+\s+){0,3}?[\p{L}"“”'’-]+(?:\s+to\s+|,\s+)(?:(?:prison\s+|jail\s+)?(?:terms?|sentences?)\s+of\s+)?(?:from\s+|between\s+)?$/u;

/** Where the pair of a count and a term figure `i` belongs to starts ("his two deputies to 7 years each"), or -1. */
function pairedWithTerm(text: string, figures: readonly Figure[], i: number): number {
  const figure = figures[i]!;
  const previous = figures[i - 1];
  const next = figures[i + 1];
  if (figure.unitKind === 'count' && next?.unitKind === 'duration' && PAIR_GAP.test(text.slice(figure.end, next.start)) && i > 0) return figure.start;
  if (figure.unitKind === 'duration' && previous?.unitKind === 'count' && i > 1 && PAIR_GAP.test(text.slice(previous.end, figure.start))) return previous.start;
  return -1;
}

/**
 * Chooses the metric of a figure from the weights of the triggers around it (nearer, before rather than after,
 * fewer breaks and figures between). Returns null when nothing in the sentence signals a metric, or when a count sits
 * under two metrics joined by "or" ("removed or blocked"); a sum under two ("assets seized or frozen") is the first one's.
 */
export function chooseMetric(
  text: string,
  figure: Figure,
  weights: readonly number[],
  triggers: readonly TriggerMention[],
  candidates: readonly Candidate[],
): { metric: MetricDefinition; score: number } | null {
  let best: { metric: MetricDefinition; score: number; trigger: number } | null = null;
  for (const { metric, asSubject } of candidates) {
    // The metrics whose triggers this one reads here: those the figure cannot be, where it counts their nouns ("seized 14 domains").
    // "seized the domains of 14 trading platforms": the nouns may stand before the count, what was done to them before them.
    const after = metric.readsTriggersOf ? countsOneOf(text, figure, metric.readsTriggersOf.nouns) : false;
    const before = metric.readsTriggersOf && !after ? nounsOf(text, figure, metric.readsTriggersOf.nouns) : false;
    const borrowed = after || before ? metric.readsTriggersOf!.metrics.filter((id) => !candidates.some((c) => c.metric.id === id)) : [];
    triggers.forEach((t, k) => {
      const signals = t.metrics.includes(metric.id) || ((!before || t.end <= figure.start) && borrowed.some((id) => t.metrics.includes(id)));
      // A thing that is both a venue and an organisation (a call centre, a casino's cash desk) is dismantled as a group: on a tie,
      // the group reading wins.
      const groupOnTie = best !== null && weights[k] === best.score && (metric.counts ?? []).includes('group') && (best.metric.counts ?? []).includes('platform');
      // "recovered and returned": the metric whose own phrase it is wins a tie with those of the shorter stems inside it.
      const phraseOnTie = best !== null && best.trigger === k && weights[k] === best.score && t.primary !== undefined && t.primary.includes(metric.id) && !t.primary.includes(best.metric.id);
      if (!signals || !(weights[k]! > 0) || (best && weights[k]! <= best.score && !groupOnTie && !phraseOnTie)) return;
      if (asSubject && !(t.start >= figure.end && SUBJECT_GAP.test(text.slice(figure.end, t.start)))) return;
      // "Three promoters who recruited investors": people who do the verb to customers are not its customers.
      if (asSubject && (PEOPLE_OBJECT.test(text.slice(t.end, t.end + 40)) || PEOPLE_NOUN.test(text.slice(t.start, t.end)))) return;
      best = { metric, score: weights[k]!, trigger: k };
    });
  }
  if (!best) return null;
  const chosen: { metric: MetricDefinition; score: number; trigger: number } = best;
  const metrics = candidates.map((c) => c.metric);
  // "seized or restrained more than $140 million": coders read a sum as the first verb's; a count as the metric's that wins
  // such a pair (sites "removed or blocked" were blocked); "the arrest or conviction of two founders" count no one thing.
  const other = disjoined(text, chosen.trigger, triggers, metrics.filter((m) => m !== chosen.metric));
  const winner = other && figure.unitKind === 'count' ? [chosen.metric, ...metrics.filter((m) => other.metrics.includes(m.id))].find((m) => m.winsDisjunction) : undefined;
  if (other && !winner && figure.unitKind !== 'money') return null;
  // "More than S$3 billion in assets were seized or frozen": the first verb is the chosen one itself.
  const metric = winner ?? (other && other.start < triggers[chosen.trigger]!.start ? metrics.find((m) => other.metrics.includes(m.id))! : chosen.metric);
  const refined = refine(text, figure, triggers, metrics, metric, triggers[chosen.trigger]!);
  return { metric: refined ?? metric, score: chosen.score };
}

/** Whether the count is of the things one of `nouns` belongs to: "the domains of 14 platforms". */
function nounsOf(text: string, figure: Figure, nouns: readonly string[]): boolean {
  const of = /\b([\p{L}-]+)\s+of\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, figure.start - 32), figure.start));
  return of !== null && nouns.includes(of[1]!.toLowerCase());
}

/** Whether the noun right after a count, past a modifier or two, is one of `nouns`: "11 web domains", "14 other domains". */
function countsOneOf(text: string, figure: Figure, nouns: readonly string[]): boolean {
  const words = text.slice(figure.end, figure.end + 40).toLowerCase().match(/[\p{L}-]+/gu)?.slice(0, 3) ?? [];
  return words.some((w, i) => nouns.includes(w) || (i > 0 && nouns.includes(`${words[i - 1]} ${w}`)));
}

/** "seized or frozen", "seized/frozen": the trigger of another candidate metric the chosen one is joined to by "or", or null. */
function disjoined(text: string, k: number, triggers: readonly TriggerMention[], others: readonly MetricDefinition[]): TriggerMention | null {
  const t = triggers[k]!;
  const u = triggers.find((u) => u !== t && others.some((m) => u.metrics.includes(m.id) && !t.metrics.includes(m.id))
    && /^(?:\s+(?:or|and\/or)\s+|\s*\/\s*)$/iu.test(u.start >= t.end ? text.slice(t.end, u.start) : text.slice(u.end, t.start)));
  return u ?? null;
}

/**
 * Turnover "related to drug activities" is illicit volume: a context word in the clause refines the metric, unless a
 * share of the figure stands between ("turnover of 33 billion tenge, of which 12 billion came from drug shops"), and a
 * part of a sum said before ("at least $2.3 million of the bitcoin he sold") is the part traced to crime.
 */
function refine(text: string, figure: Figure, triggers: readonly TriggerMention[], candidates: readonly MetricDefinition[], chosen: MetricDefinition, by: TriggerMention) {
  const word = text.slice(by.start, by.end).toLowerCase();
  // Lower-cased only where some candidate takes over the chosen metric through this word: most figures meet none.
  const takeovers = candidates.flatMap((m) => (m.alsoRefines ?? []).filter((r) => r.metric === chosen.id && r.via.includes(word)).map((r) => ({ m, r })));
  // "exchangers ... moved about $18.8 million in drug money": a sum whose own words say it is crime's stays crime's.
  if (takeovers.length && !(chosen.describesCrime && OWN_CRIME_TAIL.test(text.slice(figure.end, figure.end + 120)))) {
    // Where the sum went is told in its clause or after the verb: "surrendered to the government assets worth Sh2.9 billion, and
    // returned Sh186 million to victims" returned the second sum to no government.
    const lower = text.slice(Math.min(by.start, clauseAround(text, figure.start, figure.end)[0])).toLowerCase();
    const taken = takeovers.find(({ r }) => r.where.some((w) => lower.includes(w)));
    if (taken) return taken.m;
  }
  const refined = candidates.find((m) => m.refines === chosen.id && (!m.refinesVia || m.refinesVia.some((v) => word.startsWith(v))));
  if (!refined) return undefined;
  if (subjectOfPassive(refined, text.slice(figure.end, figure.end + 80))) return refined;
  // "of which 19.3 billion tenge is connected with payments for drugs", "₸46.8 billion, or roughly $87 million, was linked to
  // payments for narcotics", "moved about $18.8 million in drug money": the sum's own words tie it to crime.
  if (refined.describesCrime && OWN_CRIME_TAIL.test(text.slice(figure.end, figure.end + 120))) return refined;
  // A part of a sum is the part traced to crime, unless its own words say what it is ("of this amount were returned to the victims").
  if (!wordsSay(chosen, text) && PART_OF_SUM.test(text.slice(figure.end, figure.end + 48))) return refined;
  const [from, to] = clauseAround(text, figure.start, figure.end);
  const inClause = (t: TriggerMention) => t.start >= from && t.end <= to;
  const keep = chosen.keep ?? [];
  // The money's own words after it still refine it: "illicit exchangers processed KZT 9.6 billion in drug payments".
  // "converted about 86 billion won stolen from more than 1,900 victims": so do the words that say how it was got.
  // "handled some 7.8 billion tenge linked to the sale of synthetic drugs": so do the words that tie it to a crime.
  const saysCriminal = /^\s+(?:(?:in|of)\s+(?:[\p{L}-]+\s+)?(?:drug|narcotic|criminal|illicit|stolen|fraud|scam)|(?:stolen|defrauded|extorted|swindled|embezzled)\b|(?:directly\s+)?(?:linked|related|tied|connected)\s+to\s+(?:the\s+)?(?:sale\s+of\s+)?(?:[\p{L}-]+\s+)?(?:drug|narcotic|criminal|illicit|fraud|scam))/iu.test(text.slice(figure.end, figure.end + 60));
  if (keep.length && (triggers.some((t) => inClause(t) && keep.includes(text.slice(t.start, t.end).toLowerCase())) || (!saysCriminal && keepsBefore(chosen, text.slice(0, figure.start))))) return undefined;
  // "returned THB 412 million to victims": whom the sum went to, after it, keeps it too.
  if (keep.length && TO_WHOM_TAIL.test(text.slice(figure.end, figure.end + 60))) return undefined;
  if (!saysCriminal && handledFor(chosen, text, figure)) return undefined;

  const ofWhole = (t: TriggerMention) => t.end <= figure.start || !SHARE_OF_IT.test(text.slice(figure.end, t.start));
  return triggers.some((t) => inClause(t) && t.contextOf.includes(refined.id) && ofWhole(t)) ? refined : undefined;
}

/**
 * Whether the figure is the subject of one of the metric's `refinesAsSubjectOf` verbs in the passive, past a conversion in
 * brackets or a part's "of it": "Around ₹61 crore (roughly $6.9 million) was converted", "Rs.1.35 billion of the deposits had
 * been transferred abroad".
 */
function subjectOfPassive(metric: MetricDefinition, after: string): boolean {
  if (!metric.refinesAsSubjectOf?.length) return false;
  let pattern = PASSIVE_SUBJECT.get(metric);
  if (!pattern) {
    pattern = new RegExp(`^(?:\\s*\\([^()]{0,40}\\))?(?:\\s+(?:of|from)\\s+(?:it|this|that|them|these|those|the\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?))?(?:\\s+in\\s+[\\p{L}-]+)?(?:${REDUCED_RELATIVE})?\\s+(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:then\\s+|later\\s+|subsequently\\s+|allegedly\\s+|also\\s+|reportedly\\s+)?(?:${metric.refinesAsSubjectOf.map(escape).join('|').replace(/ /g, '\\s+')})\\b`, 'iu');
    PASSIVE_SUBJECT.set(metric, pattern);
  }
  return pattern.test(after);
}
const PASSIVE_SUBJECT = new WeakMap<MetricDefinition, RegExp>();
const OWN_CRIME_TAIL = gated(/^(?:\s*\([^()]{1,40}\))?(?:,\s*or\s+[^,;]{1,30},)?\s+(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+)?(?:(?:directly\s+)?(?:linked|related|tied|connected|attributed|traced)\s+(?:to|with)\s+(?:the\s+)?(?:(?:payments?|settlements?|sales?|purchases?)\s+(?:for|of)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:drugs?|narcotics?|darknet)|in\s+(?:drug|narcotics?)\s+(?:money|proceeds|payments))\b/iu);
const TO_WHOM_TAIL = /^\s+(?:\([^()]{0,40}\)\s+)?(?:(?:were|was|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:returned|refunded|repaid|paid\s+back|given\s+back)\s+)?(?:back\s+)?to\s+(?:the\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:victims|investors|depositors|complainants|owners|customers|clients|savers|consumers|citizens|bettors)\b/iu;

/** Whether the sum was handled for a count of the metric's `keepFor` people, between the semicolons around it. */
function handledFor(metric: MetricDefinition, text: string, figure: Figure): boolean {
  if (!metric.keepFor?.length) return false;
  let pattern = HANDLED_FOR.get(metric);
  if (!pattern) {
    pattern = new RegExp(`\\bfor\\s+(?:(?:about|around|approximately|roughly|some|nearly|almost|over|more\\s+than|at\\s+least)\\s+)?\\d[\\d,.\\s]*\\s(?:${metric.keepFor.map(escape).join('|')})\\b`, 'i');
    HANDLED_FOR.set(metric, pattern);
  }
  const from = text.lastIndexOf(';', figure.start) + 1;
  const semicolon = text.indexOf(';', figure.end);
  return pattern.test(text.slice(from, semicolon < 0 ? text.length : semicolon));
}
const HANDLED_FOR = new WeakMap<MetricDefinition, RegExp>();

/** Whether the sentence before a figure names what keeps it its metric's: "the exchanger converted ...". */
function keepsBefore(metric: MetricDefinition, before: string): boolean {
  // "illegal exchangers were used to process KZT 9.6 billion in payments for drugs": the exchangers are the criminals' tool.
  if (!metric.keep?.length || /\bused\s+(?:to|for|by)\b/i.test(before)) return false;
  let words = KEEP_WORDS.get(metric);
  if (!words) {
    words = new RegExp(`\\b(?:${metric.keep.map(escape).join('|')})\\b`, 'i');
    KEEP_WORDS.set(metric, words);
  }
  return words.test(before);
}
const KEEP_WORDS = new WeakMap<MetricDefinition, RegExp>();

/** Whether a text holds a context word of the metric: its own words say what its figure is ("returned to the victims"). */
export function wordsSay(metric: MetricDefinition | undefined, text: string): boolean {
  const lower = text.toLowerCase();
  return metric?.context?.some((w) => lower.includes(w)) ?? false;
}

/** "at least $2.3 million of the bitcoin he sold", "Rs 310 crore of the money": a part of a sum said before. */
const PART_OF_SUM = gated(/^\s+of\s+(?:the|that|this|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:money|amount|sum|funds|turnover|bitcoin|proceeds|total|transfers|transactions)\b/iu);
/** What tells a share of the figure before the words that say what the share was: ", of which", ", much of it". */
// "processed more than EUR 650 million, at least EUR 95 million of which came from ransomware": the part's figure may come first.
const SHARE_OF_IT = gated(/,\s*(?:(?:[^;]{0,40}?\s)?of\s+which|(?:much|most|some|part|half)\s+of\s+(?:it|which)|with\s+(?:a|the)\s+(?:large|larger|major|significant|small)\s+(?:share|part|portion)|estimating)\b/i);
