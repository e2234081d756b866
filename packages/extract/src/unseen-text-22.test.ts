import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles and codings of 2026-11-25's twenty-fifth session showed misread, each rule as its
// own case.
const periods = (text: string, published: string) => claimsOf(text, published).map((c) => [c.metric, c.value, c.period_start, c.period_end]);

describe('figures read in the twenty-fifth session', () => {
  it('dates what was done "last week" to the Monday-to-Sunday week before publication\'s, as "last month" is dated', () => {
    // Published on a Wednesday, and on the Monday of its week.
    expect(periods('Mexican federal authorities arrested 27 people in seven states last week.', '2026-10-21'))
      .toEqual([['persons_arrested', 27, '2026-10-12', '2026-10-18']]);
    expect(periods('Last week, police in Accra and Kumasi arrested 14 suspects.', '2025-05-19'))
      .toEqual([['persons_arrested', 14, '2025-05-12', '2025-05-18']]);
    // A week that dates the telling, or a report's release, dates no figure.
    expect(periods('Police said last week they had arrested 27 people.', '2026-10-21')).toEqual([['persons_arrested', 27, null, '2026-10-21']]);
    expect(periods('The agency\'s annual report, published last week, recorded 1,910 arrests.', '2026-07-15')).toEqual([['persons_arrested', 1_910, null, '2026-07-15']]);
  });

  it('dates "in the past week" to the seven days before publication', () => {
    expect(periods('In the past week alone, ASIC removed 412 websites offering fake investments.', '2026-09-03'))
      .toEqual([['platforms_closed', 412, '2026-08-27', '2026-09-03']]);
  });

  it('dates a running total by its own clause, and the count it adds by that count\'s', () => {
    expect(periods('The SPK said on Tuesday that it had blocked 52 more unlicensed crypto websites, bringing the number blocked since the start of the year to 1,104.', '2025-09-18'))
      .toEqual([['platforms_blocked', 52, null, '2025-09-18'], ['platforms_blocked', 1_104, '2025-01-01', '2025-09-18']]);
    expect(periods('The Belgian Gaming Commission added 164 websites to its blacklist of illegal gambling sites in the third quarter of 2026, bringing the list to 612 domains.', '2026-10-09'))
      .toEqual([['platforms_blocked', 164, '2026-07-01', '2026-09-30'], ['platforms_blocked', 612, null, '2026-10-09']]);
  });

  it('reads a split year after "since", or in brackets before a colon, as the fiscal year it names', () => {
    const place = (text: string) => claimsOf(text, '2025-07-28').map((c) => [c.value, c.period_start, c.period_end]);
    expect(place('Since 2022-23, the Directorate of Enforcement (ED) in India has arrested 21 persons in these cases.')).toEqual([[21, '2022-04-01', '2025-07-28']]);
    expect(place('Since 2022-23, police in Kenya have arrested 21 persons in these cases.')).toEqual([[21, '2022-07-01', '2025-07-28']]);
    expect(place('Since 2022-23, police in Spain have arrested 21 persons in these cases.')).toEqual([[21, '2022-01-01', '2025-07-28']]);
    expect(place('India\'s FIU-IND opened 61 new enforcement investigations (2024/25: 74).')).toEqual([[61, null, '2025-07-28'], [74, '2024-04-01', '2025-03-31']]);
  });

  it('dates what was done since a law took effect, or an operation was launched, from that day or month to publication', () => {
    expect(periods('Since Article 232-1 of the Criminal Code took effect on July 1, police in Kazakhstan have detained 388 so-called droppers.', '2025-11-20'))
      .toEqual([['persons_arrested', 388, '2025-07-01', '2025-11-20']]);
    expect(periods('Since the special operation was launched in March, police in Shenzhen have arrested 612 suspects.', '2026-06-18'))
      .toEqual([['persons_arrested', 612, '2026-03-01', '2026-06-18']]);
    // The day a law took effect, with no "since", dates no figure.
    expect(periods('The law took effect on July 1. Police in Kazakhstan have detained 388 droppers.', '2025-11-20'))
      .toEqual([['persons_arrested', 388, null, '2025-11-20']]);
  });

  it('reads "the September 2024 quarter" and "the December quarter" as the quarter ending in that month', () => {
    expect(periods('ASIC took down 1,680 investment scam websites in the September 2024 quarter.', '2024-11-01'))
      .toEqual([['platforms_closed', 1_680, '2024-07-01', '2024-09-30']]);
    expect(periods('ASIC took down 1,120 investment scam websites in the December quarter.', '2026-02-06'))
      .toEqual([['platforms_closed', 1_120, '2025-10-01', '2025-12-31']]);
    expect(periods('In the December quarter of 2025, ASIC removed 1,870 websites.', '2026-02-06'))
      .toEqual([['platforms_closed', 1_870, '2025-10-01', '2025-12-31']]);
  });

  it('reads "between March 2023 and June this year", "From February 2024 ..." and "since fiscal year 2022" to their ends', () => {
    expect(periods('Police in Seoul said the ring laundered about 32.6 billion won between March 2023 and June this year.', '2025-08-10').map((c) => c.slice(2)))
      .toEqual([['2023-03-01', '2025-06-30']]);
    expect(periods('From February 2024 the exchanger in Minsk served about 2 100 clients.', '2025-08-10').map((c) => c.slice(2)))
      .toEqual([['2024-02-01', '2025-08-10']]);
    expect(periods('Since fiscal year 2022, the CFTC has filed more than 90 enforcement actions.', '2025-08-10').map((c) => c.slice(2)))
      .toEqual([['2021-10-01', '2025-08-10']]);
    expect(periods('Police in India registered 1,148 FIRs under the BUDS Act during 2022 to 2024.', '2025-08-10').map((c) => c.slice(2)))
      .toEqual([['2022-01-01', '2024-12-31']]);
    // A comparison's "from" names the period compared with.
    expect(periods('Police in Spain arrested 58 people in June 2025, up from 41 in March 2024.', '2025-08-10').map((c) => c.slice(1)))
      .toEqual([[58, '2025-06-01', '2025-06-30'], [41, '2024-03-01', '2024-03-31']]);
  });

  it('dates what was done since something was set up in a month from that month, but not since a month itself', () => {
    expect(periods('Police in Korea have arrested 64 suspects since the government set up a joint response taskforce in October last year.', '2025-08-10').map((c) => c.slice(2)))
      .toEqual([['2024-10-01', '2025-08-10']]);
    expect(periods('Since Operation Skein, which targets money mule recruiters and the gangs behind them, began in 2019, gardaí have made more than 1,950 arrests.', '2025-11-20').map((c) => c.slice(2)))
      .toEqual([['2019-01-01', '2025-11-20']]);
  });

  it('reads "since 1 July this year" from that day of the year named', () => {
    expect(periods('Since 1 July this year, the CACT has restrained $214 million in criminal assets.', '2025-11-27').map((c) => c.slice(2)))
      .toEqual([['2025-07-01', '2025-11-27']]);
    expect(periods('Since March 3 last year, the CACT has restrained $214 million in criminal assets.', '2025-11-27').map((c) => c.slice(2)))
      .toEqual([['2024-03-03', '2025-11-27']]);
  });

  it('breaks down a count "Of these exchangers," as "Of these," and by the noun it names', () => {
    const values = (text: string) => claimsOf(text, '2026-01-20').map((c) => [c.metric, c.value]);
    expect(values('In 2025 the AFM liquidated 41 exchangers. Of these exchangers, 19 operated in Almaty, 11 in Astana and 8 in Shymkent.'))
      .toEqual([['platforms_closed', 41], ['platforms_closed', 19], ['platforms_closed', 11], ['platforms_closed', 8]]);
    expect(values('The NCCIA has registered 412 cases related to online gambling and arrested 389 suspects. Of those cases, 161 were registered in Punjab and 128 in Sindh.'))
      .toEqual([['cases_opened', 412], ['persons_arrested', 389], ['cases_opened', 161], ['cases_opened', 128]]);
  });

  it('reads a sum frozen, seized or recovered "of fraud proceeds" as what was done to it, and a penalty surcharge as a fine', () => {
    const values = (text: string) => claimsOf(text, '2026-03-01').map((c) => [c.metric, c.value]);
    expect(values('The Anti-Deception Coordination Centre in Hong Kong froze about $642 million of fraud proceeds through stop-payment requests.'))
      .toEqual([['assets_frozen', 642_000_000]]);
    expect(values('Over the same year, the SFO recovered £12.1 million of criminal proceeds through confiscation and civil recovery.'))
      .toEqual([['assets_seized', 12_100_000]]);
    // What an exchanger handled of victims' money is the crime's money still.
    expect(values('The exchanger in Mumbai handled Rs 27.8 crore of victims\' money.')).toEqual([['illicit_volume', 278_000_000]]);
    expect(values('The FSC imposed a penalty surcharge of 2.76 billion won on a trader who manipulated the prices of three tokens.'))
      .toEqual([['fines_imposed', 2_760_000_000]]);
    // A court's costs and a victim surcharge are still no penalty.
    expect(values('He was ordered to pay a victim surcharge of £228.')).toEqual([]);
  });

  it('reads no sum in a table\'s unit note', () => {
    expect(periods('<Illegal foreign exchange transactions involving virtual assets, 2025 (unit: cases, KRW 100 million)>', '2026-03-01')).toEqual([]);
  });

  it('reads a table\'s cells in the hundred millions or ten thousands its caption names, and its count columns as counts', () => {
    const table = [
      'The Korea Customs Service in Seoul released its 2025 results.',
      '',
      '<Illegal foreign exchange transactions involving virtual assets, 2025 (unit: cases, KRW 100 million)>',
      '',
      '| Type | Cases | Amount |',
      '| --- | --- | --- |',
      '| Money laundering | 21 | 5,130 |',
    ].join('\n');
    expect(claimsOf(table, '2026-02-10').map((c) => [c.value, c.unit])).toEqual([[21, 'count'], [513_000_000_000, 'KRW']]);
    expect(claimsOf('Police in Hangzhou froze bank deposits of more than 1.2 hundred million yuan.', '2026-02-10').map((c) => [c.value, c.unit]))
      .toEqual([[120_000_000, 'CNY']]);
  });

  it('reads no count of those arrested that were then charged', () => {
    const values = (text: string) => claimsOf(text, '2026-03-01').map((c) => [c.metric, c.value]);
    expect(values('Hong Kong police arrested 23 people. Eleven of the arrestees, including the mastermind, have been charged with conspiracy.'))
      .toEqual([['persons_arrested', 23]]);
    expect(values('Officers in Leeds arrested 40 people. So far, 17 of those arrested have been charged with money laundering offences.'))
      .toEqual([['persons_arrested', 40]]);
  });

  it('reads the next item of a list after the people who owned the item before', () => {
    const values = (text: string) => claimsOf(text, '2026-03-01').map((c) => [c.metric, c.value]);
    expect(values('During searches, police in Shymkent seized 230 bank cards registered to droppers, 7 cars and two flats.'))
      .toEqual([['items_seized', 230], ['items_seized', 7], ['items_seized', 2]]);
    expect(values('Officers seized 205,000 USDT, along with 730 bank cards registered to "droppers" and two cars.'))
      .toEqual([['assets_seized', 205_000], ['items_seized', 730], ['items_seized', 2]]);
    // The owners themselves are still no count.
    expect(values('Prosecutors in Mexico froze MXN 45 million held by 26 people.')).toEqual([['assets_frozen', 45_000_000]]);
    expect(values('The UIF in Mexico froze MXN 1,284 million held by 27 companies and 58 individuals.')).toEqual([['assets_frozen', 1_284_000_000]]);
  });

  it('reads "From January 2024 to date" and "on 1 July last year"', () => {
    expect(periods('From January 2024 to date, 287 illegal crypto exchangers have been closed in Kazakhstan.', '2026-07-16').map((c) => c.slice(2)))
      .toEqual([['2024-01-01', '2026-07-16']]);
    expect(periods('Since the law on droppers took effect on 1 July last year, police in Kazakhstan have detained 642 droppers.', '2026-07-16').map((c) => c.slice(2)))
      .toEqual([['2025-07-01', '2026-07-16']]);
    expect(periods('Police in Almaty arrested 12 people on 1 July last year.', '2026-07-16').map((c) => c.slice(2))).toEqual([['2025-07-01', '2025-07-01']]);
  });

  it('reads nothing a law makes one liable to on conviction', () => {
    expect(periods('Under the Investments and Securities Act, 2025, promoters of Ponzi schemes in Nigeria are liable on conviction to a fine of not less than N20 million or imprisonment for not less than 10 years.', '2026-03-01')).toEqual([]);
  });

  it('reads no count of a legal market\'s users', () => {
    expect(periods('As of the end of June 2024, the number of users of domestic virtual asset exchanges in Korea stood at 7.78 million.', '2024-09-01')).toEqual([]);
    expect(periods('Rwanda had 7.1 million active mobile money users at the end of March 2026, according to BNR.', '2026-05-01')).toEqual([]);
    // The victims among mobile money users are still customers of the scheme.
    expect(periods('Police in Zambia said the ring swindled more than 2,400 mobile money users.', '2026-05-01').map((c) => c.slice(0, 2)))
      .toEqual([['customers_served', 2_400]]);
  });

  it('reads no count of a channel\'s audience, nor of those held who were charged', () => {
    const values = (text: string) => claimsOf(text, '2026-03-01').map((c) => [c.metric, c.value]);
    expect(values('Officers of the DCEC in Bukhara detained 5 people who ran a P2P exchange desk through a Telegram channel with 23,000 subscribers.'))
      .toEqual([['persons_arrested', 5]]);
    expect(values('Police in Poland detained 34 people. The prosecutor charged 29 of the detainees with fraud.')).toEqual([['persons_arrested', 34]]);
    expect(values('The Svay Rieng Provincial Court has separately charged 48 people detained in earlier raids in Cambodia.')).toEqual([]);
  });

  it('reads "US $" as the US dollar, and "$245,000" beside pesos written by name as dollars', () => {
    const units = (text: string) => claimsOf(text, '2026-03-01').map((c) => [c.value, c.unit]);
    expect(units('Mexican agents seized US $212,000 in cash.')).toEqual([[212_000, 'USD']]);
    expect(units('In 23 raids in Colombia, officers seized 1.9 billion pesos in cash, $245,000 and 14 vehicles.'))
      .toEqual([[1_900_000_000, 'COP'], [245_000, 'USD'], [14, 'count']]);
    // Argentina's own "$ 3.450.000" is still the peso.
    expect(units('Agents in Buenos Aires seized $ 3.450.000 in cash.')).toEqual([[3_450_000, 'ARS']]);
  });

  it('reads what a court found a criminal benefited from his crimes by as the crime\'s money', () => {
    const values = (text: string) => claimsOf(text, '2026-03-01').map((c) => [c.metric, c.value]);
    expect(values('At a confiscation hearing at Maidstone Crown Court, the court found Mercer had benefited from his crimes by £1,736,940.'))
      .toEqual([['illicit_volume', 1_736_940]]);
    expect(values('The court in Leeds found that his benefit from the fraud was £2.94 million.')).toEqual([['illicit_volume', 2_940_000]]);
  });

  it('dates a bare "Quarter" column\'s rows by the one year the table\'s lead names', () => {
    const table = [
      'The AFM in Kazakhstan closed 146 illegal crypto exchangers in 2025.',
      '',
      'Dynamics of the closure of illegal crypto exchangers in 2025, by quarter:',
      '',
      '| Quarter | Exchangers closed |',
      '| --- | --- |',
      '| I quarter | 22 |',
      '| II quarter | 34 |',
    ].join('\n');
    expect(claimsOf(table, '2026-02-18').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[146, '2025-01-01', '2025-12-31'], [22, '2025-01-01', '2025-03-31'], [34, '2025-04-01', '2025-06-30']]);
  });

  it('reads "over nine months" in a tally told a month or two after them as the year\'s first nine months', () => {
    expect(periods('Over nine months, the activity of 97 illegal crypto exchangers in Kazakhstan was terminated.', '2025-10-14').map((c) => c.slice(2)))
      .toEqual([['2025-01-01', '2025-09-30']]);
    // A span anchored nowhere stays cumulative.
    expect(periods('Over 14 months, the exchanger in Almaty served 4,000 clients.', '2025-10-14').map((c) => c.slice(2))).toEqual([[null, '2025-10-14']]);
    expect(periods('Over nine months, the exchanger in Almaty served 4,000 clients.', '2025-06-14').map((c) => c.slice(2))).toEqual([[null, '2025-06-14']]);
  });

  it('reads no sum in a caption\'s "in 100 million yuan", nor in the unit fines are rounded to', () => {
    expect(periods('Table: Cases and amounts involved by city, January–November 2025 (amount involved in 100 million yuan)', '2026-01-10')).toEqual([]);
    expect(periods('Sanctions on VASPs, January–June 2025 (unit: cases; fines in KRW 100 million)', '2025-08-10')).toEqual([]);
    expect(periods('※ Fines are rounded down to KRW 10 million and remain subject to objection procedures.', '2025-08-10')).toEqual([]);
  });

  it('reads what a court orders forfeited of assets frozen earlier as seized, and no term in day-fines', () => {
    const values = (text: string) => claimsOf(text, '2026-03-01').map((c) => [c.metric, c.value]);
    expect(values('The court in Pasay City also ordered the forfeiture in favour of the government of ₱187.5 million in bank deposits and 2.6 million USDT frozen earlier by the Anti-Money Laundering Council.'))
      .toEqual([['assets_seized', 187_500_000], ['assets_seized', 2_600_000]]);
    expect(values('The panel in Brazil raised the founder\'s fine to 1.260 day-fines, each set at two minimum wages.')).toEqual([]);
  });

  it('reads a site "aimed at" players as no aim, but an aim for a number as one', () => {
    const values = (text: string) => claimsOf(text, '2026-03-01').map((c) => [c.metric, c.value]);
    expect(values('The Hamburg Regional Court sentenced two brothers who ran an unlicensed online casino aimed at German players to four years and three months and three years and six months respectively.'))
      .toEqual([['persons_sentenced', 2], ['prison_term', 51], ['prison_term', 42]]);
    expect(values('The AFM in Kazakhstan has told lawmakers it aims for 120 exchanger closures in 2026.')).toEqual([]);
    expect(values('The AFM in Kazakhstan is aiming for at least 170 closures this year.')).toEqual([]);
  });

  it('reads a relative clause\'s mood as its own, not that of the verb after it', () => {
    const values = (text: string) => claimsOf(text, '2026-03-01').map((c) => [c.metric, c.value]);
    expect(values('The judgment of the Audiencia Nacional, which may be appealed before the Appeals Chamber, also sentences eleven other defendants to prison terms of four years.'))
      .toEqual([['persons_sentenced', 11], ['prison_term', 4]]);
    expect(values('The FAU in Prague, which can suspend suspicious transactions for up to 72 hours, froze CZK 3.1 billion last year.').map(([m]) => m))
      .toEqual(['assets_frozen']);
    // The relative clause's own figures keep its mood.
    expect(values('The man in Madrid, who could face up to 10 years in prison, was arrested.')).toEqual([]);
  });

  it('reads no count of people deported, however long their noun, but those arrested who had been repatriated', () => {
    const values = (text: string) => claimsOf(text, '2026-03-01').map((c) => [c.metric, c.value]);
    expect(values('The ministry in Kuwait said 112 expatriates convicted in fraud cases had been deported since the beginning of the year.')).toEqual([]);
    expect(values('In 2025, the police in Japan arrested 94 persons who had been repatriated from fraud bases in Cambodia.')).toEqual([['persons_arrested', 94]]);
  });

  it('credits a court named through its chamber ("the criminal chamber of the Casablanca Court of Appeal sentenced")', () => {
    expect(claimsOf('In May, the criminal chamber of the Casablanca Court of Appeal sentenced six members of another network to prison terms of between 3 and 8 years.', '2026-06-01')
      .map((c) => [c.metric, c.authority])).toEqual([['persons_sentenced', 'Casablanca court'], ['prison_term', 'Casablanca court']]);
  });

  it('dates a nine-month running total to the end of the period of the count it adds', () => {
    expect(periods('Kazakhstan\'s AFM liquidated 63 illegal crypto exchangers in July–September 2026, bringing the nine-month total to 173.', '2026-10-22'))
      .toEqual([['platforms_closed', 63, '2026-07-01', '2026-09-30'], ['platforms_closed', 173, '2026-01-01', '2026-09-30']]);
    // "Its total for the year" still runs to publication.
    expect(periods('The CMB in Turkey blocked access to 74 unlicensed crypto sites in October, bringing the total for the year to 1,402.', '2026-11-06').map((c) => c.slice(1)))
      .toEqual([[74, '2026-10-01', '2026-10-31'], [1_402, '2026-01-01', '2026-11-06']]);
  });

  it('ends a period that runs past the publication at the publication, a range of years too', () => {
    expect(periods('In fiscal 2026, which ends on Sept 30, the CCIB in Thailand has arrested 4,870 suspects in online fraud cases.', '2026-09-14').map((c) => c.slice(2)))
      .toEqual([['2025-10-01', '2026-09-14']]);
    expect(periods('According to the PF, the group in Brazil moved R$ 4.3 billion between 2021 and 2025.', '2025-12-03').map((c) => c.slice(2)))
      .toEqual([['2021-01-01', '2025-12-03']]);
  });

  it('reads month ranges across last year, seasons, and no helpline\'s number as a year', () => {
    const span = (text: string, published: string) => periods(text, published).map((c) => c.slice(2));
    expect(span('During a special crackdown from October last year to March, police in Korea arrested 312 people.', '2026-04-12')).toEqual([['2025-10-01', '2026-03-31']]);
    expect(span('In a crackdown that ran from March to October last year, police in Korea arrested 231 people.', '2026-04-12')).toEqual([['2025-03-01', '2025-10-31']]);
    expect(span('Since the spring of 2024 the groups in Ukraine defrauded more than 4,300 foreigners.', '2026-03-12')).toEqual([['2024-03-01', '2026-03-12']]);
    expect(span('Over the same period in India, Rs 48.72 crore was put on hold on the basis of complaints received on helpline 1930.', '2026-03-12'))
      .toEqual([[null, '2026-03-12']]);
  });

  it('reads a period glossed in brackets as the gloss, and a figure in brackets right after a year as that year\'s', () => {
    expect(periods('In the fourth quarter (January to March 2026) alone, the OSC in Ontario had 74 fraudulent websites taken down.', '2026-05-12').map((c) => c.slice(2)))
      .toEqual([['2026-01-01', '2026-03-31']]);
    expect(periods('In 2025, the police in Germany recorded 129.870 cybercrime cases, a decrease of 1,2 % compared with 2024 (131.391 cases).', '2026-05-12').map((c) => c.slice(1)))
      .toEqual([[129_870, '2025-01-01', '2025-12-31'], [131_391, '2024-01-01', '2024-12-31']]);
  });

  it('reads the drug-linked share of a turnover as the crime\'s money', () => {
    const values = (text: string) => claimsOf(text, '2026-05-12').map((c) => [c.metric, c.value]);
    expect(values('In Kazakhstan, close to 27.5 billion tenge of the January–April turnover, or almost a third, was linked to drug sales.'))
      .toEqual([['illicit_volume', 27_500_000_000]]);
    expect(values('Almost a third of last year\'s turnover of Kazakhstan\'s exchangers – ₸84 billion – came from darknet drug shops.'))
      .toEqual([['illicit_volume', 84_000_000_000]]);
  });

  it('reads no sum a target is for', () => {
    expect(periods('New Zealand\'s Government\'s target is for $500m in cash and assets to be restrained between 2021 and 2027.', '2026-02-12')).toEqual([]);
  });

  it('reads sums transferred to the Exchequer as seized', () => {
    expect(claimsOf('The High Court in Dublin granted the Criminal Assets Bureau orders transferring €740,000 (about £630,000), previously frozen, to the Exchequer.', '2026-02-12')
      .map((c) => [c.metric, c.value])).toEqual([['assets_seized', 740_000], ['assets_seized', 630_000]]);
  });

  it('dates "The same day" by the day the sentence before named', () => {
    expect(claimsOf('On October 22, 2024, FBI agents seized the SwapVault domain. The same day, agents seized 311 bitcoin from his residence in Brooklyn.', '2025-06-12')
      .map((c) => [c.value, c.period_start, c.period_end])).toEqual([[311, '2024-10-22', '2024-10-22']]);
  });

  it('runs "over the past year" from the same day a year before', () => {
    expect(periods('Over the past year, the agents in Turkmenistan collected bets totalling about 6.5 million manat.', '2026-03-05').map((c) => c.slice(2)))
      .toEqual([['2025-03-05', '2026-03-05']]);
  });

  it('reads "in the semester" as the half-year named before', () => {
    expect(periods('In the first half of 2026, the PF in Brazil arrested 1,476 people. Also in the semester, agents seized 412 vehicles.', '2026-07-21').map((c) => c.slice(2)))
      .toEqual([['2026-01-01', '2026-06-30'], ['2026-01-01', '2026-06-30']]);
  });

  it('dates what was done in the operation a sentence opens on, not what befell those an operation caught', () => {
    expect(periods('During the March 2024 searches, the FSB in Moscow seized RUB 47m in cash.', '2025-03-01').map((c) => c.slice(2)))
      .toEqual([['2024-03-01', '2024-03-31']]);
  });
});
