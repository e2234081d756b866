import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles written in 2026-11-24's fourteenth session (articles 2642 on) showed misread, each
// rule as its own case.
const metrics = (text: string, published?: string) => claimsOf(text, published).map((c) => [c.metric, c.value]);

describe('sentences of articles 2642 on', () => {
  it('reads Vietnamese dong written "VNĐ" and places written with their diacritics', () => {
    const claims = claimsOf('HÀ NỘI — The court upheld the confiscation of VNĐ812 billion in cash, the Hà Nội People\'s Court said.');
    expect(claims.map((c) => [c.metric, c.value, c.unit, c.jurisdiction])).toEqual([['assets_seized', 812_000_000_000, 'VND', 'VN']]);
  });

  it('counts land lots and parcels as items seized', () => {
    expect(metrics('The court also upheld the confiscation of VNĐ812 billion in cash and bank deposits, 46 land lots and apartments, and 19 cars.'))
      .toEqual([['assets_seized', 812_000_000_000], ['items_seized', 46], ['items_seized', 19]]);
  });

  it('reads a part "of which" a long clause told the whole, with that whole\'s metric and period', () => {
    const claims = claimsOf('In January–June, at the request of the Agency, access to 3 412 Internet resources was restricted, of which 2 106 were online casinos.', '2026-07-14');
    expect(claims.map((c) => [c.metric, c.value, c.period_start, c.period_end]))
      .toEqual([['platforms_blocked', 3412, '2026-01-01', '2026-06-30'], ['platforms_blocked', 2106, '2026-01-01', '2026-06-30']]);
  });

  it('reads a term named after "the" as a term, not a span of time', () => {
    expect(metrics('The court upheld the 14-year sentence.')).toEqual([['prison_term', 14]]);
    expect(metrics('The Court of Appeal affirmed the 14 years\' imprisonment imposed on him by the Federal High Court.')).toEqual([['prison_term', 14]]);
    // A span of a term is still none.
    expect(metrics('He served the first two years in prison before his release.')).toEqual([]);
    expect(metrics('In the past three years, police seized 14 cars.')).toEqual([['items_seized', 14]]);
  });

  it('reads both terms of a sentence reduced from one to the other, and a count after a term "to"', () => {
    expect(metrics('The panel reduced her sentence from five years to three years.')).toEqual([['prison_term', 5], ['prison_term', 3]]);
    expect(metrics('The court handed prison sentences of 2.5 to 3.5 years to three men.')).toEqual([['prison_term', 2.5], ['persons_sentenced', 3]]);
    // A time given to do something is still a deadline.
    expect(metrics('Detectives were given 21 days to complete investigations.')).toEqual([]);
  });

  it('reads every item of a list a court ordered forfeited in the subjunctive', () => {
    expect(metrics('The judge ordered that 14 mobile phones, six laptops and a Toyota Camry recovered from them be forfeited to the Federal Government.'))
      .toEqual([['items_seized', 14], ['items_seized', 6]]);
    expect(metrics('The court ordered 14 phones, six laptops and a car to be confiscated.')).toEqual([['items_seized', 14], ['items_seized', 6]]);
  });

  it('reads goods seized "undeclared" with their worth as the value seized', () => {
    expect(metrics('Customs officers seized 11,600 undeclared smartphones worth about ₸2.3bn on 8 September.'))
      .toEqual([['items_seized', 11_600], ['assets_seized', 2_300_000_000]]);
  });

  it('reads what property is arrested "to secure" as its purpose, not money returned', () => {
    expect(metrics('- property arrested to secure compensation of damage – ₸19,6 billion;')).toEqual([['assets_frozen', 19_600_000_000]]);
    expect(metrics('The agency returned ₸2 billion as compensation of damage.')).toEqual([['funds_returned', 2_000_000_000]]);
  });

  it('reads a bare count after "while" as people, like one opening its own clause', () => {
    expect(metrics('Courts convicted 23 people; most of them received fines, while 5 were jailed for terms of 2 to 4 years.'))
      .toEqual([['persons_sentenced', 23], ['persons_sentenced', 5], ['prison_term', 2]]);
  });

  it('reads what "provisionally attached" things, iPhones and data carriers as items', () => {
    expect(metrics('The ED has provisionally attached 19 immovable properties worth Rs 24.8 crore belonging to the promoters.'))
      .toEqual([['items_seized', 19], ['assets_frozen', 248_000_000]]);
    expect(metrics('The judge ordered them to forfeit N3.25m and 19 iPhones recovered from them to the Federal Government.'))
      .toEqual([['assets_seized', 3_250_000], ['items_seized', 19]]);
    expect(metrics('Investigators seized cash amounting to 86.300 euros, 23 data carriers and 9 mobile phones.').map((c) => c[0]))
      .toEqual(['assets_seized', 'items_seized', 'items_seized']);
  });

  it('reads the "over" of "hand over" as the verb\'s, and what a court orders handed over as confiscated', () => {
    const [btc] = claimsOf('The court has ordered a darknet cocaine dealer to hand over 97.4 BTC, worth about £6.2m, under a confiscation order.');
    expect([btc!.metric, btc!.value, btc!.qualifier]).toEqual(['assets_seized', 97.4, 'exact']);
    // What someone is paid to hand over is a price.
    expect(metrics('Young people are being offered €200 or €500 to hand over their bank cards and PINs.')).toEqual([]);
  });

  it('reads the people a scheme harmed as "injured persons", and the holders of mule accounts as people', () => {
    expect(metrics('So far, over 430 injured persons have been identified, and the losses exceed PLN 11,3 mln.'))
      .toEqual([['customers_served', 430], ['illicit_volume', 11_300_000]]);
    expect(metrics('His wife was jailed three years, while two mule account holders, aged 24 and 27, were each sentenced to 18 months\' jail.'))
      .toEqual([['prison_term', 3], ['persons_sentenced', 2], ['prison_term', 18]]);
    expect(metrics('Two co-administrators were sentenced in September 2025.')).toEqual([['persons_sentenced', 2]]);
  });

  it('reads thefts "drained" as crime\'s money', () => {
    expect(metrics('Hackers drained 21,600 ether from the exchange\'s hot wallets on March 9, according to the police.')).toEqual([['illicit_volume', 21_600]]);
  });

  it('reads a confiscation of counted things worth a sum as the sum seized, and property held "against future penalties" as frozen', () => {
    expect(metrics('The court ordered the confiscation of 27 properties worth Rs 46.8 crore, which had been attached by the EOW.'))
      .toEqual([['items_seized', 27], ['assets_seized', 468_000_000]]);
    expect(metrics('The prosecutor secured property of the suspects worth a total of PLN 42 mln against future penalties.')).toEqual([['assets_frozen', 42_000_000]]);
  });

  it('drops the people paid back, cases awaiting trial, a term in default of a fine and a case reference', () => {
    expect(metrics('The judge also issued restitution orders totalling $18.4 million in favour of 512 investors.')).toEqual([]);
    expect(metrics('The regulator has 36 cases awaiting trial.')).toEqual([]);
    expect(metrics('The court raised the fine to Rp 10 billion, to be replaced by eight months in prison if unpaid.')).toEqual([['fines_imposed', 10_000_000_000]]);
    expect(metrics('Case reference: 1001-1.Ds.14.2022')).toEqual([]);
  });

  it('reads the parts of a sum set off by dashes as an aside, and the list that goes on after it', () => {
    expect(metrics('The investigators seized crypto assets worth around 8.7 million euros – among them 61.3 Bitcoin and 412 Ether – as well as 742,000 euros in cash and 9 high-value vehicles.'))
      .toEqual([['assets_seized', 8_700_000], ['assets_seized', 61.3], ['assets_seized', 412], ['assets_seized', 742_000], ['items_seized', 9]]);
    // A part of people inside dashes is still no count of its own.
    expect(metrics('Three people – the organiser and two couriers – were detained.')).toEqual([['persons_arrested', 3]]);
  });

  it('reads a shared sign as the document\'s currency where the sentence names another country, but "$" as US dollars', () => {
    const text = 'TOKYO — The Tokyo Metropolitan Police Department said on Monday it had arrested two men in Tokyo and Osaka, Japan\'s second city. '
      + 'In May 2024, hackers stole ¥48.2 billion in bitcoin from DMM Bitcoin, a theft the FBI later attributed to the same group. '
      + 'The FBI said the group stole $1.5 billion in February.';
    expect(claimsOf(text, '2026-02-19').filter((c) => c.unit !== 'count').map((c) => c.unit)).toEqual(['JPY', 'USD']);
  });

  it('reads the items listed after where a sum is held, and accounts whose operations are suspended as frozen', () => {
    expect(metrics('Officers seized 1.9 billion soums, 88,000 USDT on hardware wallets and exchange accounts, as well as 31 mobile phones and three cars.').map((c) => c[0]))
      .toEqual(['assets_seized', 'assets_seized', 'items_seized', 'items_seized']);
    expect(metrics('The SFIS suspended operations on 28 bank accounts with balances of 12.6 million soms.')).toEqual([['assets_frozen', 12_600_000]]);
  });

  it('reads services "switched off" as closed and the people who "have lost" money as a scheme\'s customers', () => {
    expect(metrics('The 6 exchange services were switched off on 26.11.2024.')).toEqual([['platforms_closed', 6]]);
    expect(metrics('More than 1,300 people have lost a combined €9.8 million to the scheme since 2022.'))
      .toEqual([['customers_served', 1300], ['illicit_volume', 9_800_000]]);
  });

  it('reads what a forfeiture complaint is against as seized, with the value of them together, in the US state of Georgia', () => {
    const claims = claimsOf('The United States Attorney\'s Office for the Northern District of Georgia has filed a civil forfeiture complaint against 3,471,906 USDT and 462,150 USDC, together valued at approximately $3.93 million, which the government alleges were stolen.');
    expect(claims.map((c) => [c.metric, c.unit, c.jurisdiction])).toEqual([['assets_seized', 'USDT', 'US'], ['assets_seized', 'USDC', 'US'], ['assets_seized', 'USD', 'US']]);
  });

  it('credits a German state\'s criminal police office by its state, however the text names it after', () => {
    const text = 'DÜSSELDORF – Investigators have arrested seven people, the State Criminal Police Office of North Rhine-Westphalia (LKA NRW) said. '
      + 'The LKA said officers seized €1.4 million in cash. BaFin had warned about the service. BaFin also fined two firms.';
    expect(claimsOf(text, '2025-03-27').map((c) => [c.value, c.authority])).toEqual([[7, 'LKA NRW'], [1_400_000, 'LKA NRW']]);
  });

  it('reads the later numbers of a series over their own periods: hedged, after a span of dates, back in time, and a running total', () => {
    expect(metrics('The BTK blocked 26,400 illegal betting websites in 2023, 41,200 in 2024 and about 58,000 in 2025.').map((c) => c[1])).toEqual([26_400, 41_200, 58_000]);
    expect(metrics('It blocked 9,412 scam and illegal gambling websites and pages between Oct 1, 2024 and Sept 30, 2025, and 11,870 in fiscal 2026.').map((c) => c[1]))
      .toEqual([9412, 11_870]);
    expect(metrics('The ministry blocked 6,830 betting websites in the first six months of 2026, after 11,900 in the whole of 2025.').map((c) => c[1])).toEqual([6830, 11_900]);
    expect(metrics('The board added 61 unlicensed websites to its access-ban list, taking the 2026 total to 1,482.')).toEqual([['platforms_blocked', 61], ['platforms_blocked', 1482]]);
    // What comes after searches is no series.
    expect(metrics('Prosecutors ordered the detention of 8 defendants on 4 November, after 19 home searches in Iași.').map((c) => c[1])).toEqual([8]);
  });

  it('counts people arrested during warrants, named in quotes, or before a long apposition', () => {
    expect(metrics('AFP officers arrested four men during search warrants across Sydney.')).toEqual([['persons_arrested', 4]]);
    expect(metrics('Police executed 48 search warrants.')).toEqual([]);
    expect(metrics('Guangdong police arrested 56 "U-merchants" who sold USDT to buyers.')).toEqual([['persons_arrested', 56]]);
    expect(metrics('Two alleged money launderers for the group, U.S. citizens aged 28 and 33, were arrested in Miami on Nov. 14.')).toEqual([['persons_arrested', 2]]);
  });

  it('reads "22 more" past a sum, a comparison before a clause of reason about licensed platforms, and a budget request as no budget', () => {
    expect(metrics('Last year the AFM liquidated 36 illegal crypto exchangers with a combined turnover of 60 billion tenge, and in the first quarter of this year it closed 22 more.', '2026-05-01'))
      .toEqual([['platforms_closed', 36], ['platform_turnover', 60_000_000_000], ['platforms_closed', 22]]);
    expect(metrics('The agency closed 174 illegal cryptocurrency exchange services in 2025, up from 37 in 2024, as the nation tries to push crypto trading onto licensed platforms.').map((c) => c[1]))
      .toEqual([174, 37]);
    expect(metrics('Defending the agency\'s 2027 budget request, its chairman said the agency had closed 176 illegal crypto exchangers in January–October 2026.')).toEqual([['platforms_closed', 176]]);
  });

  it('sets a figure against a year\'s ("in 2024 against 356 in 2023") and one a rise started from, each in its own period', () => {
    const claims = claimsOf('The Prosecutor General\'s Office registered 418 criminal offences related to financial pyramids in 2024 against 356 in 2023.', '2025-02-01');
    expect(claims.map((c) => [c.metric, c.value, c.period_start])).toEqual([['cases_opened', 418, '2024-01-01'], ['cases_opened', 356, '2023-01-01']]);
    const losses = claimsOf('Police said reported cybercrime losses rose to Shs34.6 billion in 2024 from Shs21.2 billion the previous year.', '2025-02-01');
    expect(losses.map((c) => [c.value, c.period_start])).toEqual([[34_600_000_000, '2024-01-01'], [21_200_000_000, '2023-01-01']]);
  });

  it('reads the customers a platform "had" as its customers, not a licensed market\'s, and Canadians by their province', () => {
    expect(metrics('The casinos and clubs had more than 15,000 players, the prosecution said.')).toEqual([['customers_served', 15_000]]);
    expect(metrics('Authorised betting companies had 17,7 million bettors in the first half of 2025.')).toEqual([]);
    expect(metrics('The group had 12 cars.')).toEqual([]);
    expect(metrics('Police allege at least 112 Manitobans were defrauded.')).toEqual([['customers_served', 112]]);
  });

  it('reads Guatemala\'s and Honduras\'s letter signs, but no question number, and a restriction order as a freeze', () => {
    expect(claimsOf('A judge ordered the freezing of 47 bank accounts holding Q41.5 million at the request of prosecutors.').map((c) => [c.metric, c.value, c.unit]))
      .toEqual([['assets_frozen', 41_500_000, 'GTQ']]);
    expect(claimsOf('Prosecutors froze assets worth L2,380 million in 2025.').map((c) => c.unit)).toEqual(['HNL']);
    expect(metrics('Q136 Sir John Gale: Have you fined any crypto firms?')).toEqual([]);
    expect(metrics('The FIA has also obtained a restriction order over P6.3 million held in 22 bank accounts.').map((c) => c[0])).toEqual(['assets_frozen']);
  });

  it('drops places searched past a home, pleas with no sentence and terms prosecutors seek', () => {
    expect(metrics('During searches of Hsu\'s home and two offices, agents seized about $1.4 million in cash.')).toEqual([['assets_seized', 1_400_000]]);
    expect(metrics('Police seized AED 6.2 million in cash during raids on two villas.')).toEqual([['assets_seized', 6_200_000]]);
    expect(metrics('Four co-defendants have pleaded guilty.')).toEqual([]);
    expect(metrics('Two defendants have pleaded guilty and were sentenced to five years.')).toEqual([['persons_sentenced', 2], ['prison_term', 5]]);
    expect(metrics('In Istanbul, prosecutors seek 40,000 years in a new exchange trial.')).toEqual([]);
  });

  it('reads what "will be alleged", money paid into fake platforms, and what mule accounts were allowed to receive as crime\'s money', () => {
    expect(metrics('It will be alleged the syndicate laundered about $19 million in illicit cash between March 2023 and August 2024.')).toEqual([['illicit_volume', 19_000_000]]);
    expect(metrics('A call centre persuaded at least 1,050 people to deposit more than €14 million on fake crypto trading platforms since 2022.'))
      .toEqual([['customers_served', 1050], ['illicit_volume', 14_000_000]]);
    expect(metrics('The suspects had allowed their bank and e-wallet accounts to be used to receive P62 million from victims of online scams.'))
      .toEqual([['illicit_volume', 62_000_000]]);
    // A rule that allows is still a rule.
    expect(metrics('Exchanges are allowed to accept deposits of up to $5,000.')).toEqual([]);
  });

  it('dates the verbs coordinated after a period in a relative clause, and a list under "results of seven months"', () => {
    const claims = claimsOf('The case was investigated by the AFM, which in June 2025 detained 6 suspects, seized 1 430 mining devices and imposed an arrest on property worth ₸1,9 billion.', '2025-12-10');
    expect(claims.map((c) => c.period_start)).toEqual(['2025-06-01', '2025-06-01', '2025-06-01']);
    // A relative clause closed before the figure's own verb still dates only its own.
    expect(claimsOf('The MST, which took over the portfolio in March 2025, said it blocked 3,960 websites.', '2025-12-10').map((c) => c.period_start)).toEqual([null]);
    const list = claimsOf('Other results of seven months:\n\n- pre-trial investigations registered – 16;\n- persons detained – 13;', '2026-08-10');
    expect(list.map((c) => [c.value, c.period_start, c.period_end])).toEqual([[16, '2026-01-01', '2026-07-31'], [13, '2026-01-01', '2026-07-31']]);
  });

  it('reads people who act on customers as no customers, whatever their sentence', () => {
    expect(metrics('Three promoters who recruited investors through WhatsApp groups were previously sentenced to prison terms.')).toEqual([['persons_sentenced', 3]]);
    expect(metrics('Four droppers who recruited other students got 2 years in prison each.')).toEqual([['persons_sentenced', 4], ['prison_term', 2]]);
    // People who do a customer's verb are still customers.
    expect(metrics('57,000 Russians invested in the scheme.')).toEqual([['customers_served', 57_000]]);
  });

  it('reads the places ranked after a leader as counting what it counted, in its period', () => {
    const claims = claimsOf('In January–September, Almaty\'s department led with 52 closures (KZT 104bn), followed by Shymkent with 23 (KZT 38bn) and Karaganda region with 14 (KZT 19.5bn).', '2025-10-20');
    expect(claims.filter((c) => c.unit === 'count').map((c) => [c.metric, c.value, c.period_start])).toEqual([
      ['platforms_closed', 52, '2025-01-01'], ['platforms_closed', 23, '2025-01-01'], ['platforms_closed', 14, '2025-01-01'],
    ]);
    expect(metrics('The Lagos Zonal Directorate again led the country, with 1,036 convictions, followed by Ibadan with 512 and Port Harcourt with 388.').map((c) => c[1]))
      .toEqual([1036, 512, 388]);
  });

  it('reads the places after "accounted for" as counting the same things', () => {
    expect(metrics('Almaty accounted for 52 of the exchangers closed in the nine months, Astana for 23 and Shymkent for 19.'))
      .toEqual([['platforms_closed', 52], ['platforms_closed', 23], ['platforms_closed', 19]]);
    expect(metrics('Astana accounted for 22 closures and Shymkent for 18 over the same period.')).toEqual([['platforms_closed', 22], ['platforms_closed', 18]]);
  });

  it('reads what people were lured into depositing as crime\'s money, and a part told after "Of the total," as the total\'s', () => {
    expect(metrics('A fake exchange lured around 26,000 people across Vietnam into depositing nearly VND1.9 trillion (US$74.6 million) over two years.'))
      .toEqual([['customers_served', 26_000], ['illicit_volume', 1_900_000_000_000], ['illicit_volume', 74_600_000]]);
    expect(metrics('Customs said illegal transfers worth 1.52 trillion won were laundered in the first half. Of the total, 1.12 trillion won was linked to importers.', '2026-08-05'))
      .toEqual([['illicit_volume', 1_520_000_000_000], ['illicit_volume', 1_120_000_000_000]]);
  });

  it('reads "the three months to 30 June 2025" as those months, with or without the year', () => {
    expect(claimsOf('New Zealanders reported losing $6.1m to scams in the three months to 30 June 2025, the NCSC said.', '2025-11-12').map((c) => [c.period_start, c.period_end]))
      .toEqual([['2025-04-01', '2025-06-30']]);
    expect(claimsOf('People reported losing $3.8 million to scams in the six months to 30 June, the NCSC said.', '2026-09-15').map((c) => [c.period_start, c.period_end]))
      .toEqual([['2026-01-01', '2026-06-30']]);
  });
});
