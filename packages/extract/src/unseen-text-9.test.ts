import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

const NAPP_TABLE = 'The NAPP results:\n\n| Quarter 2025 | Resources blocked | Fines imposed, UZS million |\n|---|---|---|\n| I | 812 | 2,940 |\n| II | 1,034 | 3,610 |\n';

// Sentences of the kinds the dev corpus and the articles written in 2026-11-24's tenth session (articles 2022 on)
// showed misread, each rule as its own case.
const read = (text: string) => claimsOf(text).map((c) => [c.metric, c.value, c.unit, c.qualifier]);
const placed = (text: string, published?: string) => claimsOf(text, published).map((c) => [c.metric, c.value, c.jurisdiction, c.authority]);

describe('sentences of articles 2022 on', () => {
  it('names each Latin American prosecutor and police by its Spanish name and its country', () => {
    expect(placed("QUITO — Ecuador's Attorney General's Office (Fiscalía) said police had arrested 16 people. The Fiscalía said a judge froze 128 bank accounts holding US$ 4.1 million."))
      .toEqual([['persons_arrested', 16, 'EC', 'Fiscalía-EC'], ['assets_frozen', 4_100_000, 'EC', 'Fiscalía-EC']]);
    expect(placed('CARACAS – Venezuelan security forces have seized 11,370 mining machines, the Interior Ministry said.'))
      .toEqual([['items_seized', 11_370, 'VE', 'Interior Ministry-VE']]);
    // Colombia's keeps its own name, whoever else names a "Fiscalía".
    expect(placed("BOGOTÁ — Colombia's Attorney General's Office (Fiscalía) said seven people were captured."))
      .toEqual([['persons_arrested', 7, 'CO', 'Fiscalía-CO']]);
  });

  it('reads what a fake app took from its users as crime\'s money, and what a betting app took as its turnover', () => {
    expect(read('Police arrested 7 people who ran a fake crypto mining app that took nearly LE28 million from about 3,500 users.'))
      .toEqual([['persons_arrested', 7, 'count', 'exact'], ['illicit_volume', 28_000_000, 'EGP', 'less_than'], ['customers_served', 3500, 'count', 'approximately']]);
    expect(read('The app took around $380,000 from about 1,200 users before it stopped paying out withdrawals.'))
      .toEqual([['illicit_volume', 380_000, 'USD', 'approximately'], ['customers_served', 1200, 'count', 'approximately']]);
    // In a text about betting, the users of "the app" paid it bets.
    expect(read('The ED attached assets of an illegal betting app. According to the ED, the app collected over Rs 2,300 crore from about 6 lakh users since 2021.'))
      .toEqual([['platform_turnover', 23_000_000_000, 'INR', 'more_than'], ['customers_served', 600_000, 'count', 'approximately']]);
  });

  it('reads a sum that "was converted" or "was sent abroad" as crime\'s money on the move, not a platform\'s business', () => {
    expect(read('Around ₹61 crore (roughly $6.9 million) was converted into USDT and sent to wallets controlled by handlers in Cambodia, the ED said.'))
      .toEqual([['illicit_volume', 610_000_000, 'INR', 'approximately'], ['illicit_volume', 6_900_000, 'USD', 'approximately']]);
    expect(read('CID investigations revealed that Rs.1.35 billion of the deposits had been transferred abroad in USDT.'))
      .toEqual([['illicit_volume', 1_350_000_000, 'LKR', 'exact']]);
    // What an exchanger did for its clients is still its turnover.
    expect(read('The unlicensed exchanger converted ₸4.2 billion into USDT for its clients.')).toEqual([['platform_turnover', 4_200_000_000, 'KZT', 'exact']]);
  });

  it('counts the things a partitive names, past "access to", "all" and a possessive', () => {
    expect(read("At AFSA's request, the ministry has restricted access to 27 of their websites.")).toEqual([['platforms_blocked', 27, 'count', 'exact']]);
    expect(read("Access to all 27 of the network's betting sites has been blocked.")).toEqual([['platforms_blocked', 27, 'count', 'exact']]);
  });

  it('counts the schemes a central bank declared prohibited', () => {
    expect(read('The Central Bank of Sri Lanka has now declared 29 schemes prohibited since 2021.')).toEqual([['schemes_dismantled', 29, 'count', 'exact']]);
  });

  it('reads a fact line that opens on its figure after its label: what it counts, and whether it is a rule or an estimate', () => {
    expect(read('- 58: arrests in the Ikeja raid')).toEqual([['persons_arrested', 58, 'count', 'exact']]);
    expect(read('- 1,430: illegal gaming machines seized in the same operation')).toEqual([['items_seized', 1430, 'count', 'exact']]);
    expect(read("- Rs 1 crore: maximum fine for offering online money games under India's 2025 gaming law")).toEqual([]);
    expect(read('- €1,000: the amount above which crypto firms must verify the identity of a customer')).toEqual([]);
    expect(read("- $2.17bn: stolen from crypto services in the first half of 2025, per a blockchain analytics firm's report")).toEqual([]);
    // A date that opens a line is no figure: "Feb. 4: ..." is a diary's entry.
    expect(placed('Feb. 4: Two brothers were each fined $500.', '2026-02-12').map((c) => c[0])).toEqual(['fines_imposed']);
  });

  it("names a local police force the table lacks after its place, where a country's police are local forces", () => {
    expect(placed('Osaka prefectural police arrested 14 people. Police seized ¥52 million.'))
      .toEqual([['persons_arrested', 14, 'JP', 'Osaka Police'], ['assets_seized', 52_000_000, 'JP', 'Osaka Police']]);
    expect(placed('The Hangzhou Municipal Public Security Bureau said it had arrested 37 suspects.')).toEqual([['persons_arrested', 37, 'CN', 'Hangzhou Police']]);
    expect(placed('Devon & Cornwall Police said officers arrested 9 people in England.')).toEqual([['persons_arrested', 9, 'GB', 'Devon and Cornwall Police']]);
    // Where the country's police is one force, its cities' police are that force; a force the table has keeps its id.
    expect(placed('Almaty police arrested 12 people.')).toEqual([['persons_arrested', 12, 'KZ', 'MIA']]);
    expect(placed('The Argentine Federal Police arrested 8 people.')).toEqual([['persons_arrested', 8, 'AR', 'PFA']]);
  });

  it('dates a figure by its own period, not by the one a later figure set against it names', () => {
    const periods = claimsOf('In the first half of 2026, customs uncovered illegal foreign exchange transactions worth KRW 2.14 trillion, up 18.6% from KRW 1.80 trillion in the same period of last year.', '2026-07-23')
      .map((c) => [c.value, c.period_start, c.period_end]);
    expect(periods).toEqual([[2_140_000_000_000, '2026-01-01', '2026-06-30'], [1_800_000_000_000, '2025-01-01', '2025-06-30']]);
  });

  it('dates the rows of a table whose first column is the quarters of a year', () => {
    expect(claimsOf(NAPP_TABLE, '2026-01-27').map((c) => [c.metric, c.value, c.period_start, c.period_end])).toEqual([
      ['platforms_blocked', 812, '2025-01-01', '2025-03-31'], ['fines_imposed', 2_940_000_000, '2025-01-01', '2025-03-31'],
      ['platforms_blocked', 1034, '2025-04-01', '2025-06-30'], ['fines_imposed', 3_610_000_000, '2025-04-01', '2025-06-30'],
    ]);
  });

  it('reads what a desk "turned over" as its turnover, and a part "of which" something "worth" a sum', () => {
    expect(read('The desk had turned over more than $48 million since January 2025, the agency said.')).toEqual([['platform_turnover', 48_000_000, 'USD', 'more_than']]);
    expect(read('The FIOD seized assets worth € 312,4 million in 2025, of which cryptocurrency worth € 41,7 million (2024: € 23,9 million).'))
      .toEqual([['assets_seized', 312_400_000, 'EUR', 'exact'], ['assets_seized', 41_700_000, 'EUR', 'exact'], ['assets_seized', 23_900_000, 'EUR', 'exact']]);
  });

  it('reads a sum set against another without its currency in that currency', () => {
    expect(read('The GdF seized assets worth 96.4 mln euros in 2025, up from 71.8 mln in 2024.'))
      .toEqual([['assets_seized', 96_400_000, 'EUR', 'exact'], ['assets_seized', 71_800_000, 'EUR', 'exact']]);
  });

  it('reads a Nigerian post-no-debit order as a freeze', () => {
    expect(read('The NFIU said banks had placed post-no-debit restrictions on N2.3bn linked to the promoters.')).toEqual([['assets_frozen', 2_300_000_000, 'NGN', 'exact']]);
  });

  it('takes no disgorgement, reparation or people paid back as a fine or a count', () => {
    expect(read('The firm agreed to pay a $180,000 civil penalty and disgorgement of $410,000.')).toEqual([['fines_imposed', 180_000, 'USD', 'exact']]);
    expect(read('He was also ordered to pay $38,000 in reparation.')).toEqual([]);
    expect(read('The company has since refunded $96,400 to 38 customers, the department said.')).toEqual([['funds_returned', 96_400, 'USD', 'exact']]);
    expect(read('Those arrested include the two suspected masterminds, eight core members and 16 account holders.')).toEqual([]);
  });

  it('takes the figure of a numbered or run-in head once, where its paragraph tells it', () => {
    expect(read('1. India: ED attaches Rs 128.4 crore in betting app case\n\nThe ED said it had provisionally attached assets worth Rs 128.4 crore.'))
      .toEqual([['assets_frozen', 1_284_000_000, 'INR', 'exact']]);
    expect(read('SPK blocks 38 more sites. The Capital Markets Board said it had blocked access to 38 more unlicensed websites.'))
      .toEqual([['platforms_blocked', 38, 'count', 'exact']]);
  });

  it('counts the members a scheme enrolled as its customers', () => {
    expect(read('QuantBit Global started operating in January 2024 and enrolled about 95,000 members.')).toEqual([['customers_served', 95_000, 'count', 'approximately']]);
  });

  it('counts what "accounted for" a share: the subject when it is a thing, else the things after "of"', () => {
    expect(read('Almaty accounted for 52 of the exchangers closed in the nine months.')).toEqual([['platforms_closed', 52, 'count', 'exact']]);
    expect(read('Financial pyramids accounted for 2,900 of the cases uncovered in 2023, the Bank of Russia said.')).toEqual([['schemes_dismantled', 2900, 'count', 'exact']]);
  });

  it('reads "1 thousand 240" as one number', () => {
    expect(read('In April alone, the BTRC blocked 1 thousand 240 betting websites.')).toEqual([['platforms_blocked', 1240, 'count', 'exact']]);
  });

  it('reads what a desk converted of money stolen, or an underground bank remitted, as crime\'s money', () => {
    expect(read('The desk converted about 86 billion won stolen from more than 1,900 victims into USDT, police said.'))
      .toEqual([['illicit_volume', 86_000_000_000, 'KRW', 'approximately'], ['customers_served', 1900, 'count', 'more_than']]);
    expect(read('Osaka police arrested six people suspected of running an underground bank that remitted about ¥3.2 billion to China.'))
      .toEqual([['persons_arrested', 6, 'count', 'exact'], ['illicit_volume', 3_200_000_000, 'JPY', 'approximately']]);
  });

  it('takes no part of those counted that says who they were', () => {
    expect(read('About 1,700 of those detained were foreigners awaiting deportation, mostly Chinese.')).toEqual([]);
    expect(read('Courts convicted 1,276 people, and 94 of them were sent to prison.')).toEqual([['persons_sentenced', 1276, 'count', 'exact'], ['persons_sentenced', 94, 'count', 'exact']]);
    expect(read('Five of them were previously sentenced to prison terms of between 14 and 41 months.'))
      .toEqual([['persons_sentenced', 5, 'count', 'exact'], ['prison_term', 14, 'months', 'range']]);
  });

  it('reads "between 2022 and last year" as the years from the first to the one before publication', () => {
    expect(claimsOf('The ring took NT$1.37 billion from 1,862 victims between 2022 and last year, the ruling said.', '2024-10-09').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[1_370_000_000, '2022-01-01', '2023-12-31'], [1862, '2022-01-01', '2023-12-31']]);
  });

  it('reads "police in <city>" as that city\'s force where police are local, and the text\'s later "police" as it', () => {
    expect(placed('Police in Hangzhou arrested 23 people over an underground bank. Police have also frozen 41 million yuan.'))
      .toEqual([['persons_arrested', 23, 'CN', 'Hangzhou Police'], ['assets_frozen', 41_000_000, 'CN', 'Hangzhou Police']]);
    // A country's police named by the country is its table's police.
    expect(placed('Police in Kazakhstan arrested 14 people.')).toEqual([['persons_arrested', 14, 'KZ', 'MIA']]);
  });

  it('reads Indonesian magnitudes, illegal online lenders as platforms, and a "Budget Committee" as no budget', () => {
    expect(read('PPATK froze Rp42 miliar in accounts of the network.')).toEqual([['assets_frozen', 42_000_000_000, 'IDR', 'exact']]);
    expect(read('Satgas PASTI blocked 3,517 illegal financial entities, consisting of 3,208 illegal online lenders and 309 illegal investment entities.'))
      .toEqual([['platforms_blocked', 3517, 'count', 'exact'], ['platforms_blocked', 3208, 'count', 'exact'], ['platforms_blocked', 309, 'count', 'exact']]);
    expect(read("The BTK blocked 38,640 illegal betting websites, the minister told parliament's Plan and Budget Committee.")).toEqual([['platforms_blocked', 38_640, 'count', 'exact']]);
  });

  it("reads '$' in a Jamaican story as the Jamaican dollar", () => {
    expect(read('MONTEGO BAY, Jamaica — Police seized more than $14 million in cash, including US$41,200.'))
      .toEqual([['assets_seized', 14_000_000, 'JMD', 'more_than'], ['assets_seized', 41_200, 'USD', 'exact']]);
  });

  it('names a court by its city past a chamber number, "sitting in" and a division', () => {
    const courts = (text: string) => claimsOf(text).map((c) => c.authority);
    expect(courts("On September 19, the Federal High Court sitting in Ikoyi, Lagos, convicted three traders and sentenced them to three years' imprisonment each."))
      .toEqual(['Lagos court', 'Lagos court']);
    expect(courts('The Anti-Corruption Division of the High Court in Kampala sentenced a former officer to six years in prison.')).toEqual(['Kampala court']);
    expect(courts('In March, the 23rd Federal Court of Curitiba sentenced four operators to between 5 and 11 years in prison.')).toEqual(['Curitiba court', 'Curitiba court']);
  });

  it("gives what agencies did jointly to the text's own agency", () => {
    expect(placed('The Justice Department said Liang was charged. FBI and IRS Criminal Investigation agents seized $386,000 in cash.'))
      .toEqual([['assets_seized', 386_000, 'US', 'DOJ']]);
  });

  it("takes no city's 'Metropolitan Police' for London's", () => {
    expect(placed('Officers of the Cúcuta Metropolitan Police seized COP 1.940 millones in cash in Colombia.', '2024-10-30').map((c) => c[2])).toEqual(['CO']);
    expect(placed('The Metropolitan Police seized £3.7m from a drug gang.')).toEqual([['assets_seized', 3_700_000, 'GB', 'Met']]);
  });
});
