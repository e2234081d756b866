import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the dev corpus and the articles written in 2026-11-23's eighth session (articles 1302 on)
// showed misread, each rule as its own case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value]);
const periods = (text: string, published: string) => claimsOf(text, published).map((c) => [c.value, c.period_start, c.period_end]);

describe('sentences of articles 1302 on', () => {
  it('dates a figure by a day written in digits, day first where dotted, and by the first and last of two such days', () => {
    expect(periods('On 19.08.2025, investigators seized 24 crypto ATMs.', '2025-08-25')).toEqual([[24, '2025-08-19', '2025-08-19']]);
    expect(periods('During the searches conducted on 15.09.2025 and 16.09.2025, cash of Rs 2.14 crore was seized.', '2025-09-18'))
      .toEqual([[21_400_000, '2025-09-15', '2025-09-16']]);
    // A slashed day is dated only where its numbers tell the day from the month.
    expect(periods('Police arrested 12 people on 23/04/2025.', '2025-05-02')).toEqual([[12, '2025-04-23', '2025-04-23']]);
    expect(periods('Police arrested 12 people on 04/05/2025.', '2025-05-20')).toEqual([[12, null, '2025-05-20']]);
  });

  it('dates a figure by a day named with its weekday, but not by a weekday alone', () => {
    expect(periods('The Hawks arrested nine people in Johannesburg on Tuesday, 14 October 2025, in connection with a syndicate.', '2025-10-20'))
      .toEqual([[9, '2025-10-14', '2025-10-14']]);
    expect(periods('The Hawks arrested nine people in Johannesburg on Tuesday.', '2025-10-20')).toEqual([[9, null, '2025-10-20']]);
  });

  it('reads "since 1 January" and "Since January, 9 ..." as from that day or month to publication', () => {
    expect(periods('Since 1 January, we have closed 17 more exchangers.', '2026-02-10')).toEqual([[17, '2026-01-01', '2026-02-10']]);
    expect(periods('Since March 3 police closed 17 exchangers.', '2026-02-10')).toEqual([[17, '2025-03-03', '2026-02-10']]);
    expect(periods('Since January, 9 pre-trial investigations have been started.', '2026-11-12')).toEqual([[9, '2026-01-01', '2026-11-12']]);
  });

  it('counts gambling halls, gaming clubs and betting points closed as platforms, and reads "KM" as convertible marks', () => {
    expect(metrics('Since 2024 the Service has shut down 48 illegal online casinos and 130 underground gambling halls.')).toEqual([['platforms_closed', 48], ['platforms_closed', 130]]);
    expect(metrics('Police closed six slot machine halls in Batumi and seized 148 slot machines.')).toEqual([['platforms_closed', 6], ['items_seized', 148]]);
    expect(metrics('In July, police shut down 18 underground gaming clubs.')).toEqual([['platforms_closed', 18]]);
    expect(claimsOf('Prosecutors froze 2.1 million KM in 14 accounts.').map((c) => [c.metric, c.value, c.unit])).toEqual([['assets_frozen', 2_100_000, 'BAM']]);
    expect(claimsOf('The town is 12 km from the border.')).toEqual([]);
  });

  it('reads a list item\'s conversion in brackets as part of the item, so the passive verb after the list reaches it', () => {
    expect(metrics('During the searches, cash of Rs. 1.26 Crore, 2,81,500 USDT (approx. Rs. 2.44 Crore) held in hardware wallets, and various documents were seized.'))
      .toEqual([['assets_seized', 12_600_000], ['assets_seized', 281_500], ['assets_seized', 24_400_000]]);
  });

  it('sets people compared against the last people counted, past a count of cases between', () => {
    expect(claimsOf('In 2025, Polri arrested 5,210 suspects in 3,988 online gambling cases, compared with 4,926 suspects in 3,875 cases in 2024.')
      .map((c) => [c.metric, c.value, c.period_start])).toEqual([
      ['persons_arrested', 5210, '2025-01-01'], ['cases_opened', 3988, '2025-01-01'], ['persons_arrested', 4926, '2024-01-01'], ['cases_opened', 3875, '2024-01-01'],
    ]);
  });

  it('reads what an agreement says will be paid, and what an order requires to be paid, as imposed', () => {
    expect(metrics('Under the terms of the plea agreement, Corvex will forfeit $684.2 million and pay a criminal fine of $431.5 million.'))
      .toEqual([['assets_seized', 684_200_000], ['fines_imposed', 431_500_000]]);
    expect(metrics('The orders require Helion to pay a civil monetary penalty of $150 million.')).toEqual([['fines_imposed', 150_000_000]]);
    // A rule's requirement, and a payment still on a condition, are not.
    expect(metrics('The new law requires exchanges to pay a fee of $50,000.')).toEqual([]);
    expect(metrics('Prosecutors said the company will pay a fine of $3 million if the court approves the settlement.')).toEqual([]);
  });

  it('reads an illegal lender\'s loans and borrowers, a compounded offence\'s sum, and no price in "trading between January and June"', () => {
    expect(metrics('According to the SEC, PeraAgad lent about ₱140 million to some 31,000 borrowers since 2023.'))
      .toEqual([['platform_turnover', 140_000_000], ['customers_served', 31_000]]);
    expect(metrics('It said it had compounded three individuals a total of RM1.2mil last year.')).toEqual([['fines_imposed', 1_200_000]]);
    expect(metrics('Kominfo blocked 1,321 websites offering forex trading between January and June.')).toEqual([['platforms_blocked', 1321]]);
    expect(metrics('Bitcoin was trading between $60,000 and $62,000 on the day.')).toEqual([]);
  });

  it('reads what a count counts past digits inside a word ("P2P traders") and an age before it ("two 17-year-olds")', () => {
    expect(metrics('FSB officers in Perm detained 7 P2P traders.')).toEqual([['persons_arrested', 7]]);
    expect(metrics('The court sentenced two 17-year-olds who had recruited classmates as droppers.')).toEqual([['persons_sentenced', 2]]);
    // A footnote mark is no part of the word.
    expect(metrics('In 2025, the Agency uncovered 31 financial pyramids⁴.')).toEqual([['schemes_dismantled', 31]]);
  });

  it('reads a table row\'s action cell where its label says nothing, and credits the agency the row names', () => {
    const text = [
      'Penalties in the first half of 2026:', '',
      '| Date (2026) | Firm | Authority | Action | Amount |', '| --- | --- | --- | --- | --- |',
      '| 14 Jan | Orbix Australia Pty Ltd | AUSTRAC (AU) | Civil penalty ordered by Federal Court | A$42 million |',
      '| 19 Mar | Stratum Digital Ltd | FCA (GB) | Financial penalty | £3.9m |',
    ].join('\n');
    expect(claimsOf(text, '2026-07-01').map((c) => [c.metric, c.value, c.jurisdiction, c.authority]))
      .toEqual([['fines_imposed', 42_000_000, 'AU', 'AUSTRAC'], ['fines_imposed', 3_900_000, 'GB', 'FCA']]);
  });

  it('reads what a card or an account was sold for as a price, and a company\'s own count of its users as its own business', () => {
    expect(metrics('A mule account holder sold his bank account for Rs 10,000 to Rs 20,000, he said.')).toEqual([]);
    expect(metrics('Corvex, which says it now has more than 40 million users worldwide, would appeal.')).toEqual([]);
  });

  it('dates what was done since a law or a service began, to publication', () => {
    expect(periods('Since the crypto promotions regime came into force on 8 October 2023, it has had more than 2,100 crypto scam websites taken down.', '2025-08-14'))
      .toEqual([[2100, '2023-10-08', '2025-08-14']]);
    expect(periods('Police have arrested 1,086 people since Republic Act 12010, the Anti-Financial Account Scamming Act (AFASA), took effect on July 20, 2024.', '2025-07-24'))
      .toEqual([[1086, '2024-07-20', '2025-07-24']]);
    expect(periods("ASIC's takedown service, which began operating in July 2023, has now removed more than 19,400 websites.", '2026-02-12'))
      .toEqual([[19_400, '2023-07-01', '2026-02-12']]);
    // A comparison after "since the start of the year" is no part of it.
    expect(periods('The CMB said it has blocked access to 96 websites since the start of the year, after blocking 212 in 2024.', '2025-02-26'))
      .toEqual([[96, '2025-01-01', '2025-02-26'], [212, '2024-01-01', '2024-12-31']]);
  });

  it('reads no year in a helpline\'s number', () => {
    expect(periods('Rs 184.3 crore was put on hold after victims alerted the 1930 helpline.', '2025-07-09')).toEqual([[1_843_000_000, null, '2025-07-09']]);
  });

  it('reads a fact line whose label holds words in quotes, and a list of items as no apposition', () => {
    expect(metrics('- "droppers" detained – 412;')).toEqual([['persons_arrested', 412]]);
    expect(metrics('Online casino "cash desks" exposed: 1')).toEqual([['groups_exposed', 1]]);
    expect(metrics('During the searches, ₸16,8 million in cash, 74 bank cards, 22 mobile phones and a Hyundai car were seized.'))
      .toEqual([['assets_seized', 16_800_000], ['items_seized', 74], ['items_seized', 22]]);
  });

  it('reads "ASIC miners" as machines, not Australia\'s regulator, and "km" as no convertible mark', () => {
    expect(claimsOf('Kyrgyz SCNS officers seized 2,310 ASIC miners, four transformers and 1.2 km of cable at the site.')
      .map((c) => [c.metric, c.value, c.jurisdiction, c.authority])).toEqual([['items_seized', 2310, 'KG', 'SCNS'], ['items_seized', 4, 'KG', 'SCNS']]);
  });

  it('reads a table\'s unit from its caption or lead line, "(x €1 million)" as a multiplier, and each column\'s year over the caption\'s span', () => {
    const text = ['Seized assets, 2024–2025 (x €1 million)', '', '| | 2024 | 2025 |', '| --- | --- | --- |', '| Total criminal assets seized | 207 | 236 |'].join('\n');
    expect(claimsOf(text, '2026-05-20').map((c) => [c.metric, c.value, c.unit, c.period_start])).toEqual([
      ['assets_seized', 207_000_000, 'EUR', '2024-01-01'], ['assets_seized', 236_000_000, 'EUR', '2025-01-01'],
    ]);
    const led = ['Crypto-assets seized in 2025, by Fiscal Region (R$ million):', '', '| Fiscal Region | Headquarters | Crypto-assets seized |', '| --- | --- | --- |', '| 1st | Brasília | 6,2 |'].join('\n');
    expect(claimsOf(led, '2026-03-01').map((c) => [c.metric, c.value, c.unit])).toEqual([['assets_seized', 6_200_000, 'BRL']]);
  });

  it('reads a sum that is a part "of the seizures" as seized', () => {
    expect(metrics('Crypto-assets accounted for SEK 212m of the seizures in 2025.')).toEqual([['assets_seized', 212_000_000]]);
  });

  it('reads "a decline of 2.2 percent from" and "7 percent fewer than the" as comparisons with the last figure of the kind', () => {
    expect(periods('The BKA recorded 131,391 cybercrime offences in 2024, a decline of 2.2 percent from 134,407 in 2023.', '2025-06-05'))
      .toEqual([[131_391, '2024-01-01', '2024-12-31'], [134_407, '2023-01-01', '2023-12-31']]);
    expect(periods('The police registered 192,400 fraud offences in 2025, 7 percent fewer than the 206,900 registered in 2024.', '2026-02-24'))
      .toEqual([[192_400, '2025-01-01', '2025-12-31'], [206_900, '2024-01-01', '2024-12-31']]);
  });

  it('reads "victims over 60 in Ohio" as an age, not a part of a count by place', () => {
    expect(metrics('The ring collected $4.6 million from 112 victims over 60 in Ohio, Pennsylvania and Michigan.'))
      .toEqual([['illicit_volume', 4_600_000], ['customers_served', 112]]);
  });

  it('reads "$" beside pesos written by name, and a conversion between dashes, as US dollars', () => {
    const units = (text: string) => claimsOf(text).map((c) => [c.value, c.unit]);
    expect(units('Officers of the Argentine Federal Police (PFA) seized 412 million pesos and $1.9 million in cash.'))
      .toEqual([[412_000_000, 'ARS'], [1_900_000, 'USD']]);
    expect(units('Mexican prosecutors said the scheme took about 1.3 billion pesos — roughly $64 million — from investors.'))
      .toEqual([[1_300_000_000, 'MXN'], [64_000_000, 'USD']]);
  });

  it('reads Chile\'s unidad de fomento (UF) and the Fijian dollar', () => {
    expect(claimsOf('The CMF fined an unregistered crypto trading platform UF 2,500 (about 98 million pesos).').map((c) => [c.value, c.unit]))
      .toEqual([[2500, 'CLF'], [98_000_000, 'CLP']]);
    expect(claimsOf('The Fiji FIU froze FJ$1.2 million.').map((c) => [c.value, c.unit])).toEqual([[1_200_000, 'FJD']]);
  });

  it('reads guaranis and bolivars as wires spell them, and talk of an official rate as no price for a count of people', () => {
    expect(claimsOf('A judge in Encarnación, Paraguay, froze 4.8 billion guaranis held in 23 bank accounts.').map((c) => c.unit)).toEqual(['PYG']);
    expect(claimsOf('Officers in Caracas seized 46.3 million bolivars in cash.').map((c) => c.unit)).toEqual(['VES']);
    expect(metrics('Police arrested 21 people accused of running exchange services that traded tether at a premium to the official rate.'))
      .toEqual([['persons_arrested', 21]]);
    expect(metrics('The informal exchange rate closed at 1,125 pesos on Friday.')).toEqual([]);
  });

  it('takes back the figure a correction says was wrong, and keeps the corrected one', () => {
    expect(metrics('Correction: An earlier version of the Kenya item said 19 suspects had been arrested in Syokimau. In fact police arrested nine.'))
      .toEqual([['persons_arrested', 9]]);
    expect(metrics('In yesterday\'s feed, the amount frozen by the UIF in Argentina was given as ARS 41,2 million.')).toEqual([]);
    expect(metrics('The Globe Desk Wire wrongly reported that the CCIB had seized assets worth 1.3 billion baht.')).toEqual([]);
  });

  it('reads electricity stolen as crime\'s money, and "G." before a number as guaraníes', () => {
    expect(metrics('The court sentenced three organisers of a farm for stealing electricity worth 18.6 million rubles from Rosseti.'))
      .toEqual([['persons_sentenced', 3], ['illicit_volume', 18_600_000]]);
    expect(claimsOf('In Paraguay, the illegal connections caused ANDE losses of G. 38.600 millones.').map((c) => [c.metric, c.value, c.unit]))
      .toEqual([['illicit_volume', 38_600_000_000, 'PYG']]);
  });

  it('counts brothers and runners as people, and reads each term of a sentencing list parted by semicolons', () => {
    expect(metrics('Two brothers were sentenced today in federal court.')).toEqual([['persons_sentenced', 2]]);
    expect(metrics('Kamal Desai, 31, of Edison, was sentenced to 63 months in prison; Rohan Mehta, 26, of Jersey City, to 46 months; and Anil Verma, 24, of Iselin, to 30 months.'))
      .toEqual([['prison_term', 63], ['prison_term', 46], ['prison_term', 30]]);
  });

  it('reads a passive verb past "so far" or "already" in its auxiliary', () => {
    expect(metrics('The ARA said KSh64 million had so far been paid out to some 5,200 members.')).toEqual([['funds_returned', 64_000_000]]);
  });

  it('reads suspended transactions as frozen, the companies whose accounts they were as owners, and every term after "punishable by" as the law\'s', () => {
    expect(metrics('The Administration for the Prevention of Money Laundering temporarily suspended the execution of transactions in the amount of RSD 63 million on the accounts of 8 companies connected with the suspects.'))
      .toEqual([['assets_frozen', 63_000_000]]);
    expect(metrics('Organising games of chance is punishable by imprisonment of up to three years, and money laundering by imprisonment of one to ten years.')).toEqual([]);
  });

  it('counts betting terminals seized as items', () => {
    expect(metrics('During the searches, police seized:\n- 58 betting terminals and 19 computers;')).toEqual([['items_seized', 58], ['items_seized', 19]]);
  });

  it('reads a market\'s daily trading volume as no enforcement figure', () => {
    expect(metrics('Around 16 million people hold accounts on the five won-based exchanges, whose combined daily trading volume averaged about 5.1 trillion won in the first half.')).toEqual([]);
  });

  it('reads no term in a non-parole period, no figure in a charge\'s "worth $1 million or more", and infringement notices as fines', () => {
    expect(metrics('Judge Costello sentenced the leader to 10 years and six months\' imprisonment, with a non-parole period of six years and three months.'))
      .toEqual([['prison_term', 126]]);
    expect(metrics('The three have been charged with dealing with the proceeds of crime worth $1 million or more.')).toEqual([]);
    expect(metrics('The New Zealand DIA issued infringement notices totalling $84,000 to businesses that sent spam.')).toEqual([['fines_imposed', 84_000]]);
  });

  it('reads costs and surcharges a court orders, and what a flight costs, as no enforcement figures', () => {
    expect(metrics('Ellery was also ordered to pay prosecution costs of £18,500 and a victim surcharge of £228.')).toEqual([]);
    expect(metrics('Marr was ordered to pay £250,000 towards the costs of the prosecution.')).toEqual([]);
    expect(metrics('A return flight to Dubai from Heathrow costs around £480 in economy class.')).toEqual([]);
    expect(metrics('The scam cost victims £4.8 million.')).toEqual([['illicit_volume', 4_800_000]]);
  });

  it('reads a range whose low end is a written "one"', () => {
    expect(claimsOf('The court sentenced 5 people to between one and three years in prison.').map((c) => [c.metric, c.value, c.value_high]))
      .toEqual([['persons_sentenced', 5, null], ['prison_term', 1, 3]]);
    // The law's range is the law's.
    expect(metrics('Aggravated fraud is punished in article 250 of the Penal Code with prison sentences of one to six years.')).toEqual([]);
  });

  it('reads the Lebanese pound', () => {
    expect(claimsOf('A judge in Beirut fined them LBP 450 million each.').map((c) => [c.value, c.unit])).toEqual([[450_000_000, 'LBP']]);
  });

  it('reads cash customs foiled an attempt to smuggle as seized, and cases "dealt with" or "processed" as opened', () => {
    expect(metrics('Customs officers at Algiers airport foiled an attempt to smuggle EUR 312,000 hidden in the luggage of a passenger.')).toEqual([['assets_seized', 312_000]]);
    expect(metrics('The National Gendarmerie dealt with 742 cases of exchange offences in the first half of the year.')).toEqual([['cases_opened', 742]]);
  });

  it('reads tax lost, evaded or unreported as crime\'s money, and a threshold in a tax law as none', () => {
    expect(metrics('He concealed more than $3.7 million in gains, causing a tax loss to the IRS of approximately $1.1 million.'))
      .toEqual([['illicit_volume', 3_700_000], ['illicit_volume', 1_100_000]]);
    expect(metrics('The DGGI has detected GST evasion of Rs 824 crore by 17 crypto exchanges since 2022.')).toEqual([['illicit_volume', 8_240_000_000]]);
    expect(metrics('Evasion of tax above Rs 5 crore is punishable with imprisonment.')).toEqual([]);
    expect(metrics('For issuing false invoices for an amount exceeding PLN 10 mln, the perpetrators face prison.')).toEqual([]);
  });

  it('reads money returned through licensed exchanges as returned, not as the licensed market\'s', () => {
    expect(metrics('Prosecutors say ₸3,1 billion was returned to depositors, including about 1,4 million USDT paid out through AIFC-licensed exchanges.'))
      .toEqual([['funds_returned', 3_100_000_000], ['funds_returned', 1_400_000]]);
  });

  it('reads no agency in an officer\'s branch in brackets, and no years in helplines\' numbers', () => {
    const claims = claimsOf('Police in Bengaluru froze Rs 1.14 crore in 23 accounts linked to the case, Deputy Commissioner of Police (Cyber) Anil Rao said.', '2026-07-18');
    expect(claims.map((c) => c.authority)).not.toContain('Cyber');
    expect(periods('Rs 118.6 crore was put on hold after victims reported the fraud on the 1930 and 1945 helplines.', '2026-07-18'))
      .toEqual([[1_186_000_000, null, '2026-07-18']]);
  });

  it('reads a spaced "m" after a currency sign as millions', () => {
    expect(claimsOf('Tracfin blocked €48,9 m in transfers in 2025 through its right of opposition.', '2026-06-30').map((c) => [c.value, c.unit]))
      .toEqual([[48_900_000, 'EUR']]);
  });

  it('reads "4 years and 30 months" as two terms, and "3 years and 6 months" as one', () => {
    expect(metrics('The court sentenced them to prison sentences of 6 years, 4 years and 30 months.')).toEqual([['prison_term', 6], ['prison_term', 4], ['prison_term', 30]]);
    expect(metrics('He was sentenced to 3 years and 6 months in prison.')).toEqual([['prison_term', 42]]);
  });
});
