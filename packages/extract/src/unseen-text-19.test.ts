import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles and codings of 2026-11-25's twenty-second session showed misread, each rule as its
// own case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value, c.unit]);

describe('counts broken down and counts told in brackets, read in the twenty-second session', () => {
  it('breaks a count down by places the place table does not know, in the list\'s own shape', () => {
    expect(metrics('Police in Colombia arrested 16 people. Seven of the suspects were detained in Medellín, four in Cali, three in Pereira and two in Bogotá.').map(([, v]) => v))
      .toEqual([16, 7, 2, 4, 3]);
    expect(metrics('Police in Mexico arrested seven people. Of those detained, four were apprehended in Mexico City, two in Zapopan and one in Querétaro.').map(([, v]) => v))
      .toEqual([7, 4, 2, 1]);
  });

  it('reads no ages, months or days as a breakdown\'s items', () => {
    expect(metrics('Police in the Netherlands arrested three men aged 19, 23 and 26 in Almere, Utrecht and Zwolle.').map(([, v]) => v)).toEqual([3]);
    expect(metrics('Police in Spain seized 20 phones in March, and 5 in April.').map(([, v]) => v)).toEqual([20, 5]);
  });

  it('reads a place\'s share "of last year\'s closures" as closures, and the places ranked after it', () => {
    expect(metrics('The AFM closed 47 exchangers last year. Almaty accounted for 21 of last year\'s closures, Astana for 12 and Shymkent for 9.'))
      .toEqual([47, 21, 12, 9].map((v) => ['platforms_closed', v, 'count']));
  });

  it('reads a running total "since" a date as more of the count before, over its own period', () => {
    expect(claimsOf('CONSOB blacked out 14 further abusive websites on 1 October. The total since July 2019 now stands at 1,781.', '2026-10-06')
      .map((c) => [c.metric, c.value, c.period_start, c.period_end]))
      .toEqual([['platforms_blocked', 14, '2026-10-01', '2026-10-01'], ['platforms_blocked', 1781, '2019-07-01', '2026-10-06']]);
  });

  it('counts a part of the convicted with a sentence of its own, as coders do, but no subset of the arrested', () => {
    expect(metrics('Over the same period, courts in Kazakhstan convicted 1 126 persons, of whom 214 were sentenced to imprisonment.').map(([m, v]) => [m, v]))
      .toEqual([['persons_sentenced', 1126], ['persons_sentenced', 214]]);
    expect(metrics('Courts in Kazakhstan delivered verdicts against 146 persons, 39 of whom received real terms of imprisonment.').map(([m, v]) => [m, v]))
      .toEqual([['persons_sentenced', 146], ['persons_sentenced', 39]]);
    expect(metrics('Police in Kazakhstan detained 40 people, including 12 foreign nationals.')).toEqual([['persons_arrested', 40, 'count']]);
  });

  it('counts no people the arrested "include", nor "its" organisers among them', () => {
    expect(metrics('During 89 searches, 52 participants of the criminal community were detained, including its three organisers.'))
      .toEqual([['persons_arrested', 52, 'count']]);
    expect(metrics('Police in Bangladesh arrested 14 people. The arrested include the gang\'s coordinator, four "master agents" and nine "sub-agents".'))
      .toEqual([['persons_arrested', 14, 'count']]);
  });

  it('counts the first of a ranking told as "the highest number of arrests at 412"', () => {
    expect(metrics('Police in Zimbabwe said Harare Province recorded the highest number of arrests at 412, followed by Bulawayo with 268.').map(([m, v]) => [m, v]))
      .toEqual([['persons_arrested', 412], ['persons_arrested', 268]]);
  });

  it('counts a bare subject of a verb done to things as the things the sentence before counted, not as people', () => {
    expect(metrics('The AFM closed 22 exchangers. Eight were closed on the spot.').map(([m, v]) => [m, v]))
      .toEqual([['platforms_closed', 22], ['platforms_closed', 8]]);
    expect(metrics('The AFM closed 22 exchangers. Eight were arrested on the spot.').at(-1)).toEqual(['persons_arrested', 8, 'count']);
  });

  it('reads "9 (nine) accused persons" as one count of people, its words in brackets the same figure', () => {
    expect(metrics('The CBI arrested 9 (nine) accused persons and seized 3 (three) cars.'))
      .toEqual([['persons_arrested', 9, 'count'], ['items_seized', 3, 'count']]);
  });

  it('reads the items of a list past an aside set off by unspaced dashes', () => {
    expect(metrics('The agents seized 1,3 million euros in cryptocurrencies—mainly USDT and bitcoin—, 148 mobile phones and 37 computers.').map(([m, v]) => [m, v]))
      .toEqual([['assets_seized', 1_300_000], ['items_seized', 148], ['items_seized', 37]]);
  });

  it('counts the part "of the" things an action\'s noun names, but not more done to people counted before', () => {
    expect(metrics('Consob, Italy\'s market regulator, had already ordered the blackout of 17 of the platforms\' websites.')).toEqual([['platforms_blocked', 17, 'count']]);
    expect(metrics('The court in Barcelona ordered the provisional imprisonment of 11 of the detainees.')).toEqual([]);
  });
});

describe('what was done, read in the twenty-second session', () => {
  it('reads a conversion that opens its brackets with "equivalent to" or "worth", past another sum in its currency', () => {
    expect(metrics('Police seized cash of about HK$2.3 million and 850,000 USDT (equivalent to about HK$6.6 million).').map(([, v, u]) => [v, u]))
      .toEqual([[2_300_000, 'HKD'], [850_000, 'USDT'], [6_600_000, 'HKD']]);
    expect(metrics('Officers seized VND26.5 billion in cash and 312 ETH (worth about $980,000 at current prices).').map(([, v, u]) => [v, u]))
      .toEqual([[26_500_000_000, 'VND'], [312, 'ETH'], [980_000, 'USD']]);
  });

  it('reads a scheme\'s deposits and investors past a minimum deposit told in the same clause, not the minimum itself', () => {
    expect(metrics('Police in South Africa said the scheme attracted deposits of about R1.2-billion from more than 18 000 investors, with a minimum deposit of R1 000.'))
      .toEqual([['illicit_volume', 1_200_000_000, 'ZAR'], ['customers_served', 18_000, 'count']]);
  });

  it('reads a sum "fined" governs as a fine, past the verb\'s object and whatever the words after the sum say', () => {
    expect(metrics('In March, the Central Bank of Ireland fined a registered VASP, Halfpenny Digital Ltd, €1.45m for failings in transaction monitoring.'))
      .toEqual([['fines_imposed', 1_450_000, 'EUR']]);
    expect(metrics('The FCA also fined the firm\'s former money laundering reporting officer, Daniel Okonjo, £96,400.')).toEqual([['fines_imposed', 96_400, 'GBP']]);
    // Not past a second verb.
    expect(metrics('Police in Spain fined the operator and seized $5 million in cash.')).toEqual([['assets_seized', 5_000_000, 'USD']]);
  });

  it('reads a sum traced or deposited, as the verb\'s direct object, as crime\'s money, not one victim\'s deposit', () => {
    expect(metrics('Investigators in Nigeria have so far traced more than 98 million USDT through these wallets.')).toEqual([['illicit_volume', 98_000_000, 'USDT']]);
    expect(metrics('Between January 2020 and August 2023, investors deposited roughly 1,150 bitcoin into wallets controlled by the defendants, the DOJ said.'))
      .toEqual([['illicit_volume', 1150, 'BTC']]);
    expect(metrics('In one case, an 83-year-old St. Cloud woman deposited $97,000 over nine days at a crypto kiosk in Minnesota.')).toEqual([]);
    expect(metrics('"The withdrawals stopped," said a retired schoolteacher from Jayanagar who lost Rs 14 lakh.')).toEqual([]);
    expect(metrics('The cases cracked in China last year involved funds totalling about 186 billion yuan.')).toEqual([['illicit_volume', 186_000_000_000, 'CNY']]);
    // Traced and then frozen: the second verb says what was done to it.
    expect(metrics('The EFCC has traced and frozen N420 million in bank accounts linked to the promoters.')).toEqual([['assets_frozen', 420_000_000, 'NGN']]);
  });

  it('reads the sum a court orders confiscated or forfeited as seized, past what the sum was', () => {
    expect(metrics('The Mannheim chamber ordered the confiscation of the value of proceeds of crime in the amount of €3,86 million.'))
      .toEqual([['assets_seized', 3_860_000, 'EUR']]);
    expect(metrics('A man who ran a bogus cryptocurrency investment club from Paisley has been ordered to pay back £1.84 million under Proceeds of Crime legislation.'))
      .toEqual([['assets_seized', 1_840_000, 'GBP']]);
  });

  it('reads the next sums of a governed list as governed too, not past a clause of their own', () => {
    expect(metrics('The court in Saudi Arabia ordered the confiscation of 2.15 million USDT and 4.7 BTC held in wallets that had been frozen at the request of the Public Prosecution.'))
      .toEqual([['assets_seized', 2_150_000, 'USDT'], ['assets_seized', 4.7, 'BTC']]);
    expect(metrics('In Kyrgyzstan their owners were fined a total of 450,000 soms, and 2.2 million soms and $17,600 in cash was seized.').at(-1))
      .toEqual(['assets_seized', 17_600, 'USD']);
  });

  it('reads what searches "turned up" as seized', () => {
    expect(metrics('Searches turned up KZT 1.9bn in cash, 640k USDT on hardware wallets and 12 cars.'))
      .toEqual([['assets_seized', 1_900_000_000, 'KZT'], ['assets_seized', 640_000, 'USDT'], ['items_seized', 12, 'count']]);
  });

  it('counts properties under Mexico\'s precautionary seizure as seized things', () => {
    expect(metrics('In addition, a federal judge ordered the precautionary seizure (aseguramiento) of 12 properties located in Jalisco.'))
      .toEqual([['items_seized', 12, 'count']]);
  });

  it('counts cases of an illegal trade "seized" or "recognised" as cases, as Egypt\'s and Japan\'s police count them', () => {
    expect(metrics('For comparison, in 2025 the sector in Egypt seized 9,640 cases of illegal currency trading.')).toEqual([['cases_opened', 9640, 'count']]);
    expect(metrics('SAFE said it investigated and punished 1,126 cases of foreign exchange violations in 2025.')).toEqual([['cases_opened', 1126, 'count']]);
  });

  it('counts the files Canadian police open as cases', () => {
    expect(metrics('The RCMP says its National Cybercrime Coordination Centre opened 1,140 files involving cryptocurrency-enabled fraud in fiscal 2024-25.'))
      .toEqual([['cases_opened', 1140, 'count']]);
  });

  it('counts people arrested by a plural the codebook lacks, past its modifiers', () => {
    expect(metrics('The Enforcement Directorate (ED) arrested two chartered accountants in Kolkata.')).toEqual([['persons_arrested', 2, 'count']]);
    expect(metrics('Since 2023, the NCA\'s dark web teams have arrested more than 150 darknet vendors.')).toEqual([['persons_arrested', 150, 'count']]);
  });

  it('counts people against whom arrest warrants were executed as arrested, not those against whom they were issued', () => {
    expect(metrics('The FGR executed arrest warrants against seven people linked to the network.')).toEqual([['persons_arrested', 7, 'count']]);
    expect(metrics('The Criminal Court has issued arrest warrants for another 31 suspects.')).toEqual([]);
  });

  it('counts no arrests among people named as suspects, unless the text says they were arrested', () => {
    expect(metrics('Investigators in Indonesia have named 9 persons as suspects in the case.')).toEqual([]);
    expect(metrics('Last year the police in Indonesia named 5,418 suspects in online gambling cases.')).toEqual([]);
    expect(metrics('Bareskrim named 7 suspects, all of them arrested, over the exchange.')).toEqual([['persons_arrested', 7, 'count']]);
  });

  it('reads property or money a court "arrested" as frozen', () => {
    expect(metrics('Seven people were detained in Ukraine, and the court arrested UAH 18 million held in the suspects\' accounts.').at(-1))
      .toEqual(['assets_frozen', 18_000_000, 'UAH']);
    expect(metrics('Police in Russia seized 17 cars and arrested other property worth 740 million roubles.').at(-1)).toEqual(['assets_frozen', 740_000_000, 'RUB']);
  });

  it('reads "in order to" as a purpose, not an order', () => {
    expect(metrics('In order to secure compensation of damage, property worth 1.45 billion soms was arrested in Kyrgyzstan in 2025.'))
      .toEqual([['assets_frozen', 1_450_000_000, 'KGS']]);
  });

  it('reads money banks temporarily held or traced and held as frozen', () => {
    expect(metrics('Banks in the Philippines temporarily held ₱1.94 billion in funds suspected to be proceeds of scams.')).toEqual([['assets_frozen', 1_940_000_000, 'PHP']]);
    expect(metrics('The National Fraud Portal in Malaysia had traced and held about RM189mil in stolen funds this year.')).toEqual([['assets_frozen', 189_000_000, 'MYR']]);
  });
});

describe('numbers that are no enforcement figures, read in the twenty-second session', () => {
  it('opens no cases in the offences a German court convicted of ("fraud in 1.512 cases")', () => {
    expect(metrics('The Regional Court Mannheim sentenced four defendants for commercial and gang fraud in 1.512 cases.')).toEqual([['persons_sentenced', 4, 'count']]);
  });

  it('reads a German court\'s confiscation of the value of the proceeds of crime as seized, not as the crime\'s money', () => {
    expect(metrics('The Mannheim court also ordered the confiscation of the value of the proceeds of crime amounting to EUR 11,6 Mio.'))
      .toEqual([['assets_seized', 11_600_000, 'EUR']]);
  });

  it('reads no fine in what a unit of account for fines is worth', () => {
    expect(metrics('Since August 2025, the base calculation value used to set fines has been 412,000 soums.')).toEqual([]);
  });

  it('reads a money mule\'s term: money he "allowed" to pass through his account is no rule\'s permission', () => {
    expect(metrics('A 24-year-old man who allowed £48,500 from an investment fraud to pass through his bank account was sentenced to 15 months in prison.').at(-1))
      .toEqual(['prison_term', 15, 'months']);
    expect(metrics('A Chatham shopkeeper who allowed a crypto ATM to operate in his store was fined £4,500.')).toEqual([['fines_imposed', 4500, 'GBP']]);
  });

  it('reads no prison term in jail served only if a fine goes unpaid', () => {
    expect(metrics('A magistrate\'s court in Malaysia fined 11 people between RM5,000 and RM15,000 each, in default between three and nine months\' jail.').map(([, , u]) => u))
      .not.toContain('months');
  });

  it('reads no sum in the bound of a law\'s class of offence', () => {
    expect(metrics('Police in Ohio said both men are charged with theft, which is a first-degree felony in Ohio when the loss is $150,000 or more.')).toEqual([]);
    expect(metrics('The pair in Massachusetts have pleaded not guilty to money laundering and larceny over $1,200 charges.')).toEqual([]);
  });

  it('reads no block an agency "wants"', () => {
    expect(metrics('The agency in Kazakhstan wants another 10,000 resources blocked by the end of 2027.')).toEqual([]);
  });

  it('reads no prison term in the time a thing took', () => {
    expect(metrics('A single account in Guadalajara received 312 million pesos in only five months, the UIF said.').map(([, , u]) => u)).not.toContain('months');
  });

  it('counts no seized things in the places searched', () => {
    expect(metrics('In the searches carried out at 9 properties, the following were secured:')).toEqual([]);
  });

  it('reads a valuation of the coins seized before as seized, and no deal\'s value', () => {
    expect(metrics('Police seized 312 bitcoin. At today\'s prices the coins are worth more than £5 billion.'))
      .toEqual([['assets_seized', 312, 'BTC'], ['assets_seized', 5_000_000_000, 'GBP']]);
    expect(metrics('The SEC fined Terraform Labs $420 million; the wider deal was valued at about $4.5 billion.'))
      .toEqual([['fines_imposed', 420_000_000, 'USD']]);
  });

  it('reads a sum written again in brackets, in English, as one figure', () => {
    expect(metrics('The Indonesia Anti-Scam Centre said it had blocked Rp 212,4 miliar (Rp 212.4 billion) in victims\' funds.'))
      .toEqual([['assets_frozen', 212_400_000_000, 'IDR']]);
  });

  it('reads Rwanda\'s "Frw" as its francs', () => {
    expect(metrics('During searches, RIB seized Frw 87 500 000 in cash.')).toEqual([['assets_seized', 87_500_000, 'RWF']]);
  });

  it('reads Nepal\'s "NRs" and India\'s "IRs" as their rupees', () => {
    expect(metrics('Police in Nepal seized NRs 2.35 million and IRs 410,000 in cash.'))
      .toEqual([['assets_seized', 2_350_000, 'NPR'], ['assets_seized', 410_000, 'INR']]);
  });
});

describe('Central Asia\'s releases in translation, read in the twenty-second session', () => {
  it('reads the set a breakdown opens on as the count restated where it names what was done ("Of the 164 exchangers closed")', () => {
    expect(metrics('Of the 164 exchangers closed, 58 were in Almaty, 27 in Shymkent and 19 in Astana.').map(([m, v]) => [m, v]).slice(0, 1))
      .toEqual([['platforms_closed', 164]]);
    expect(metrics('Of the 41 closed exchangers, 16 operated in Almaty.').map(([m, v]) => [m, v]).slice(0, 1)).toEqual([['platforms_closed', 41]]);
  });

  it('reads a bare number in brackets after "the same period of last year" as last year\'s', () => {
    expect(claimsOf('In January–September 2026, 87 criminal cases were registered in Kyrgyzstan, which is 1.6 times more than in the same period of last year (54).', '2026-10-14')
      .map((c) => [c.metric, c.value, c.period_start, c.period_end]))
      .toEqual([['cases_opened', 87, '2026-01-01', '2026-09-30'], ['cases_opened', 54, '2025-01-01', '2025-09-30']]);
  });

  it('counts sites\' "mirrors" as sites, and commercial premises among things confiscated', () => {
    expect(metrics('The Ministry restricted access to 14 casino sites serviced by the group and 63 of their mirrors.').map(([m, v]) => [m, v]))
      .toEqual([['platforms_blocked', 14], ['platforms_blocked', 63]]);
    expect(metrics('By the verdict, 7 apartments, 2 commercial premises and 9 cars were confiscated to the state income.').map(([m, v]) => [m, v]))
      .toEqual([['items_seized', 7], ['items_seized', 2], ['items_seized', 9]]);
  });
});

describe('Kazakhstan\'s releases, read in the twenty-second session', () => {
  it('reads the short lines a lead opens as its items, marked or not', () => {
    const text = ['The AFM closed 142 exchangers in 2025.', '', 'Closures by region in 2025 (AFM data):', '', 'Almaty — 44 exchangers closed', 'Shymkent — 23 exchangers', 'Astana — 19 exchangers'].join('\n');
    expect(claimsOf(text, '2026-02-11').map((c) => [c.metric, c.value])).toEqual([['platforms_closed', 142], ['platforms_closed', 44], ['platforms_closed', 23], ['platforms_closed', 19]]);
  });

  it('reads a part of a total by its name, traced to crime, as crime\'s money, and its restatement after ", or"', () => {
    expect(metrics('The chairman spoke. Of the 2025 turnover, KZT 71bn was traced to drug sales.')).toEqual([['illicit_volume', 71_000_000_000, 'KZT']]);
    expect(metrics('About $137 million of last year\'s exchanger turnover in Kazakhstan, or KZT 71 billion, was linked to drug trafficking.').map(([m, , u]) => [m, u]))
      .toEqual([['illicit_volume', 'USD'], ['illicit_volume', 'KZT']]);
  });

  it('reads a conversion in brackets after a sum "in cash"', () => {
    expect(metrics('During the searches, officers seized 285 million tenge in cash (about $540,000).'))
      .toEqual([['assets_seized', 285_000_000, 'KZT'], ['assets_seized', 540_000, 'USD']]);
  });

  it('reads no sum in a bound set in monthly calculation indices, converted in brackets', () => {
    expect(metrics('Transactions exceeding 1,000 MCI (3,932,000 tenge in 2025) are subject to financial monitoring.')).toEqual([]);
  });
});

describe('registers of blocked domains, read in the twenty-second session', () => {
  it('counts domains added to a register or list that providers block as blocked', () => {
    expect(metrics('The National Revenue Administration (KAS) added 1 140 domains to the register of illegal gambling domains in October.'))
      .toEqual([['platforms_blocked', 1140, 'count']]);
    expect(metrics('In January–October 2026, officers of the KAS entered 8 114 domains in the Register of Domains Used to Offer Gambling Contrary to the Act.'))
      .toEqual([['platforms_blocked', 8114, 'count']]);
  });
});

describe('a roundup\'s parts by country, read in the twenty-second session', () => {
  const roundup = [
    'A weekly digest of enforcement news from India and Pakistan.', '',
    'INDIA', '',
    'ED attaches Rs 83.2 crore in crypto trading app case', '',
    'The Enforcement Directorate said it had provisionally attached assets worth Rs 83.2 crore.', '',
    'Mule-account chain broken in Vijayawada', '',
    'Police froze Rs 3.4 crore across 260 accounts.', '',
    'PAKISTAN', '',
    'Call centre raided in Islamabad', '',
    'Police seized Rs 4.7 million in cash.', '',
    'NUMBERS OF THE WEEK', '',
    'Police in Nepal seized Rs 8.6 million.',
  ].join('\n');

  it('keeps a country\'s part past its items\' own headings, to the next country or heading in capitals', () => {
    expect(claimsOf(roundup).map((c) => [c.value, c.unit, c.jurisdiction])).toEqual([
      [832_000_000, 'INR', 'IN'], [34_000_000, 'INR', 'IN'], [4_700_000, 'PKR', 'PK'], [8_600_000, 'NPR', 'NP'],
    ]);
  });
});

describe('periods, read in the twenty-second session', () => {
  it('dates "since last September" and "since last year" from then to publication', () => {
    const period = (text: string) => claimsOf(text, '2026-03-16').map((c) => [c.period_start, c.period_end]);
    expect(period('Police froze Rs 3.4 crore in India since last September.')).toEqual([['2025-09-01', '2026-03-16']]);
    expect(period('Police in India froze Rs 3.4 crore since last year.')).toEqual([['2025-01-01', '2026-03-16']]);
  });
});

