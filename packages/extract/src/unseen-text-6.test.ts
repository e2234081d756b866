import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the dev corpus and the articles written in 2026-11-23's seventh session (articles 1062 on)
// showed misread, each rule as its own case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value]);

describe('sentences of articles 1062 on', () => {
  it('reads money "blocked", "placed on post-no-debit", "put on hold" or under "sequestration" as frozen, and sites blocked as blocked', () => {
    expect(metrics('At the request of prosecutors, banks blocked PLN 5.7 million in 140 accounts.')).toEqual([['assets_frozen', 5_700_000]]);
    expect(metrics('In addition, 97 bank accounts with a balance of 3,2 million euros were blocked.').map(([m]) => m)).toEqual(['assets_frozen']);
    expect(metrics('About N38.7m found in 46 accounts traced to the syndicate has been placed on post-no-debit, he said.')).toEqual([['assets_frozen', 38_700_000]]);
    expect(metrics('Over the same period, Rs 214 crore was put on hold in bank accounts.')).toEqual([['assets_frozen', 2_140_000_000]]);
    expect(metrics('NAV ordered the sequestration of property worth HUF 410 million.')).toEqual([['assets_frozen', 410_000_000]]);
    expect(metrics('The regulator blocked 610 websites.')).toEqual([['platforms_blocked', 610]]);
  });

  it('reads no blocking into "blockchain"', () => {
    expect(metrics('Switzerland counts more than 1,290 blockchain companies, according to an industry report.')).toEqual([]);
  });

  it('counts companies and brokerages closed or liquidated as platforms, and warnings as nothing', () => {
    expect(metrics('In 2025, FINMA ordered the liquidation of nine companies that had carried out financial activities without a licence.')).toEqual([['platforms_closed', 9]]);
    expect(metrics('The police also shut down six unlicensed crypto brokerages used by the group.')).toEqual([['platforms_closed', 6]]);
    expect(metrics('The FCA had 1,138 scam websites taken down and published 1,096 consumer warnings about unauthorised firms.')).toEqual([['platforms_closed', 1138]]);
  });

  it('reads cash officers found as seized, undeclared cash as illicit, and no finding of a court or an audit', () => {
    expect(metrics('On Feb. 18, customs officers at Istanbul Airport found $1.6 million in cash in the luggage of two passengers.')).toEqual([['assets_seized', 1_600_000]]);
    // Undeclared cash customs detect is crime's money, as coders read it, unless it is seized.
    expect(metrics('Officers there alone found 18.9 million euros in undeclared cash in 2025.')).toEqual([['illicit_volume', 18_900_000]]);
    expect(metrics('Officers at airports seized undeclared foreign currency worth $14.6 million in 2024.')).toEqual([['assets_seized', 14_600_000]]);
    expect(metrics('The court found that at least 6.2 billion tenge of the turnover was linked to drug sales.').map(([m]) => m)).not.toContain('assets_seized');
  });

  it('reads currencies written with their country\'s adjective', () => {
    expect(claimsOf('Police seized US$38,500 and 1.1 million Chinese yuan.').map((c) => [c.value, c.unit])).toEqual([[38_500, 'USD'], [1_100_000, 'CNY']]);
    expect(claimsOf('Officers seized 2.5 million Kazakh tenge in cash.').map((c) => c.unit)).toEqual(['KZT']);
  });

  it('reads a currency note with no magnitude in a table header', () => {
    const text = 'The seizures were as follows:\n\n| Location | Persons arrested | Cash retrieved (GH¢ equivalent) |\n| --- | --- | --- |\n| Accra | 71 | 5,162,300 |\n';
    expect(claimsOf(text).map((c) => [c.metric, c.value, c.unit])).toEqual([['persons_arrested', 71, 'count'], ['assets_seized', 5_162_300, 'GHS']]);
  });

  it('reads Uganda\'s lower-case "sh" and Malawi\'s kwacha', () => {
    expect(claimsOf('During the searches, Ugandan detectives recovered sh412m in cash.').map((c) => [c.value, c.unit])).toEqual([[412_000_000, 'UGX']]);
    expect(claimsOf('Malawi Police recovered K37.6 million in cash.').map((c) => c.unit)).toEqual(['MWK']);
  });

  it('reads a bracketed number with a period of its own as the count before, over that period', () => {
    const claims = claimsOf('612 persons were convicted in cases brought by the authority in 2025 (571 in 2024).', '2026-02-01');
    expect(claims.map((c) => [c.metric, c.value, c.period_start])).toEqual([['persons_sentenced', 612, '2025-01-01'], ['persons_sentenced', 571, '2024-01-01']]);
  });

  it('reads no sentence into a term the law bounds "at most", and no arrest into pre-trial detention of those held', () => {
    expect(metrics('- Money laundering as a business: imprisonment of at most two years, or at most six years if the offence is gross.')).toEqual([]);
    expect(metrics('The court ordered the pre-trial detention of the two main suspects.')).toEqual([]);
    expect(metrics('The court placed nine of the suspects in pre-trial detention for two months.')).toEqual([]);
  });

  it('reads what the money was, before the sum, and the people it came from', () => {
    expect(metrics('Between 2020 and 2023 the operation took bets worth more than £3.6 million from around 700 customers.')).toEqual([['platform_turnover', 3_600_000], ['customers_served', 700]]);
    expect(metrics('The company accepted around CHF 36 million from approximately 2,400 investors.')).toEqual([['illicit_volume', 36_000_000], ['customers_served', 2_400]]);
    expect(metrics('NAV investigators seized 214 gaming machines.')).toEqual([['items_seized', 214]]);
  });

  it('reads assets returned to the state as confiscated, and money returned to victims as returned', () => {
    expect(metrics('So far this year, cash and property worth KZT 342 billion have been returned to the state.')).toEqual([['assets_seized', 342_000_000_000]]);
    expect(metrics('So far this year, KZT 12 billion has been returned to the victims of pyramids.')).toEqual([['funds_returned', 12_000_000_000]]);
  });

  it('reads the other period\'s number in brackets after a dash, and a part told between dashes as no count', () => {
    const claims = claimsOf('In the first quarter of 2025, the Agency identified 29 financial pyramids (Q1 2024 – 22).', '2025-04-22');
    expect(claims.map((c) => [c.metric, c.value, c.period_start])).toEqual([['schemes_dismantled', 29, '2025-01-01'], ['schemes_dismantled', 22, '2024-01-01']]);
    expect(metrics('Three people – the organiser and two couriers – were detained.')).toEqual([['persons_arrested', 3]]);
  });

  it('reads weeks as days, and no term in default of a fine, no costs or surcharge as a fine', () => {
    expect(claimsOf('He was jailed for 12 weeks.').map((c) => [c.value, c.unit])).toEqual([[84, 'days']]);
    expect(metrics('Ong was also fined S$60,000, or 12 weeks\' jail in default.')).toEqual([['fines_imposed', 60_000]]);
    expect(metrics('He was fined £4,500 and ordered to pay £2,100 in costs and a £960 victim surcharge.')).toEqual([['fines_imposed', 4_500]]);
  });

  it('reaches a passive verb past "each" or "also"', () => {
    expect(metrics('Two Toronto men who posed as bank couriers have each been sentenced to 90 days in jail.')).toEqual([['persons_sentenced', 2], ['prison_term', 90]]);
    expect(metrics('A hardware wallet holding 41.7 BTC, worth about R68-million at current prices, was also seized from a safe.')).toEqual([['assets_seized', 41.7], ['assets_seized', 68_000_000]]);
  });

  it('reads a "Captures" column as arrests, domains taken control of as closed, and generators as items', () => {
    const text = 'Results of the operation by country:\n\n| Country | Captures | Searches |\n| --- | --- | --- |\n| Colombia | 58 | 84 |\n';
    expect(claimsOf(text).map((c) => [c.metric, c.value])).toEqual([['persons_arrested', 58]]);
    expect(metrics('On 24 September, law enforcement took control of 63 domains, including the group\'s data leak site.')).toEqual([['platforms_closed', 63]]);
    expect(metrics('In Angola, police seized 412 computers and 38 generators used for illegal cryptocurrency mining.')).toEqual([['items_seized', 412], ['items_seized', 38]]);
  });

  it('reads proceeds of crime attached as frozen, property arrest "imposed" as frozen, and a slashed table header', () => {
    expect(metrics('ED has provisionally attached proceeds of crime worth Rs 12 crore.')).toEqual([['assets_frozen', 120_000_000]]);
    expect(metrics('In 2025, arrest was imposed on property worth 9,8 billion tenge in these criminal cases.')).toEqual([['assets_frozen', 9_800_000_000]]);
    const text = 'Blocking by year:\n\n| Financial Year | Websites/URLs blocked |\n| --- | --- |\n| 2024-25 | 183 |\n';
    expect(claimsOf(text).map((c) => [c.metric, c.value])).toEqual([['platforms_blocked', 183]]);
  });

  it('reads bribes and criminal benefit as illicit money, and no trigger in the name of a law', () => {
    expect(metrics('Okoro received bribes of at least £1.2 million from three contractors between 2014 and 2019.')).toEqual([['illicit_volume', 1_200_000]]);
    expect(metrics('The Taskforce has also restrained the apartment, valued at about $2.3 million, under the Proceeds of Crime Act.')).toEqual([['assets_frozen', 2_300_000]]);
    expect(metrics('Prosecutors said Pritchard made at least £1.93m from selling cocaine across Cardiff.')).toEqual([['illicit_volume', 1_930_000]]);
    expect(metrics('The utility earned about $55 million from selling electricity to bitcoin miners.')).toEqual([]);
  });

  it('reads "prohibited gambling" as a crime\'s name, not a rule, and both bounds a law sets as no sentence', () => {
    expect(metrics('Investigators initiated 38 criminal proceedings for organising prohibited gambling and seized 214 gaming machines.')).toEqual([['cases_opened', 38], ['items_seized', 214]]);
    expect(metrics('- Aggravated money laundering offence: imprisonment of at least six months and at most six years.')).toEqual([]);
  });

  it('reads no platform turnover into a country\'s remittances', () => {
    expect(metrics('Moroccans living abroad sent home a record MAD 119 billion in remittances in 2025.')).toEqual([]);
  });

  it('sets a comparison against the last figure of its kind, past a sum, and reads "(in 2023 – 17 ...)" as no fiscal year', () => {
    const up = claimsOf('The AFM said it closed 44 illegal crypto exchangers in 2024 with a combined turnover of 84.6 billion tenge, up from 17 in 2023.', '2025-02-01');
    expect(up.map((c) => [c.metric, c.value, c.period_start])).toEqual([
      ['platforms_closed', 44, '2024-01-01'], ['platform_turnover', 84_600_000_000, '2024-01-01'], ['platforms_closed', 17, '2023-01-01'],
    ]);
    const bracket = claimsOf('In 2024, the activity of 44 illegal crypto exchangers was terminated, with a total turnover of 84.6 billion tenge (in 2023 – 17 exchangers, 15.3 billion tenge).', '2025-02-01');
    expect(bracket.map((c) => [c.metric, c.value, c.period_start])).toEqual([
      ['platforms_closed', 44, '2024-01-01'], ['platform_turnover', 84_600_000_000, '2024-01-01'],
      ['platforms_closed', 17, '2023-01-01'], ['platform_turnover', 15_300_000_000, '2023-01-01'],
    ]);
  });

  it('ends a counted noun phrase at a participle before "and"', () => {
    expect(metrics('Over the year, the agency also had some 3,900 websites blocked and exposed nine groups that served as cash desks.')).toEqual([['platforms_blocked', 3_900], ['groups_exposed', 9]]);
  });

  it('reads a paragraph wrapped across lines as one, and keeps fact-sheet lines apart', () => {
    const wrapped = 'In 2024-25 the Taskforce restrained assets with a net value of $312.4\nmillion, up from $241.0 million in 2023-24, the Australian Federal Police said.';
    expect(claimsOf(wrapped, '2025-10-28').map((c) => [c.metric, c.value])).toEqual([['assets_frozen', 312_400_000], ['assets_frozen', 241_000_000]]);
    const sheet = 'Share sentenced to more than 5 years\' imprisonment in 2025: 18.6%\nDefendants convicted of money laundering in 2025: 512';
    expect(claimsOf(sheet, '2026-01-20').map((c) => [c.metric, c.value])).toEqual([['persons_sentenced', 512]]);
    expect(claimsOf('The Taskforce restrained assets with a net value of $312.4 million¹ in 2024.').map((c) => c.value)).toEqual([312_400_000]);
  });

  it('reads Portuguese and Spanish magnitudes and words in translations', () => {
    expect(claimsOf('In the searches, the police seized R$ 850 mil in cash.').map((c) => c.value)).toEqual([850_000]);
    expect(claimsOf('The MACC seized RM38.6mil in cash.').map((c) => c.value)).toEqual([38_600_000]);
    expect(metrics('The company captured R$ 1,2 bilhão from more than 30 mil investors between 2021 and 2024.')).toEqual([['illicit_volume', 1_200_000_000], ['customers_served', 30_000]]);
    expect(metrics('The 2nd Criminal Court condemned three people to penalties from 7 years and 4 months to 12 years and 9 months of reclusion.'))
      .toEqual([['persons_sentenced', 3], ['prison_term', 88]]);
    expect(metrics('The Justice determined the apprehension of 22 vehicles and 9 properties.')).toEqual([['items_seized', 22], ['items_seized', 9]]);
  });

  it('reads the abbreviations of channel posts and translations from Russian', () => {
    expect(claimsOf('🔹 damage caused by pyramids — ₸48,6 mlrd').map((c) => [c.value, c.unit])).toEqual([[48_600_000_000, 'KZT']]);
    expect(claimsOf('Officers seized 96 thous. US dollars and 27,4 thous. USDT.').map((c) => [c.value, c.unit])).toEqual([[96_000, 'USD'], [27_400, 'USDT']]);
    expect(claimsOf("The exchanger's turnover was 86,4 mlrd so'm.").map((c) => [c.value, c.unit])).toEqual([[86_400_000_000, 'UZS']]);
  });

  it('counts no people let go, and reads no metric into the data a trigger names', () => {
    expect(metrics('Of the 16 defendants in the case, 11 were convicted and five were acquitted.')).toEqual([['persons_sentenced', 11]]);
    expect(metrics('The BKA seized 31 servers together with user and transaction data.')).toEqual([['items_seized', 31]]);
  });

  it('counts no breakdown of people by nationality or sex, no deportations, and demonyms in -ese as people', () => {
    expect(metrics('Among the foreigners, 514 were Chinese, 187 Vietnamese, 96 Myanmar nationals and 47 Indonesians.')).toEqual([]);
    expect(metrics('Of the total, 214 were women and 38 were under 20 years old, the commission said.')).toEqual([]);
    expect(metrics('Of the detained foreigners, 784 persons have already been deported through the Boten checkpoint.')).toEqual([]);
    expect(metrics('The detained persons included 902 foreigners of 11 nationalities and 222 Lao citizens.')).toEqual([]);
    expect(metrics('On 18 October 2025, police arrested 64 suspects who had been repatriated from Cambodia.')).toEqual([['persons_arrested', 64]]);
    expect(metrics('Police arrested 187 Vietnamese in the raid.')).toEqual([['persons_arrested', 187]]);
  });

  it('reads no platform turnover into a country\'s mobile-money market', () => {
    expect(metrics('Mobile money transactions in the country exceeded TZS 190 trillion in 2024/25.')).toEqual([]);
  });

  it('counts no custody ordered for people already held, nor who a bracket says they were', () => {
    expect(metrics('On Tuesday, the Chisinau Court placed seven of the suspects under preventive arrest for 30 days.')).toEqual([]);
    expect(metrics('Seventeen of the accused were placed in pretrial detention, considering them a danger.')).toEqual([]);
    expect(metrics('✅ 68 individuals arrested (41 Filipinos, 27 foreign nationals)')).toEqual([['persons_arrested', 68]]);
    expect(metrics('Police arrested 12 people, and the court placed nine in pre-trial detention.')).toEqual([['persons_arrested', 12]]);
  });

  it('reads the people sentenced past a partitive\'s number, a long relative clause, and money changers', () => {
    expect(metrics('On 21 May, the court convicted 14 of the 19 defendants and acquitted five.')).toEqual([['persons_sentenced', 14]]);
    expect(metrics('Three men who laundered the proceeds of romance fraud through cryptocurrency exchanges and unregistered bitcoin machines have been jailed.')).toEqual([['persons_sentenced', 3]]);
    expect(metrics('The Ashgabat city court sentenced 4 black-market money changers, who also sold USDT, to 2 to 4 years in prison.')).toEqual([['persons_sentenced', 4], ['prison_term', 2]]);
  });

  it('reads a table\'s bare cells by its caption where neither row nor column names what they count', () => {
    const text = 'Convicted persons by article (Supreme Court data)\n\n| Article of the Criminal Code | 2023 | 2024 |\n| --- | --- | --- |\n| Art. 214 – illegal entrepreneurship | 92 | 161 |\n';
    expect(claimsOf(text, '2025-02-12').map((c) => [c.metric, c.value, c.period_start])).toEqual([['persons_sentenced', 92, '2023-01-01'], ['persons_sentenced', 161, '2024-01-01']]);
    const named = 'Cases prosecuted, by charge\n\n| Charge | Persons prosecuted |\n| --- | --- |\n| Illegally absorbing public deposits | 9,812 |\n';
    expect(claimsOf(named, '2025-10-12')).toEqual([]);
  });

  it('reads no prison term into restricted freedom, and keeps a fine\'s tenge amount in brackets its own', () => {
    expect(metrics('Another 11 "droppers" who opened accounts were sentenced to restriction of freedom for terms of 2 to 3 years.')).toEqual([['persons_sentenced', 11]]);
    expect(metrics('He was sentenced in circuit court to 9 months in jail and five years of probation.')).toEqual([['prison_term', 9]]);
    expect(metrics('The organiser was also fined 1 500 MCI (5 898 000 tenge), and 4,2 million tenge were confiscated.')).toEqual([['fines_imposed', 5_898_000], ['assets_seized', 4_200_000]]);
  });

  it('reads the Maldivian rufiyaa and the Bhutanese ngultrum', () => {
    expect(claimsOf('Maldives Police seized MVR 2.3 million in cash.').map((c) => c.unit)).toEqual(['MVR']);
    expect(claimsOf('In Bhutan, the RMA froze Nu 8.7 million in accounts.').map((c) => c.unit)).toEqual(['BTN']);
  });

  it('reads stakes a casino took in as turnover, and no crime into a licensed market\'s takings', () => {
    expect(metrics('According to the prosecutors, the casinos took in stakes of more than €7 million.')).toEqual([['platform_turnover', 7_000_000]]);
    expect(metrics("Italy's legal gaming sector took in €157 billion in 2024.")).toEqual([]);
  });

  it('reads domains seized as taken down, and seized ATMs and premises searched as before', () => {
    expect(metrics('The U.S. Secret Service seized 11 web domains used by Tolvex and its affiliated instant-swap services.')).toEqual([['platforms_closed', 11]]);
    expect(metrics('Police seized 12 crypto ATMs.')).toEqual([['items_seized', 12]]);
    expect(metrics('ED said it had searched 9 premises on May 28 and seized cash of Rs 46 lakh.').map(([m]) => m)).not.toContain('platforms_closed');
  });

  it('reads player and member accounts as customers outside a licensed market, a bare count after "after blocking", and "Of whom arrested"', () => {
    expect(metrics('The sites had more than 95,000 registered player accounts.')).toEqual([['customers_served', 95_000]]);
    expect(metrics('The legal online market generated gross gaming revenue of €2,5 billion in 2024, for 5,4 million active player accounts.')).toEqual([]);
    expect(metrics('The CMB said it had blocked access to 58 more unlicensed crypto websites, after blocking 312 in the first quarter.').map(([, v]) => v)).toEqual([58, 312]);
    expect(metrics('The prosecutor said the network laundered about 2.9 billion liras, and that 37 of its members had been detained.')).toEqual([['illicit_volume', 2_900_000_000], ['persons_arrested', 37]]);
    const table = 'Results:\n\n| Indicator | 2026 |\n| --- | --- |\n| Suspects detained | 5,318 |\n| Of whom arrested | 2,274 |\n';
    expect(claimsOf(table, '2026-11-06').map((c) => [c.metric, c.value])).toEqual([['persons_arrested', 5_318], ['persons_arrested', 2_274]]);
    expect(metrics('An investigating judge ordered that three of the suspects remain in custody for 14 days.')).toEqual([]);
  });

  it('keeps a headline set right above its story a line of its own', () => {
    const text = 'Philippines blocks twenty illegal crypto platforms in a week-long sweep\nVictims have so far received about PHP 634.2 billion in compensation, and more than PHP 819 billion has been returned to investors.';
    expect(claimsOf(text).map((c) => [c.metric, c.value])).toEqual([['platforms_blocked', 20], ['funds_returned', 634_200_000_000], ['funds_returned', 819_000_000_000]]);
  });

  it('reads brokers as people or platforms by what was done to them, and "served as" as no service', () => {
    expect(metrics('Police arrested 12 brokers who sold fake crypto tokens.')).toEqual([['persons_arrested', 12]]);
    expect(metrics('BaFin ordered the immediate closure of two unlicensed crypto brokers last year.')).toEqual([['platforms_closed', 2]]);
    expect(metrics('A payment institution and two crypto brokers served as the financial arm of a criminal faction.')).toEqual([]);
  });
});
