import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles and codings of 2026-11-25's twenty-fourth session showed misread, each rule as its
// own case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value, c.unit]);

describe('figures read in the twenty-fourth session', () => {
  it('reads no term the prosecution asks for, whatever case its subject is written in', () => {
    expect(metrics('Prosecutors in Madrid are seeking sentences of up to 14 years in that case.')).toEqual([]);
    expect(metrics('The prosecution in Lima is seeking 36 months of preventive detention for the two founders.')).toEqual([]);
    expect(metrics('In the Ankara indictment, prison sentences of up to 1.248 years are requested for the leaders of the organisation.')).toEqual([]);
    // The term imposed after a demand is read.
    expect(metrics('The prosecution in Almaty had sought 10 years, but the court sentenced him to eight years in prison.')).toEqual([['prison_term', 8, 'years']]);
  });

  it('reads money an FIU suspends the transactions of as frozen, before the sum or after it', () => {
    expect(metrics('In the whole of 2025, the SFMS in Ukraine suspended such transactions worth UAH 1.1 billion.')).toEqual([['assets_frozen', 1_100_000_000, 'UAH']]);
    expect(metrics('The Anti-Fraud Centre of the National Bank of Kazakhstan suspended suspicious transfers totalling 2.7 billion tenge.')).toEqual([['assets_frozen', 2_700_000_000, 'KZT']]);
    expect(metrics('At the request of the Financial Monitoring Service, transactions worth AZN 6,8 million on 430 bank accounts related to the group were suspended.'))
      .toEqual([['assets_frozen', 6_800_000, 'AZN']]);
    // A suspended sentence or penalty holds no money.
    expect(metrics('The accountant in Lausanne received a suspended monetary penalty and a fine of CHF 12 000.')).toEqual([['fines_imposed', 12_000, 'CHF']]);
  });

  it('counts the places\' bracketed numbers by the sentence\'s subject, or by "the number of" what it names', () => {
    expect(metrics('Detentions were carried out in Moscow (11), the Moscow Region (6) and St. Petersburg (5).'))
      .toEqual([['persons_arrested', 11, 'count'], ['persons_arrested', 6, 'count'], ['persons_arrested', 5, 'count']]);
    expect(metrics('The detentions were carried out on 27–29 January in the Wielkopolskie (14) and Mazowieckie (5) voivodeships of Poland.').map(([m, v]) => [m, v]))
      .toEqual([['persons_arrested', 14], ['persons_arrested', 5]]);
    expect(metrics('In Kazakhstan, the number of closures by month in the quarter was July (14), August (19) and September (15).').map(([m, v]) => [m, v]))
      .toEqual([['platforms_closed', 14], ['platforms_closed', 19], ['platforms_closed', 15]]);
    // Places named with no subject to count say nothing.
    expect(metrics('Weather warnings were issued in Moscow (11), the Moscow Region (6) and St. Petersburg (5).')).toEqual([]);
  });

  it('reads a count set against by a verb ("nearly matching the 10,420 blocked in the whole of 2025") as the count before it', () => {
    expect(claimsOf('In the Philippines, agencies blocked 9,870 illegal gambling websites in the first six months of 2026, nearly matching the 10,420 blocked in the whole of 2025.', '2026-07-10')
      .map((c) => [c.metric, c.value, c.period_start, c.period_end]))
      .toEqual([['platforms_blocked', 9_870, '2026-01-01', '2026-06-30'], ['platforms_blocked', 10_420, '2025-01-01', '2025-12-31']]);
  });

  it('reads a part of the crime\'s money as crime\'s, whatever moved it', () => {
    expect(metrics('Part of the money, at least R$ 318 million, was converted into USDT and sent to exchanges abroad, Brazil\'s Federal Police said.'))
      .toEqual([['illicit_volume', 318_000_000, 'BRL']]);
    // An exchange's own business stays its turnover.
    expect(metrics('In Brazil, the broker converted R$ 318 million into USDT for its clients, the Federal Police said.')[0]?.[0]).not.toBe('illicit_volume');
  });

  it('sends back to victims what a sentence returns to them, though another clause surrendered a sum to the government', () => {
    expect(metrics('In the 2024/25 financial year, Kenya\'s ARA recovered and surrendered to the government assets worth Sh2.9 billion, and returned Sh186 million to victims of fraud.'))
      .toEqual([['assets_seized', 2_900_000_000, 'KES'], ['funds_returned', 186_000_000, 'KES']]);
  });

  it('counts no part of the people arrested who remain in custody', () => {
    expect(metrics('Five of the detainees in Buenos Aires, including the alleged leader, remain in pre-trial detention.')).toEqual([]);
  });

  it('reads terms "partly or fully suspended" as terms handed down', () => {
    expect(metrics('A Paris court gave five defendants prison sentences of between 18 months and 4 years, partly or fully suspended.').filter(([, , u]) => u === 'months'))
      .toEqual([['prison_term', 18, 'months']]);
  });

  it('reads a breakdown line that names an article and the thing counted ("– 19 persons;") as the header\'s count', () => {
    const text = 'In 9 months of 2025, the courts of Karaganda region convicted 71 persons for illegal exchange.\n\nBreakdown by category for January–September 2025:\n'
      + '- illegal exchange of digital assets (Article 214) – 19 persons;\n- transfer of payment cards to third persons (Article 232-1) – 38 persons;\n- seized in searches – 12 cars.';
    // A line whose own words name what was done is read by them.
    expect(metrics(text)).toEqual([['persons_sentenced', 71, 'count'], ['persons_sentenced', 19, 'count'], ['persons_sentenced', 38, 'count'], ['items_seized', 12, 'count']]);
    // A thing the header's metric does not count is not its count.
    expect(metrics(text.replace('- seized in searches – 12 cars.', '- other offences – 12 cars.')).length).toBe(3);
  });

  it('reads a part "of which" after a long clause as a part of the count before it', () => {
    expect(metrics('Access to 2,915 websites was restricted at the AFM\'s request between January and June, of which 1,640 offered online casino games.'))
      .toEqual([['platforms_blocked', 2_915, 'count'], ['platforms_blocked', 1_640, 'count']]);
  });

  it('counts people "sent to prison" as sentenced', () => {
    expect(metrics('In Kazakhstan, most droppers received restriction of freedom or fines, but 96 were sent to prison for terms of up to three years.'))
      .toEqual([['persons_sentenced', 96, 'count'], ['prison_term', 3, 'years']]);
  });

  it('counts "the four officers" a court convicted as people sentenced', () => {
    expect(metrics('A court in Iloilo City convicted the four officers of the scheme of syndicated estafa.')).toEqual([['persons_sentenced', 4, 'count']]);
  });

  it('reads sites whose access was cut off as blocked', () => {
    expect(metrics('Indonesia\'s Komdigi said it had cut off access to more than 1.3 million online gambling sites.')).toEqual([['platforms_blocked', 1_300_000, 'count']]);
  });

  it('dates a part of last year as that part, not the year whole; a semester as a half-year', () => {
    const period = (text: string) => claimsOf(text, '2025-07-22').map((c) => [c.period_start, c.period_end]);
    expect(period('Police in Kazakhstan detained 40 people in the first half of last year.')).toEqual([['2024-01-01', '2024-06-30']]);
    expect(period('Police in Kazakhstan detained 40 people in the first nine months of last year.')).toEqual([['2024-01-01', '2024-09-30']]);
    expect(period('Police in Kazakhstan detained 40 people in the third quarter of the previous year.')).toEqual([['2024-07-01', '2024-09-30']]);
    expect(period('PPATK said gambling turnover in Indonesia in the first semester of 2025 reached Rp 155 trillion.')).toEqual([['2025-01-01', '2025-06-30']]);
    expect(period('Police in Kazakhstan detained 40 people last year.')).toEqual([['2024-01-01', '2024-12-31']]);
  });

  it('reads no sum of the legal gaming market, unless it only dates a period ("since the regulated betting market came into force")', () => {
    expect(metrics('Italy\'s legal gaming market collected €157.4bn in bets in 2025, generating €11.5bn in revenue for the state.')).toEqual([]);
    expect(metrics('Since the regulated betting market came into force on 1 January 2025, Brazil\'s Anatel has blocked 15.300 illegal betting sites.'))
      .toEqual([['platforms_blocked', 15_300, 'count']]);
  });

  it('reads no term a law "now provides"', () => {
    expect(metrics('The law now provides up to five years of imprisonment for droppers acting in a group, said the head of the cybercrime unit in Kazakhstan.')).toEqual([]);
  });

  it('reads no figure in a sum spelled out in lower case in brackets', () => {
    expect(metrics('Investigators in Indonesia have blocked 1.146 accounts with a total balance of Rp 61.450.000.000 (sixty-one billion four hundred fifty million rupiah).'))
      .toEqual([['assets_frozen', 61_450_000_000, 'IDR']]);
  });

  it('reads "the stakes collected" as the turnover of the bets', () => {
    expect(metrics('Investigators in Italy put the stakes collected at €54m and seized €2.7m in crypto.'))
      .toEqual([['platform_turnover', 54_000_000, 'EUR'], ['assets_seized', 2_700_000, 'EUR']]);
  });

  it('reads the sum frozen accounts hold, however the holding is told', () => {
    expect(metrics('The Court froze, at the Government\'s request, 11 bank and exchange accounts holding a total of $6.9 million.')).toEqual([['assets_frozen', 6_900_000, 'USD']]);
    expect(metrics('PPATK said it had frozen more than 26,800 bank and e-wallet accounts linked to online gambling, holding a combined Rp 1.41 trillion.'))
      .toEqual([['assets_frozen', 1_410_000_000_000, 'IDR']]);
    expect(metrics('In Indonesia, the freezing of more than 28,000 bank accounts used by gambling operators, which held a combined Rp 1.2 trillion, cut their turnover.'))
      .toEqual([['assets_frozen', 1_200_000_000_000, 'IDR']]);
  });

  it('counts the members of "a gang of five" police arrested', () => {
    expect(metrics('Interior Ministry police in Egypt arrested a gang of five in Alexandria accused of running an unlicensed exchange.')).toEqual([['persons_arrested', 5, 'count']]);
  });

  it('returns to victims what a sentence returns "to fraud victims", though suspects are named beside it', () => {
    expect(metrics('In 2024, the Dubai centre arrested 1,068 suspects and returned more than AED 31 million to fraud victims.'))
      .toEqual([['persons_arrested', 1_068, 'count'], ['funds_returned', 31_000_000, 'AED']]);
  });

  it('reads the figure a correction gives as what the figure it takes back counted, and not the one taken back', () => {
    const read = (text: string) => claimsOf(text, '2026-02-04').map((c) => [c.metric, c.value, c.unit, c.period_start, c.period_end]);
    expect(read('An earlier version said City of London Police investigators had arrested 481 people in 2024-25. The correct figure is 418.'))
      .toEqual([['persons_arrested', 418, 'count', '2024-04-01', '2025-03-31']]);
    expect(read('Correction: an earlier version of this item said the NCA operation in London led to 113 arrests; the correct figure is 131.').map(([m, v]) => [m, v]))
      .toEqual([['persons_arrested', 131]]);
    expect(read('An earlier version of this story also said N1.8bn had been seized in Abuja; the correct figure is N1.3bn.').map(([m, v]) => [m, v]))
      .toEqual([['assets_seized', 1_300_000_000]]);
  });

  it('reads damage made good ("victims were compensated damage in the amount of") as money paid back', () => {
    expect(metrics('In ten months, victims in Kazakhstan were compensated damage in the amount of 1,37 billion tenge.')).toEqual([['funds_returned', 1_370_000_000, 'KZT']]);
    expect(metrics('In Kyrgyzstan, the damage compensated to citizens in these cases amounted to 92,7 million soms.')).toEqual([['funds_returned', 92_700_000, 'KGS']]);
    // Damage caused is the crime's.
    expect(metrics('In Kazakhstan, the damage caused by the pyramid amounted to 1,37 billion tenge.')).toEqual([['illicit_volume', 1_370_000_000, 'KZT']]);
  });

  it('ends a sentence on a magnitude\'s stop where a new sentence opens after it ("₸87.4 bln. In 2023, ...")', () => {
    const read = (text: string) => claimsOf(text, '2025-03-26').map((c) => [c.value, c.period_start, c.period_end]);
    expect(read('The GPO in Kazakhstan registered pyramid cases in 2024 with damage estimated at ₸87.4 bln. In 2023, damage from pyramids amounted to ₸61.8 bln.'))
      .toEqual([[87_400_000_000, '2024-01-01', '2024-12-31'], [61_800_000_000, '2023-01-01', '2023-12-31']]);
    // A unit after the stop keeps the sentence whole.
    expect(metrics('Police in Kyrgyzstan seized 48 thous. USDT and 1,9 Mio. Euro in cash.').map(([, v, u]) => [v, u])).toEqual([[48_000, 'USDT'], [1_900_000, 'EUR']]);
  });

  it('reads what was confiscated and transferred to the state budget as seized', () => {
    expect(metrics('Kazakhstan\'s Ministry of Finance said 1.2 million USDT confiscated in exchanger cases had been converted and transferred to the state budget, bringing in about KZT 615 mln.'))
      .toEqual([['assets_seized', 1_200_000, 'USDT'], ['assets_seized', 615_000_000, 'KZT']]);
  });

  it('reads the verb after a subject\'s relative clause in commas as the subject\'s', () => {
    expect(metrics('Two U.S.-based associates of the network, who allegedly recruited victims and collected payments, were arrested in Boston and Quincy in April.'))
      .toEqual([['persons_arrested', 2, 'count']]);
  });

  it('reads crypto ATMs "taken out of operation" as closed', () => {
    expect(metrics('BaFin inspected 41 locations in Germany and took 23 unauthorised crypto ATMs out of operation.')).toEqual([['platforms_closed', 23, 'count']]);
  });

  it('reads domains added to a register providers must block as blocked, with no "of" after the register', () => {
    expect(metrics('The National Revenue Administration (KAS) added 1,214 illegal gambling domains to its register in January, bringing the total to more than 58,000.'))
      .toEqual([['platforms_blocked', 1_214, 'count'], ['platforms_blocked', 58_000, 'count']]);
  });

  it('reads what an online casino\'s cash desk or payment hub moved as the crime\'s money, and an exchanger\'s as its turnover', () => {
    expect(metrics('In 2025, Kazakhstan\'s AFM exposed 27 groups acting as "payment hubs" for online casinos, with a combined turnover of KZT 152bn.').filter(([, , u]) => u !== 'count'))
      .toEqual([['illicit_volume', 152_000_000_000, 'KZT']]);
    expect(metrics('Kazakhstan\'s AFM closed 48 exchangers that served as "cash desks" for drug shops, with a combined turnover of KZT 41.7bn.').filter(([, , u]) => u !== 'count'))
      .toEqual([['platform_turnover', 41_700_000_000, 'KZT']]);
  });

  it('reads sums "returned to citizens" as paid back, and sums a court orders remitted to the state budget as seized', () => {
    expect(metrics('In February, with the assistance of the police in Belarus, Br 486 thous. were returned to citizens who had transferred money to fraudsters.'))
      .toEqual([['funds_returned', 486_000, 'BYN']]);
    expect(metrics('The court in Vietnam ordered the defendants to remit VND1,400 billion in illegal gains to the state budget.')).toEqual([['assets_seized', 1_400_000_000_000, 'VND']]);
  });

  it('reads no block still "under process"', () => {
    expect(metrics('In India, officials said blocking orders for another 300 sites were under process.')).toEqual([]);
  });

  it('dates "the first nine months of the fiscal year 2025/2026" as that part of the split year', () => {
    const period = (text: string, published: string) => claimsOf(text, published).map((c) => [c.period_start, c.period_end]);
    expect(period('Egypt\'s Ministry of Interior seized currencies worth more than LE 3.1 billion during the first nine months of the fiscal year 2025/2026.', '2026-04-12'))
      .toEqual([['2025-07-01', '2026-03-31']]);
    expect(period('Pakistan\'s NCCIA arrested 1,318 suspects in the first eight months of fiscal year 2025-26.', '2026-03-20')).toEqual([['2025-07-01', '2026-02-28']]);
  });

  it('breaks down the count said before a breakdown\'s lead, past a sentence that only sets a count against it', () => {
    const text = 'In the first half of 2026, Kazakhstan\'s AFM liquidated 103 illegal crypto exchangers.\n\nA year earlier, in January-June 2025, 71 exchangers had been closed.\n\n'
      + 'The distribution by region is as follows:\n\n- Almaty – 24 exchangers;\n- Astana – 15;\n- other regions – 64.';
    expect(claimsOf(text, '2026-07-15').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[103, '2026-01-01', '2026-06-30'], [71, '2025-01-01', '2025-06-30'], [24, '2026-01-01', '2026-06-30'], [15, '2026-01-01', '2026-06-30'], [64, '2026-01-01', '2026-06-30']]);
  });

  it('dates "January-March last year" and "March of the previous year" as those months of the year before, not "since March last year"', () => {
    const period = (text: string) => claimsOf(text, '2026-04-20').map((c) => [c.value, c.period_start, c.period_end]);
    expect(period('Türkiye\'s BTK imposed access bans on 24,310 illegal betting websites in the first quarter of 2026, up from 19,870 in January-March last year.'))
      .toEqual([[24_310, '2026-01-01', '2026-03-31'], [19_870, '2025-01-01', '2025-03-31']]);
    expect(period('Police in Kazakhstan have detained 412 droppers since March last year.')).toEqual([[412, '2025-03-01', '2026-04-20']]);
  });

  it('dates no figure by the year a law was introduced', () => {
    expect(claimsOf('In 2025, Kazakhstan\'s police initiated 312 criminal cases under Article 232-1 of the Criminal Code, introduced in 2024.', '2026-01-22')
      .map((c) => [c.value, c.period_start, c.period_end])).toEqual([[312, '2025-01-01', '2025-12-31']]);
  });

  it('reads crypto "secured" by ticker as seized, and no count or term of a measure of restraint in the form of detention', () => {
    expect(metrics('In Germany, the investigators secured 312,4 BTC and 4.071 ETH.')).toEqual([['assets_seized', 312.4, 'BTC'], ['assets_seized', 4_071, 'ETH']]);
    expect(metrics('The court in Ukraine has chosen a preventive measure in the form of detention for the organiser and four other participants.')).toEqual([]);
    expect(metrics('In Kazakhstan, the court chose a measure of restraint in the form of detention for a period of 2 months for the organiser.')).toEqual([]);
  });

  it('counts no one money went back to, and no victims police warned or of trafficking, as customers', () => {
    expect(metrics('In March 2025, the US office returned $2.3 million to 38 investors of a similar scheme.')).toEqual([['funds_returned', 2_300_000, 'USD']]);
    expect(metrics('Under Operation Level Up, the FBI has notified more than 8,100 people who invested in the US.')).toEqual([]);
    expect(metrics('Police in Cambodia rescued 418 people who had been lured to the compounds.')).toEqual([]);
  });

  it('reads quarters\' figures in brackets after a quarter\'s ("81 closures (Q2: 68, Q1: 60)") as theirs', () => {
    expect(claimsOf('In Kazakhstan, Q3 alone: 81 closures (Q2: 68, Q1: 60).', '2026-10-20').map((c) => [c.metric, c.value, c.period_start, c.period_end]))
      .toEqual([['platforms_closed', 81, '2026-07-01', '2026-09-30'], ['platforms_closed', 68, '2026-04-01', '2026-06-30'], ['platforms_closed', 60, '2026-01-01', '2026-03-31']]);
  });
});
