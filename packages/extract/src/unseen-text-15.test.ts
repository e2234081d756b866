import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles written in 2026-11-24's sixteenth session (articles 3002 on) showed misread, each
// rule as its own case.
const metrics = (text: string, published?: string) => claimsOf(text, published).map((c) => [c.metric, c.value]);

describe('sentences of articles 3002 on', () => {
  it('reads no prison term in a span between events or in a ban', () => {
    expect(metrics('The operation comes two months after a federal judge in McAllen sentenced a Pharr man to 135 months in prison.'))
      .toEqual([['prison_term', 135]]);
    expect(metrics('Six months later, the court sentenced him to 4 years in prison.')).toEqual([['prison_term', 4]]);
    expect(metrics('Mr. Lambros received a 15-year ban.')).toEqual([]);
    expect(metrics('She was jailed for 3 years and banned from acting as a company director for 8 years.')).toEqual([['prison_term', 3]]);
    // A term handed down before an event is still a term.
    expect(metrics('He was sentenced to 5 years after pleading guilty.')).toEqual([['prison_term', 5]]);
    expect(claimsOf('Three men were jailed for between five and eight years after a trial.').filter((c) => c.metric === 'prison_term').map((c) => [c.value, c.value_high]))
      .toEqual([[5, 8]]);
  });

  it('reads what an order says one must pay as imposed, and a law that establishes penalties as none', () => {
    expect(metrics('Under the sanctions order, Mr. Mercer must pay $2.5-million and Ms. Kaur $1.25-million.'))
      .toEqual([['fines_imposed', 2_500_000], ['fines_imposed', 1_250_000]]);
    expect(metrics('Exchanges must pay $5,000 for a licence.')).toEqual([]);
    expect(metrics('Law No. 21.459 establishes penalties of up to 10 years of imprisonment for computer fraud.')).toEqual([]);
  });

  it('reads a fact line whose long label names the law\'s maximum as no figure', () => {
    expect(metrics('- €5 million: maximum fine MiCA allows for a legal person in Spain, or 5% of annual turnover if higher.')).toEqual([]);
  });

  it('reads money recovered for the people who lost it as returned', () => {
    expect(metrics('Attorney General Letitia James said her office had recovered $2.05 million for New Yorkers who lost money to a fake crypto trading app.'))
      .toEqual([['funds_returned', 2_050_000]]);
  });

  it('counts the people a scheme took money from, or who were deceived in a named place, as its customers', () => {
    expect(metrics('The Fiscalía said the scheme had taken money from 3,100 people in Antioquia.')).toEqual([['customers_served', 3100]]);
    expect(metrics('The platforms had accepted deposits from at least 310 Quebec residents since January 2024.')).toEqual([['customers_served', 310]]);
    expect(metrics('More than 600 people in Portugal and ten other countries were deceived and lost more than €12 million.'))
      .toEqual([['customers_served', 600], ['illicit_volume', 12_000_000]]);
    expect(metrics('Police say more than 1,200 foreigners lost at least EUR 3.1 million.')).toEqual([['customers_served', 1200], ['illicit_volume', 3_100_000]]);
    // A country's lawful market, told in the active, stays no one's customers.
    expect(metrics('About 8,4 million people in Türkiye hold accounts at licensed crypto platforms.')).toEqual([]);
  });

  it('reads a court-ordered retention of funds as frozen and deposits a platform received as its turnover', () => {
    expect(metrics('In addition, the court ordered the retention of funds totalling $1.240 millones in 64 bank accounts.', '2025-05-01')).toEqual([['assets_frozen', 1_240_000_000]]);
    expect(metrics('Together, the illegal betting websites received deposits of R$ 412.6 million between January 2023 and June 2025.'))
      .toEqual([['platform_turnover', 412_600_000]]);
  });

  it('reads sums in suspicious operations a financial intelligence unit reported as illicit volume', () => {
    expect(metrics('The unit said the reports it sent to prosecutors in the first half of 2025 involved US$412 million in suspicious operations.'))
      .toEqual([['illicit_volume', 412_000_000]]);
    // What it froze stays frozen.
    expect(metrics('The Financial Analytical Office said it had frozen a total of CZK 3.4 billion in suspicious transactions in 2025.'))
      .toEqual([['assets_frozen', 3_400_000_000]]);
  });

  it('reads no seizure a judge was asked for, and no new arrest in suspects remanded or referred without detention', () => {
    expect(metrics('The Fiscalía also asked a judge to apply asset forfeiture to 37 properties valued at COP 41,000 million.')).toEqual([]);
    expect(metrics('The leader of the organisation and four of his lieutenants have been remanded in custody.')).toEqual([]);
    expect(metrics('The suspects were referred to prosecutors on Monday, and the remaining 49 were referred without detention.')).toEqual([]);
  });

  it('reads every item of a list that ends on its passive verb', () => {
    const text = 'In searches at 52 addresses, TL 27.450.000, USD 1.380.000, EUR 245.000, 18,6 kg of gold, 2 hardware wallets containing 416.000 USDT, 9 vehicles and numerous digital materials were seized.';
    expect(metrics(text)).toEqual([
      ['assets_seized', 27_450_000], ['assets_seized', 1_380_000], ['assets_seized', 245_000], ['items_seized', 2], ['assets_seized', 416_000], ['items_seized', 9],
    ]);
    // A list whose verb stands before it is read as before.
    expect(metrics('Police seized €40,000, 12 phones, 3 laptops and two cars.')).toEqual([
      ['assets_seized', 40_000], ['items_seized', 12], ['items_seized', 3], ['items_seized', 2],
    ]);
  });

  it('reads a sum held in an item of a seizure list past what the item holds, and the item after it', () => {
    const text = 'The following were seized: 27 laptops, 3 hardware wallets containing cryptocurrencies worth approximately 410.000 euro, as well as 5 motor vehicles.';
    expect(metrics(text)).toEqual([['items_seized', 27], ['items_seized', 3], ['assets_seized', 410_000], ['items_seized', 5]]);
  });

  it('reads a search that yielded money at the addresses searched', () => {
    expect(metrics('Searches at nine addresses yielded UAH 3.4 million in cash, 160 computers and a box of SIM cards.'))
      .toEqual([['assets_seized', 3_400_000], ['items_seized', 160]]);
  });

  it('counts the part arrested past an aside that names who was among them', () => {
    expect(metrics('Police booked 63 people. The agency said 14 of them, including the group\'s 47-year-old leader, surnamed Park, were arrested.'))
      .toContainEqual(['persons_arrested', 14]);
  });

  it('reads a table row whose label names the currency by name, with a magnitude in its cells', () => {
    const table = '| Measure | Jan-Aug 2026 | Jan-Aug 2025 |\n| --- | --- | --- |\n| Suspects arrested | 386 | 241 |\n| Assets seized (baht) | 2.9 billion | 1.1 billion |';
    expect(claimsOf(table, '2026-09-15').map((c) => [c.metric, c.value, c.unit])).toEqual([
      ['persons_arrested', 386, 'count'], ['persons_arrested', 241, 'count'], ['assets_seized', 2_900_000_000, 'THB'], ['assets_seized', 1_100_000_000, 'THB'],
    ]);
  });

  it('reads a business never registered or licensed as no licensed market', () => {
    expect(metrics('The business, which was never registered with FinCEN or licensed by the New York State Department of Financial Services, exchanged more than $38 million in cash for cryptocurrency.'))
      .toEqual([['platform_turnover', 38_000_000]]);
    expect(metrics('The exchange, which is licensed by the New York State Department of Financial Services, processed more than $38 million.')).toEqual([]);
  });

  it('reads the parts a frozen sum includes past where it was held', () => {
    expect(metrics('The court\'s order freezes approximately $17.4 million in bank accounts and digital asset wallets controlled by the defendants, including roughly 2.95 million USDC and 118.4 ETH.'))
      .toEqual([['assets_frozen', 17_400_000], ['assets_frozen', 2_950_000], ['assets_frozen', 118.4]]);
    // A verb of its own between the sum and "including" gives the parts that verb.
    expect(metrics('During the operation, police froze 214 million yuan in bank accounts and seized virtual currencies including 9.6 million USDT and 31 bitcoin.'))
      .toEqual([['assets_frozen', 214_000_000], ['assets_seized', 9_600_000], ['assets_seized', 31]]);
  });

  it('reads "this number was" as the same count or sum in another period', () => {
    const claims = claimsOf('Since the beginning of 2025, the police have detained 118 persons for fraud through illegal call centres; in 2024, this number was 74.', '2025-07-30');
    expect(claims.map((c) => [c.metric, c.value, c.period_start, c.period_end])).toEqual([
      ['persons_arrested', 118, '2025-01-01', '2025-07-30'], ['persons_arrested', 74, '2024-01-01', '2024-12-31'],
    ]);
    expect(metrics('The AFM froze ₸4.2 billion in 2025. In 2024 the figure stood at ₸3.1 billion.', '2026-02-01'))
      .toEqual([['assets_frozen', 4_200_000_000], ['assets_frozen', 3_100_000_000]]);
  });

  it('sets a pair against the pair before it, each against its own', () => {
    const claims = claimsOf('In the first half of 2026, the ministry detained 316 people and opened 127 criminal cases, against 241 and 96 in the same period of 2025.', '2026-08-14');
    expect(claims.map((c) => [c.metric, c.value, c.period_start])).toEqual([
      ['persons_arrested', 316, '2026-01-01'], ['cases_opened', 127, '2026-01-01'], ['persons_arrested', 241, '2025-01-01'], ['cases_opened', 96, '2025-01-01'],
    ]);
    expect(metrics('Police seized 12 cars and €3 million, compared with 5 and €1 million a year earlier.'))
      .toEqual([['items_seized', 12], ['assets_seized', 3_000_000], ['items_seized', 5], ['assets_seized', 1_000_000]]);
  });

  it('counts places\' bare numbers in brackets as the first bracket\'s thing', () => {
    expect(metrics('The largest seizures last year were in Antioquia (712 machines), Valle del Cauca (548) and Atlántico (391).'))
      .toEqual([['items_seized', 712], ['items_seized', 548], ['items_seized', 391]]);
  });

  it('reads two terms that share the unit written after the second', () => {
    expect(claimsOf('Two of his associates received sentences of two and three years, respectively.').filter((c) => c.metric === 'prison_term').map((c) => [c.value, c.unit]))
      .toEqual([[2, 'years'], [3, 'years']]);
    // "between" still makes a range.
    expect(claimsOf('They were jailed for between two and three years.').filter((c) => c.metric === 'prison_term').map((c) => [c.value, c.value_high]))
      .toEqual([[2, 3]]);
  });

  it('counts people told again past their ages as the subject of the verb after', () => {
    expect(metrics('The five, aged between 29 and 54, were arrested in Centurion on Tuesday.')).toEqual([['persons_arrested', 5]]);
  });

  it('reads frozen sums awaiting a court, no-debit orders and a transaction total past a relative clause about others', () => {
    expect(metrics('The agency said it had recovered assets worth Sh2.7 billion, while preserving assets worth about Sh6.2 billion pending court decisions.'))
      .toEqual([['assets_seized', 2_700_000_000], ['assets_frozen', 6_200_000_000]]);
    expect(metrics('The NFIU directed banks to place no-debit orders on 1,284 accounts holding about N9.6 billion linked to collapsed crypto platforms.'))
      .toEqual([['assets_frozen', 9_600_000_000]]);
    expect(metrics('The suspects allegedly carried out transactions worth more than NIS 1.1 billion for roughly 2,600 customers, none of whom were identified as the law requires.'))
      .toEqual([['platform_turnover', 1_100_000_000], ['customers_served', 2600]]);
    // A threshold the law sets stays one.
    expect(metrics('Transactions worth more than NIS 50,000 require the identification of the customer.')).toEqual([]);
  });

  it('reads platforms of a kind "including" in a count of platforms as their own block', () => {
    expect(metrics('In January–September 2025, the AFM blocked access to 2 871 internet resources, including 1 204 online casinos and 947 unregistered crypto exchangers.'))
      .toEqual([['platforms_blocked', 2871], ['platforms_blocked', 1204], ['platforms_blocked', 947]]);
    // People "including" people stay a part.
    expect(metrics('Police arrested 37 people, including 12 foreign nationals.')).toEqual([['persons_arrested', 37]]);
  });

  it('reads a sum that values a long object of the verb before it', () => {
    expect(metrics('In 2025, the AMLC secured freeze orders covering 1,962 bank accounts, e-wallet accounts and other monetary instruments with an aggregate value of PHP 4.27 billion.', '2026-03-01'))
      .toEqual([['assets_frozen', 4_270_000_000]]);
  });

  it('reads sites an agency requested a named regulator to block as blocked', () => {
    expect(metrics('Between July and September 2025, the SPA requested the National Telecommunications Agency (Anatel) to block 4,812 illegal betting websites.', '2025-10-20'))
      .toEqual([['platforms_blocked', 4812]]);
  });

  it('reads "carrying out" as no penalty the law carries', () => {
    expect(metrics('VARA fined 19 companies for carrying out virtual asset activities without a licence, with fines ranging from AED 100,000 to AED 600,000.'))
      .toContainEqual(['fines_imposed', 100_000]);
  });

  it('reads a sum by the noun it is "of" before a participle after it', () => {
    expect(metrics('- Civil penalties of S$4.1 million secured against 11 individuals for insider trading;')).toEqual([['fines_imposed', 4_100_000]]);
    expect(metrics('The court also ordered the forfeiture of ₱47.2 million frozen by the Anti-Money Laundering Council in favour of the government.'))
      .toEqual([['assets_seized', 47_200_000]]);
  });

  it('reads no fine in a day rate, no cases opened in cases that ended in convictions, and no term in combined terms', () => {
    expect(metrics('The leader was sentenced to 6 years and 6 months of imprisonment and a fine of 500 daily rates of PLN 200 each, i.e. PLN 100 000.'))
      .toEqual([['prison_term', 78], ['fines_imposed', 100_000]]);
    expect(metrics('As of March 31, 2025, the ED had secured convictions of 47 accused persons in 36 cases.')).toEqual([['persons_sentenced', 47]]);
    expect(metrics('Although the combined terms for some defendants exceeded 100 years, Thai law limits the time served to 20 years.')).toEqual([]);
  });

  it('reads no figure in a threshold with its legal consequence, a per-claim or per-deposit limit, a price of a currency or a target', () => {
    expect(metrics('Organizing gambling carries up to 10 years in prison, while money laundering involving more than VND500 million can draw up to 15 years.')).toEqual([]);
    expect(metrics('The committee had returned Rs 1,021 crore to investors with claims of up to Rs 19,000.')).toEqual([['funds_returned', 10_210_000_000]]);
    expect(metrics('Casinos report single casino cash transactions above PHP 5 million.')).toEqual([]);
    expect(metrics('The club promised members monthly returns of 25 per cent on deposits of at least GH¢2,000.')).toEqual([]);
    expect(metrics('A dollar exchanged for Sh129.2 on Tuesday.')).toEqual([]);
    expect(metrics('The ministry has set a target of shutting down 10,000 illegal websites by the end of the year.')).toEqual([]);
  });

  it('reads a sum paid back under a confiscation order as seized, and the term in its default as none', () => {
    expect(metrics('A Middlesbrough man was ordered to pay back £127,450 under a confiscation order or serve an extra 18 months in prison.'))
      .toEqual([['assets_seized', 127_450]]);
  });

  it('reads money schemes mobilised, proceeds of the fraud, and the people whose money a scheme attracted', () => {
    expect(metrics('The regulator acted against 18 unregistered collective investment schemes, which between them had mobilised Rs 2,430 crore from the public.'))
      .toContainEqual(['illicit_volume', 24_300_000_000]);
    expect(metrics('The ministry said the proceeds of the fraud were estimated at about EGP 380 million.')).toEqual([['illicit_volume', 380_000_000]]);
    expect(metrics('The convicts attracted money of 7 830 citizens in the amount of 14,7 billion tenge.')).toEqual([['customers_served', 7830], ['illicit_volume', 14_700_000_000]]);
    expect(metrics('Danish gross gaming revenue reached DKK 7.9 billion.')).toEqual([]);
  });

  it('reads a term changed on appeal as two terms, no range', () => {
    expect(claimsOf('The panel increased the sentence of the leader from 14 years and 2 months to 17 years and 8 months of reclusion.').map((c) => [c.metric, c.value, c.value_high]))
      .toEqual([['prison_term', 170, null], ['prison_term', 212, null]]);
    expect(claimsOf('The court sentenced them to terms from three to six and a half years.').map((c) => [c.metric, c.value, c.value_high]))
      .toEqual([['prison_term', 3, 6.5]]);
  });

  it('reads money returned to victims as returned, whatever it was taken from or was before', () => {
    expect(metrics('About AZN 2.3 million has already been returned to victims from the defendants\' frozen accounts, the prosecutor\'s office said.'))
      .toEqual([['funds_returned', 2_300_000]]);
    expect(metrics('With the assistance of police officers, more than 2,1 bln rubles stolen by fraudsters were returned to victims in ten months.'))
      .toEqual([['funds_returned', 2_100_000_000]]);
    // What the authorities did to it stays what it is.
    expect(metrics('In addition, 640 thousand USDT seized from the operators of illegal exchangers has been converted to the state budget.'))
      .toEqual([['assets_seized', 640_000]]);
  });

  it('reads property arrested pending trial as frozen', () => {
    expect(metrics('Courts ordered the arrest of real estate belonging to the suspects worth AZN 3.6 million pending trial.')).toEqual([['assets_frozen', 3_600_000]]);
  });

  it('reads blocking at an office\'s demand as done, and "a year earlier, the figure was"', () => {
    expect(metrics('At the demand of the Prosecutor General\'s Office, Roskomnadzor blocked about 21 000 pages of pyramids last year.')).toEqual([['platforms_blocked', 21_000]]);
    const claims = claimsOf('In January–September 2025, 9 482 resources were blocked at the Bank of Russia\'s request. A year earlier, the figure was 11 930.', '2025-11-18');
    expect(claims.map((c) => [c.metric, c.value, c.period_start, c.period_end])).toEqual([
      ['platforms_blocked', 9482, '2025-01-01', '2025-09-30'], ['platforms_blocked', 11_930, '2024-01-01', '2024-09-30'],
    ]);
  });

  it('counts cases of any crime among cases counted before, and a count set against "fewer than the" one of another period', () => {
    expect(metrics('In 2025, investigators initiated 1 187 criminal cases, including 96 cases of illegal entrepreneurial activity.', '2026-02-10'))
      .toEqual([['cases_opened', 1187], ['cases_opened', 96]]);
    expect(metrics('Police detained 1 340 droppers in January–April 2026, fewer than the 1 502 detained in the first four months of 2025.', '2026-06-05'))
      .toEqual([['persons_arrested', 1340], ['persons_arrested', 1502]]);
    // A number someone claimed is no count of another period.
    expect(metrics('Investigators found that only about 160 mining rigs were installed, far fewer than the 4,000 that the founder told investors the company owned.'))
      .not.toContainEqual(['items_seized', 4000]);
  });

  it('reads a roundup\'s country from a heading line a bar splits, and its currency with it', () => {
    const text = 'NIGERIA | EFCC arrests\n\nThe EFCC arrested 12 people in Lagos.\n\nTUNISIA | Sfax call centre and customs tally\n\nThe National Guard said it had dismantled a call centre in Sfax, arresting 16 people.\n\nTunisian Customs said it had seized foreign currency worth 24.8 million dinars in the first nine months of 2026.';
    expect(claimsOf(text, '2026-10-30').map((c) => [c.value, c.unit, c.jurisdiction])).toEqual([[12, 'count', 'NG'], [16, 'count', 'TN'], [24_800_000, 'TND', 'TN']]);
  });

  it('reads "recovered and returned" as returned, and the people whose prison terms a court changed as sentenced', () => {
    expect(metrics('Only around £410,000 has so far been recovered and returned to them through the banks.')).toEqual([['funds_returned', 410_000]]);
    expect(metrics('The High People\'s Court on Wednesday reduced the prison terms of four defendants in an online gambling ring.')).toEqual([['persons_sentenced', 4]]);
  });

  it('reads a part of a sum traced to crime as the crime\'s volume, and the depositors a number is estimated at', () => {
    expect(metrics('The turnover of the exchanger amounted to 3 billion 270 million tenge, of which at least 640 million tenge was related to drug trafficking.'))
      .toEqual([['platform_turnover', 3_270_000_000], ['illicit_volume', 640_000_000]]);
    expect(metrics('The pyramids attracted more than 9,2 billion tenge, and the number of depositors is estimated at about 17 thousand.'))
      .toContainEqual(['customers_served', 17_000]);
  });

  it('reads two terms that share the unit after the second however far back the sentencing verb', () => {
    expect(claimsOf('The Almaty court sentenced two operators of a crypto exchanger that cashed out drug proceeds to 4 and 6 years in prison respectively.')
      .filter((c) => c.metric === 'prison_term').map((c) => [c.value, c.unit])).toEqual([[4, 'years'], [6, 'years']]);
  });

  it('reads no ages as counts, and occurrences "in which" something happened as no cases', () => {
    expect(metrics('The Hawks arrested seven suspects aged between 31 and 58 in Johannesburg on Tuesday.')).toEqual([['persons_arrested', 7]]);
    expect(metrics('The inspection also found about 6.8 million cases in which the exchange did not properly carry out customer due diligence.')).toEqual([]);
    expect(metrics('Police cracked 1,150 cases in which USDT was used for underground banking in the first three quarters of 2026.', '2026-10-30'))
      .toEqual([['cases_opened', 1150]]);
  });

  it('reads a causative\'s object by its own participle, not a later verb\'s', () => {
    expect(metrics('In 2024, the regulator had 179 illegal gambling websites taken offline and asked internet providers to block 312 more.'))
      .toEqual([['platforms_closed', 179], ['platforms_blocked', 312]]);
  });

  it('counts named defendants past their ages and an adverb, platforms "including" a kind, and firms ordered to wind up', () => {
    expect(metrics('Two co-defendants, Lin Hao, 36, and Ruiqi Tan, 29, both of Rowland Heights, were previously sentenced to 51 months and 37 months in prison, respectively.'))
      .toEqual([['persons_sentenced', 2], ['prison_term', 51], ['prison_term', 37]]);
    expect(metrics('Consob ordered internet providers to black out nine more websites offering crypto-asset services without authorisation, including four platforms claiming to offer MiCA-compliant trading.'))
      .toEqual([['platforms_blocked', 9], ['platforms_blocked', 4]]);
    expect(metrics('BaFin ordered three companies to immediately cease their unauthorised crypto trading and custody business and to wind it up.'))
      .toEqual([['platforms_closed', 3]]);
  });

  it('reads money earned in commissions as crime\'s volume', () => {
    expect(metrics('The main accused earned about Rs 40 lakh in commissions, according to the police.')).toEqual([['illicit_volume', 4_000_000]]);
  });

  it('dates "the year to the end of March" and a fiscal year written close after "of"', () => {
    const claims = claimsOf('The Financial Conduct Authority imposed fines totalling £186.1m in the year to the end of March, up from £176m a year earlier.', '2025-07-11');
    expect(claims.map((c) => [c.value, c.period_start, c.period_end])).toEqual([[186_100_000, '2024-04-01', '2025-03-31'], [176_000_000, '2023-04-01', '2024-03-31']]);
    expect(claimsOf('The FCA\'s fines remain well below the £1.47bn peak of 2014/15.', '2025-07-11').map((c) => [c.period_start, c.period_end]))
      .toEqual([['2014-04-01', '2015-03-31']]);
    // A count after a year and a dash is no fiscal year.
    expect(claimsOf('In January–November 2024, 36 criminal cases on pyramids were registered in the region (11 months of 2023 – 24).', '2024-12-10')
      .map((c) => [c.value, c.period_start])).toContainEqual([36, '2024-01-01']);
  });

  it('reads German "Mio." as a magnitude inside its sentence, and betting records\' worth as bets taken', () => {
    expect(metrics('Fines totalling 1,9 Mio. Euro were imposed in 2025, including a single fine of 650.000 Euro.', '2026-02-01'))
      .toEqual([['fines_imposed', 1_900_000], ['fines_imposed', 650_000]]);
    expect(metrics('Hong Kong police arrested 41 people and seized betting records worth HK$386 million in raids on illegal bookmakers.'))
      .toEqual([['persons_arrested', 41], ['platform_turnover', 386_000_000]]);
    expect(metrics('Police arrested 41 people and seized betting records worth HK$386 million in raids on illegal soccer bookmaking syndicates.'))
      .toContainEqual(['platform_turnover', 386_000_000]);
  });

  it('reads "410,000 USDC" in a decimal-comma text as thousands, and no law\'s penalty, limit or promised returns as figures', () => {
    expect(metrics('The seizure concerns cryptoassets of 38.6 BTC and 410,000 USDC, worth € 12,4 million in total.'))
      .toEqual([['assets_seized', 38.6], ['assets_seized', 410_000], ['assets_seized', 12_400_000]]);
    expect(metrics('Agents seized 0,026 BTC, € 1,4 million and 2,5 BTC.')).toContainEqual(['assets_seized', 0.026]);
    expect(metrics('The law penalizes money muling with imprisonment of six to eight years and a fine of P100,000 to P500,000.')).toEqual([]);
    expect(metrics('AUSTRAC has imposed a A$5,000 cash deposit limit on the machines.')).toEqual([]);
    expect(metrics('AUSTRAC gave a dealer infringement notices totalling A$399,600 for late threshold transaction reports.')).toEqual([['fines_imposed', 399_600]]);
    expect(metrics('A former estate agent who ran a £23.4m Ponzi scheme promising investors fixed returns from student housing has been jailed.'))
      .toEqual([['illicit_volume', 23_400_000]]);
  });

  it('reads the roles of people counted before as no count, unless the role comes with what was done to them', () => {
    expect(metrics('Police detained 27 suspects. Of the 27 suspects, nine are leaders and technical staff.')).toEqual([['persons_arrested', 27]]);
    expect(metrics('In ten months, 640 droppers were convicted. Of these, 212 were organisers of drop networks who received real prison terms of 3 to 7 years.'))
      .toContainEqual(['persons_sentenced', 212]);
  });

  it('reads the items of a list past where the money before came from', () => {
    expect(metrics('Operatives recovered ₦214 million and $61,000 from the suspects\' accounts, as well as seven exotic cars.'))
      .toEqual([['assets_seized', 214_000_000], ['assets_seized', 61_000], ['items_seized', 7]]);
  });
});
