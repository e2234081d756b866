import { describe, expect, it } from 'vitest';
import { resolveCodebook } from '@reckon/schema';
import { createExtractor } from './extract.js';
import { claimsOf, sourceOf } from './_test-helpers.js';

// Sentences of the kinds the articles written in 2026-11-24's eleventh session (articles 2322 on) showed misread, each
// rule as its own case.
const read = (text: string) => claimsOf(text).map((c) => [c.metric, c.value, c.unit, c.qualifier]);
const placed = (text: string, published?: string) => claimsOf(text, published).map((c) => [c.metric, c.value, c.jurisdiction, c.authority]);

describe('sentences of articles 2322 on', () => {
  it('credits a county sheriff\'s office by its full name, and the text\'s "sheriff\'s office" after it', () => {
    expect(placed("LAKELAND, Florida — The Polk County Sheriff's Office arrested 11 people who collected cash from elderly victims. The sheriff's office said the couriers collected $1.9 million."))
      .toEqual([['persons_arrested', 11, 'US', "Polk County Sheriff's Office"], ['illicit_volume', 1_900_000, 'US', "Polk County Sheriff's Office"]]);
    // "BSO" abbreviates the office it follows; coders still name it in full.
    expect(placed("The Broward Sheriff's Office (BSO) arrested five people in Weston, Florida. According to BSO, detectives seized $412,000 in cash."))
      .toEqual([['persons_arrested', 5, 'US', "Broward Sheriff's Office"], ['assets_seized', 412_000, 'US', "Broward Sheriff's Office"]]);
  });

  it('gives a force named by its kind alone to the city the story is datelined from, where police are local forces', () => {
    expect(placed('Mumbai | Thane | Pune | India\n\nMUMBAI: The North Region Cyber Police have arrested nine persons. Police said the gang cheated 312 persons.'))
      .toEqual([['persons_arrested', 9, 'IN', 'Mumbai Police'], ['customers_served', 312, 'IN', 'Mumbai Police']]);
    // "North Region" names no place of its own, dateline or not.
    expect(placed('The North Region Cyber Police have arrested nine persons in Mumbai.').map((c) => c[3])).not.toContain('North Region Police');
  });

  it('reads a sessions court as the court that sentenced', () => {
    expect(placed('In a separate case in Maharashtra, a sessions court in Thane on Thursday sentenced two men to seven years\' rigorous imprisonment each.'))
      .toEqual([['persons_sentenced', 2, 'IN', 'Thane court'], ['prison_term', 7, 'IN', 'Thane court']]);
  });

  it('reads no count of those already counted by who they were', () => {
    expect(read('Police arrested 19 people. Those arrested comprise 14 Thais and five Chinese nationals, including a 41-year-old woman.'))
      .toEqual([['persons_arrested', 19, 'count', 'exact']]);
    expect(read('The arrested persons, composed of eight (8) Filipinos and three (3) foreign nationals, allegedly operated the hub.')).toEqual([]);
    expect(read('Johor police chief Datuk Ab Rahaman Arsad said the detainees comprised 31 foreigners and 15 locals, aged between 19 and 44.')).toEqual([]);
    // Things found on them are still seized.
    expect(read('Items recovered from the suspects included 411 mobile phones.')).toEqual([['items_seized', 411, 'count', 'exact']]);
  });

  it('reads no rate per head of population, no damages a court awards, no law\'s range on a fact line', () => {
    expect(read('Per capita, the highest rate is in Karaganda region, with about 17 cases per 100,000 residents.')).toEqual([]);
    expect(read('The court sentenced two men and ordered them to pay P12.7 million in damages to the complainants.'))
      .toEqual([['persons_sentenced', 2, 'count', 'exact']]);
    expect(read('- 4 to 6 years: prison range for illegal betting in Türkiye')).toEqual([]);
    expect(read('- 4 to 6 years: prison terms handed to the network\'s organisers')).toEqual([['prison_term', 4, 'years', 'range']]);
  });

  it('reads people booked beside those arrested as charged, not held; nor those still to be sentenced', () => {
    expect(read('The Busan Metropolitan Police Agency said on Monday it had arrested 23 people and booked 41 others without detention.'))
      .toEqual([['persons_arrested', 23, 'count', 'exact']]);
    expect(read('In 2024, the three commissionerates had booked 416 cases and arrested 1,087 persons.'))
      .toEqual([['cases_opened', 416, 'count', 'exact'], ['persons_arrested', 1087, 'count', 'exact']]);
    expect(read('Two other defendants have pleaded guilty and are scheduled to be sentenced in April.')).toEqual([]);
  });

  it('reads a surname "Price", a "small-cap" token and a bracketed aside after a count as what they are', () => {
    expect(read('Jalen Price, 25, of Riverdale, was sentenced on February 11, 2025, to two years and three months in prison.'))
      .toEqual([['prison_term', 27, 'months', 'exact']]);
    expect(read('The court sentenced the operator of a room that manipulated the prices of two small-cap tokens to five years in prison.'))
      .toEqual([['prison_term', 5, 'years', 'exact']]);
    expect(read('Police have arrested 23 peer-to-peer (P2P) cryptocurrency traders.')).toEqual([['persons_arrested', 23, 'count', 'exact']]);
    expect(read('Police in the city smashed 96 "card-running" (paofen) gangs that moved funds for fraud groups.')).toEqual([['groups_exposed', 96, 'count', 'exact']]);
    // A price is still a price.
    expect(read('Bitcoin prices rose to $68,000 as the exchange was shut down.')).toEqual([]);
  });

  it('reads the places searched as no seizure, and a sum its noun names as no item of the list after it', () => {
    expect(read('During the searches of a total of 6 properties in Saxony, the investigators seized cash of € 86,500 and 2 vehicles.'))
      .toEqual([['assets_seized', 86_500, 'EUR', 'exact'], ['items_seized', 2, 'count', 'exact']]);
    expect(read('The Financial Police have exposed 5 financial pyramids with total damage of over 600 million soms, and 48 million soms have been returned to victims.'))
      .toEqual([['schemes_dismantled', 5, 'count', 'exact'], ['illicit_volume', 600_000_000, 'KGS', 'more_than'], ['funds_returned', 48_000_000, 'KGS', 'exact']]);
    expect(read('In 2025, police secured pre-indictment forfeiture preservation orders over criminal proceeds worth KRW 231.7 billion.'))
      .toEqual([['assets_frozen', 231_700_000_000, 'KRW', 'exact']]);
  });

  it('reads a roundup item under a flag as that country\'s, however its heading line splits', () => {
    const text = 'A quick tour of the week\'s news.\n\n🇰🇷 SOUTH KOREA | Busan: tether ring moved phishing money\n\nOfficers seized 640 million won in cash.\n\n'
      + '🇿🇦 SOUTH AFRICA | Durban: promoters arrested\n\nThe Hawks arrested four people in Durban.\n\n🇪🇸 SPAIN | Fake platforms\n\nAgents seized €310,000 in cash.';
    expect(placed(text).map((c) => [c[0], c[2]])).toEqual([['assets_seized', 'KR'], ['persons_arrested', 'ZA'], ['assets_seized', 'ES']]);
  });

  it('carries a unit named with its parent on to the sentences after it', () => {
    expect(placed("JAKARTA — The National Police's Criminal Investigation Agency (Bareskrim) has arrested eight people. Investigators seized Rp 14.6 billion in cash.").map((c) => c[3]))
      .toEqual(['Bareskrim', 'Bareskrim']);
  });

  it('dates "the first N months" without a year in the publication\'s year, and "In N months," where they just ended', () => {
    const period = (text: string, published: string) => claimsOf(text, published).map((c) => [c.value, c.period_start, c.period_end]);
    expect(period('Police said separately they had arrested 96 people in hwanchigi cases in the first five months.', '2026-06-11'))
      .toEqual([[96, '2026-01-01', '2026-05-31']]);
    expect(period('In eight months, the service terminated the activity of 23 illegal crypto exchangers.', '2024-09-12'))
      .toEqual([[23, '2024-01-01', '2024-08-31']]);
    // Months that are not the ones just ended are no part of the year: "in six months" could be any six.
    expect(period('In six months, the service terminated the activity of 23 illegal crypto exchangers.', '2024-09-12'))
      .toEqual([[23, null, '2024-09-12']]);
    expect(period('A year earlier, the AFM closed 33 exchangers in the first ten months.', '2025-11-18')).toEqual([[33, '2024-01-01', '2024-10-31']]);
  });

  it('reads a term range whose ends are "one year", "3½ years" or "six (6) years"', () => {
    expect(read('The court sentenced them to between one year and two years and six months in prison.')).toEqual([['prison_term', 12, 'months', 'range']]);
    expect(read('He was sentenced to between 10 months and 3½ years in jail.')).toEqual([['prison_term', 10, 'months', 'range']]);
    expect(claimsOf('They were sentenced to an indeterminate penalty of four (4) years to six (6) years of imprisonment.').map((c) => [c.value, c.value_high, c.unit]))
      .toEqual([[4, 6, 'years']]);
  });

  it('reads a table\'s short label up to its comma, halls as gambling venues, and each item a causative\'s object lists', () => {
    const table = 'Numbers of the week:\n\n| Country | Agency | Figure | What |\n| --- | --- | --- | --- |\n| South Korea | KNPA | 1,218 | Arrests, August–November |\n';
    expect(read(table)).toEqual([['persons_arrested', 1218, 'count', 'exact']]);
    expect(read('Results by region:\n\n| Region | Halls closed | Slot machines seized |\n| --- | --- | --- |\n| Kyiv and Kyiv region | 24 | 351 |\n'))
      .toEqual([['platforms_closed', 24, 'count', 'exact'], ['items_seized', 351, 'count', 'exact']]);
    expect(read('Police also had 96 illegal betting websites and 1,388 related social media accounts and pages taken down during the operation.'))
      .toEqual([['platforms_closed', 96, 'count', 'exact'], ['platforms_closed', 1388, 'count', 'exact']]);
  });

  it('reads a total beside the average it gives, and still no average', () => {
    expect(read('Nationally, victims reported 8,863 romance frauds in the 2023/24 financial year, with victims losing £94.7m, an average of about £10,700 each.'))
      .toEqual([['illicit_volume', 94_700_000, 'GBP', 'exact']]);
    expect(read('The average amount lost by a single victim of fake investment platforms in 2024 was EUR 2 700, according to the cyber police.')).toEqual([]);
  });

  it('reads money appropriated, evaded or that cost the state as crime\'s', () => {
    expect(read('The operators persuaded 740 citizens to deposit money on the platforms and appropriated more than 9.2 million manats.'))
      .toEqual([['customers_served', 740, 'count', 'exact'], ['illicit_volume', 9_200_000, 'AZN', 'more_than']]);
    expect(read('Officers detained five people on suspicion of evading more than €2.8 million in VAT.'))
      .toEqual([['persons_arrested', 5, 'count', 'exact'], ['illicit_volume', 2_800_000, 'EUR', 'more_than']]);
    expect(read('The court sentenced three executives for a VAT fraud on wine exports that cost the State €27 million.'))
      .toEqual([['persons_sentenced', 3, 'count', 'exact'], ['illicit_volume', 27_000_000, 'EUR', 'exact']]);
    // What a public programme cost the state is no crime's money.
    expect(read('The building bonuses have cost the State over 120 billion euro since their introduction in 2020.')).toEqual([]);
  });

  it('reads a fact line\'s label after a dash, and no losses prevented, proposed fines, remittances or warrants served', () => {
    expect(read('- 12 years – the maximum prison term for running a pyramid as a criminal group in Kazakhstan')).toEqual([]);
    expect(read('- 38 — arrests in a Garda day of action')).toEqual([['persons_arrested', 38, 'count', 'exact']]);
    expect(read('- Losses prevented: EUR 32.4 million')).toEqual([]);
    expect(read('- RM5 million: maximum fine proposed for banks that fail to stop mule accounts under Malaysia\'s draft rules')).toEqual([]);
    expect(read('Remittances from Egyptians working abroad reached $19.5 billion in FY2023/24.')).toEqual([]);
    expect(read('Around 210 federal agents served 48 search and seizure warrants in five states.')).toEqual([]);
  });

  it('dates no crime\'s figure by the day an authority acted on; the action\'s own figures keep it', () => {
    const period = (text: string) => claimsOf(text, '2025-11-20').map((c) => [c.metric, c.period_start, c.period_end]);
    expect(period('Copenhagen City Court on 14 November sentenced four men to between 2 and 4.5 years in prison for laundering DKK 36 million.'))
      .toEqual([['persons_sentenced', '2025-11-14', '2025-11-14'], ['prison_term', '2025-11-14', '2025-11-14'], ['illicit_volume', null, '2025-11-20']]);
    // A month that dates the loss itself still does.
    expect(period('Prosecutors said 3,890 users lost about ₺512 million when the exchange halted withdrawals in November 2022.'))
      .toEqual([['customers_served', '2022-11-01', '2022-11-30'], ['illicit_volume', '2022-11-01', '2022-11-30']]);
  });

  it('credits the unit a force\'s release names, and a county sheriff by its deputies', () => {
    expect(placed("(WKMT) — Waukesha County sheriff's deputies arrested two Illinois men on Friday in Wisconsin.").map((c) => c[3]))
      .toEqual(["Waukesha County Sheriff's Office"]);
    const release = sourceOf('Operatives of the PNP Anti-Cybercrime Group (ACG) arrested 34 persons in Pasig.\n\nThe websites accepted bets of PHP 1.9 billion.');
    const extract = createExtractor({ codebook: resolveCodebook(undefined) });
    expect(extract({ ...release, kind: 'official', publisher: 'Philippine National Police' }).map((c) => c.authority)).toEqual(['ACG', 'ACG']);
  });

  it('reads a translation an agency publishes as its own release, and a "Local Court" as its city\'s', () => {
    const text = 'On the basis of arrest warrants issued by the Hamburg Local Court, the officers arrested 8 suspects. The Hamburg Public Prosecutor\'s Office leads the investigation.\n\n'
      + 'During the searches, the officers seized cash of around 1,4 million euros.';
    const extract = createExtractor({ codebook: resolveCodebook(undefined) });
    const source = { ...sourceOf(text, '2025-03-13'), kind: 'translation' as const, publisher: 'Generalzolldirektion (German Customs)', language: 'en' };
    expect(extract(source).map((c) => [c.value, c.authority])).toEqual([[8, 'Zoll'], [1_400_000, 'Zoll']]);
    expect(placed('The Hamburg Local Court sentenced two men to three years in prison.').map((c) => c[3])).toEqual(['Hamburg court', 'Hamburg court']);
  });

  it('names a region\'s prosecutor\'s office after its place', () => {
    expect(placed('ASTANA. The Karaganda Region Prosecutor\'s Office said 29 criminal cases were opened in Kazakhstan.').map((c) => c[3])).toEqual(['Karaganda prosecutor']);
  });

  it('names a state\'s office by the acronym the text gives it, the table\'s with its state\'s', () => {
    expect(placed('In March 2024, officers of the State Criminal Police Office of North Rhine-Westphalia (LKA NRW) arrested 4 defendants in Germany.').map((c) => c[3]))
      .toEqual(['LKA NRW']);
  });

  it('names a city-state\'s court after it, from the text or from a court that publishes', () => {
    expect(placed('KUWAIT: The Criminal Court sentenced seven defendants to five years in prison.').map((c) => c[3])).toEqual(['Kuwait court', 'Kuwait court']);
    const extract = createExtractor({ codebook: resolveCodebook(undefined) });
    const summary = { ...sourceOf('The Court sentenced Lim to 8 years and 4 months\' imprisonment.', '2025-08-20'), kind: 'official' as const, publisher: 'Supreme Court of Singapore' };
    expect(extract(summary).map((c) => [c.jurisdiction, c.authority])).toEqual([['SG', 'Singapore court']]);
  });

  it('reads manat in Turkmenistan and rupees in Mauritius as their own currencies', () => {
    expect(claimsOf('Police in Ashgabat, Turkmenistan, detained 6 currency speculators and seized 410,000 manat.').map((c) => c.unit)).toEqual(['count', 'TMT']);
    expect(claimsOf('The Financial Crimes Commission of Mauritius seized Rs 38.5 million in Port Louis.').map((c) => c.unit)).toEqual(['MUR']);
  });

  it('reads money "taken", "received", "collected" or "picked up" from victims as crime\'s, in any form of the verb', () => {
    expect(read('Five members of a gang that used a fake trading platform to take £27.3m from more than 3,100 investors have been jailed.').filter((c) => c[0] === 'illicit_volume'))
      .toEqual([['illicit_volume', 27_300_000, 'GBP', 'exact']]);
    expect(read('The network is suspected of having taken about €9 million from more than 450 savers since 2023.').map((c) => c[0])).toEqual(['illicit_volume', 'customers_served']);
    expect(read('Prosecutors said he picked up about $126,000 from six victims in Columbus.')).toEqual([['illicit_volume', 126_000, 'USD', 'approximately'], ['customers_served', 6, 'count', 'exact']]);
  });

  it('reads what a currency buys as a rate, no figure', () => {
    expect(read('Bitcoin traded at around ¥16.5 million on Wednesday, and the dollar bought ¥152.7.')).toEqual([]);
    expect(read('In Algiers the euro was exchanged at around 258 DA on Sunday.')).toEqual([]);
    expect(read('At press time, bitcoin traded at $61,480, and Tether\'s USDT stood at $0.9997.')).toEqual([]);
    expect(read('Police seized $1.2 million in cash, the department said.')).toEqual([['assets_seized', 1_200_000, 'USD', 'exact']]);
  });

  it('reads no cases opened in investigation orders executed or cases concluded', () => {
    expect(read('Eurojust coordinated the execution of 11 European Investigation Orders and freezing orders.')).toEqual([]);
    expect(read('In 2025, AFSA concluded 9 enforcement cases and imposed financial penalties totalling US$612,000.'))
      .toEqual([['fines_imposed', 612_000, 'USD', 'exact']]);
    expect(read('In 2024, police opened 214 criminal cases.')).toEqual([['cases_opened', 214, 'count', 'exact']]);
  });

  it('reads no count of a licensed market\'s operators or investors, nor the users a firm serves now', () => {
    expect(read('Japan has 28 registered crypto exchange operators.')).toEqual([]);
    expect(read('Indonesia had about 22 million registered crypto investors as of October.')).toEqual([]);
    expect(read('MB Way, the mobile payment service run by SIBS, has more than 6 million users in Portugal.')).toEqual([]);
    // An illegal exchange's registered users are its customers.
    expect(read('The exchange, which had more than 14,000 registered users, charged a 4% commission on cash deals.'))
      .toEqual([['customers_served', 14_000, 'count', 'more_than']]);
  });

  it('reads no arrests in warrants for more suspects or in those detained found to be victims, and no sum in a street value', () => {
    expect(read('The Criminal Court has issued arrest warrants for another 31 suspects.')).toEqual([]);
    expect(read('Police estimated the street value of the drugs seized on Tuesday at $1.6m.')).toEqual([]);
    expect(read('Police detained 3,286 people. Among the detained persons, 1,562 were identified as victims of human trafficking.'))
      .toEqual([['persons_arrested', 3286, 'count', 'exact']]);
  });
});
