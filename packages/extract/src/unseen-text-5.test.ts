import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the dev corpus and the articles written in 2026-11-23's sixth session (articles 942-1061)
// showed misread, each rule as its own case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value]);

describe('sentences of articles 942-1061', () => {
  it('counts the people a fraud stole from as its customers, and no victims of a break-in', () => {
    expect(metrics('The network cashed out UAH 27.5 million stolen from more than 600 people.')).toEqual([['illicit_volume', 27_500_000], ['customers_served', 600]]);
    expect(metrics('The money had been stolen from 517 victims in Almaty.')).toEqual([['customers_served', 517]]);
    expect(metrics('The gang had extorted Rs 18.2 crore from at least 260 victims in Karnataka.')).toEqual([['illicit_volume', 182_000_000], ['customers_served', 260]]);
    expect(metrics('The Ryuk ransomware group extorted more than £27 million from at least 149 UK victims.').map(([m]) => m)).not.toContain('customers_served');
    expect(metrics('The hackers had stolen $3 million from 40 victims.').map(([m]) => m)).not.toContain('customers_served');
  });

  it('reaches a count\'s passive verb past a "with" phrase that holds a sum and its conversion', () => {
    expect(metrics('Over the same period, 64 illegal crypto exchangers with a combined turnover of 212 billion tenge (about $404 million) were liquidated.'))
      .toEqual([['platforms_closed', 64], ['platform_turnover', 212_000_000_000], ['platform_turnover', 404_000_000]]);
    expect(metrics('In 2025, the activity of 118 illegal crypto exchangers with a total turnover of 176.4 billion tenge was terminated.'))
      .toEqual([['platforms_closed', 118], ['platform_turnover', 176_400_000_000]]);
  });

  it('reads a count in brackets that a comparison closes on as the count of the sentence before, over its own period', () => {
    const claims = claimsOf('In the first half of 2026, 87 illegal crypto exchangers were closed. This is 1.9 times more than in the same period of 2025 (47 exchangers).', '2026-07-10');
    expect(claims.map((c) => [c.metric, c.value, c.period_start, c.period_end])).toEqual([
      ['platforms_closed', 87, '2026-01-01', '2026-06-30'], ['platforms_closed', 47, '2025-01-01', '2025-06-30'],
    ]);
  });

  it('reads a part of a count that has a passive verb of its own, and the object "N of them" of the count before', () => {
    expect(metrics('The police apprehended 2,318 suspects, 744 of whom were arrested.')).toEqual([['persons_arrested', 2318], ['persons_arrested', 744]]);
    expect(metrics('Police arrested 37 people, 12 of whom were foreigners.')).toEqual([['persons_arrested', 37]]);
    expect(metrics('Prosecutors said 11 of the suspects had been arrested.')).toEqual([['persons_arrested', 11]]);
    expect(metrics('Police held 300 people. Courts later formally arrested 167 of them.')).toEqual([['persons_arrested', 300], ['persons_arrested', 167]]);
  });

  it('reaches a count\'s passive verb past an apposition between commas that holds figures of its own', () => {
    expect(metrics('The bureau said 14 people, 10 men and four women aged between 19 and 58, were arrested in an operation.')).toEqual([['persons_arrested', 14]]);
    expect(metrics('Five people, including the app\'s two founders, have been arrested.')).toEqual([['persons_arrested', 5]]);
    expect(metrics('Three suspects, two German nationals aged 34 and 41 and a 29-year-old Ukrainian, were arrested in Frankfurt.')).toEqual([['persons_arrested', 3]]);
  });

  it('reads "the" and a number alone after a verb as the people told of before', () => {
    expect(metrics('The court also ordered the confiscation of three cars. AFM officers detained the five in November 2023.'))
      .toEqual([['items_seized', 3], ['persons_arrested', 5]]);
    expect(metrics('A judge remanded the four in custody.')).toEqual([]);
  });

  it('counts the subject of a passive verb in the places\' bracketed numbers after it', () => {
    expect(metrics('The suspects were caught in Adana (17), Mersin (9) and Konya (1), the sources said.'))
      .toEqual([['persons_arrested', 17], ['persons_arrested', 9], ['persons_arrested', 1]]);
  });

  it('counts cheque books, SIM boxes, transformers, excavators and satellite or gaming terminals as items', () => {
    expect(metrics('Police seized Rs 18.5 lakh in cash, 35 cheque books, 64 SIM boxes, four excavators and 41 Starlink satellite terminals.'))
      .toEqual([['assets_seized', 1_850_000], ['items_seized', 35], ['items_seized', 64], ['items_seized', 4], ['items_seized', 41]]);
  });

  it('carries a list\'s verb past an item\'s bracketed aside to the items after it', () => {
    // The conversion in brackets is the ETH's value, read since the twenty-second session.
    expect(metrics('Officers seized VND26.5 billion in cash, 312 ETH (worth about $980,000 at current prices), 11 cars and two villas.'))
      .toEqual([['assets_seized', 26_500_000_000], ['assets_seized', 312], ['assets_seized', 980_000], ['items_seized', 11], ['items_seized', 2]]);
    expect(metrics('The suspects were caught in Adana (17), Mersin (9), Hatay (6) and Konya (1).'))
      .toEqual([['persons_arrested', 17], ['persons_arrested', 9], ['persons_arrested', 6], ['persons_arrested', 1]]);
  });

  it('reads what searches and raids yielded or netted as seized, and a forfeiture ordered after restitution', () => {
    expect(metrics('Searches yielded 2.4 billion soums and $86,000 in cash and nine computers.'))
      .toEqual([['assets_seized', 2_400_000_000], ['assets_seized', 86_000], ['items_seized', 9]]);
    expect(metrics('The October raids also netted ₺412 million in cash and 37 luxury vehicles.')).toEqual([['assets_seized', 412_000_000], ['items_seized', 37]]);
    expect(metrics('The judge ordered Cheng to pay $4,212,880 in restitution and to forfeit 1,284,000 USDT.')).toEqual([['assets_seized', 1_284_000]]);
  });

  it('sets a sum "up 22 per cent from" another against it', () => {
    expect(claimsOf('Dubai Customs seized Dh184 million in undeclared cash in 2025, up 22 per cent from Dh151 million in 2024.', '2026-02-01')
      .map((c) => [c.metric, c.value, c.period_start])).toEqual([['assets_seized', 184_000_000, '2025-01-01'], ['assets_seized', 151_000_000, '2024-01-01']]);
  });

  it('lets an order\'s noun govern the sum of its object, and no verb of a clause a conjunction opens govern the figure before it', () => {
    expect(metrics('The court also ordered the confiscation of attached assets worth Rs 9.84 crore.')).toEqual([['assets_seized', 98_400_000]]);
    expect(metrics('Merseyside Police seized £154,000 in cash and 2.7 BTC when the gang were arrested in February 2025.'))
      .toEqual([['assets_seized', 154_000], ['assets_seized', 2.7]]);
  });

  it('reads a roundup item\'s country from the flag that opens its heading', () => {
    const text = 'Week 39: sentences\n\n🇬🇧 Liverpool Crown Court: gang jailed\n\nFive members of a gang were jailed on Monday.\n\n'
      + '🇦🇺 Brisbane District Court: exchanger sentenced\n\nA man was sentenced on Tuesday to seven years in prison.';
    expect(claimsOf(text, '2026-09-25').map((c) => [c.metric, c.value, c.jurisdiction])).toEqual([
      ['persons_sentenced', 5, 'GB'], ['prison_term', 7, 'AU'],
    ]);
  });

  it('reads "one year imprisonment" as a term, and no rule in a court that "allowed an application"', () => {
    expect(metrics('The convicts were each sentenced to one year imprisonment with an option of fine of N1m.')).toEqual([['prison_term', 1], ['fines_imposed', 1_000_000]]);
    expect(metrics('The court allowed an application by the agency and ordered the forfeiture to the State of Sh96.4 million.')).toEqual([['assets_seized', 96_400_000]]);
    expect(metrics('Customers are allowed to deposit up to $5,000 a day.')).toEqual([]);
  });

  it('takes what an item of a list holds with the item', () => {
    expect(metrics('Officers seized £318,450 in cash, two hardware wallets holding 41.7 BTC and five firearms.'))
      .toEqual([['assets_seized', 318_450], ['items_seized', 2], ['assets_seized', 41.7], ['items_seized', 5]]);
  });

  it('reads items "recovering" governs as seized', () => {
    expect(metrics('Detectives raided two flats in October 2023, recovering six laptops and two vehicles.')).toEqual([['items_seized', 6], ['items_seized', 2]]);
  });

  it('reads "Baht" before a number, "U.S." as one word of a counted thing, and a request a court granted as done', () => {
    expect(metrics('Officers seized Baht 1.8 million in cash and two cars.')).toEqual([['assets_seized', 1_800_000], ['items_seized', 2]]);
    expect(metrics('The platform fraudulently took in roughly $51 million from about 1,900 U.S. customers.')).toEqual([['illicit_volume', 51_000_000], ['customers_served', 1900]]);
    expect(metrics('The court granted the SEC\'s request for emergency relief, freezing approximately $27.4 million held in bank accounts.')).toEqual([['assets_frozen', 27_400_000]]);
    expect(metrics('Prosecutors requested a freeze of $5 million.')).toEqual([]);
  });

  it('reads a table\'s unit from "(Rs crore)" or ", billion roubles", and what it counts from its lead line where no header says', () => {
    const roubles = 'Results for the year:\n\n| Indicator | 2024 | 2025 |\n| --- | --- | --- |\n'
      + '| Property arrested at the initiative of the Service, billion roubles | 7,6 | 9,3 |\n';
    expect(claimsOf(roubles, '2026-02-10').map((c) => [c.metric, c.value, c.unit])).toEqual([
      ['assets_frozen', 7_600_000_000, 'RUB'], ['assets_frozen', 9_300_000_000, 'RUB'],
    ]);
    const crore = 'ED statistics:\n\n| Year | Assets attached (Rs crore) |\n| --- | --- |\n| 2024-25 | 30,036 |\n';
    expect(claimsOf(crore, '2025-12-18').map((c) => [c.metric, c.value, c.unit])).toEqual([['assets_frozen', 300_360_000_000, 'INR']]);
    const penalties = 'FINTRAC penalties over five fiscal years:\n\n| Fiscal year | Total value |\n| --- | --- |\n| 2024-25 | $26.4 million |\n';
    expect(claimsOf(penalties, '2026-06-01').map((c) => [c.metric, c.value])).toEqual([['fines_imposed', 26_400_000]]);
  });

  it('sets counts "down slightly from" and running totals far from "bringing the total" against the count before', () => {
    expect(metrics('The agency initiated 2,634 criminal investigations in FY2025, down slightly from 2,667 in FY2024.')).toEqual([['cases_opened', 2634], ['cases_opened', 2667]]);
    expect(metrics('ASIC had 7,072 investment scam and phishing websites taken down in 2024-25, bringing the total since it began the takedown program in July 2023 to more than 12,000.'))
      .toEqual([['platforms_closed', 7072], ['platforms_closed', 12_000]]);
  });

  it('counts the people of a table column headed only by what was done to them, and ECIRs as cases', () => {
    const text = 'Results:\n\n| Type | Booked | Arrested |\n| --- | --- | --- |\n| Voice phishing | 17,402 | 1,655 |\n';
    expect(claimsOf(text, '2026-01-22').map((c) => [c.metric, c.value])).toEqual([['persons_arrested', 1655]]);
    expect(metrics('The agency recorded 775 fresh ECIRs in 2024-25.')).toEqual([['cases_opened', 775]]);
  });

  it('reads what searches secured as seized, a code before a dollar sign as the currency, and no pre-trial detention as arrests', () => {
    const text = 'During the searches, the officers secured:\n\n- PLN 1 120 000 and EUR 84 500 in cash,\n- 7 passenger cars.\n\n'
      + 'Property of the suspects worth PLN 3.1 million was secured against future fines.\n\nThe court applied 3-month pre-trial detention to 5 suspects.';
    expect(claimsOf(text, '2025-03-20').map((c) => [c.metric, c.value])).toEqual([
      ['assets_seized', 1_120_000], ['assets_seized', 84_500], ['items_seized', 7], ['assets_frozen', 3_100_000],
    ]);
    expect(claimsOf('Agents seized MXN $3,480,000 in cash.').map((c) => [c.value, c.unit, c.figure])).toEqual([[3_480_000, 'MXN', 'MXN $3,480,000']]);
  });

  it('reads "27,640 websites" in a text that writes "1,6 million" as a count grouped in thousands', () => {
    const text = 'Roskomnadzor restricted about 1,6 million pages in 2026.\n\nBTK blocked access to 27,640 illegal betting websites in the third quarter of 2026.';
    expect(claimsOf(text, '2026-11-06').map((c) => [c.metric, c.value])).toEqual([['platforms_blocked', 1_600_000], ['platforms_blocked', 27_640]]);
  });

  it('gives a verb of deceit the sum past the people it took it from', () => {
    expect(metrics('The gang defrauded about 2,900 investors in Germany, Austria and Switzerland of €38.4 million between 2019 and 2023.'))
      .toEqual([['customers_served', 2900], ['illicit_volume', 38_400_000]]);
  });

  it('reads one suspect a verb of enforcement takes, passengers as people, and an apposition before a passive with no count inside', () => {
    expect(metrics('Police arrested two suspects in Antwerp and customs investigators arrested one suspect in Düsseldorf.')).toEqual([['persons_arrested', 2], ['persons_arrested', 1]]);
    expect(metrics('The Guardia Civil seized €2.6m in undeclared cash from nine passengers, and arrested four of them on suspicion of money laundering.'))
      .toEqual([['assets_seized', 2_600_000], ['persons_arrested', 4]]);
    expect(metrics('Six persons, including the mastermind of the syndicate, two handlers and one owner of a melting unit, have been arrested.')).toEqual([['persons_arrested', 6]]);
    expect(metrics('One promoter, who is in custody, ran the scheme.')).toEqual([]);
  });

  it('reads no target a regulator "targets", no fine a rule "provides for", no market of authorised firms, and no cases "in 214 cases"', () => {
    expect(metrics('PAGCOR targets the blocking of at least 20,000 sites by the end of 2026.')).toEqual([]);
    expect(metrics('Stop Orders provide for a daily fine of R$ 1.000 in case of non-compliance.')).toEqual([]);
    expect(metrics('Bettors lost a net R$ 17.4 billion to authorized companies in the first half of the year.')).toEqual([]);
    expect(metrics('In 214 cases the passengers were carrying amounts above the threshold.')).toEqual([]);
    expect(metrics('Prosecutors opened criminal cases in 214 cases of fraud.').length).toBeGreaterThan(0);
  });

  it('dates a figure by its own clause, not by a relative clause closed before it, unless that clause says when a period ran', () => {
    const period = (text: string) => claimsOf(text, '2026-11-06').map((c) => [c.value, c.period_start, c.period_end]);
    expect(period('The ministry, which took over the internet portfolio in March 2025, said it blocked 3,960 websites in the first ten months of 2026.'))
      .toEqual([[3960, '2026-01-01', '2026-10-31']]);
    expect(period('In fiscal year 2026, which ended on September 30, the CFTC filed 51 enforcement actions.')).toEqual([[51, '2025-10-01', '2026-09-30']]);
    expect(period('As part of Operation HAECHI-VI, which ran from August to November 2025, Korean police arrested 41 suspects.')).toEqual([[41, '2025-08-01', '2025-11-30']]);
  });

  it('reads a sum received or obtained from victims or investors as illicit volume (codebook takenFrom)', () => {
    expect(metrics('The syndicate received about Sh480 million (US$3.7 million) from more than 1,400 victims in Kenya.'))
      .toEqual([['illicit_volume', 480_000_000], ['illicit_volume', 3_700_000], ['customers_served', 1400]]);
    expect(metrics('The accounts of the suspects received some P41 million from scam victims, the ACG said.')).toEqual([['illicit_volume', 41_000_000]]);
    expect(metrics('Depositors have received back 3.4 billion tenge since the agency began its compensation work.')).toEqual([['funds_returned', 3_400_000_000]]);
  });

  it('reads what an illegal casino or betting app collected in bets or from its users as turnover', () => {
    expect(metrics('According to the ED, Ludo365 collected ₹1,812 crore in bets from more than 5.6 lakh users between 2022 and 2025.'))
      .toEqual([['platform_turnover', 18_120_000_000], ['customers_served', 560_000]]);
    expect(metrics('The network collected more than ₺1.5 billion in bets, the prosecutors said.')).toEqual([['platform_turnover', 1_500_000_000]]);
  });

  it('reads the sum after the one a verb fines, funds a company "absorbed" from investors, people "behind" a scheme, and no day range before a term', () => {
    expect(metrics('The regulator fined a local exchange operator 4.5 billion won for processing transfers to unregistered platforms.')).toEqual([['fines_imposed', 4_500_000_000]]);
    expect(metrics('The company absorbed funds of 1.26 billion yuan from 9,400 investors in 21 provinces.')).toEqual([['illicit_volume', 1_260_000_000], ['customers_served', 9400]]);
    expect(metrics('A court has sentenced 21 people behind a cryptocurrency pyramid scheme.')).toEqual([['persons_sentenced', 21]]);
    expect(claimsOf('The founder was sentenced by the court on Sept. 12 to 15 years in prison.', '2025-09-20').map((c) => [c.value, c.unit, c.period_start]))
      .toEqual([[15, 'years', '2025-09-12']]);
  });

  it('gives every part a sum includes its metric, past "in criminal proceeds", and not a part with a verb of its own', () => {
    expect(metrics('The court ordered the confiscation of NT$742 million in criminal proceeds, including 210 bitcoin and 6.3 million USDT.'))
      .toEqual([['assets_seized', 742_000_000], ['assets_seized', 210], ['assets_seized', 6_300_000]]);
    expect(metrics('In 2025, assets worth 16.8 billion tenge were seized, including 4.1 million USDT, and 2.3 billion tenge was returned to victims.'))
      .toEqual([['assets_seized', 16_800_000_000], ['assets_seized', 4_100_000], ['funds_returned', 2_300_000_000]]);
  });

  it('reads a range whose low end is written whole, expatriates as people, and no package price', () => {
    expect(claimsOf('The court fined each of them between AED200,000 and AED1 million.').map((c) => [c.value, c.value_high])).toEqual([[200_000, 1_000_000]]);
    expect(claimsOf('Police seized between 2 and 3 million dollars.').map((c) => [c.value, c.value_high])).toEqual([[2_000_000, 3_000_000]]);
    expect(metrics('Police announced the arrest of 4 expatriates of an Asian nationality.')).toEqual([['persons_arrested', 4]]);
    expect(metrics('Members were asked to buy a "membership package" of between Rwf50,000 and Rwf2 million.')).toEqual([]);
  });

  it('reads bolívares, guaraníes, bolivianos, balboas and colones as their outlets write them, and "millones"', () => {
    const money = (text: string) => claimsOf(text).map((c) => [c.value, c.unit]);
    expect(money('Officers seized Bs. 8.412.000 and 212.000 USDT in Caracas.')).toEqual([[8_412_000, 'VES'], [212_000, 'USDT']]);
    expect(money('Police seized Gs. 3.850.000.000 in cash in Ciudad del Este.')).toEqual([[3_850_000_000, 'PYG']]);
    expect(money('In La Paz, FELCC seized Bs 1.236.500 and $us 94.300.')).toEqual([[1_236_500, 'BOB'], [94_300, 'USD']]);
    expect(money('The Intendencia fined the firms B/.4,215,000 in Panama.')).toEqual([[4_215_000, 'PAB']]);
    expect(money('Police in Costa Rica seized ₡96,4 millones.')).toEqual([[96_400_000, 'CRC']]);
  });

  it('reads no figure of a fact line whose label names a maximum, a cap or the penalty for an offence', () => {
    expect(claimsOf('Key facts:\n\n- Maximum federal penalty for wire fraud: 20 years\n- New transaction cap: $5,000\n- Penalty for operating an unregistered scheme: at least N20m\n- Websites taken down: 1,410\n')
      .map((c) => [c.metric, c.value])).toEqual([['platforms_closed', 1410]]);
  });

  it('reads crypto or cash police "secured" as seized', () => {
    expect(metrics('In January 2024, police in Saxony secured nearly 50,000 bitcoin from the former operators of a piracy site.')).toEqual([['assets_seized', 50_000]]);
  });

  it('reaches a count\'s "were arrested" past a relative clause and ages, and counts victims an article cites a complaint for', () => {
    expect(metrics('Three German nationals aged 27, 33 and 45 who are suspected of operating the platform were arrested in Munich.')).toEqual([['persons_arrested', 3]]);
    expect(metrics('According to the complaint, at least 112 victims in 29 states lost a combined $18.6 million.')).toEqual([['customers_served', 112], ['illicit_volume', 18_600_000]]);
    expect(metrics('Police said they were investigating complaints from more than 150 victims who had lost at least €1.9 million.').map(([m]) => m)).not.toContain('customers_served');
  });

  it('reads exchange houses, cuevas and gaming rooms closed, "the activity of all 4", a part "including 1,360 in" a quarter, and "wind up"', () => {
    expect(metrics('Argentina\'s Federal Police closed 11 illegal exchange houses, or cuevas, in Buenos Aires.')).toEqual([['platforms_closed', 11]]);
    expect(metrics('The activity of all 4 exchange points has been terminated.')).toEqual([['platforms_closed', 4]]);
    expect(metrics('ASIC has removed more than 12,000 scam websites since July 2023, including 1,360 in the June quarter.'))
      .toEqual([['platforms_closed', 12_000], ['platforms_closed', 1360]]);
    expect(metrics('BaFin ordered 11 unlicensed crypto providers to wind up their business in 2024.')).toEqual([['platforms_closed', 11]]);
  });

  it('sets people against people said before, carries a list past an item\'s value, and counts a period\'s part of people', () => {
    expect(metrics('Since the beginning of 2024, officers have detained 146 persons in 11 operations, compared with 93 persons in the whole of 2023.'))
      .toEqual([['persons_arrested', 146], ['persons_arrested', 93]]);
    expect(metrics('In January 2025, 6 more exchangers were closed and 212 websites were blocked, compared with 3 closures in January 2024.').at(-1))
      .toEqual(['platforms_closed', 3]);
    expect(metrics('Officers seized €1.26 million in cash, 14.6 bitcoin worth around €1.1 million, 3 crypto ATMs and 4 cars.').slice(-2))
      .toEqual([['items_seized', 3], ['items_seized', 4]]);
    expect(metrics('The PNP says it has arrested 436 people since January 2025, including 71 so far this year.')).toEqual([['persons_arrested', 436], ['persons_arrested', 71]]);
    expect(metrics('Police arrested 37 people, including 12 foreign nationals.')).toEqual([['persons_arrested', 37]]);
  });

  it('keeps an illegal exchanger\'s volume its turnover whatever its clients\' money was', () => {
    expect(metrics('According to the verdict, the exchanger converted 1.3 bln roubles in cash and card transfers into USDT in 2023–2024, at least 480 mln roubles of which came from fraudulent call centres.'))
      .toEqual([['platform_turnover', 1_300_000_000], ['illicit_volume', 480_000_000]]);
    expect(metrics('A network of exchangers in Almaty served more than 11,000 clients and moved 41.2 billion tenge in 14 months.'))
      .toEqual([['customers_served', 11_000], ['platform_turnover', 41_200_000_000]]);
    expect(metrics('The gang moved 41.2 billion tenge of drug money.')).toEqual([['illicit_volume', 41_200_000_000]]);
    expect(metrics('Illicit exchangers processed KZT 9.6 billion in drug payments in 2024.')).toEqual([['illicit_volume', 9_600_000_000]]);
    expect(metrics('Illegal exchangers were used to process KZT 9.6 billion for drug shops.')).toEqual([['illicit_volume', 9_600_000_000]]);
  });

  it('counts "the other 13" who "received" terms as sentenced, and no one who received anything else', () => {
    expect(metrics('The founder got 25 years. The other 13 received between 4 and 20 years.')).toEqual([['prison_term', 25], ['persons_sentenced', 13], ['prison_term', 4]]);
    expect(metrics('Two of them were jailed, while the other four received suspended sentences.')).toEqual([['persons_sentenced', 2], ['persons_sentenced', 4]]);
    expect(metrics('In all, 20 victims received compensation, and 12 officers received awards.')).toEqual([]);
  });
});
