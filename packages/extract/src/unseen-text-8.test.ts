import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the dev corpus and the articles written in 2026-11-23's ninth session (articles 1542 on)
// showed misread, each rule as its own case.
const read = (text: string) => claimsOf(text).map((c) => [c.metric, c.value, c.unit, c.qualifier]);

describe('sentences of articles 1542 on', () => {
  it('reads a plus after a number as "more than" it', () => {
    expect(read('The AFM has blocked 3,500+ sites and seized $5m+ in crypto.'))
      .toEqual([['platforms_blocked', 3500, 'count', 'more_than'], ['assets_seized', 5_000_000, 'USD', 'more_than']]);
    // A sum of two numbers, and a plus in a phone number, are no hedge.
    expect(read('Call +7 701 555 1234 for help.')).toEqual([]);
  });

  it('reads half, a quarter and three quarters of a million or a billion', () => {
    expect(read('The AFP has restrained more than half a million dollars in cryptocurrency.')).toEqual([['assets_frozen', 500_000, 'AUD', 'more_than']]);
    expect(read('Officers froze a quarter of a billion rand.')).toEqual([['assets_frozen', 250_000_000, 'ZAR', 'exact']]);
    expect(read('Police seized three quarters of a million pounds in cash.')).toEqual([['assets_seized', 750_000, 'GBP', 'exact']]);
  });

  it('counts the bare object of "arresting" that closes a clause as people', () => {
    expect(read('Police dismantled a ring that laundered VND 1,000 billion through crypto, arresting 27.'))
      .toEqual([['illicit_volume', 1_000_000_000_000, 'VND', 'exact'], ['persons_arrested', 27, 'count', 'exact']]);
  });

  it('reads the sum of a theft or heist as crime\'s money, but not a theft named beside another sum', () => {
    expect(read('The DOJ charged 12 individuals in connection with a $263 million crypto theft.')).toEqual([['illicit_volume', 263_000_000, 'USD', 'exact']]);
    expect(read('"One woman put $62,000 into a machine because someone told her it would protect her from identity theft."')).toEqual([]);
  });

  it('counts no places raided as platforms closed', () => {
    expect(read('Since January, the task force has raided 684 premises, seized 9,850 mining rigs and arrested 412 people.'))
      .toEqual([['items_seized', 9850, 'count', 'exact'], ['persons_arrested', 412, 'count', 'exact']]);
  });

  it('counts the people who "fell victim" to a scheme as its customers', () => {
    expect(read('More than 600 people fell victim to the pyramid, losing a combined 4.2 billion tenge.'))
      .toEqual([['customers_served', 600, 'count', 'more_than'], ['illicit_volume', 4_200_000_000, 'KZT', 'exact']]);
  });

  it('names the agency a country calls its "financial police"', () => {
    const authority = (text: string) => claimsOf(text).map((c) => [c.jurisdiction, c.authority]);
    expect(authority("Kazakhstan's financial police shut down 11 crypto exchanges in the first quarter of 2025.")).toEqual([['KZ', 'AFM']]);
    expect(authority("Italy's financial police said they had seized €2 million.")).toEqual([['IT', 'GdF']]);
  });

  it('reads "over a" before a written sum as the preposition, and "over a dozen" as a hedge', () => {
    expect(read('Police arrested 5 suspects over a NIS 64 million scheme in which the proceeds were laundered.'))
      .toEqual([['persons_arrested', 5, 'count', 'exact'], ['illicit_volume', 64_000_000, 'ILS', 'exact']]);
    expect(read('Police arrested more than a dozen suspects.')).toEqual([['persons_arrested', 12, 'count', 'more_than']]);
  });

  it('names a court by the city its judge sits in, not by the "of Justice" in its name', () => {
    const authority = (text: string) => claimsOf(text).map((c) => c.authority);
    expect(authority('In January, an Ontario Court of Justice judge in Toronto sentenced a former salesperson to 18 months in jail.')).toEqual(['Toronto court']);
    expect(authority('A Surrey provincial court judge in September sentenced a courier to 18 months in jail.')).toEqual(['Surrey court']);
  });

  it('reads speech hedges ("something like", "somewhere in the region of") as approximations', () => {
    expect(read('Something like 400 exchangers were closed, and we seized somewhere in the region of Rs 4,000 crore.'))
      .toEqual([['platforms_closed', 400, 'count', 'approximately'], ['assets_seized', 40_000_000_000, 'INR', 'approximately']]);
  });

  it('reads no figure of a sentence that opens on "If": a hypothesis', () => {
    expect(read('If we arrested a hundred couriers tomorrow, the people at the top would recruit a hundred more.')).toEqual([]);
    expect(read('If you block a thousand sites tonight, how many are back tomorrow?')).toEqual([]);
  });

  it('takes back a number a speaker corrects and reads the correction in its place', () => {
    expect(read('In the quarter we detained 96 organisers of drop networks — no, 69, excuse me, I am reading the wrong line.'))
      .toEqual([['persons_arrested', 69, 'count', 'exact']]);
    expect(read('In that matter we froze Rs 2.1 crore — sorry, Rs 21 crore, I misspoke — lying in about 1,100 mule accounts.'))
      .toEqual([['assets_frozen', 210_000_000, 'INR', 'exact']]);
    expect(read('Those led to something like 900 arrests — actually 912.')).toEqual([['persons_arrested', 912, 'count', 'exact']]);
    // A part told inside dashes is still no correction.
    expect(read('Three people – the organiser and two couriers – were detained.')).toEqual([['persons_arrested', 3, 'count', 'exact']]);
  });

  it('reads damage to the state budget and tax fraud detected as crime\'s money, the state\'s own budget as no figure', () => {
    expect(read('The damage caused to the state budget in the proceedings initiated is estimated at EUR 26.9 million.')).toEqual([['illicit_volume', 26_900_000, 'EUR', 'exact']]);
    expect(read('KÚFS detected tax fraud worth €118 million and initiated 212 criminal proceedings.'))
      .toEqual([['illicit_volume', 118_000_000, 'EUR', 'exact'], ['cases_opened', 212, 'count', 'exact']]);
    expect(read("The ministry's budget for 2025 is KZT 40 billion.")).toEqual([]);
  });

  it('reads suspicious transactions an intelligence unit suspended as frozen', () => {
    expect(read('The FAU said it had suspended suspicious transactions worth CZK 3.4 billion.')).toEqual([['assets_frozen', 3_400_000_000, 'CZK', 'exact']]);
  });

  it('reads a number written in several words, and the digits in brackets that restate it', () => {
    expect(claimsOf('Police arrested forty-one (41) persons and seized eight hundred seventy-two (872) mobile phones, four thousand six hundred (4,600) SIM cards and one hundred and twelve laptops.')
      .map((c) => [c.metric, c.value, c.figure]))
      .toEqual([
        ['persons_arrested', 41, 'forty-one (41)'], ['items_seized', 872, 'eight hundred seventy-two (872)'],
        ['items_seized', 4600, 'four thousand six hundred (4,600)'], ['items_seized', 112, 'one hundred and twelve'],
      ]);
  });

  it('reads a half or quarter of an abbreviated fiscal year ("H1 FY2026", "Q3 FY2025"), not of a two-year one', () => {
    const periods = (text: string) => claimsOf(text, '2026-05-20').map((c) => [c.value, c.period_start, c.period_end]);
    // Thailand's fiscal year starts in October.
    expect(periods('In H1 FY2026, Thai police arrested 6,918 suspects.')).toEqual([[6918, '2025-10-01', '2026-03-31']]);
    expect(periods('In the first half of FY2026, Thai police arrested 6,918 suspects.')).toEqual([[6918, '2025-10-01', '2026-03-31']]);
    expect(periods('In Q3 FY2025, the FBI arrested 12 people.')).toEqual([[12, '2025-04-01', '2025-06-30']]);
  });

  it('places a court named by its kind alone in the city the story is datelined from', () => {
    const authority = (text: string) => claimsOf(text).map((c) => c.authority);
    expect(authority('MANAMA: The High Criminal Court on Monday jailed six men for 10 years each.')).toEqual(['Manama court', 'Manama court']);
    expect(authority('MANAMA: Police arrested four people. In a separate case, the Lower Criminal Court sentenced two men to one year in prison each.').slice(1))
      .toEqual(['Manama court', 'Manama court']);
    // A label in capitals is no dateline.
    expect(authority('PHOTO: The Court of Appeal upheld the sentence of seven years.')).toEqual([null]);
  });

  it('reads "its 2025 fiscal year" as a fiscal year, and "the previous fiscal year" as the one before the year compared', () => {
    const periods = (text: string) => claimsOf(text, '2025-11-27').map((c) => [c.value, c.period_start, c.period_end]);
    expect(periods('The SEC brought 313 standalone enforcement actions in its 2025 fiscal year, against 583 in the previous fiscal year.'))
      .toEqual([[313, '2024-10-01', '2025-09-30'], [583, '2023-10-01', '2024-09-30']]);
  });

  it('reads the parts a sum "is made up of" as that sum is read', () => {
    expect(read('Cryptocurrencies worth around 11.2 million euros were seized. This is made up of 96.4 BTC, 512 ETH and 1.3 million USDT.'))
      .toEqual([['assets_seized', 11_200_000, 'EUR', 'approximately'], ['assets_seized', 96.4, 'BTC', 'exact'], ['assets_seized', 512, 'ETH', 'exact'],
        ['assets_seized', 1_300_000, 'USDT', 'exact']]);
  });

  it("reads victims' deposits a hub processed as crime's money", () => {
    expect(read("The NBI said the hub processed around ₱185 million in victims' deposits.")).toEqual([['illicit_volume', 185_000_000, 'PHP', 'approximately']]);
  });

  it('reads the bare lines under a scraped "Key Takeaways" lead as a summary, up to a blank line', () => {
    const text = 'Key Takeaways\n\nThe FIU fined Korbex 21.3 billion won.\nProsecutors arrested eight people over an FX ring.\n\n'
      + 'The FIU has fined Korbex 21.3 billion won for breaching AML rules. Prosecutors arrested eight people on Tuesday.\n\nPolice also seized 12 phones.';
    expect(claimsOf(text).map((c) => [c.metric, c.value, c.quote_start > 100])).toEqual([
      ['fines_imposed', 21_300_000_000, true], ['persons_arrested', 8, true], ['items_seized', 12, true],
    ]);
  });

  it('reads no estimate of an unnamed intelligence firm, no coin price, no minimum deposit and no daily volume', () => {
    expect(read('Analysts at blockchain intelligence firm Arkline estimate that crypto Ponzi schemes took more than $4 billion in 2025.')).toEqual([]);
    expect(read("At press time, Tether's USDT stood at $0.9997 and Solana at 285,000 won.")).toEqual([]);
    expect(read("Its 24-hour trading volume jumped to $9.8 million as holders rushed to sell.")).toEqual([]);
    expect(read('The scheme advertised a minimum deposit of $500.')).toEqual([]);
    // A stablecoin frozen "at" an agency's request is no price.
    expect(read("Tether froze another 420,000 USDT at the AFM's request.")).toEqual([['assets_frozen', 420_000, 'USDT', 'exact']]);
  });

  it('reads a figure that restates one said before ("rounded that to", "a wire service reported") as counting what that one did', () => {
    expect(read('In 2024 the AFM closed 36 platforms with a turnover of 60 billion tenge. Several outlets rounded that to "more than $100 million", and one weekly wrote about $115 million.'))
      .toEqual([['platforms_closed', 36, 'count', 'exact'], ['platform_turnover', 60_000_000_000, 'KZT', 'exact'],
        ['platform_turnover', 100_000_000, 'USD', 'more_than'], ['platform_turnover', 115_000_000, 'USD', 'approximately']]);
    expect(read('The EFCC arrested 412 suspects in the raid. A wire service reported 421.'))
      .toEqual([['persons_arrested', 412, 'count', 'exact'], ['persons_arrested', 421, 'count', 'exact']]);
  });

  it('reads dots as thousands before "millones" or on three zeros, and a Peruvian apostrophe for millions', () => {
    const text = 'According to the PDI, the platform took $ 4.800 millones from more than 2,900 investors. The CMF fined the operator UF 2.000. A judge froze S/ 2\'730,000.';
    expect(claimsOf(text, '2025-09-20').map((c) => [c.value, c.unit])).toEqual([[4_800_000_000, 'CLP'], [2900, 'count'], [2000, 'CLF'], [2_730_000, 'PEN']]);
  });

  it('takes no day of a date for an item of a breakdown', () => {
    expect(read('Colombian authorities captured 15 people on September 17 and 18 in Medellin.')).toEqual([['persons_arrested', 15, 'count', 'exact']]);
  });

  it('reads a money cell of a table under its caption where neither row nor column names what it is', () => {
    const text = 'Penalties imposed since April 1, 2025\n\n| Date imposed | Reporting entity | Amount |\n| --- | --- | --- |\n| 2025-05-06 | Kestrel Exchange Ltd. | $60,375 |\n';
    expect(claimsOf(text, '2025-08-14').map((c) => [c.metric, c.value, c.period_start])).toEqual([['fines_imposed', 60_375, '2025-04-01']]);
  });

  it("reads Ireland's interim orders as freezes, and the parts of a sum an opening names by its amount as that sum", () => {
    expect(read('The bureau obtained interim orders over assets worth €9.8 million. Of the €9.8 million frozen, €4.1 million related to groups in Dublin, €2.3 million to groups in Limerick.'))
      .toEqual([['assets_frozen', 9_800_000, 'EUR', 'exact'], ['assets_frozen', 9_800_000, 'EUR', 'exact'], ['assets_frozen', 4_100_000, 'EUR', 'exact'], ['assets_frozen', 2_300_000, 'EUR', 'exact']]);
  });

  it('drops the figures an FAQ or a "By the Numbers" box restates from the story', () => {
    const text = 'Police arrested 26 people over a fake exchange that took HK$1.3 billion from victims.\n\nBy the Numbers (Police, 2025)\n\nSuspects arrested: 26\n\n'
      + 'Hong Kong Police Arrest 26 Over Fake Crypto Exchange: FAQ\n\nWhat was it?\nA fake crypto exchange that police say took about HK$1.3 billion from victims.';
    expect(claimsOf(text).map((c) => [c.metric, c.value, c.quote_start])).toEqual([['persons_arrested', 26, 0], ['illicit_volume', 1_300_000_000, 0]]);
  });

  it("reads no target set for a year and no trade body's estimate", () => {
    expect(read("The agency's target for the full year is 220 closures.")).toEqual([]);
    expect(read('The banking trade body UK Finance puts total fraud losses at £1.17bn for 2024.')).toEqual([]);
    expect(read('The scheme, "Condor Trade Group", attracted more than 48,000 million pesos from some 5,200 investors.').length).toBe(2);
  });

  it('dates the cells of a table row by its "Period" column', () => {
    const text = 'US regulators at a glance:\n\n| Agency | Period | Actions filed | Penalties |\n| --- | --- | --- | --- |\n| SEC | FY2025 | 313 | $1.2bn |\n';
    expect(claimsOf(text, '2025-12-19').map((c) => [c.value, c.period_start, c.period_end])).toEqual([[313, '2024-10-01', '2025-09-30'], [1_200_000_000, '2024-10-01', '2025-09-30']]);
  });

  it('reads "Hr" and "Hrn" before a number as hryvnias, as Kyiv\'s English press writes them', () => {
    expect(read('The SBU seized Hr 8.9 million in cash; Hrn 41 million was frozen.')).toEqual([['assets_seized', 8_900_000, 'UAH', 'exact'], ['assets_frozen', 41_000_000, 'UAH', 'exact']]);
  });

  it('reads illegal gains a court confiscated as seized', () => {
    expect(read('The court also confiscated illegal gains of 6.2 million yuan.')).toEqual([['assets_seized', 6_200_000, 'CNY', 'exact']]);
  });

  it("reads no coin-named addresses, no stablecoin issuer's running total and no industry data", () => {
    expect(read('Circle froze 9.8 million USDC held in four Ethereum addresses.')).toEqual([['assets_frozen', 9_800_000, 'USDC', 'exact']]);
    expect(read('Tether says it has frozen more than $3.2 billion in USDT linked to illicit activity since 2014.')).toEqual([]);
    expect(read('Tether said it had frozen 2.3 million USDT at the FBI\'s request.')).toEqual([['assets_frozen', 2_300_000, 'USDT', 'exact']]);
    expect(read('Local exchanges handled trades worth more than $3 billion last year, according to industry estimates.')).toEqual([]);
  });

  it('reads no term or fine a law "punishes" an offence with', () => {
    expect(read('Article 233 of the Banking Law No. 194 of 2020 punishes dealing in foreign currency outside banks with imprisonment of between three and 10 years and a fine of between LE 1 million and LE 5 million.')).toEqual([]);
  });

  it('reads a table under its caption where the column names a thing but not what was done to it', () => {
    const text = 'Internet resources restricted at the request of the Agency, January–June 2026\n\n| Type of activity | Number of resources |\n| --- | --- |\n| Financial pyramids | 904 |\n';
    expect(claimsOf(text, '2026-07-20').map((c) => [c.metric, c.value, c.period_start])).toEqual([['platforms_blocked', 904, '2026-01-01']]);
  });

  it("reads no single victim's loss, only the losses a case or agency counts", () => {
    expect(read('One victim, an 84-year-old widow from Sutton Coldfield, lost £96,000 of her life savings.')).toEqual([]);
    expect(read('One Mandurah couple lost $640,000, including the proceeds of the sale of their home.')).toEqual([]);
    expect(read('Victims lost more than £2.1 million to the gang.')).toEqual([['illicit_volume', 2_100_000, 'GBP', 'more_than']]);
  });

  it('reads New York\'s "4-to-12 years", halves written "½", and no conditional sentence as a prison term', () => {
    expect(read('He was sentenced to 4-to-12 years in state prison, and his partner to 1½-to-4½ years.'))
      .toEqual([['prison_term', 4, 'years', 'range'], ['prison_term', 1.5, 'years', 'range']]);
    expect(read('His co-accused received a conditional sentence of two years less a day.')).toEqual([]);
    expect(read('COVID-19 hit, and police arrested 12 people.')).toEqual([['persons_arrested', 12, 'count', 'exact']]);
  });

  it("names Kazakhstan's Supreme Court, which publishes its conviction statistics", () => {
    const authority = (text: string) => claimsOf(text).map((c) => [c.jurisdiction, c.authority]);
    expect(authority('According to the Supreme Court of Kazakhstan, 1 118 people were convicted of dropping in the first half of 2026.')).toEqual([['KZ', 'Supreme Court']]);
  });

  it('finds a court whose ruling is dated by an abbreviated month ("on Nov. 10 sentenced")', () => {
    expect(claimsOf('ALMATY – The Specialized Inter-District Criminal Court of Almaty on Nov. 10 sentenced 10 members of a group.').map((c) => c.authority)).toEqual(['Almaty court']);
  });

  it("reads a table whose columns are countries: each cell is its column's country's, the row says what it counts", () => {
    const text = 'January–November 2025 at a glance\n\n| Indicator | Kazakhstan | Kyrgyzstan |\n| --- | --- | --- |\n| Illegal exchangers closed | 164 | 34 |\n';
    expect(claimsOf(text, '2025-12-18').map((c) => [c.metric, c.value, c.jurisdiction])).toEqual([['platforms_closed', 164, 'KZ'], ['platforms_closed', 34, 'KG']]);
  });

  it("reads Iran's police and rials, and pounds as the local pound in a text about Syria", () => {
    expect(claimsOf('The head of the Cyber Police of FARAJA said 7,800 billion rials was returned to citizens.').map((c) => [c.unit, c.jurisdiction, c.authority]))
      .toEqual([['IRR', 'IR', 'FARAJA']]);
    expect(claimsOf("In Damascus, Syria's central bank fined three exchange companies a total of 600 million pounds.").map((c) => c.unit)).toEqual(['SYP']);
    expect(claimsOf('Police seized 2 million pounds in cash, the NCA said.').map((c) => c.unit)).toEqual(['GBP']);
  });
});
