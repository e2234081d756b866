import { describe, expect, it } from 'vitest';
import { resolveCodebook } from '@reckon/schema';
import { createExtractor } from './extract.js';
import { claimsOf, sourceOf } from './_test-helpers.js';

// Sentences of the kinds the development corpus and the articles written in 2026-11-24's thirteenth session (articles
// 2562 on) showed misread, each rule as its own case.
const metrics = (text: string, published?: string) => claimsOf(text, published).map((c) => [c.metric, c.value]);
const sums = (text: string) => claimsOf(text).filter((c) => !['count', 'years', 'months', 'days'].includes(c.unit)).map((c) => [c.metric, c.value]);

describe('sentences of articles 2562 on', () => {
  it('reads a sum exchanged for a count of clients as the service\'s turnover, whoever the clients were', () => {
    expect(sums('Police said the gang had exchanged about Dh19 million for some 700 customers since January, charging a commission of 3 per cent.'))
      .toEqual([['platform_turnover', 19_000_000]]);
    expect(sums('The desk converted more than CHF 14 million in cash into bitcoin since 2023 for about 600 clients, including drug dealers.'))
      .toEqual([['platform_turnover', 14_000_000]]);
    // Money told as crime's own stays crime's, clients or not; so does a sum past a semicolon.
    expect(sums('Since 2023, the group had cashed out about 46 billion tenge in drug proceeds for some 5,300 clients, the agency said.'))
      .toEqual([['illicit_volume', 46_000_000_000]]);
    expect(sums('The gang handled transactions worth $9 million for 300 clients; $2 million of it came from drug dealers.').map((c) => c[0]))
      .toEqual(['platform_turnover', 'illicit_volume']);
  });

  it('reads a sum a population lead stands before as a sum: a population is people', () => {
    expect(sums('The gang cheated at least 160 people across the country of around Rs 21 crore since October last year.'))
      .toEqual([['illicit_volume', 210_000_000]]);
    expect(claimsOf('Kazakhstan, a country of about 20 million, blocked 36 sites.').map((c) => c.value)).toEqual([36]);
  });

  it('reads a sum no trigger names as the size of the crime named right after it', () => {
    expect(sums('HMRC arrested 11 people in an investigation into a suspected £35 million VAT repayment fraud.')).toEqual([['illicit_volume', 35_000_000]]);
    expect(sums('He was sentenced to five years for running a NZ$7.2 million crypto "arbitrage" Ponzi scheme.')).toEqual([['illicit_volume', 7_200_000]]);
    // A budget against a crime is no size of it.
    expect(sums('The capability is part of the Government\'s $86.5 million Fighting Scams package.')).toEqual([]);
    expect(sums('Police set up a $2 million anti-fraud unit.')).toEqual([]);
    // A trigger still says what the sum is.
    expect(sums('Police froze $2 million linked to the fraud.').map((c) => c[0])).toEqual(['assets_frozen']);
  });

  it('reads the things that hold a sum seized as items seized, and the items listed after them', () => {
    expect(metrics('Police seized RM486,000 in cash, cryptocurrency worth RM3.7mil held in 11 hardware wallets, 12 luxury vehicles and 214 mobile phones.'))
      .toEqual([['assets_seized', 486_000], ['assets_seized', 3_700_000], ['items_seized', 11], ['items_seized', 12], ['items_seized', 214]]);
  });

  it('counts contraband cigarettes as items, sites made inaccessible as blocked, and takedowns as platforms closed', () => {
    expect(metrics('In the same period, 41,3 million cigarettes were seized.')).toEqual([['items_seized', 41_300_000]]);
    expect(metrics('In total, 318 websites were made inaccessible to users in Hungary in 2024.')).toEqual([['platforms_blocked', 318]]);
    expect(metrics('The SFC reported 287 takedowns in the quarter.')).toEqual([['platforms_closed', 287]]);
  });

  it('reads what an agency was able to do as done', () => {
    expect(sums('The FBI was able to freeze about $410,000 in transfers before the money left the United States.')).toEqual([['assets_frozen', 410_000]]);
    expect(sums('The FBI will be able to freeze about $410,000.')).toEqual([]);
  });

  it('reads a count past the people it names with their ages as the subject of its own passive', () => {
    expect(metrics('Two co-conspirators, Deepak Arora, 39, of Jersey City, and Marcus T. Hale, 51, of Hoboken, who recruited investors and ran the fund\'s "investor relations" desk, were sentenced in June to 72 months and 41 months in prison, respectively.'))
      .toEqual([['persons_sentenced', 2], ['prison_term', 72], ['prison_term', 41]]);
  });

  it('reads an amount spelled out in brackets after its digits as the same figure', () => {
    expect(sums('Items recovered from them include the sum of N186,450,000 (One Hundred and Eighty-Six Million, Four Hundred and Fifty Thousand Naira), $412,500 (Four Hundred and Twelve Thousand, Five Hundred US Dollars) and CFA 9,300,000.'))
      .toEqual([['assets_seized', 186_450_000], ['assets_seized', 412_500], ['assets_seized', 9_300_000]]);
  });

  it('reads no term in a draft law, in default of a fine, or in how long a trial lasted', () => {
    expect(claimsOf('A draft gambling control ordinance now under review proposes up to 10 years\' imprisonment.')).toEqual([]);
    expect(claimsOf('The men were sentenced at Manchester Crown Court on Thursday after a trial that lasted nine weeks.')).toEqual([]);
    expect(sums('The court fined two mule account holders RM45,000 each, in default 18 months\' jail.')).toEqual([['fines_imposed', 45_000]]);
  });

  it('reads a figure after a coordinated verb of its own as none of the verb before', () => {
    expect(metrics('The SFC had 287 suspicious websites taken down in the third quarter and added 74 entities to its Alert List.')).toEqual([['platforms_closed', 287]]);
    // A participle that modifies the figure's noun is no verb of its own.
    expect(metrics('Police seized 5 cars and related equipment, and seized 12 phones.').map((c) => c[1])).toEqual([5, 12]);
  });

  it('names a court by a place of up to four words, an autonomous area by its first', () => {
    const courts = (text: string) => [...new Set(claimsOf(text).map((c) => c.authority))];
    expect(courts('On 24 September, the People\'s Court of Ho Chi Minh City sentenced 11 accomplices to between 3 and 18 years in prison.')).toEqual(['Ho Chi Minh City court']);
    expect(courts('In January, the Sentencing Court of San Pedro Sula sentenced three men to 12 years.')).toEqual(['San Pedro Sula court']);
    expect(courts('On September 8, the Intermediate People\'s Court of Xishuangbanna Dai Autonomous Prefecture sentenced 31 people.')).toEqual(['Xishuangbanna court']);
  });

  it('takes a publisher named after a court for the court, not a newsletter named for courts', () => {
    const published = (publisher: string) => createExtractor({ codebook: resolveCodebook(undefined) })({ ...sourceOf('The court sentenced 4 members of the group.'), publisher }).map((c) => c.authority);
    expect(published('Almaty City Court (press service)')).toEqual(['Almaty court']);
    expect(published('APAC Court Docket')).not.toEqual(['APAC court']);
  });

  it('reads "since early 2024", "from 2022 onwards" and "from January 2023 until last month" as running periods', () => {
    const dated = (text: string) => claimsOf(text, '2026-03-10').map((c) => [c.period_start, c.period_end]);
    expect(dated('Police said the group had taken about AED 18 million from investors since early 2024.')).toEqual([['2024-01-01', '2026-03-10']]);
    expect(dated('The suspects defrauded investors of around HUF 3.4 billion from 2022 onwards.')).toEqual([['2022-01-01', '2026-03-10']]);
    expect(dated('The sites collected RM2.1bil in bets from January 2023 until last month.')).toEqual([['2023-01-01', '2026-02-28']]);
    expect(claimsOf('The sites collected RM2.1bil in bets from March 2025 until last month.', '2026-01-15').map((c) => c.period_end)).toEqual(['2025-12-31']);
  });

  it('reads a table under its caption past the caption\'s label, but not a column that names its own action', () => {
    const table = (caption: string, header: string) => claimsOf(`The regulators reported their figures.\n\n**${caption}**\n\n| Regulator | ${header} |\n| --- | --- |\n| SFC (Hong Kong) | 287 |\n`).map((c) => [c.metric, c.value]);
    expect(table('Number of the week: takedowns, third quarter', 'Q3 2026')).toEqual([['platforms_closed', 287]]);
    expect(table('Blocking of illegal gambling sites', 'Sites flagged')).toEqual([]);
  });

  it('reads past a list in brackets and a name given a causative\'s object', () => {
    expect(metrics('blocked internet resources (websites, Telegram channels and bots) – 4 318.')).toEqual([['platforms_blocked', 4318]]);
    expect(metrics('The FSS had 1,312 websites and online chat rooms of unregistered investment advisers, known as "leading rooms", blocked in 2024.'))
      .toEqual([['platforms_blocked', 1312]]);
  });

  it('reads no figure in a legal reference with a paragraph sign or a lettered article', () => {
    expect(claimsOf('Police detained 17 people. The prosecutor presented the detainees with charges under Article 258 § 1 of the Criminal Code and Article 299 § 1 and 5 of the Criminal Code, and Article 271a and 273.').map((c) => c.value))
      .toEqual([17]);
  });

  it('reads no term in a suspended sentence told before its length, or in the part served before release', () => {
    const terms = (text: string) => claimsOf(text).filter((c) => c.metric === 'prison_term').map((c) => c.value);
    expect(terms('The chamber sentenced a 29-year-old man to a suspended sentence of one year and ten months.')).toEqual([]);
    expect(terms('Haines was sentenced in March 2025 to four years and six months\' imprisonment, to be released after 18 months on a recognizance order.')).toEqual([54]);
  });

  it('reads a premium per unit as a rate, no sum', () => {
    expect(claimsOf('The network paid out the rupee equivalent, offering up to Rs. 12 more for each US dollar than the banks.')).toEqual([]);
  });

  it('reads balances settled between hawala partners as money moved, no settlement', () => {
    expect(sums('To settle balances between the hawala partners, the network relied on USDT; around €38 million was settled that way since 2022.'))
      .toEqual([['illicit_volume', 38_000_000]]);
    expect(sums('The firm agreed to settle the charges for $5 million.')).toEqual([['fines_imposed', 5_000_000]]);
  });

  it('reads what access was to as blocked by the passive after it, and cessations, sealed outlets and posts taken down', () => {
    expect(metrics('Access to 486 websites and social media accounts offering unauthorised capital market transactions, most of them fake crypto platforms, was blocked at the request of the Capital Markets Board in the first nine months of the year.'))
      .toEqual([['platforms_blocked', 486]]);
    expect(metrics('BaFin ordered the cessation of 26 unauthorised hawala-type payment services in 2023.')).toEqual([['platforms_closed', 26]]);
    expect(metrics('The syndicate operated six unlicensed money-changing outlets, which have since been sealed.')).toEqual([['platforms_closed', 6]]);
    expect(metrics('Social media platforms took down more than 15,000 misleading posts, handles and Telegram channels flagged by Sebi.')).toEqual([['platforms_closed', 15_000]]);
  });

  it('reads a count past a long relative clause as the subject of its own perfect passive', () => {
    expect(metrics('Four people behind a bogus cryptocurrency trading club that took more than £6.3 million from 1,140 investors have been jailed.'))
      .toEqual([['persons_sentenced', 4], ['illicit_volume', 6_300_000], ['customers_served', 1140]]);
  });

  it('reads damage to tax revenue as a crime\'s damage, not the state\'s revenue', () => {
    expect(sums('The damage to social security and tax revenue uncovered by the FKS in 2025 amounted to €912,4 million.')).toEqual([['illicit_volume', 912_400_000]]);
    expect(sums('Tax revenue reached €912 million in 2025.')).toEqual([]);
  });

  it('dates a figure by its own period, not the one a comparison sets it against', () => {
    const dated = (text: string) => claimsOf(text, '2026-02-10').map((c) => [c.value, c.period_start, c.period_end]);
    expect(dated('Police recorded 44,109 deception cases in 2025, up 6.8 per cent from 2024, with losses of about HK$9.1 billion.'))
      .toEqual([[44_109, '2025-01-01', '2025-12-31'], [9_100_000_000, '2025-01-01', '2025-12-31']]);
    expect(dated('Czech police registered 4,870 cases of fraud in 2025, up from 3,960 in 2024, with total damage of CZK 3.3 billion.'))
      .toEqual([[4870, '2025-01-01', '2025-12-31'], [3960, '2024-01-01', '2024-12-31'], [3_300_000_000, '2025-01-01', '2025-12-31']]);
    // The comparison's "when" clause is its own.
    expect(dated('In 2025, Coljuegos ordered the blocking of 3.412 websites, 19 % more than in 2024, when 2.867 websites were blocked.'))
      .toEqual([[3412, '2025-01-01', '2025-12-31'], [2867, '2024-01-01', '2024-12-31']]);
  });

  it('reads "January to September, 2025" and "since the beginning of the year 2025"', () => {
    const dated = (text: string) => claimsOf(text, '2025-10-20').map((c) => [c.period_start, c.period_end]);
    expect(dated('In the period January to September, 2025, it instituted 214 money laundering investigations.')).toEqual([['2025-01-01', '2025-09-30']]);
    expect(dated('Since the beginning of the year 2025 the services have opened 37 judicial investigations.')).toEqual([['2025-01-01', '2025-10-20']]);
  });

  it('credits a ruling to the court that is its subject when the agency named is only its source or investigator', () => {
    const courts = (text: string) => [...new Set(claimsOf(text).map((c) => c.authority))];
    expect(courts('On May 19, Kyiv\'s Shevchenkivskyi District Court sentenced three members of a group to between five and nine years in prison, according to the Prosecutor General\'s Office.'))
      .toEqual(['Kyiv court']);
    expect(courts('On November 4, the Special Judge\'s Court-7 in Dhaka sentenced five officials of the MLM firm Eon Coin to four years\' rigorous imprisonment each.'))
      .toEqual(['Dhaka court']);
    // An agency that acts in the sentence still speaks for it.
    expect(courts('The SBU and a Kyiv court froze $2 million of the group\'s assets.')).not.toContain('Kyiv court');
  });

  it('reads an agency\'s letterhead as no dateline', () => {
    expect(claimsOf('CYBER CRIME INVESTIGATION BUREAU (CCIB)\n\nOn 21 November 2025, the Criminal Court sentenced six members of a mule account network to 4 years each.').map((c) => c.authority))
      .not.toContain('Cyber Crime Investigation Bureau court');
  });

  it('reads "the judge" and "the magistrate" after a named court as that court, and no King\'s Bench as a place', () => {
    const courts = (text: string) => [...new Set(claimsOf(text).map((c) => c.authority))];
    expect(courts('In March, the Almaty City Court sentenced the organiser to six years. The judge also confiscated a house, 0.6 BTC and 27,000 USDT.'))
      .toEqual(['Almaty court']);
    expect(courts('In a separate case, a Court of King\'s Bench justice in Edmonton last month sentenced a man to six years in prison. The judge also ordered the forfeiture of $410,000.'))
      .toEqual(['Edmonton court']);
  });

  it('reads a table column\'s currency from a two-letter sign in brackets ("Fine (TL)")', () => {
    expect(sums('The following fines were imposed.\n\n| Person | Legal basis | Administrative fine (TL) |\n| --- | --- | --- |\n| Alfa A.S. | Article 103 of Law No. 6362 | 1.247.500 |\n'))
      .toEqual([['fines_imposed', 1_247_500]]);
  });

  it('reads a sum set against the one said before, and a part of the total said before, as theirs', () => {
    const text = 'In the first half of 2025, the CNBV imposed fines totalling 412.3 million pesos. That compares with 268.9 million pesos in the first half of 2024. Banks accounted for 118.6 million pesos of the total.';
    expect(claimsOf(text, '2025-07-24').map((c) => [c.metric, c.value, c.period_start])).toEqual([
      ['fines_imposed', 412_300_000, '2025-01-01'], ['fines_imposed', 268_900_000, '2024-01-01'], ['fines_imposed', 118_600_000, '2025-01-01']]);
    // A price set against a price is no sum set against the sentence before.
    expect(sums('Police seized $2 million. Bitcoin was trading at around £61,000 this week, compared with about £7,500 at the start of 2019.')).toEqual([['assets_seized', 2_000_000]]);
    // "down 25.9 per cent on 2023" sets the figure against 2023.
    expect(claimsOf('Australians reported losses of $2.03 billion to scams in 2024, down 25.9 per cent on 2023, with investment scams accounting for $945 million of the total.', '2025-03-01')
      .map((c) => [c.metric, c.value, c.period_start])).toEqual([['illicit_volume', 2_030_000_000, '2024-01-01'], ['illicit_volume', 945_000_000, '2024-01-01']]);
  });

  it('counts cases of a crime named first, and cases investigations were opened into', () => {
    expect(metrics('The MIA launched investigations into 64 cases of fraud involving fake investment platforms.')).toEqual([['cases_opened', 64]]);
    expect(metrics('The FSS had opened investigations into 41 cases of suspected unfair trading.')).toEqual([['cases_opened', 41]]);
    // Cases of no crime and no verb that opens them count nothing.
    expect(metrics('The bank reported 7 million cases of identification failures.')).toEqual([]);
  });

  it('counts a people named by its demonym as people: victims defrauded are customers', () => {
    expect(metrics('Scam rings defrauded some 1,900 South Koreans of about 48 billion won.')).toEqual([['customers_served', 1900], ['illicit_volume', 48_000_000_000]]);
    expect(metrics('Police arrested 12 Brazilians in the raid.')).toEqual([['persons_arrested', 12]]);
  });

  it('counts telephones, kits, scanners and containers seized as items', () => {
    expect(metrics('Officers seized 7.9 million baht in cash, 46 Starlink kits, 41 telephones, two fingerprint scanners and 214 containers of goods.'))
      .toEqual([['assets_seized', 7_900_000], ['items_seized', 46], ['items_seized', 41], ['items_seized', 2], ['items_seized', 214]]);
  });

  it('reads a hold placed on accounts and property a court arrested as frozen', () => {
    expect(sums('The Commission has also placed a hold on 23 bank accounts with a total balance of N412 million.')).toEqual([['assets_frozen', 412_000_000]]);
    expect(sums('At the request of the FSB, the Basmanny District Court of Moscow arrested property of the suspects worth 230 million rubles.')).toEqual([['assets_frozen', 230_000_000]]);
  });

  it('dates a count by the period its own passive names past a relative clause between them', () => {
    expect(claimsOf('Two co-conspirators, who recruited money mules, were sentenced last month to 37 months and 30 months in prison, respectively.', '2025-12-04')
      .map((c) => [c.value, c.period_start])).toEqual([[2, '2025-11-01'], [37, '2025-11-01'], [30, '2025-11-01']]);
  });

  it('dates figures by a decision "of" or "dated" a day, a sentence number\'s day, and an operation\'s day', () => {
    const days = (text: string) => claimsOf(text, '2026-03-13').map((c) => [c.value, c.period_start]);
    expect(days('In its decision of 4 December 2025, the AMF Enforcement Committee imposed a fine of €1,2 million on Orsay Gestion Privée.')).toEqual([[1_200_000, '2025-12-04']]);
    expect(days('The AMF fined Lumen €1.5m in a decision dated 5 March 2026.')).toEqual([[1_500_000, '2026-03-05']]);
    expect(days('By sentence no. 112 of 21.01.2026, the Bucharest Tribunal sentenced 3 defendants.')).toEqual([[3, '2026-01-21']]);
    expect(days('During the October 17 search, NBI agents seized 1,140 mobile phones.')).toEqual([[1140, '2025-10-17']]);
  });
});
