/**
 * The codebook as data: metrics, units, qualifiers and the words that signal them. Extraction reads
 * these tables, never literals of its own, so a new enforcement domain is configuration (pipeline.yaml
 * `codebook:`), not code.
 */

export const UNIT_KINDS = ['count', 'money', 'duration'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const QUALIFIERS = ['exact', 'approximately', 'more_than', 'at_least', 'less_than', 'up_to', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A metric of the codebook with the words that signal it in a clause. */
export interface MetricDefinition {
  id: string;
  unit_kind: UnitKind;
  description: string;
  /** Lower-case word stems; a word matches when it starts with the stem ("liquidat" matches "liquidation"). */
  triggers: string[];
  /**
   * Whole words (or phrases) that signal the metric only as written: "sent" must not match "sentenced".
   * Matched case-insensitively like the stems.
   */
  words?: string[];
  /** For counts: the classes of counted things the figure must name ("platform", "person", ...). */
  counts?: string[];
  /**
   * Classes the metric counts only as the subject of a trigger right after the figure: "57,000 Russians
   * invested" are customers, "served notices on 14 participants" are not.
   */
  countsAsSubject?: string[];
  /**
   * Words that turn a figure read as `refines` into this metric when they stand in the same clause:
   * turnover "related to drug activities" is illicit volume.
   */
  context?: string[];
  refines?: string;
  /** Trigger stems through which alone a figure is refined: money "recovered" in a pyramid's case is returned, "seized" is not. */
  refinesVia?: string[];
  /**
   * Verbs of which a figure read as `refines` is the subject in the passive, which make it this metric: "Rs 340 crore was then
   * converted into USDT and sent to wallets abroad" tells where crime's money went, not what a platform did for its clients.
   */
  refinesAsSubjectOf?: string[];
  /**
   * Other metrics' figures this one takes where they are read through one of `via` and the sentence holds a word of
   * `where`: property "secured" is frozen, what "searches" secure is seized.
   */
  alsoRefines?: ReadonlyArray<{ metric: string; via: string[]; where: string[] }>;
  /**
   * Metrics whose triggers this one reads for a figure that can be this metric's but not theirs, where the figure counts
   * one of `nouns`: domains "seized" ("seized 14 domains") are taken down, while seized crypto ATMs stay items.
   */
  readsTriggersOf?: { metrics: string[]; nouns: string[] };
  /**
   * Words that keep this metric even where context words would refine it: a darknet market's "sales" are its
   * turnover although the goods are drugs.
   */
  keep?: string[];
  /**
   * People a sum handled for, counted, keeps this metric's: "exchanged about Dh19 million for some 700 customers" is a
   * service's business whatever its customers' money was. Whole words, any case.
   */
  keepFor?: string[];
  /**
   * Crimes a sum told right before them is the size of, up to three words between: "over an alleged £35 million VAT
   * fraud", "running a NZ$7.2 million Ponzi scheme". Read only where no trigger says what the sum is. Whole words, any case.
   */
  sizeOf?: string[];
  /**
   * Verbs whose object may stand between them and the sum they govern: "fined a registered VASP, Halfpenny Digital Ltd,
   * €1.45m for failings in transaction monitoring". The sum is this metric's, whatever words after it say. Whole words.
   */
  governs?: string[];
  /**
   * Verbs whose direct object the sum is, within three words after them: "Investigators have so far traced more than 98
   * million USDT", "investors deposited roughly 1,150 bitcoin". Whole words.
   */
  sumObjectOf?: string[];
  /**
   * Words of a sentence that make its figure of this metric another market's: "Licensed AIFC platforms, by contrast,
   * processed $2.3 billion" is the legal market's turnover, not an illegal platform's. Whole words, any case.
   */
  voidedBy?: string[];
  /** Words that keep the figure the metric's although `voidedBy` words stand beside it: "illegal exchangers ... bypassing the licensed operators". */
  voidedUnless?: string[];
  /**
   * Verbs by which people counted before them receive a figure of `unit_kind`, which makes the count this metric's:
   * "His two deputies received five years" were sentenced. Whole words, any case.
   */
  receivedBy?: { words: string[]; unit_kind: UnitKind };
  /**
   * Verbs that make a sum this metric's where the people it came from follow it ("received S$12.64 million from at least
   * 1,040 scam victims"), or what it was taken as (`as`: "collected more than ₺6.8 billion in bets", "found $1.6 million in
   * cash"), or what it was called before it (`nouns`: "took bets worth ..."). Whole words, any case; `people` may be empty.
   * `where`: the people count only in a text about these ("betting"), unless the sentence says `unless` ("a fake mining app"):
   * a betting app's users paid it bets, a fake investment app's were defrauded. `to`: the people follow "to", not "from"
   * ("a curator has since paid R61 million to about 7 800 members").
   */
  takenFrom?: { verbs: string[]; people: string[]; as?: string[]; nouns?: string[]; where?: string[]; unless?: string[]; to?: boolean };
  /**
   * The metric tells what the crime took or whom it harmed, not what an authority did: the day or month an authority acted
   * on does not date it ("On 14 November the court sentenced four men for laundering DKK 36 million": no period for the
   * DKK 36 million, as coders read it).
   */
  describesCrime?: boolean;
  /**
   * The metric's counted things say it where no trigger does, when a platform has them: "The casinos and clubs had more
   * than 15,000 players" are their customers.
   */
  namedByThings?: boolean;
  /** A court hands the metric's figures down: the agency that prosecuted reports them, not one that only investigated (see `prosecutedBy`). */
  handedDown?: boolean;
  /** A count under this metric's verb and another's joined by "or" is this metric's: sites "removed or blocked" were blocked. */
  winsDisjunction?: boolean;
}

/** "property worth 48 million soms has been arrested" (held) and "12 people were arrested" (detained): the unit tells which. */
/** Wallets in the authorities' keeping, which crypto is moved to when it is seized. */
const AUTHORITIES_WALLETS = ['wallets controlled by the police', 'wallets controlled by the pf', 'wallets controlled by the federal police',
  'wallets controlled by law enforcement', 'wallets controlled by the authorities', 'wallets controlled by investigators', 'a wallet controlled by the police',
  'a wallet controlled by law enforcement', 'a wallet controlled by the authorities', 'police-controlled wallets', 'government-controlled wallets'];
const ARRESTED = ['has been arrested', 'have been arrested', 'was arrested', 'were arrested'];

export const METRICS: readonly MetricDefinition[] = [
  {
    id: 'platforms_blocked', unit_kind: 'count', counts: ['platform'], winsDisjunction: true,
    description: 'online platforms, sites or exchanges whose access was blocked or restricted',
    // "the obscuring of the 14 websites": Italian releases in English (oscuramento).
    // "block" as a word, not a stem: "blockchain" blocks nothing.
    // "has taken down access to the 12 websites": access taken down is a block.
    triggers: ['blockage', 'restrict', 'blacklist', 'geo-block', 'obscur', 'blackout', 'blacked out', 'black out', 'inhibit',
      'taken down access', 'took down access', 'take down access', 'takes down access', 'has taken down access', 'have taken down access', 'had taken down access'],
    // Whole words: the stem "ban" would match "bank cards".
    words: ['ban', 'bans', 'banned', 'banning', 'block', 'blocks', 'blocked', 'blocking', 'blockings',
      // "318 websites were made inaccessible to users in Hungary".
      'made inaccessible', 'rendered inaccessible',
      // "cut off access to more than 1,3 million online gambling sites".
      'cut off access', 'cut access', 'cutting off access', 'cuts off access',
      // Registers and lists that providers must block: "KAS added 1 140 domains to the register of illegal gambling domains",
      // "entered 8 114 domains in the Register of Domains Used to Offer Gambling", "added 41 208 domains to its warning list".
      'to the register of', 'in the register of', 'to its register of', 'to its warning list', 'to the warning list', 'to its list of unauthorised', 'to the list of unauthorised',
      // "added 1,214 illegal gambling domains to its register in January", "entered 38 214 domains into the Register".
      'to its register', 'to the register', 'into the register', 'into its register'],
    // Apps "removed from the app stores" are blocked for the country's users, not closed.
    refines: 'platforms_closed',
    refinesVia: ['remov', 'delet', 'taken down', 'took down'],
    context: ['app store', 'app stores', 'play store', 'google play', 'apple and google'],
  },
  {
    id: 'platforms_closed', unit_kind: 'count', counts: ['platform'],
    description: 'illegal platforms or exchanges liquidated, shut down, closed, taken down, or whose activity was terminated',
    triggers: ['liquidat', 'shut', 'shutter', 'close', 'closing', 'closure', 'winding-up', 'winding up', 'wound up', 'wind up', 'taken down', 'took down', 'take down', 'takedown', 'taken offline', 'knocked offline',
      // "ordered the cessation of 26 unauthorised hawala-type payment services".
      'cessation',
      // Longer than crime's "had taken" (illicit_volume), so that "had taken down 40 sites" stays a takedown.
      'has taken down', 'had taken down', 'have taken down',
      'dismantl', 'terminat', 'seized domain', 'dissolv', 'halted', 'suspend', 'knocked offline', 'switched off', 'eliminat', 'suppress',
      'put an end', 'takes down', 'taking down', 'remov', 'stopp', 'delet',
      // BaFin "took 23 unauthorised crypto ATMs out of operation".
      'out of operation', 'out of service', 'decommission',
      // "law enforcement took control of 63 domains", "neutralised 2,380 domains".
      'took control of', 'taken control of', 'seized control of', 'neutralis', 'neutraliz',
      // The FCA "disrupts" and "disables" unregistered crypto ATMs.
      'disrupt', 'disabl',
      // Brazil's releases: "37 betting websites operated by the group were taken off the air" (coders mostly read a closure).
      'taken off the air', 'took off the air', 'off the air',
      // "BaFin ordered three companies to cease their unauthorised business and to wind it up".
      'wind up', 'wind it up', 'wound up', 'winding up', 'wind down', 'wind-down', 'to cease'],
    // "took 27 websites offline", "had 64 websites taken offline".
    words: ['offline',
      // "six unlicensed money-changing outlets ..., which have since been sealed".
      'sealed'],
    readsTriggersOf: { metrics: ['items_seized'], nouns: ['domain', 'domains', 'web domain', 'web domains', 'website', 'websites'] },
  },
  {
    id: 'platform_turnover', unit_kind: 'money',
    description: 'transactions or turnover processed by illegal platforms or their operators',
    // An illegal casino's or betting app's take: "collected ₹1,812 crore in bets from more than 5.6 lakh users".
    takenFrom: { verbs: ['collected', 'received', 'took', 'taken', 'take', 'taking', 'took in', 'taken in', 'raked in', 'accepted'], people: ['users', 'players', 'bettors', 'gamblers', 'punters'], as: ['in bets', 'in deposits', 'in wagers', 'in stakes'], nouns: ['bets', 'stakes', 'wagers'],
      where: ['bet', 'bets', 'betting', 'gambling', 'casino', 'casinos', 'wagers', 'bookmaker', 'bookmakers', 'lottery', 'sportsbook', 'punters', 'gamblers', 'bettors'],
      unless: ['fake', 'Ponzi', 'pyramid', 'fraudulent', 'scam', 'bogus', 'sham'] },
    triggers: ['turnover', 'turned over', 'turns over', 'turning over', 'transaction', 'transacted', 'processed', 'process', 'handled', 'handling', 'accounted for', 'volume',
      'transferred', 'transferring', 'exchanged', 'worth of trades', 'traded', 'flow', 'cash flow', 'convert',
      'remit', 'funnel', 'channelled', 'channeled', 'channelling', 'channeling', 'to channel', 'routed', 'facilitat', 'sales', 'sold',
      // A betting ring's take: "with total bets of VND 3.450 billion".
      'total bets', 'bets worth', 'bets totalling', 'bets totaling', 'bets amounting',
      // "Bets placed through the rings' platforms totalled VND12.6 trillion", "the total amount of bets placed on the sites".
      'bets placed', 'amount of bets', 'value of bets', 'volume of bets',
      // "Investigators put the stakes collected at €54m".
      'stakes collected', 'bets collected', 'wagers collected', 'stakes placed', 'wagers placed', 'stakes taken',
      // "the platform recorded stakes of 22,6 million lei".
      'recorded stakes', 'stakes of', 'wagers of',
      // "seized betting records worth HK$386 million": the bets the records show, not money seized.
      'betting records worth', 'betting records totalling', 'betting records with', 'betting records involving', 'betting slips worth', 'betting slips totalling'],
    // "mixed bitcoin worth more than EUR 1.3 billion", "26,8 million euros in cash were introduced into the machines".
    words: ['mixed', 'laundered through', 'introduced into', 'inserted into', 'fed into', 'exchange operations', 'sent', 'swapped', 'took bets', 'take bets', 'taken bets', 'accepted bets', 'bets worth', 'bets totalling', 'bets totaling',
      'operations worth', 'operations totalling', 'carried out operations',
      // "deposits to illegal gambling sites totalled Rp 155 trillion", "recorded online gambling deposits of Rp 47,2 trillion".
      'deposits to', 'deposits into', 'gambling deposits', 'betting deposits', 'casino deposits',
      // "the websites received deposits of R$ 412,6 million": what a platform takes in (a scheme's is refined to illicit volume).
      'received deposits', 'accepted deposits', 'took deposits', 'taken deposits',
      // An illegal lender's loans are its business: "the apps lent RM4.6mil to some 8,300 borrowers", "disbursed loans of".
      'lent', 'disbursed loans', 'disbursed'],
    // An illegal exchanger's volume is its turnover whatever its clients' money was: "the exchanger converted ₸1,9 billion of
    // drug proceeds into USDT", "a network of exchangers ... moved 41.2 billion tenge".
    keep: ['sales', 'sold', 'exchanger', 'exchangers', 'exchange office', 'exchange offices', 'exchange point', 'exchange points', 'exchange service', 'exchange services',
      'betting records worth', 'betting records totalling', 'betting records with', 'betting records involving', 'betting slips worth', 'betting slips totalling'],
    keepFor: ['clients', 'customers'],
    alsoRefines: [{ metric: 'illicit_volume', via: ['moved'], where: ['exchanger', 'exchange office', 'exchange point'] }],
    // Migrants' remittances home are a country's lawful inflow: "sent home a record MAD 119 billion in remittances".
    voidedBy: ['licensed', 'licence holders', 'license holders', 'legal market', 'regulated market', 'licensed market', 'gross gaming revenue', 'in remittances', 'record remittances', "workers' remittances", 'workers’ remittances', 'remittance inflow', 'sent remittance', 'sent remittances', 'remittance of', 'remittances of',
      // A country's mobile-money market: "Mobile money transactions in the country exceeded TZS 190 trillion".
      'mobile money transactions', 'mobile money accounts', 'mobile money transfers', 'mobile money payments',
      // Licensed venues' volume: "Fourteen firms currently hold such licenses, and they handled about $2.1 billion".
      'hold such licences', 'hold such licenses', 'hold licences', 'hold licenses', 'held licences', 'held licenses', 'hold permits', 'held permits'],
    voidedUnless: ['illegal', 'unlicensed', 'never registered', 'never licensed', 'without registering', 'bypassing', 'without a licence', 'without a license', 'underground', 'shadow', 'criminal'],
  },
  {
    id: 'illicit_volume', unit_kind: 'money', describesCrime: true,
    description: 'value of transactions or turnover tied to crime (drugs, fraud, laundering, cash-out groups)',
    // "Investigators have so far traced more than 98 million USDT through these wallets", "investors deposited roughly 1,150
    // bitcoin ... into wallets controlled by Delaney".
    // "The cases cracked last year involved funds totalling about 186 billion yuan".
    sumObjectOf: ['traced', 'deposited', 'involved'],
    takenFrom: { verbs: ['received', 'obtained', 'took', 'collected', 'accepted', 'captured', 'raised',
      // "to take £27.3m from more than 3,100 investors", "for collecting $180,000 from six elderly victims".
      'receive', 'receiving', 'obtain', 'obtaining', 'take', 'taking', 'taken', 'collect', 'collecting', 'raise', 'raising', 'picked up',
      // A pyramid "drew ₸8.7 billion from more than 6,300 investors", "attracted 2 billion soms from 4,000 depositors".
      'drew', 'drawn', 'attracted'], people: ['victims', 'people', 'investors', 'depositors', 'citizens', 'clients', 'customers', 'users',
      'savers', 'residents', 'pensioners', 'persons', 'individuals'] },
    triggers: ['launder', 'criminal proceeds', 'proceeds of crime', 'illicit flows', 'illicit financial flows', 'illegal flows', 'cash out', 'cash-out', 'cashed out', 'defraud', 'swindl',
      'embezzl', 'stole', 'stolen', 'stealing', 'theft of', 'crypto theft', 'cryptocurrency theft', 'electricity theft', 'power theft', 'heist', 'ransom', 'siphon', 'drained',
      // "persuaded 1,050 people to deposit more than €14 million on fake crypto trading platforms".
      'on fake', 'into fake', 'on bogus', 'into bogus',
      // "lured around 26,000 people across Vietnam into depositing nearly VND1.9 trillion".
      'into depositing', 'into investing', 'into transferring', 'duped', 'duping', 'scammed', 'bilked', 'conned', 'fleeced', 'divert',
      'misappropriat', 'appropriated', 'collected from', 'losses of', 'damage', 'caused losses', 'cost victims', 'cost investors', 'raised from investors', 'amassed',
      'swindle', 'extort', 'cheat', 'took in', 'had taken in', 'has taken in', 'have taken in', 'money taken in', 'illicit profit', 'illegal profit', 'illicit gain', 'illegal gain', 'criminal profit',
      'illegal income', 'criminal income', 'solicited', 'soliciting',
      // Bribes taken are crime's money: "received bribes of at least £1.2 million", "gratification totalling Rp 86,5 billion".
      'bribes', 'bribe of', 'kickback', 'gratification', 'benefited from his criminal conduct', 'benefited from her criminal conduct', 'benefit from criminal conduct',
      // British confiscation hearings: "the court found he had benefited by £8.1m", "a benefit figure of £5,216,480".
      'benefited by', 'benefited to the tune of', 'benefit figure', 'benefit of',
      // "had benefited from his crimes by £1,736,940", "his benefit from the fraud was £2.94 million".
      'benefited from his crimes', 'benefited from her crimes', 'benefited from their crimes', 'benefit from his crimes', 'benefit from her crimes',
      'benefit from their crimes', 'benefit from the fraud', 'benefit from crime',
      // Cash customs detect undeclared, and income or tax hidden from the state, are crime's money unless seized.
      'undeclared', 'not declared', 'undisclosed income', 'unreported income', 'unpaid vat', 'unpaid tax', 'evaded', 'evading',
      // Tax cases: "causing a tax loss of $1.1 million", "failed to report $2.9 million in income", "GST evasion of Rs 824 crore".
      'tax loss', 'loss to the treasury', 'loss to the public treasury', 'cost the treasury', 'that cost the state', 'evasion of', 'failed to report',
      'false invoices', 'fictitious invoices', 'in capital gains', 'trading income',
      // "detected tax fraud worth €118 million", "depleting the State Treasury by PLN 87 mln".
      'fraud worth', 'fraud totalling', 'fraud totaling', 'depleting the', 'damage to the state budget', 'losses to the state budget',
      // "made at least £1.93m from selling cocaine".
      'from selling cocaine', 'from selling drugs', 'from selling heroin', 'from selling cannabis', 'from selling methamphetamine',
      'from selling stolen', 'from dealing drugs', 'from drug dealing', 'from the sale of drugs',
      // China's illegal fundraising: "absorbed funds of 1.26 billion yuan", "illegally absorbing public deposits".
      'absorbed funds', 'absorbing funds', 'absorbed deposits', 'absorbed public deposits', 'illegally absorbed',

      // "At least 11,4 million euros of this amount came from drug trafficking".
      'proceeds of fraud', 'proceeds from fraud', 'proceeds of the fraud', 'proceeds of the scam', 'proceeds of the scheme', "victims' money", 'victims’ money', "victims' deposits", 'victims’ deposits', 'deposits of victims', "victims' funds", 'victims’ funds', 'fraud proceeds', 'scam proceeds', 'fraud funds', 'scam funds', 'fraudulent funds', 'drug proceeds',
      'came from', 'derived from', 'originated from', 'stemmed from', 'was received from', 'were received from',
      // "Funds involved in the cases totalled about 9.2 billion yuan": the sums a court's or police's cases concern.
      'funds involved', 'amount involved', 'amounts involved', 'sums involved', 'money involved',
      // Money a group "moved" or that "passed through" its cards is a flow of crime's money, not a platform's business.
      'moved', 'passed through', 'pass through', 'attract',
      // Payments the account holders never made: "identified fraudulent transfers for an amount of 7.842.650 euros", "the
      // volume of transactions without customers' consent amounted to 27,1 billion rubles".
      'fraudulent transfers', 'fraudulent transactions', 'fraudulent payments', "without customers' consent", 'without customers’ consent',
      "without clients' consent", 'without clients’ consent', 'unauthorised transactions', 'unauthorized transactions',
      // Money a case says was sent out of the country: "the defendants transferred more than SR1.3 billion abroad".
      'abroad', 'out of the country', 'overseas accounts',
      // A casino's cash desk takes the players' stakes: "accepted about 2.7 billion tenge of players' deposits".
      "players' deposits", 'players’ deposits', 'deposits of players', "players' bets", 'players’ bets', "players' money", 'players’ money'],
    // "took £27.3m from more than 3,100 investors", "losing £306m", "to move about S$5.7 million in scam proceeds", "the
    // network passed more than 1,8 billion tenge through 640 bank cards".
    // "the group received payments ... of at least 46,8 million Kč", "the scheme raised about 14.6 billion tenge".
    // "which between them had mobilised Rs 2,430 crore from the public".
    // "earned about Rs 40 lakh in commissions": a mule recruiter's or launderer's cut.
    words: ['in commissions', 'in commission', 'mobilised', 'mobilized', 'collected', 'lost', 'loss', 'losses', 'losing', 'defrauded', 'took', 'had taken', 'has taken', 'have taken', 'move', 'moving', 'passed', 'raised', 'received payments',
      // What a scheme's victims were persuaded to put in: 'persuaded 2 300 foreigners to "invest" a total of UAH 96 million'.
      'invest', 'invested',
      // "convicting him of obtaining Sh538 million from 117 people": the law's "obtaining by false pretences" (not "obtained orders").
      'obtaining', 'fraudulently obtained', 'obtained by false pretences',
      // "the group received from injured persons ... funds of at least CZK 212 million".
      // Hawala's balances "settled" in crypto: "at least 19,5 million euros were settled in this way in USDT".
      'settled in this way', 'settled that way', 'settled in usdt',
      'received from victims', 'received from the victims', 'received from injured', 'received from defrauded', 'received from investors', 'received from depositors'],
    sizeOf: ['fraud', 'frauds', 'scheme', 'schemes', 'scam', 'scams', 'Ponzi', 'swindle', 'heist', 'hack', 'embezzlement', 'laundering', 'racket'],
    refines: 'platform_turnover',
    refinesAsSubjectOf: ['converted', 'transferred', 'sent', 'moved', 'routed', 'remitted', 'siphoned', 'funnelled', 'funneled', 'channelled', 'channeled', 'wired', 'transmitted', 'laundered', 'exchanged', 'cashed out', 'withdrawn'],
    // A licensed market's takings are no crime's: "Italy's legal gaming sector took in €157 billion".
    voidedBy: ['legal gaming', 'legal gambling', 'licensed operators', 'gross gaming revenue', 'legal market', 'regulated market'],
    voidedUnless: ['illegal', 'unlicensed', 'never registered', 'never licensed', 'without registering', 'without a licence', 'without a license', 'underground', 'shadow', 'criminal'],
    // "digital arrest" names a scam (callers posing as police), not an arrest; the returns a scheme promised are no money
    // returned.
    context: ['digital arrest', 'monthly returns', 'daily returns', 'weekly returns', 'annual returns', 'promised returns', 'drug', 'narcotic', 'fraud', 'scam', 'illicit', 'criminal', 'launder', 'darknet', 'dark web', 'ransomware',
      'terror', 'sanctions evasion', 'trafficking', 'extortion', 'ponzi', 'pyramid', 'hack', 'theft',
      'illegal foreign exchange', 'illegal fx', 'underground remittance', 'underground bank', 'stolen', 'hawala', 'hundi', 'hwanchigi', 'without the consent', 'bribe', 'corrupt',
      'smuggl', 'tax evasion', 'proceeds', 'dirty money', 'scheme', 'unauthori', 'conversion cent', 'dropper',
      // An online casino's "cash desk" moves its players' stakes, whatever the verb ("with a combined turnover of").
      'cash desk', 'cash-desk',
      // What a financial intelligence unit's reports concern: "involved US$412 million in suspicious operations".
      'suspicious operations', 'suspicious transactions',
      // A gang's money is crime's money, whatever it did with it: "the gang had received around Rs2.1bn", "the syndicate transferred".
      'gang', 'syndicate', 'racket', 'fraudster', 'scammer', 'mule',
      // "the hub processed around ₱185 million in victims' deposits".
      "victims'", 'victims’'],
  },
  {
    id: 'assets_seized', unit_kind: 'money',
    description: 'assets seized or confiscated by the authorities (crypto, cash, property)',
    // A court's order names what it takes before what the sum was: "ordered the confiscation of the value of proceeds of crime
    // in the amount of €3,86 million", "ordered the forfeiture to the State of Ksh 248,611,420 held in 36 bank accounts".
    governs: ['ordered the confiscation of', 'ordered the forfeiture of', 'ordered the forfeiture to the state of', 'ordered the seizure of', 'ordered the preventive seizure of'],
    // "He was ordered to forfeit $5.8 million", "ordered to pay back £1.84 million under Proceeds of Crime legislation".
    sumObjectOf: ['to forfeit', 'ordered to pay back'],
    // Money "attached" (India's PMLA) is held pending proceedings, so it is assets_frozen, not seized.
    triggers: ['seiz', 'confiscat', 'forfeit', 'impound', 'recover', 'recovered during searches', 'seizure', 'confiscation order',
      // Customs stop the cash they catch: "foiled an attempt to smuggle EUR 312,000".
      'attempt to smuggle', 'attempted to smuggle', 'tried to smuggle',
      // "USDT 1,2 million transferred to wallets controlled by the PF": crypto moved into the authorities' keeping.
      ...['transferred to', 'moved to'].flatMap((verb) => AUTHORITIES_WALLETS.map((wallets) => `${verb} ${wallets}`)),
      // Spanish and Portuguese releases in translation: "1,1 million euros in cash intervened" (intervenidos).
      'intervened',
      'took possession', 'taken possession', 'taking possession', 'takes possession', 'retrieved', 'repatriat', 'clawed back', 'claw back',
      // British courts' confiscation orders: "has been ordered to pay back more than £1.1m following a prosecution".
      'ordered to pay back', 'ordered to repay', 'confiscation order of',
      // Sri Lankan and Indian police take things "into custody" as they do people.
      'took into custody', 'taken into custody', 'takes into custody',
      // "The cryptocurrency haul included 18.2 BTC": what a raid's haul holds was seized.
      'haul included', 'haul includes', 'haul comprised', 'haul of', 'haul also included',
      // Russian-language rulings turn property "to state revenue" (в доход государства): confiscated.
      'turned to state revenue', 'turned into state revenue', 'turned over to state revenue', 'to state revenue', 'into state revenue',
      // What a court orders handed over is confiscated: "ordered a darknet dealer to hand over 97.4 BTC".
      'to hand over',
      // What searches and raids turn up: "Searches yielded 2.4 billion soums", "The October raids also netted ₺412 million".
      'searches yielded', 'search yielded', 'raids yielded', 'raid yielded', 'addresses yielded', 'premises yielded', 'properties yielded', 'locations yielded', 'searches netted', 'raids netted', 'raid netted',
      'raids also netted', 'searches also yielded', 'searches turned up', 'search turned up', 'raids turned up', 'raid turned up',
      // "property seized to compensate for damage: ₸820 mln": taken for the victims, not the damage itself.
      'seized to compensate for damage', 'seized to compensate for the damage', 'seized to compensate damage',
      // Longer than crime's "illegal gains": "The court also confiscated illegal gains of 6.2 million yuan".
      'confiscated illegal gains', 'confiscated the illegal gains', 'confiscated illicit gains', 'confiscation of illegal gains',
      'confiscated illegal proceeds', 'confiscated criminal proceeds', 'confiscated the proceeds', 'seized illegal gains', 'seized criminal proceeds',
      // German courts order "the confiscation of the value of the proceeds of crime" (Einziehung des Wertes von Taterträgen).
      'confiscation of the value of', 'confiscation of the proceeds', 'confiscation of proceeds', 'confiscation of criminal proceeds'],
    // "In their possession were found EGP 3.4 million": found on suspects is taken from them.
    words: ['evidence secured', 'secured as evidence', 'in their possession', 'in his possession', 'in her possession', 'in the possession of', 'in possession of'],
    // "recovered N365 billion from fraudsters", "recovered Rs 312 million during raids": taken from offenders, not returned to victims.
    refines: 'funds_returned',
    // Translations from Polish, Spanish and German: "During the searches, the officers secured: PLN 1 120 000 in cash",
    // "police in Saxony secured nearly 50,000 bitcoin"; property "secured" against future fines stays frozen.
    alsoRefines: [{ metric: 'assets_frozen', via: ['secured'], where: ['search', 'raid', 'cash', 'bitcoin', 'crypto', 'usdt', 'wallet', 'btc', 'eth', 'xmr', 'monero', 'ether'] },
      // Assets "returned to the state" (Kazakhstan's asset return, Ireland's CAB, Indonesia's KPK) are confiscated, not paid back to victims.
      { metric: 'funds_returned', via: ['returned', 'return', 'returning', 'returns'], where: ['to the state', 'to the budget', 'state budget', 'to the exchequer', 'to the treasury', 'state revenue', 'to the government'] }],
    context: ['fraudster', 'suspects', 'criminals', 'offender', 'defendant', 'convicts', 'looter', 'from the accused', 'raid', 'searches'],
    // Cash officers "found" is taken: "customs officers at Istanbul Airport found $1.6 million in cash"; a court or an
    // audit that "found" a sum reports a finding.
    takenFrom: { verbs: ['found', 'discovered'], people: [], as: ['in cash', 'in banknotes', 'in bundles', 'in vacuum-packed bundles', 'in foreign currency'] },
  },
  {
    id: 'assets_frozen', unit_kind: 'money',
    description: 'assets frozen pending proceedings',
    // India's I4C "helped put a hold on more than Rs. 4,380 crore of defrauded money": what the money was gives way to the hold.
    // An FIU that "suspended such transactions worth UAH 1.1 billion" holds the money, whatever the transactions were.
    governs: ['put a hold on', 'placed a hold on', 'placed on hold', 'put on hold',
      ...['suspended', 'suspending'].flatMap((verb) => ['', 'such ', 'debit ', 'suspicious ', 'the '].flatMap((which) =>
        ['transactions', 'transfers', 'payments', 'operations'].map((what) => `${verb} ${which}${what}`)))],
    // "accounts holding $196.3 million pesos were immobilised": Mexico's UIF immobilises what others freeze.
    // Nigeria's "interim forfeiture" holds assets until the final order: a freeze, not yet a forfeiture. So do Colombia's
    // "precautionary measures for the purpose of asset forfeiture" (medidas cautelares con fines de extinción de dominio).
    triggers: ['froze', 'frozen', 'freez', 'interim forfeiture', 'precautionary measures for the purpose of asset forfeiture',
      'precautionary measures for purposes of asset forfeiture', 'precautionary measures for the purposes of asset forfeiture',
      'precautionary measures for asset forfeiture', 'precautionary measures for the purpose of forfeiture', 'immobilis', 'immobiliz', 'blocked funds', 'arrested assets', 'property arrested', 'assets arrested', 'restrain', 'restriction order', 'preserv', 'retention of', 'provisionally attach',
      'provisional attachment', 'attach', 'placed under arrest', 'asset freezing', 'blocked accounts', 'blocked assets',
      // FIUs hold transactions by postponing or suspending them: "MASAK postponed transactions worth a total of 7.86 billion lira".
      'postponed', 'postponed transactions', 'postponement', 'suspended transactions', 'suspending transactions', 'suspending the transactions', 'suspended the transactions', 'transactions suspended', 'suspension of transactions',
      // Nigerian banks freeze accounts by "post-no-debit" orders.
      'post-no-debit', 'post no debit', 'no-debit order', 'no-debit orders', 'no-debit restriction', 'no-debit restrictions', 'under pnd', 'pnd order', 'pnd orders',
      // Turkish releases: "a precautionary measure was imposed ... on assets worth 412 million TL".
      'precautionary measure', 'precautionary measures', 'precautionary measure was imposed', 'precautionary measures were imposed',
      'precautionary seizure',
      // Thailand's AMLO and Israel's courts order a "temporary seizure" of assets pending forfeiture: a freeze.
      'temporary seizure', 'temporary seizure of',
      // Kazakh and Russian translations: "arrest was imposed on property worth 9,8 billion tenge".
      'arrest was imposed on', 'arrest was also imposed on', 'arrest has also been imposed on', 'arrest imposed on', 'arrest was placed on', 'arrest has been imposed on',
      'imposed an arrest on', 'imposed arrest on', 'placed an arrest on', 'arrest of real estate', 'arrest of property', 'arrest of the property', 'arrest of assets', 'arrest of the assets',
      // Armenian translations: "the court applied arrest on property of the accused worth AMD 265 million".
      'applied arrest on', 'applied an arrest on', 'arrest on property', 'arrest on the property',
      // Spanish "retención de fondos": "the court ordered the retention of funds totalling $1.240 millones".
      'retention of funds', 'retention of assets',
      // Financial intelligence units hold money by suspending its transactions; Baltic releases "restrict" property.
      'suspended transactions', 'suspended suspicious transactions', 'suspension of transactions', 'suspend transactions', 'suspend the transactions', 'funds suspended', 'restricted',
      'suspended the execution of transactions', 'suspended the execution of', 'suspended operations on',
      'suspended financial transactions', 'suspended financial operations', 'suspended financial transfers',
      // Poland's GIIF "blocked transactions and suspended accounts holding a total of PLN 1 146,2 million".
      'blocked transactions', 'blocked the transactions', 'blocking of transactions', 'transaction blockades', 'suspended accounts', 'suspended the accounts',
      // Money "blocked" is held, as sites blocked are: the figure's unit tells the two apart. Nigeria's banks place accounts
      // on "post-no-debit"; Indian police put money "on hold"; Hungarian, Swedish and Polish courts order "sequestration"
      // or "property security".
      'post-no-debit', 'post no debit', 'on hold', 'sequestrat', 'property security',
      // "placed a hold on 23 bank accounts with a total balance of N412 million"; "the court arrested property worth ...".
      'placed a hold on', 'put a hold on', 'arrested property', 'arrested the property',
      // "the court arrested UAH 18 million held in the suspects' accounts", "arrested other property worth 740 million roubles".
      'court arrested', 'arrested other property', 'arrested real estate', 'arrested the real estate', "arrested the suspects'", 'arrested the suspects’',
      // Ireland's Criminal Assets Bureau freezes by "interim orders" (section 2) and "interlocutory orders" (section 3).
      'interim order', 'interlocutory order', 'section 2 order', 'section 3 order',
      // Banks hold suspected scam money under the Philippines' AFASA and Malaysia's National Fraud Portal: "temporarily held
      // ₱1.94 billion in funds", "traced and held about RM189mil in stolen funds".
      'temporarily held', 'temporarily hold', 'traced and held', 'held a total of'],
    // Translations from Polish and Russian: property "secured" for a future confiscation, or "arrested", is held, not taken.
    // The arrest phrases are persons_arrested's too: one phrase matched first would hide the other's trigger.
    words: ['secured', 'block', 'blocked', 'blocking', ...ARRESTED],
  },
  {
    id: 'funds_returned', unit_kind: 'money',
    description: 'funds recovered and returned to victims',
    // Money paid to a scheme's members or victims is paid back: "Sh96 million had so far been paid to about 3,100 members".
    takenFrom: { verbs: ['paid', 'paid out', 'distributed', 'disbursed', 'refunded'], people: ['members', 'victims', 'investors', 'depositors', 'clients', 'customers', 'savers', 'complainants', 'claimants', 'creditors', 'policyholders'], to: true },
    // "compensation of damage" is money paid back, however near "damage" (illicit volume) stands to the figure.
    // Money "recovered" with no word of its return is taken from offenders (assets_seized): "the EFCC recovered N365 billion";
    // recovered in a pyramid's case, for its depositors or victims, it is returned ("dismantled two pyramid schemes,
    // recovering 545,000 USDT").
    refines: 'assets_seized',
    refinesVia: ['recover'],
    context: ['pyramid', 'ponzi', 'victim', 'depositor', 'investors', 'defrauded', 'compensat', 'returned', 'refund', 'for consumers', 'for customers', 'for investors',
      // "recovered $2.05 million for New Yorkers who lost money to a fake crypto trading app".
      'who lost money', 'who lost their'],
    // "has already been returned to victims from the defendants' frozen accounts": whom it went back to keeps it returned.
    keep: ['returned to victims', 'returned to the victims', 'returned to investors', 'returned to depositors', 'returned to their owners', 'returned to complainants', 'returned to the complainants'],
    triggers: ['returned to victims', 'returned to the victims', 'returned to investors', 'returned to depositors', 'returned to their owners', 'returned to complainants', 'returned to the complainants', 'recovered for', 'recovered and returned', 'return', 'refund', 'restitut', 'repaid', 'compensat', 'compensation of damage', 'compensation for damage', 'redress',
      'reimburs', 'restored', 'distributed to',
      'distributed', 'paid out', 'paid back', 'handed back', 'given back', 'received back', 'got back', 'have got back',
      // "Victims have so far received 2.9 billion tenge from the sale of seized property".
      'victims received', 'victims have received', 'victims have so far received', 'victims have already received', 'victims had received', 'disbursed to victims',
      // "£81.6 million was paid to victims in compensation"; the US Justice Department returns forfeited funds by "remission".
      'paid to victims', 'paid to the victims', 'remission',
      // "We secured £62.7m in redress and restitution for consumers", "Licensees paid $212 million in remediation to consumers":
      // redress and remediation are money paid back to those harmed.
      'redress', 'remediation',
      'compensate for damage', 'compensated for damage', 'compensate the damage', 'compensated the damage',
      // "The damage compensated to the state and returned to citizens ... amounted to 92,7 million soms", "victims were
      // compensated damage in the amount of": damage made good is money paid back, not the crime's.
      'damage compensated', 'compensated damage', 'damage was compensated', 'damage has been compensated', 'damage reimbursed', 'damage repaid',
      'compensation of damage', 'compensation for damage', 'damage was reimbursed', 'damage has been reimbursed'],
  },
  {
    id: 'items_seized', unit_kind: 'count', counts: ['item'],
    description: 'physical items seized (cars, computers, real estate units)',
    // "Searches yielded ... nine computers", not "during searches of two flats".
    // "the apprehension of 22 vehicles": Portuguese and Spanish apreensão, aprehensión.
    // Properties under an "interim forfeiture order" are counted as seized things; money under one is frozen (assets_frozen).
    // Mexico's "precautionary seizure" (aseguramiento) of properties takes the things, as it holds a sum (assets_frozen).
    triggers: ['seiz', 'confiscat', 'impound', 'forfeit', 'interim forfeiture', 'precautionary seizure', 'recovered', 'recovering', 'recovery', 'apprehension of', 'intervened', 'found', 'took into custody', 'taken into custody', 'took possession', 'taken possession', 'haul included', 'haul includes', 'haul comprised', 'haul of', 'haul also included',
      'turned to state revenue', 'turned into state revenue', 'turned over to state revenue', 'to state revenue', 'into state revenue', 'searches yielded', 'search yielded', 'raids yielded', 'raid yielded', 'addresses yielded', 'premises yielded', 'properties yielded', 'locations yielded', 'searches netted', 'raids netted', 'raid netted',
      // "provisionally attached 19 immovable properties": the phrase that freezes a sum takes the things it names.
      'raids also netted', 'searches also yielded', 'searches turned up', 'search turned up', 'raids turned up', 'raid turned up', 'attach', 'provisionally attach', 'provisional attachment', 'retrieved',
      'took possession', 'sequestrat',
      // "obtained a preservation order over assets worth R96 million, including 11 properties": the things South Africa's
      // forfeiture unit preserves, or Thailand's AMLO seizes temporarily, are counted as seized, as those attached are
      // (those under a restraint order are not).
      'preserv', 'temporary seizure', 'temporary seizure of'],
    // Evidence "secured" is taken (Indonesia's "diamankan"), where money alone "secured" is frozen (Poland's "zabezpieczono").
    words: ['secured', 'evidence secured', 'secured as evidence', 'in their possession', 'in his possession', 'in her possession', 'in the possession of'],
  },
  {
    id: 'schemes_dismantled', unit_kind: 'count', counts: ['scheme'],
    description: 'pyramid, Ponzi or other fraud schemes dismantled or uncovered',
    triggers: ['dismantl', 'uncover', 'expos', 'bust', 'shut', 'disrupt', 'identif', 'liquidat', 'stopped', 'halt', 'crack',
      'detect', 'discover', 'reveal', 'unmask', 'eliminat', 'suppress', 'broke up', 'broken up', 'took down', 'taken down', 'smash',
      // Sri Lanka's central bank "declared 29 schemes prohibited"; "the ARDFM flagged 97 financial pyramids".
      // Colombia's Supersociedades "has intervened 12 illegal fundraising schemes" (intervenir: taken over and wound up).
      'declared', 'flagged', 'intervened'],
  },
  {
    id: 'groups_exposed', unit_kind: 'count', counts: ['group'],
    description: 'criminal groups or networks identified or exposed',
    triggers: ['expos', 'identif', 'uncover', 'dismantl', 'bust', 'disrupt', 'neutrali', 'liquidat', 'broke up', 'broken up', 'crack',
      'detect', 'discover', 'unmask', 'took down', 'taken down', 'has taken down', 'had taken down', 'have taken down', 'smash', 'eliminat', 'suppress',
      // China's public security organs "destroyed 2 186 criminal gangs".
      'destroyed'],
    // Call centres are groups however they are ended: "shut down 17 fraudulent call centres" counts groups, as "dismantled" does.
    // "has blocked 11 conversion centres": so are conversion centres, blocked.
    readsTriggersOf: { metrics: ['platforms_closed', 'platforms_blocked'], nouns: ['call centre', 'call centres', 'call center', 'call centers', 'centres', 'centers'] },
  },
  {
    id: 'persons_arrested', unit_kind: 'count', counts: ['person'],
    description: 'people arrested or detained',
    triggers: ['arrest', 'detain', 'detention', 'apprehend', 'custody', 'nabbed', 'rounded up', 'caught', 'picked up',
      'taken into custody', 'extradit', 'captur',
      // People are placed under arrest as property is (assets_frozen): the phrase is each metric's, told apart by the figure's unit.
      'placed under arrest',
      // Turkish courts' "tutuklama": "A court later ordered 21 of the suspects jailed pending trial" is an arrest, no sentence.
      'jailed pending trial', 'jailed pending the trial', 'imprisoned pending trial'],
    // "operations in 27 provinces netted 86 suspects"; Italy's precautionary measures against people are arrests.
    words: ['held', 'netted', 'precautionary measures against', 'precautionary measure against', ...ARRESTED],
  },
  {
    id: 'persons_sentenced', unit_kind: 'count', counts: ['person'], handedDown: true,
    description: 'people convicted or sentenced',
    // Translations from Portuguese and Spanish: "the court condemned three people" (condenou).
    // "96 were sent to prison for terms of up to three years": people a court sent to prison.
    triggers: ['sentenc', 'convict', 'jailed', 'imprison', 'found guilty', 'pleaded guilty', 'guilty', 'jail', 'condemned', 'sent to prison', 'sent to jail',
      // Kazakh and Russian courts "deliver a verdict against nine members of a group": the people a verdict names.
      'verdict against', 'verdicts against', 'verdict on', 'verdicts on'],
    // "five accomplices received between four and seven years": people who received terms.
    // "1,140 received real prison terms", "214 received real terms of imprisonment": Russian statistics' "real" terms.
    words: ['received prison', 'received jail', 'received sentences', 'received terms', 'received suspended', 'received custodial', 'received real', 'received actual',
      'received restricted', 'received between', 'received from', 'got between', 'got from', 'got prison', 'got terms',
      // "reduced the prison terms of four defendants": the people whose terms a court changed were sentenced.
      'prison terms of', 'jail terms of', 'sentences of'],
    // "His two deputies received five years": only a term received says a sentence; "20 victims received" says nothing.
    receivedBy: { words: ['received', 'receive', 'receives', 'got', 'get', 'gets', 'given', 'handed'], unit_kind: 'duration' },
  },
  {
    id: 'prison_term', unit_kind: 'duration', handedDown: true,
    description: 'length of prison sentences (often a range)',
    triggers: ['prison', 'jail', 'sentenc', 'imprison', 'incarcerat', 'custodial', 'behind bars', 'penal colony', 'years in',
      'correctional', 'reclusion', 'condemned'],
    // Only a term can be a prison term, so the verbs that hand one out are safe here: "the others received 3 to 7 years".
    words: ['received', 'receive', 'receives', 'got', 'given', 'handed', 'term', 'terms'],
  },
  {
    id: 'customers_served', unit_kind: 'count', counts: ['customer'], countsAsSubject: ['person'], describesCrime: true, namedByThings: true,
    description: 'customers or users served by an illegal platform',
    triggers: ['customer', 'client', 'user', 'registered', 'used', 'account', 'investor', 'depositor', 'borrower', 'made deposits', 'placed bets', 'persuaded',
      // "About 4,100 players made payments through its cards".
      'made payments', 'paid through',
      'invested', 'drew in', 'drawn in', 'attract', 'lured', 'signed up', 'enrolled', 'joined', 'recruited', 'deposited',
      // The people a scheme defrauded are its customers (money defrauded is illicit volume).
      'defraud', 'swindl', 'duped', 'scammed', 'deceiv', 'cheat', 'fleeced', 'conned',
      // "more than 900 people from all over Poland fell victim to the fraud".
      'fell victim', 'fallen victim', 'falling victim', 'became victims', 'became victim', 'fell prey'],
    // Whole words, not the stem "serv": "seized three servers" serves no one.
    words: ['serve', 'served', 'serves', 'serving', 'service', 'services', 'serviced'],
    // A licensed market's players are no illegal platform's customers: "for 5,4 million active player accounts".
    // "Around 210 federal agents served 48 search and seizure warrants": warrants served serve no customers.
    voidedBy: ['legal online market', 'licensed operators', 'legal market', 'regulated market', 'gross gaming revenue', 'new player registrations',
      'search warrants', 'search and seizure warrants', 'arrest warrants',
      // "Indonesia had about 22 million registered crypto investors": a market's customers, not an illegal platform's.
      'registered crypto', 'active accounts', 'active customer accounts',
      // "the number of crypto investors rose to 19.6 million": the market's, told beside its licensed platforms' volume.
      'number of crypto investors', 'licensed platforms', 'licensed exchanges', 'crypto users',
      // "three Telegram channels with a combined audience of 31,000 subscribers": a channel's audience, not its customers.
      'audience of', 'combined audience',
      // Victims a police operation warned, rescued from compounds or of trafficking are no scheme's customers.
      'notified', 'Operation Level Up', 'rescued', 'victims of trafficking', 'victims of human trafficking', 'trafficking victims'],
    voidedUnless: ['illegal', 'unlicensed', 'never registered', 'never licensed', 'without registering', 'without a licence', 'without a license', 'underground', 'criminal'],
  },
  {
    id: 'cases_opened', unit_kind: 'count', counts: ['case'],
    description: 'criminal cases or investigations opened',
    triggers: ['open', 'initiat', 'launch', 'register', 'filed', 'instituted', 'instaurat', 'began', 'start', 'commenc', 'brought', 'case',
      'enforcement action', 'indict', 'charged', 'prosecut', 'investigat',
      // Spanish police statistics ("infracciones penales conocidas"): "the criminal offences known to the Corps", a column
      // "| Known offences |".
      'known offences', 'known offenses', 'offences known', 'offenses known'],
    // "police recorded 2,340 investment fraud offences".
    words: ['recorded'],
    // "Eurojust coordinated the execution of 11 European Investigation Orders": requests for evidence, no cases.
    voidedBy: ['investigation orders'],
  },
  {
    id: 'fines_imposed', unit_kind: 'money',
    description: 'fines or administrative penalties imposed',
    governs: ['fined', 'penalised', 'penalized'],
    // Malaysia's and Singapore's regulators "compound" an offence for a sum: "compounded three individuals a total of RM1.2mil".
    triggers: ['fine', 'fining', 'penalt', 'sanction', 'levied', 'imposed', 'ordered to pay', 'civil money', 'agreed to pay', 'settle', 'compounded',
      'infringement notice', 'compounds amounting', 'compounds totalling', 'compounds totaling', 'compounds of', 'compound of', 'compound fines',
      // Canada's "fine in lieu of forfeiture" stands for proceeds that can no longer be traced: a fine, not a forfeiture.
      'fine in lieu of forfeiture', 'fine in lieu of forfeiture of',
      // A regulator's sum for a firm's failings: "ordered two online operators to pay a combined £7.4 million over failures to
      // protect customers", "to pay £4.6 million for breaches of anti-money laundering rules".
      'over failures', 'for failures', 'over failings', 'for failings', 'over breaches', 'for breaches'],
    // Hawala partners "settle the balances" between them: what was settled is money moved, no settlement with a regulator.
    voidedBy: ['settle the balances', 'settle balances', 'balances between', 'balances with'],
  },
];

/**
 * Classes of counted things: a count figure names what it counts ("36 illegal crypto platforms"), and
 * only metrics counting that class can take it. Plurals and singulars are both listed where irregular.
 */
export const COUNTED_THINGS: Readonly<Record<string, readonly string[]>> = {
  // "14 VASPs", "9 unregistered CASPs": crypto service providers by the regulators' acronyms.
  platform: ['platform', 'exchange', 'exchanger', 'exchange office', 'site', 'website', 'web site', 'webpage', 'page', 'vasp', 'casp',
    'domain', 'service', 'app', 'application', 'resource', 'portal', 'marketplace', 'market', 'operator of exchange', 'unauthorised business', 'unauthorized business', 'unlicensed business', 'crypto business', 'crypto-asset business',
    'online casino', 'casino', 'channel', 'bot', 'url', 'link', 'kiosk', 'atm', 'outlet', 'hub', 'scam hub', 'scam compound', 'compound', 'scam base', 'scam centre', 'scam center',
    'mixer', 'mixing service', 'wallet service', 'trading platform', 'venue', 'provider', 'shop', 'forum',
    'desk', 'cash desk', 'otc desk', 'exchange point', 'cash office', 'exchange booth', 'office',
    // Kazakhstan's casinos' cash desks as the AFM also calls them: "shut down 27 processing centres".
    'processing centre', 'processing center',
    // "14 casino sites ... and 63 of their mirrors".
    'mirror', 'mirror site', 'mirror domain', 'address', 'web address', 'internet address',
    // Illegal lending apps: "blocked 3,208 illegal online lenders".
    'online lender', 'loan app', 'lending app',
    // Latin America's illegal exchange houses and gaming rooms: "closed 11 illegal exchange houses, or cuevas".
    'exchange house', 'currency exchange house', 'cueva', 'gaming room', 'gaming hall', 'betting bank', 'betting shop', 'premises', 'establishment',
    // Gambling venues closed as the unlicensed businesses they are: "shut down 130 underground gambling halls"; a phrase is
    // read by its last two words ("slot machine halls").
    'gambling hall', 'machine hall', 'slot hall', 'hall', 'gaming club', 'gambling club', 'slot club', 'gambling establishment',
    'gaming establishment', 'betting point', 'betting office', 'betting parlour', 'betting parlor', 'gambling den', 'gaming arcade',
    // US sheriffs' and gaming boards' word for them: "closed 41 illegal game rooms", "shut down 14 illegal gaming locations".
    'game room', 'gaming location', 'gambling location', 'gaming parlor', 'gaming parlour', 'sweepstakes parlor', 'sweepstakes parlour',
    'group chat', 'account on', 'crypto atm', 'bitcoin atm', 'terminal', 'closure', 'takedown',
      // "took down more than 15,000 misleading posts, handles and Telegram channels".
      'post', 'handle',
      // "deleted 96 profiles", "1,240 social media accounts", "blocked access to 1.556 illegal financial entities" (Indonesia's Satgas PASTI).
      'profile', 'media account', 'media page', 'media profile', 'entity',
      // Regulators close and liquidate unlicensed firms: "ordered the liquidation of nine companies", "closed 12 more companies operating online scams".
      'company', 'companies', 'firm', 'brokerage', 'broker'],
  person: ['person', 'people', 'individual', 'suspect', 'operator', 'member', 'citizen', 'defendant', 'man', 'men',
    'woman', 'women', 'organiser', 'organizer', 'national', 'employee', 'official', 'trader', 'accomplice',
    'leader', 'ringleader', 'fraudster', 'scammer', 'criminal', 'offender', 'culprit', 'founder', 'executive',
    'manager', 'owner', 'courier', 'caller', 'target', 'renter', 'account holder', 'mule account holder', 'account renter', 'mule', 'money mule', 'participant', 'resident', 'foreigner', 'student', 'teenager',
    'perpetrator', 'associate', 'accused', 'passenger', 'traveller', 'traveler', 'expatriate', 'expat', 'director', 'hacker', 'dealer', 'launderer', 'foreign national', 'worker',
    'agent', 'broker', 'money changer', 'moneychanger', 'promoter', 'administrator', 'co-administrator', 'co-founder', 'co-director', 'co-organiser', 'co-organizer', 'developer', 'smuggler', 'trafficker', 'recruit', 'convict', 'inmate',
    'intermediary', 'staff', 'staffer', 'deputy', 'partner', 'coordinator', 'lieutenant', 'henchman', 'henchmen', 'subscriber', 'victim', 'injured party', 'aggrieved person', 'co-conspirator', 'conspirator', 'co-defendant', 'co-accused', 'mastermind', 'kingpin', 'boss', 'youth', 'minor', 'year-old', 'pensioner', 'runner', 'brother', 'sister', 'sibling', 'cousin', 'relative', 'son', 'daughter', 'husband', 'wife', 'spouse', 'family member', 'senior', 'retiree', 'nominee', 'dropper', 'holder', 'card holder', 'cardholder', 'bookie', 'cashier', 'supervisor', 'recruiter', 'handler', 'schoolchild', 'schoolchildren', 'schoolboy', 'schoolgirl', 'pupil', 'juvenile', 'adolescent', 'herder', 'collector', 'guard', 'driver', 'citizenry',
    // Events that count people: "3,175 convictions", "84 arrests".
    'conviction', 'arrest', 'detention', 'detainee', 'arrestee', 'capture'],
  // A channel's subscribers and followers are its audience, not the customers of what it advertises.
  customer: ['customer', 'client', 'user', 'account holder', 'investor', 'depositor', 'saver', 'player', 'buyer', 'bettor', 'subscriber',
    'gambler', 'punter', 'borrower',
    'registered user', 'customer account', 'user account', 'client account', 'registered account', 'trading account',
    'player account', 'member account', 'betting account', 'gaming account'],
  scheme: ['scheme', 'pyramid', 'ponzi', 'fraud scheme', 'financial pyramid', 'mlm', 'project', 'pyramid scheme',
    'ponzi scheme', 'scam'],
  group: ['group', 'gang', 'network', 'ring', 'syndicate', 'cell', 'organisation', 'organization', 'crew', 'cartel', 'clan',
    'faction', 'mafia', 'criminal community', 'organised crime group', 'organized crime group', 'outfit',
    'conversion centre', 'conversion center',
    // Police "expose", "dismantle" and "shut down" call centres and casinos' cash desks as they do groups.
    'call centre', 'call center', 'fraudulent call centre', 'fraudulent call center', 'scam call centre', 'cash desk'],
  // Complaints and reports made to an agency ("received more than 3,500 complaints") and charges laid ("laid 41 criminal
  // charges") are neither cases opened nor anything else a metric counts.
  complaint: ['complaint', 'warning', 'consumer warning', 'alert', 'suspicious transaction report', 'suspicious activity report', 'tip-off', 'petition', 'charge', 'criminal charge'],
  // Accounts and wallets are counted ("90 bank accounts were frozen", "across 17 wallets") but no metric counts them: named so
  // that the words before them ("mule", "customer") are not read as the thing counted.
  account: ['account', 'bank account', 'mule account', 'drop account', 'vendor account', 'card account', 'wallet', 'crypto wallet',
    'e-wallet'],
  case: ['case', 'criminal case', 'ecir', 'investigation', 'proceeding', 'probe', 'prosecution', 'inquiry', 'indictment',
    'enforcement action', 'action', 'lawsuit', 'criminal proceeding', 'fir', 'information report', 'crime', 'criminal offence',
    'criminal offense', 'offence', 'offense', 'fraud', 'reported fraud',
    // "opened 1,140 files involving cryptocurrency-enabled fraud": Canadian police count their investigations as files.
    'file', 'case file', 'investigation file'],
  item: ['car', 'vehicle', 'machine', 'computer', 'laptop', 'phone', 'smartphone', 'mobile phone', 'cellphone', 'cell phone', 'handset', 'suv', 'device', 'property', 'properties',
    'apartment', 'flat', 'house', 'home', 'plot', 'land plot', 'real estate', 'rig', 'mining rig', 'miner', 'asic', 'weapon', 'gun',
    'firearm', 'watch', 'bike', 'motorcycle', 'quad bike', 'server', 'hard drive', 'drive', 'hardware wallet', 'cold wallet',
    'unit', 'building', 'villa', 'ranch', 'yacht', 'aircraft', 'seal', 'stamp', 'boat', 'jewel', 'jewellery item', 'bar', 'gold bar', 'ingot', 'card', 'sim card',
    'bank card', 'document', 'passport', 'piece', 'duplex', 'bungalow', 'mansion', 'estate', 'shop unit', 'truck', 'lorry',
    'luxury car', 'luxury vehicle', 'luxury bag', 'handbag', 'bag', 'painting', 'artwork', 'tablet', 'pc', 'atm',
    'crypto atm', 'kiosk', 'storage device', 'usb', 'ledger', 'seed phrase', 'mining machine', 'mining device', 'gpu',
    'video card', 'graphics card', 'modem', 'router', 'pistol', 'rifle', 'ammunition', 'cartridge', 'jet', 'aircraft', 'plane',
    'helicopter', 'ship', 'vessel', 'cheque book', 'chequebook', 'check book', 'checkbook', 'bank book', 'passbook', 'motorboat',
    'speedboat', 'jet ski', 'transformer', 'sim box', 'sim bank', 'excavator', 'bulldozer', 'tractor', 'bitomat', 'item',
    // Hardware, unlike the "terminal" a platform is counted as: "41 Starlink satellite terminals", "112 gaming terminals".
    'generator', 'satellite terminal', 'starlink terminal', 'gaming terminal', 'lottery terminal', 'video lottery terminal', 'betting terminal', 'payment terminal', 'pos terminal', 'gaming machine', 'slot machine', 'gambling machine',
    // Contraband customs count by the piece: "41,3 million cigarettes", "186,4 million packs of cigarettes".
    'cigarette', 'cigar', 'pack', 'carton',
    // "41 telephones", "46 Starlink kits", "two fingerprint scanners", "214 containers of goods".
    'telephone', 'kit', 'scanner', 'container',
    // Kazakh and Russian verdicts confiscate "2 commercial premises", "2 non-residential premises".
    'commercial premise', 'commercial premises', 'non-residential premise', 'non-residential premises',
    // Real estate as Asian courts list it: "46 land lots and apartments", "12 land parcels", "three shophouses".
    'lot', 'land lot', 'parcel', 'land parcel', 'condominium', 'condo', 'townhouse', 'shophouse',
    // Phones by their maker's name: "19 iPhones".
    'iphone', 'ipad', 'macbook',
    // Cars by their maker's name: "two Lamborghinis", "a Porsche and three Mercedes-Benz".
    'lamborghini', 'ferrari', 'porsche', 'bentley', 'rolls-royce', 'mercedes', 'mercedes-benz', 'bmw', 'audi', 'lexus', 'range rover', 'land cruiser', 'tesla', 'maserati', 'mclaren', 'toyota',
    // "23 data carriers" (German "Datenträger"), "storage media".
    'data carrier', 'storage medium',
    // "4 agent registers", "two ledgers and a notebook": the books a hawala keeps.
    'register', 'notebook', 'logbook', 'account book'],
};

/** Words that hedge a figure, mapped to the codebook's qualifiers. Longest phrases are tried first. */
export const QUALIFIER_WORDS: Readonly<Record<string, Qualifier>> = {
  'approximately': 'approximately', 'about': 'approximately', 'around': 'approximately', 'roughly': 'approximately',
  'some': 'approximately', 'an estimated': 'approximately', 'estimated': 'approximately',
  'circa': 'approximately', 'approx.': 'approximately', 'approx': 'approximately', 'in the region of': 'approximately', '~': 'approximately', '≈': 'approximately',
  // Speech hedges: "something like 400", "somewhere in the region of Rs 4,000 crore".
  'something like': 'approximately', 'somewhere in the region of': 'approximately', 'somewhere around': 'approximately',
  'in the neighbourhood of': 'approximately', 'in the neighborhood of': 'approximately', 'on the order of': 'approximately',
  'close to': 'less_than', 'nearly': 'less_than', 'almost': 'less_than', 'just under': 'less_than', 'under': 'less_than',
  'less than': 'less_than', 'fewer than': 'less_than', 'below': 'less_than', 'just below': 'less_than', 'just shy of': 'less_than',
  'shy of': 'less_than', 'short of': 'less_than', 'slightly less than': 'less_than', 'a little under': 'less_than',
  'over': 'more_than', 'more than': 'more_than', 'exceeding': 'more_than', 'in excess of': 'more_than', 'above': 'more_than',
  'upwards of': 'more_than', 'just over': 'more_than', 'well over': 'more_than', 'north of': 'more_than', 'exceeded': 'more_than', 'exceeds': 'more_than', 'exceed': 'more_than',
  'slightly more than': 'more_than', 'a little over': 'more_than', 'topping': 'more_than', 'surpassing': 'more_than',
  'at least': 'at_least', 'no fewer than': 'at_least', 'no less than': 'at_least', 'a minimum of': 'at_least',
  'not less than': 'at_least', 'not fewer than': 'at_least',
  'up to': 'up_to', 'as many as': 'up_to', 'as much as': 'up_to', 'a maximum of': 'up_to',
};

/** Written numbers that are figures; vague amounts ("dozens of", "hundreds of") are deliberately absent. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, 'a dozen': 12,
  'half a dozen': 6, 'two dozen': 24, 'three dozen': 36, 'four dozen': 48, 'five dozen': 60, 'a hundred': 100, 'one hundred': 100, 'a thousand': 1000, 'one thousand': 1000, 'a pair of': 2, trio: 3,
  // Fractions of a magnitude: "more than half a million dollars", "a quarter of a billion rand".
  'half a million': 5e5, 'half a billion': 5e8, 'a quarter of a million': 2.5e5, 'a quarter of a billion': 2.5e8,
  'three quarters of a million': 7.5e5, 'three quarters of a billion': 7.5e8, 'three-quarters of a million': 7.5e5, 'three-quarters of a billion': 7.5e8,
};

/** Magnitude words and abbreviations, including the South Asian lakh and crore. */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, mn: 1e6, mln: 1e6, m: 1e6, million: 1e6, millions: 1e6, billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7, cr: 1e7,
  'lakh crore': 1e12, 'lakh crores': 1e12,
  // East Asian statistics count in ten thousands and hundred millions: "(unit: 100 million won)" reads as "hundred million".
  'ten thousand': 1e4, 'hundred million': 1e8,
  // Nepal counts on past the crore: "Rs 1 arba 18 crore" (an arba is a hundred crore, a kharba a hundred arba).
  arba: 1e9, arab: 1e9, kharba: 1e11, kharab: 1e11, mio: 1e6, 'mio.': 1e6, mil: 1e6, bil: 1e9,
  // Translations from Polish keep "tys." (thousand): "612 tys. zł".
  'tys.': 1e3, tys: 1e3,
  // Spanish, Portuguese, French and German magnitudes kept in translations: "$ 9.600 millones", "R$ 2,3 milhões", "1,2 Mrd.".
  millones: 1e6, 'millón': 1e6, 'mil millones': 1e9, 'milhões': 1e6, milhoes: 1e6, 'milhão': 1e6, milhao: 1e6, 'bilhões': 1e9, bilhoes: 1e9,
  'bilhão': 1e9, bilhao: 1e9, 'trilhão': 1e12, 'trilhões': 1e12, milliard: 1e9, milliards: 1e9,
  mrd: 1e9, 'mrd.': 1e9, mld: 1e9,
  // Dutch, German and Italian ones: "€ 1,6 miljoen", "2,3 Millionen Euro", "12 milioni di euro".
  miljoen: 1e6, miljard: 1e9, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9,
  // Channel posts and translations from Russian: "₸48,6 mlrd", "96 thous. US dollars".
  mlrd: 1e9, 'mlrd.': 1e9, 'thous.': 1e3, thous: 1e3, 'ths.': 1e3,
  // Indonesian and Malay amounts kept in translations: "Rp42 miliar", "Rp1,6 triliun", "RM3 juta".
  ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12,
};

/** Duration units of prison terms; weeks are counted in days ("jailed for 12 weeks" is 84 days). */
export const DURATION_UNITS: Readonly<Record<string, 'years' | 'months' | 'days'>> = {
  year: 'years', years: 'years', yr: 'years', yrs: 'years', month: 'months', months: 'months', day: 'days', days: 'days',
  week: 'days', weeks: 'days',
};
