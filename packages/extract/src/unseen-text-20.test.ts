import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles and codings of 2026-11-25's twenty-third session showed misread, each rule as its
// own case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value, c.unit]);

describe('units, things and terms read in the twenty-third session', () => {
  it('reads "AR$" as Argentine pesos, not as the reais of the "R$" inside it', () => {
    expect(metrics('Prosecutors in Córdoba said the group took in more than AR$18,400 million from some 6,200 savers.')[0]).toEqual(['illicit_volume', 18_400_000_000, 'ARS']);
    expect(metrics('The court imposed fines totalling R$ 3,4 million on the brokers in São Paulo.')[0]).toEqual(['fines_imposed', 3_400_000, 'BRL']);
    expect(metrics('The regulator fined the firm A$ 2 million.')[0]).toEqual(['fines_imposed', 2_000_000, 'AUD']);
  });

  it('counts a hyphenated thing by its head, or as the words it joins', () => {
    expect(metrics('Police in Kazakhstan seized 1 240 bank cards, 47 mobile phones and 9 SIM-boxes.').map(([, v]) => v)).toEqual([1240, 47, 9]);
    expect(metrics('Police in Kyrgyzstan liquidated 18 call-centres in Bishkek and Osh.')).toEqual([['groups_exposed', 18, 'count']]);
    expect(metrics('Police in the US seized 14 phone-cards.')).toEqual([['items_seized', 14, 'count']]);
  });

  it('passes over a place an item was found "used as" something, and reads the items after it', () => {
    expect(metrics('Agents in New York seized $1.3 million in cash from an apartment used as a stash house, along with 14 cell phones and three money-counting machines.'))
      .toEqual([['assets_seized', 1_300_000, 'USD'], ['items_seized', 14, 'count'], ['items_seized', 3, 'count']]);
  });

  it('counts the things a preservation order holds as seized, and its sum as frozen', () => {
    expect(metrics('In South Africa, the AFU obtained a preservation order over assets worth R96 million, including 11 residential properties and 23 vehicles.'))
      .toEqual([['assets_frozen', 96_000_000, 'ZAR'], ['items_seized', 11, 'count'], ['items_seized', 23, 'count']]);
    // Those under a restraint order are not counted.
    expect(metrics('Police in Canada also obtained restraint orders on three residential properties valued at about $6.4 million.').filter(([, , u]) => u === 'count')).toEqual([]);
  });

  it('reads "the nine-year term" a defendant received as a prison term', () => {
    expect(metrics('In Argentina, the leader of the scheme received the nine-year term.')).toEqual([['prison_term', 9, 'years']]);
    expect(metrics('Over the three years term limits were set for judges in Argentina.')).toEqual([]);
  });

  it('reads only the term a sentence was reduced to', () => {
    expect(metrics('The Criminal Court in Bangkok sentenced two directors to 10 years in prison each, reduced by one third to 6 years and 8 months because they confessed.'))
      .toEqual([['persons_sentenced', 2, 'count'], ['prison_term', 80, 'months']]);
    expect(metrics('In Thailand, its leader was sentenced to 1,110 years, halved to 555 years because he confessed.')).toEqual([['prison_term', 555, 'years']]);
  });

  it('reads no sentence from an offence "punishable by imprisonment"', () => {
    expect(metrics('The SEC in Thailand has filed criminal complaints against the six P2P traders for operating without a licence, an offence punishable by imprisonment of two to five years.'))
      .toEqual([]);
  });
});

describe('parts of sums and counts told against others, read in the twenty-third session', () => {
  it('reads the part of a turnover "connected with payments for" drugs, or "of it for" drug shops, as crime\'s money', () => {
    expect(metrics('In Kazakhstan, the total turnover of the exchangers exceeded ₸61,5 billion, of which about ₸23 billion was connected with payments for synthetic drugs.'))
      .toEqual([['platform_turnover', 61_500_000_000, 'KZT'], ['illicit_volume', 23_000_000_000, 'KZT']]);
    expect(metrics('In Kazakhstan the group exchanged ₸15.7 billion between tenge and USDT for some 3,900 clients, at least ₸2.4 billion of it for darknet drug shops.'))
      .toEqual([['platform_turnover', 15_700_000_000, 'KZT'], ['customers_served', 3900, 'count'], ['illicit_volume', 2_400_000_000, 'KZT']]);
  });

  it('reads the members a platform "had" as its customers, not a ring\'s members', () => {
    expect(metrics('In South Korea, the sites had about 52,000 active members.')).toEqual([['customers_served', 52000, 'count']]);
    expect(metrics('In South Korea, the network had 40 members.')).toEqual([]);
  });

  it('reads the number a change is told from as the count it names', () => {
    expect(metrics('In South Korea, the number of arrests was up 20.9% from 258 in the same period last year.')).toEqual([['persons_arrested', 258, 'count']]);
  });

  it('reads the items after a sum held "on hardware wallets and exchange accounts", and after a spaced-dash aside', () => {
    expect(metrics('In France, investigators seized €1.24 million in cash, some 2.35 million USDT held on hardware wallets and exchange accounts, 12 vehicles and 41 luxury watches.').map(([, v]) => v))
      .toEqual([1_240_000, 2_350_000, 12, 41]);
    expect(metrics('In Spain, the agents seized 1.230.000 euros in cash, crypto-assets valued at 3,4 million euros – mainly USDT and bitcoin –, 19 high-end vehicles, 63 mobile phones and 22 computers.').map(([, v]) => v))
      .toEqual([1_230_000, 3_400_000, 19, 63, 22]);
  });

  it('keeps terms "most of them suspended", but not a term suspended itself', () => {
    expect(metrics('The Ghent criminal court in Belgium sentenced 11 money mules to terms of between 12 and 30 months, most of them suspended.'))
      .toEqual([['persons_sentenced', 11, 'count'], ['prison_term', 12, 'months']]);
    expect(metrics('The court in Paris imposed prison sentences ranging from 18 months to 8 years, some of which were partly suspended.')).toEqual([['prison_term', 18, 'months']]);
    expect(metrics('In Belgium, he was sentenced to 18 months, suspended.')).toEqual([]);
  });

  it('ends a counted thing at the verb after it: "users included ransomware groups" counts users', () => {
    expect(metrics('In Germany, its more than 45,000 users included ransomware groups, darknet drug vendors and fraudsters.')).toEqual([['customers_served', 45000, 'count']]);
  });
});

describe('periods read in the twenty-third session', () => {
  const periods = (text: string, published: string) => claimsOf(text, published).map((c) => [c.value, c.period_start, c.period_end]);

  it('reads "over the same period" as the period last reported, not the one a comparison named', () => {
    expect(periods('In January–March 2026, the AFM closed 47 illegal crypto exchangers in Kazakhstan. For comparison, in January–March 2025, 29 exchangers were closed. Over the same period, 9 cash desks of online casinos were exposed.', '2026-04-14'))
      .toEqual([[47, '2026-01-01', '2026-03-31'], [29, '2025-01-01', '2025-03-31'], [9, '2026-01-01', '2026-03-31']]);
  });

  it('dates the figures in brackets of a list by the period in brackets on its lead line', () => {
    expect(periods('AFM results in Kazakhstan, January–September 2026 (January–September 2025):\n\n- Criminal cases opened: 186 (149)\n- Persons detained: 214 (171)', '2026-10-14'))
      .toEqual([[186, '2026-01-01', '2026-09-30'], [149, '2025-01-01', '2025-09-30'], [214, '2026-01-01', '2026-09-30'], [171, '2025-01-01', '2025-09-30']]);
  });

  it('reads "during the half-year" as the half-year reported, not the one a year before that was set against it', () => {
    expect(periods('In January–June 2025, DCEC officers in Uzbekistan exposed 19 financial pyramids. In the first half of 2024, 11 such schemes were exposed. During the half-year, 47 criminal cases were opened.', '2025-07-22'))
      .toEqual([[19, '2025-01-01', '2025-06-30'], [11, '2024-01-01', '2024-06-30'], [47, '2025-01-01', '2025-06-30']]);
  });

  it('sets no period aside for a year not yet over at publication', () => {
    expect(periods('News › 2026 › February\n\nThe SPA in Brazil requested the blocking of 15.463 illegal betting websites in 2025. Over the year, the SPA opened 87 sanctioning proceedings.', '2026-02-03')
      .map(([v, a, b]) => [v, a, b])).toEqual([[15463, '2025-01-01', '2025-12-31'], [87, '2025-01-01', '2025-12-31']]);
  });
});

describe('cases, currencies, laws and tables read in the twenty-third session', () => {
  it('counts first information reports registered as cases, and dates none by the year of the law they were filed under', () => {
    expect(claimsOf('Five first information reports (FIRs) have been registered in Pakistan under the Anti-Money Laundering Act, 2010.', '2025-09-10').map((c) => [c.metric, c.value]))
      .toEqual([['cases_opened', 5]]);
    expect(claimsOf('NCCIA has registered 29 FIRs under the Prevention of Electronic Crimes Act (PECA) 2016.', '2025-09-10').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[29, null, '2025-09-10']]);
  });

  it('reads "Ks" as Myanmar kyat and transactions "suspended" in accounts as frozen', () => {
    expect(metrics('Troops in Myanmar seized 312 Starlink kits, as well as Ks 1.2 billion in cash.')[1]).toEqual(['assets_seized', 1_200_000_000, 'MMK']);
    expect(metrics('In Sri Lanka, the FIU issued 32 orders suspending transactions in 118 accounts holding approximately Rs. 612 million.')).toEqual([['assets_frozen', 612_000_000, 'LKR']]);
  });

  it('reads a table column beside the one that names the action as its own measure, not the lead\'s', () => {
    const text = ['Breakdown of arrests in Malaysia by contingent, 1 January - 8 February 2026:', '', '| Contingent | Raids | Arrested |', '| --- | --- | --- |', '| Selangor | 318 | 452 |', '| Johor | 226 | 301 |'].join('\n');
    expect(claimsOf(text, '2026-02-12').map((c) => [c.metric, c.value])).toEqual([['persons_arrested', 452], ['persons_arrested', 301]]);
    const values = ['FINTRAC penalties in Canada over two fiscal years:', '', '| Fiscal year | Penalties | Total value |', '| --- | --- | --- |', '| 2024-25 | 23 | $26.4 million |', '| 2025-26 | 34 | $47.6 million |'].join('\n');
    expect(claimsOf(values, '2026-07-01').filter((c) => c.unit === 'CAD').map((c) => [c.metric, c.value])).toEqual([['fines_imposed', 26_400_000], ['fines_imposed', 47_600_000]]);
  });

  it('reads no time written "10h" as a count', () => {
    expect(metrics('In Brazil, by 10h, nine people had been arrested, among them the alleged leader of the group.')).toEqual([['persons_arrested', 9, 'count']]);
  });

  it('reads fines "each" however far the fined are told from the sum, and a verb said again from its last saying', () => {
    expect(metrics('In the UAE, the court also fined three companies registered in a Dubai free zone Dh50 million each.')).toEqual([['fines_imposed', 50_000_000, 'AED']]);
    expect(metrics('In the UAE, the court fined each of the defendants Dh500,000 and fined three companies used to receive victims\' money Dh30 million each.'))
      .toEqual([['fines_imposed', 500_000, 'AED'], ['fines_imposed', 30_000_000, 'AED']]);
  });

  it('reads a scheme\'s terms as no figure, and the maximum term a court handed down as a term', () => {
    expect(metrics('In India, investors had to deposit a minimum of Rs 25,000 and were paid early returns out of fresh deposits.')).toEqual([]);
    expect(metrics('In the UAE, two defendants tried in absentia received the maximum 10-year term.').filter(([m]) => m === 'prison_term')).toEqual([['prison_term', 10, 'years']]);
    expect(metrics('In Bahrain, the court upheld the five-year terms handed to the remaining defendants.')).toEqual([['prison_term', 5, 'years']]);
  });

  it('reads sums traced "which have been frozen" as frozen', () => {
    expect(metrics('In Nigeria, the EFCC had traced N214 million and $46,000 in bank accounts linked to the suspects, which have been frozen pending the outcome of investigations.'))
      .toEqual([['assets_frozen', 214_000_000, 'NGN'], ['assets_frozen', 46_000, 'USD']]);
  });

  it('reads a part "of whom" something was done as a count of its own, but not a part by who they were', () => {
    expect(metrics('In Türkiye in 2025, police detained 14,862 suspects in cyber fraud operations, of whom 5,913 were arrested.')).toEqual([['persons_arrested', 14862, 'count'], ['persons_arrested', 5913, 'count']]);
    expect(metrics('In Cambodia, police detained 11,356 suspects, of whom 9,874 were foreign nationals from 44 countries.')).toEqual([['persons_arrested', 11356, 'count']]);
  });

  it('reads a sum ordered confiscated as seized, past what "had been" done to it before', () => {
    expect(metrics('In Argentina, the court also ordered the confiscation of 12 properties, 61 vehicles, a light aircraft and $ 3.450.000.000 in funds that had been frozen during the investigation.'))
      .toEqual([['items_seized', 12, 'count'], ['items_seized', 61, 'count'], ['assets_seized', 3_450_000_000, 'ARS']]);
    // "of that" is no relative clause: the part's own verb says what it is.
    expect(metrics('In Ireland, €38,900 was frozen in the men\'s accounts, and €11,300 of that had been returned to victims.'))
      .toEqual([['assets_frozen', 38_900, 'EUR'], ['funds_returned', 11_300, 'EUR']]);
  });

  it('reads a court\'s "retention" of money in accounts as frozen, and the people "later acquitted" as none arrested', () => {
    expect(metrics('In Chile, the Guarantee Court ordered the seizure of 19 properties and the retention of CLP 1.240 million held in bank accounts of the suspects.'))
      .toEqual([['items_seized', 19, 'count'], ['assets_frozen', 1_240_000_000, 'CLP']]);
    expect(metrics('Police in Argentina arrested 12 people. Four of those arrested were later acquitted.')).toEqual([['persons_arrested', 12, 'count']]);
  });

  it('reads what legal operators transferred as the legal market\'s, no platform\'s turnover', () => {
    expect(metrics('Legal operators in Colombia transferred COP 1.1 trillion to the health sector in 2024 through royalties.')).toEqual([]);
  });

  it('reads redress secured for consumers as money paid back', () => {
    expect(metrics('The FCA in the UK secured £62.7m in redress and restitution for consumers.')).toEqual([['funds_returned', 62_700_000, 'GBP']]);
  });

  it('reads the one a court sentenced "to 14 years" as a person, not the low end of a range', () => {
    expect(metrics('In Nigeria, a Federal High Court convicted two of the promoters, sentencing one to 14 years and the other to nine years in prison.'))
      .toEqual([['persons_sentenced', 2, 'count'], ['prison_term', 14, 'years'], ['prison_term', 9, 'years']]);
  });

  it('counts the people a scheme "solicited investments from" as its customers', () => {
    expect(metrics('In South Africa, AfroCoin Trade solicited investments from 1 870 members of the public.')).toEqual([['customers_served', 1870, 'count']]);
  });

  it('counts companies and projects "with signs of a financial pyramid" as pyramids', () => {
    expect(claimsOf('MOSCOW. The Bank of Russia identified 1,240 companies and projects with signs of a financial pyramid in January-June 2025, compared with 1,115 a year earlier.', '2025-08-19')
      .map((c) => [c.metric, c.value])).toEqual([['schemes_dismantled', 1240], ['schemes_dismantled', 1115]]);
  });

  it('reads a sum returned "to victims" as paid back, whatever suspects the sentence arrested', () => {
    expect(metrics('In Thailand, the CCIB said it had arrested 1,064 suspects in online fraud cases and returned THB 412 million to victims.'))
      .toEqual([['persons_arrested', 1064, 'count'], ['funds_returned', 412_000_000, 'THB']]);
  });
});

describe('lists and disjunctions read in the twenty-third session', () => {
  it('reads items numbered in brackets as a list under its lead, and "seized/frozen" as the first verb\'s', () => {
    const text = ['CBI in India conducted searches at 42 locations on 27.05.2025 and 28.05.2025. During the searches, the following were recovered:', '(i) Cash of Rs. 2,43,60,000;', '(ii) 186 mobile phones, 1,046 debit cards and 27 laptops;'].join('\n');
    expect(claimsOf(text, '2025-05-29').map((c) => [c.metric, c.value, c.period_start])).toEqual([
      ['assets_seized', 24_360_000, '2025-05-27'], ['items_seized', 186, '2025-05-27'], ['items_seized', 1046, '2025-05-27'], ['items_seized', 27, '2025-05-27']]);
    const slash = ['During the search operations in India, the following were seized/frozen:', '', '(i) Cash of Rs. 4.82 Crore;', '(ii) Jewellery and bullion valued at Rs. 1.3 Crore;'].join('\n');
    expect(claimsOf(slash, '2025-08-21').map((c) => [c.metric, c.value])).toEqual([['assets_seized', 48_200_000], ['assets_seized', 13_000_000]]);
  });

  it('reads no term of disqualification, the second of a pair included', () => {
    expect(metrics('In the UK, Haddon and Mistry are also disqualified from acting as company directors for 12 years and 8 years respectively.')).toEqual([]);
  });

  it('reads the balance of accounts frozen as frozen, a hold put on money as frozen, and a temporary seizure as a freeze', () => {
    expect(metrics('In Malaysia, the MACC has frozen 46 bank accounts belonging to six individuals and four companies with a total balance of RM38.2mil, in an investigation into money laundering.'))
      .toEqual([['assets_frozen', 38_200_000, 'MYR']]);
    expect(metrics('In India, the CFCFRMS has helped put a hold on more than Rs. 4,380 crore of defrauded money before it could be siphoned off.')).toEqual([['assets_frozen', 43_800_000_000, 'INR']]);
    expect(metrics('In Thailand, the AMLO ordered the temporary seizure of assets worth 417 million baht belonging to the network.')).toEqual([['assets_frozen', 417_000_000, 'THB']]);
  });

  it('reads a sum frozen past the counts of whose it was, and a "cut-price" offer as no price', () => {
    expect(metrics('In Türkiye, following MASAK\'s analysis, assets worth 842 million TL belonging to 58 suspects and 11 companies were frozen.')).toEqual([['assets_frozen', 842_000_000, 'TRY']]);
    expect(metrics('In the UAE, Sharjah Police arrested 9 members of a gang that lured victims with cut-price USDT sold for cash, seizing AED 1.3m in cash.'))
      .toEqual([['persons_arrested', 9, 'count'], ['assets_seized', 1_300_000, 'AED']]);
  });

  it('reads no count of those convicted told apart as citizens and residents', () => {
    expect(metrics('In Saudi Arabia, the Criminal Court in Riyadh issued a final ruling convicting 7 defendants, 4 citizens and 3 residents, of financial fraud.')).toEqual([['persons_sentenced', 7, 'count']]);
  });

  it('reads the part of a turnover told in the next sentence, past its conversion, as crime\'s money where crime is what it was tied to', () => {
    const lead = 'The AFM closed 47 exchangers in Kazakhstan in the first quarter of 2025 with a turnover of ₸41.2 billion. ';
    const sums = (text: string) => metrics(text).filter(([, , u]) => u !== 'count');
    expect(sums(lead + 'Of that, about ₸14.6 billion (around $28.6 million) was tied to payments for narcotics bought on darknet marketplaces.'))
      .toEqual([['platform_turnover', 41_200_000_000, 'KZT'], ['illicit_volume', 14_600_000_000, 'KZT'], ['illicit_volume', 28_600_000, 'USD']]);
    expect(sums(lead + 'Around ₸33.8 billion (some $65 million) of that was linked to payments for narcotics sold through darknet shops.').slice(1).map(([m]) => m))
      .toEqual(['illicit_volume', 'illicit_volume']);
    expect(sums(lead + 'The AFM says 4.1 billion tenge of it came from two large drug shops.')[1]).toEqual(['illicit_volume', 4_100_000_000, 'KZT']);
    // A part of a sum seized that came from crime is no part of crime's turnover.
    expect(metrics('The FBI seized $310 million in the US. Prosecutors said at least $120 million of that came from ransomware payments.')[0]).toEqual(['assets_seized', 310_000_000, 'USD']);
  });

  it('counts each number of a series by the noun after its last, but no model\'s number', () => {
    expect(metrics('By region in Kazakhstan, the AFM departments for Almaty and Astana led the way with 38 and 25 closures respectively, followed by Shymkent with 17.').map(([, v]) => v))
      .toEqual([38, 25, 17]);
    expect(metrics('In the US, agents seized $212,000 in cash, a Porsche 911 and 14 phones.').map(([, v]) => v)).toEqual([212_000, 14]);
  });

  it('reads a task set as a plan, and money ordered recovered to the state budget as taken', () => {
    expect(metrics('The AFM board in Kazakhstan set the task of closing at least 150 illegal exchangers in 2026.')).toEqual([]);
    expect(metrics('In Kazakhstan, the court ordered KZT 640m of criminal income to be recovered to the state budget and fined the organiser KZT 18.5m.'))
      .toEqual([['assets_seized', 640_000_000, 'KZT'], ['fines_imposed', 18_500_000, 'KZT']]);
  });

  it('reads remediation paid to consumers as paid back, and the bets placed on illegal sites as their turnover', () => {
    expect(metrics('In Australia, licensees paid $212 million in remediation to consumers following ASIC action.')).toEqual([['funds_returned', 212_000_000, 'AUD']]);
    expect(metrics('In South Korea, the total amount of bets placed on the sites whose operators were apprehended was KRW 3.46 trillion.')).toEqual([['platform_turnover', 3_460_000_000_000, 'KRW']]);
  });

  it('reads the part of a turnover a verb before it ties "to drug shops" as crime\'s money', () => {
    expect(metrics('In Russia, the exchange services carried out operations worth 14,6 bln rubles. Investigators linked at least 4.3 bln rubles of that amount to drug shops on darknet marketplaces.'))
      .toEqual([['platform_turnover', 14_600_000_000, 'RUB'], ['illicit_volume', 4_300_000_000, 'RUB']]);
  });

  it('reads a part of a turnover whose own words tie it to drugs as crime\'s money, past a restatement after "or"', () => {
    expect(metrics('In Kazakhstan, their total turnover over the five months amounted to 71.6 billion tenge, of which 19.3 billion tenge is connected with payments for drugs sold through darknet shops.'))
      .toEqual([['platform_turnover', 71_600_000_000, 'KZT'], ['illicit_volume', 19_300_000_000, 'KZT']]);
    expect(metrics('The AFM closed 122 exchangers in Kazakhstan. Of the nine-month turnover, ₸46.8 billion, or roughly $87 million, was linked to payments for narcotics.').filter(([, , u]) => u !== 'count'))
      .toEqual([['illicit_volume', 46_800_000_000, 'KZT'], ['illicit_volume', 87_000_000, 'USD']]);
  });

  it('reads a defendant named Price as a name, and no price', () => {
    expect(metrics('In the US, the judge also ordered Price to forfeit 38.6 BTC, 412,750 USDT and $264,900 in cash.').map(([m, v]) => [m, v]))
      .toEqual([['assets_seized', 38.6], ['assets_seized', 412_750], ['assets_seized', 264_900]]);
    expect(metrics('In the US, Price was sentenced on Tuesday to 151 months in prison.')).toEqual([['prison_term', 151, 'months']]);
  });

  it('counts a platform\'s subscribers lured as its customers, but not a channel\'s audience; and no correctional supervision as prison', () => {
    expect(metrics('In Nigeria, the convict lured no fewer than 9,600 subscribers into the platform.')).toEqual([['customers_served', 9600, 'count']]);
    expect(metrics('In Kazakhstan, its operators advertised through three Telegram channels with a combined audience of 31,000 subscribers.')).toEqual([]);
    expect(metrics('In South Africa, a fourth accused received three years\' correctional supervision.')).toEqual([]);
  });

  it('reads "it may be recalled that" as no possibility', () => {
    expect(metrics('It may be recalled that in a separate case investigated by ED in India, the Special Court convicted 3 operators of a betting app and sentenced them to 5 years of rigorous imprisonment.'))
      .toEqual([['persons_sentenced', 3, 'count'], ['prison_term', 5, 'years']]);
  });

  it('reads a value in brackets "now worth" as the coins\' conversion', () => {
    expect(metrics('In the UK, NCA officers seized £1.9m in cash and 21.4 bitcoin (now worth about £1.7m).'))
      .toEqual([['assets_seized', 1_900_000, 'GBP'], ['assets_seized', 21.4, 'BTC'], ['assets_seized', 1_700_000, 'GBP']]);
  });

  it('reads a sum "in drug money" as crime\'s whatever moved it, and the participle after what a sum was as what was done to it', () => {
    expect(metrics('In 2024, exchangers closed by the AFM in Kazakhstan moved about $18.8 million in drug money.')).toEqual([['illicit_volume', 18_800_000, 'USD']]);
    expect(metrics('In South Korea, police apprehended 5,210 persons; KRW 61.8 billion in criminal proceeds preserved.').map(([m]) => m)).toEqual(['persons_arrested', 'assets_frozen']);
    // Not past a verb before it that acts on the sum: "froze ... in bank accounts and seized ...".
    expect(metrics('In Hong Kong, officers froze HK$18 million in bank accounts and seized HK$2.7 million in cash.').map(([m]) => m)).toEqual(['assets_frozen', 'assets_seized']);
  });
});

