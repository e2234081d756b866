import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles and codings of 2026-11-25's twenty-seventh session showed misread, each rule as its
// own case.
const read = (text: string, published = '2026-03-10') => claimsOf(text, published).map((c) => [c.metric, c.value]);

describe('figures read in the twenty-seventh session', () => {
  it('counts the people a scheme drew or obtained money from as its customers', () => {
    expect(read('Investigators estimate the scheme drew MNT 38.4 billion from more than 6,700 people.'))
      .toEqual([['illicit_volume', 38_400_000_000], ['customers_served', 6_700]]);
    expect(read('The court sentenced a 35-year-old man to seven years in prison for obtaining P1.9 million from 64 people.'))
      .toEqual([['prison_term', 7], ['illicit_volume', 1_900_000], ['customers_served', 64]]);
  });

  it('reads "3,000-plus" as more than 3,000', () => {
    expect(claimsOf('Police said the scam took in more than 1.1 billion baht from 3,000-plus victims.').map((c) => [c.metric, c.value, c.qualifier, c.figure]))
      .toEqual([['illicit_volume', 1_100_000_000, 'more_than', 'more than 1.1 billion baht'], ['customers_served', 3_000, 'more_than', '3,000-plus']]);
  });

  it('counts the people who reported losses, or were affected wherever they live, as victims', () => {
    expect(read('More than 2,700 people reported losses of about HK$1.6 billion when the unlicensed exchange collapsed.'))
      .toEqual([['customers_served', 2_700], ['illicit_volume', 1_600_000_000]]);
    expect(read("More than 1,900 citizens of EU countries were affected by the group's activities.")).toEqual([['customers_served', 1_900]]);
  });

  it('reads a multiplier in digits as a table\'s unit', () => {
    const table = (note: string) => claimsOf(`Key figures 2024\n\n| Indicator | 2024 |\n|---|---|\n| Fines imposed ${note} | 6.215 |\n`, '2025-04-20')
      .map((c) => [c.metric, c.value, c.unit]);
    expect(table('(€ x 1.000)')).toEqual([['fines_imposed', 6_215_000, 'EUR']]);
    expect(table('(× 1 000 EUR)')).toEqual([['fines_imposed', 6_215_000, 'EUR']]);
  });

  it('reads stakes a platform recorded as its turnover', () => {
    expect(read('Between January 2023 and October 2025, the platform recorded stakes of 22,6 million lei.')).toEqual([['platform_turnover', 22_600_000]]);
  });

  it('reads money a case sent abroad as crime\'s money', () => {
    expect(read('The investigation identified transfers of at least 18,4 million USDT to wallets held abroad.')).toEqual([['illicit_volume', 18_400_000]]);
  });

  it('keeps a sum that completes its own verb out of the list the next sum opens', () => {
    expect(read('The damage caused by the pyramids exposed in 2025 exceeded ₸31.7bn, and ₸5.2bn was returned to victims.'))
      .toEqual([['illicit_volume', 31_700_000_000], ['funds_returned', 5_200_000_000]]);
    expect(read('Confiscation orders obtained in 2025 totalled £6.8m, and £3.1m was paid out to victims under compensation orders.'))
      .toEqual([['assets_seized', 6_800_000], ['funds_returned', 3_100_000]]);
  });

  it('reads no price a service charges as a figure', () => {
    expect(read('Clients were charged a "withdrawal activation fee" of R1 500 before any payout was processed.')).toEqual([]);
    expect(read('Holders of drop cards transferred their cards to the group for a fee of 30,000–70,000 tenge.')).toEqual([]);
    expect(read('Spelinspektionen ordered a licensed casino operator to pay a sanction fee of SEK 12 million for weak checks.')).toEqual([['fines_imposed', 12_000_000]]);
  });

  it('reads no unit of account, company finance or a market\'s daily volume as a figure', () => {
    expect(read('The base unit used to calculate fines is currently Br 40.')).toEqual([]);
    expect(read('Kaldera raised $150 million from venture investors in 2021 at a valuation of $2.5 billion.')).toEqual([]);
    expect(read('24h spot volume, top 10 venues $41.7bn')).toEqual([]);
  });

  it('counts no cases or people handed on to others, nor people placed in custody already held', () => {
    expect(read('The service said it had sent 118 case files on suspected money laundering to law enforcement agencies in 2025.')).toEqual([]);
    expect(read('The Guardia di Finanza reported 2,113 people to the judicial authorities for money laundering.')).toEqual([]);
    expect(read("The court agreed to the prosecutor's request to place the three suspected leaders in pre-trial detention for three months.")).toEqual([]);
  });

  it('reads "K" in a Papua New Guinea story as kina, "$" in a Fijian one as the Fijian dollar', () => {
    const units = (text: string) => claimsOf(text).map((c) => [c.value, c.unit]);
    expect(units('Officers of the Royal Papua New Guinea Constabulary seized K412,500 in cash in Port Moresby.')).toEqual([[412_500, 'PGK']]);
    expect(units('Zambia Police seized K412,500 in Lusaka.')).toEqual([[412_500, 'ZMW']]);
    expect(units('In Suva, the Fiji Police Force froze $148,000 held in the accounts.')).toEqual([[148_000, 'FJD']]);
  });

  it('counts game rooms and gaming locations closed as platforms', () => {
    expect(read('Since the start of 2024, the sheriff has closed 41 illegal game rooms, compared with 29 in all of 2023.'))
      .toEqual([['platforms_closed', 41], ['platforms_closed', 29]]);
    expect(read('Investigators shut down 14 illegal gaming locations.')).toEqual([['platforms_closed', 14]]);
  });

  it('reads fraudulent transfers and transfers without consent as crime\'s money', () => {
    expect(read('In total, the agents have identified fraudulent transfers for an amount of 7.842.650 euros.')).toEqual([['illicit_volume', 7_842_650]]);
    expect(read("In Q3 2025, the volume of transactions without customers' consent amounted to 27,1 billion rubles.")).toEqual([['illicit_volume', 27_100_000_000]]);
  });

  it('reads no loss prevented, no class of crime a law names, no pay for a mule\'s task as figures', () => {
    expect(read('Banks reported 9 870 mule transactions to the police, and losses of EUR 18.7 million were prevented.')).toEqual([]);
    expect(read('The bureau estimates the notifications have spared victims about $285 million in further losses.')).toEqual([]);
    expect(read('Banks prevented 14,7 million attempts at fraudulent transfers worth 2,8 trillion rubles.')).toEqual([]);
    expect(read('Money laundering of more than US$300,000 is a first-degree felony that carries up to 99 years in prison.')).toEqual([]);
    expect(read('The men recruited money mules, who were paid between $200 and $1,000 to receive funds from victims.')).toEqual([]);
  });

  it('counts no people said to have fled', () => {
    expect(read('Three of its directors are in custody, while two others are said to have left the country.')).toEqual([['persons_arrested', 3]]);
  });

  it('reads no figure in a newsletter\'s one-line contents', () => {
    expect(read('Weekly brief\n\nThis week: four arrests in a Trinidad investment club, and the Hawks move on a R1,2 billion Ponzi scheme.\n\nPolice arrested four people in Port of Spain.'))
      .toEqual([['persons_arrested', 4]]);
  });

  it('dates a year\'s closing months, a span to an event the text tells, and a fiscal year\'s start on the day given', () => {
    const periods = (text: string, published: string) => claimsOf(text, published).map((c) => [c.value, c.period_start, c.period_end]);
    expect(periods('Police detained 3,900 people in the last three months of 2025.', '2026-05-01')).toEqual([[3_900, '2025-10-01', '2025-12-31']]);
    expect(periods('Prosecutors say the cafés took in about $2.4 million between 2022 and the date of the raid.', '2025-06-01'))
      .toEqual([[2_400_000, '2022-01-01', '2025-06-01']]);
    expect(periods('Since the start of fiscal year 2025-26 on July 1, 2025, the Enforcement Division has opened 143 investigations.', '2026-03-12'))
      .toEqual([[143, '2025-07-01', '2026-03-12']]);
  });

  it('reads no period in a law\'s number', () => {
    expect(claimsOf('They were charged under Law No. 8 of 2010 on money laundering. Victims reported total losses of Rp7.2 trillion over the same period.', '2026-02-18')
      .map((c) => [c.value, c.period_start, c.period_end])).toEqual([[7_200_000_000_000, null, '2026-02-18']]);
  });

  it('keeps an item used for a task in its list', () => {
    expect(read('Officers seized 864 computers and 57 SIM-card boxes used to make calls over the internet, as well as about $1.3 million in cash.'))
      .toEqual([['items_seized', 864], ['items_seized', 57], ['assets_seized', 1_300_000]]);
  });

  it('reads a regulator\'s sum for a firm\'s failures as a fine', () => {
    expect(read("Britain's gambling regulator has ordered two online operators to pay a combined £7.4 million over failures to protect customers and to stop money laundering."))
      .toEqual([['fines_imposed', 7_400_000]]);
  });

  it('reads "the corresponding amount" as the measure said before, in its own period', () => {
    expect(claimsOf('Spelinspektionen issued sanction fees of 118,5 million kronor in 2025. In 2024 the corresponding amount was 96,3 million kronor.', '2026-03-01')
      .map((c) => [c.metric, c.value, c.period_start])).toEqual([['fines_imposed', 118_500_000, '2025-01-01'], ['fines_imposed', 96_300_000, '2024-01-01']]);
  });

  it('reads no trade\'s estimate and no regulated market\'s take as a figure', () => {
    expect(read('Industry bodies estimate that offshore betting platforms attract more than $100 billion in deposits from Indian users every year.')).toEqual([]);
    expect(read("Ontario's regulated iGaming market took in C$85 billion in wagers in fiscal 2025-26.")).toEqual([]);
  });

  it('counts no one licensed as held, and reads no licensed venues\' volume', () => {
    expect(read('At the end of 2024, 34 operators held a German permit for virtual slot machines and 31 for sports betting.')).toEqual([]);
    expect(read('Fourteen firms currently hold such licenses, and they handled about $2.1 billion in trading in the first half of the year.')).toEqual([]);
    expect(read('Police held 34 suspects in custody.')).toEqual([['persons_arrested', 34]]);
  });
});
