import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles and codings of 2026-11-25's twenty-sixth session showed misread, each rule as its
// own case.
const read = (text: string, published = '2026-03-10') => claimsOf(text, published).map((c) => [c.metric, c.value]);

describe('figures read in the twenty-sixth session', () => {
  it('counts the people a verdict is delivered against as sentenced', () => {
    expect(read('The Pavlodar city court has delivered a verdict against 7 members of an organised criminal group.')).toEqual([['persons_sentenced', 7]]);
    expect(read('Courts delivered verdicts against 57 droppers during the year.')).toEqual([['persons_sentenced', 57]]);
  });

  it('counts intermediaries as people', () => {
    expect(read('Two intermediaries received 6 years and 5 years of imprisonment respectively.'))
      .toEqual([['persons_sentenced', 2], ['prison_term', 6], ['prison_term', 5]]);
  });

  it('counts the bare number an arrest takes, told "over" or "for" what', () => {
    expect(read('Bareskrim said it had arrested 9 over an online gambling network.')).toEqual([['persons_arrested', 9]]);
    expect(read('Police arrested 9 for fraud.')).toEqual([['persons_arrested', 9]]);
  });

  it('reads a sum paid "in lieu of a financial penalty" as a fine, though told in the future', () => {
    expect(claimsOf('The Gambling Commission said Lucky Vale Ltd will pay £1.1 million (about €1.3 million) in lieu of a financial penalty.')
      .map((c) => [c.metric, c.value, c.unit])).toEqual([['fines_imposed', 1_100_000, 'GBP'], ['fines_imposed', 1_300_000, 'EUR']]);
  });

  it('reads "≈" as a hedge of approximation', () => {
    expect(claimsOf('The ring is accused of taking KRW 12,7 billion (≈ €8,1 million) from victims.').map((c) => [c.value, c.qualifier]))
      .toEqual([[12_700_000_000, 'exact'], [8_100_000, 'approximately']]);
  });

  it('counts gangs destroyed, people placed under arrest of those held, and "the figure for arrests"', () => {
    expect(read('Public security organs have destroyed 2 186 criminal gangs engaged in buying and selling bank cards.')).toEqual([['groups_exposed', 2_186]]);
    expect(read('Police apprehended 14,213 people in the crackdown, of whom 1,187 were placed under arrest.'))
      .toEqual([['persons_arrested', 14_213], ['persons_arrested', 1_187]]);
    expect(read('In 2024, the figure for arrests was 2 105.')).toEqual([['persons_arrested', 2_105]]);
  });

  it('counts lottery terminals as items and a blacklist\'s addresses as sites', () => {
    expect(read('The Sûreté du Québec seized 42 illegal video lottery terminals from bars in the Laurentians.')).toEqual([['items_seized', 42]]);
    expect(read('ADM added 386 new addresses to its blacklist in February.')).toEqual([['platforms_blocked', 386]]);
  });

  it('names Kominfo, Komdigi\'s name before October 2024', () => {
    expect(claimsOf('The Ministry of Communication and Informatics (Kominfo) said it had blocked 5,000 gambling websites.').map((c) => [c.jurisdiction, c.authority]))
      .toEqual([['ID', 'Kominfo']]);
  });

  it('reads no sum a law\'s condition names, nor the penalty it then sets', () => {
    expect(read('Under Article 125 of the Act, where the proceeds of the crime reach NT$ 100 million, the penalty is imprisonment of 7 years or more and a fine of NT$ 25 million to NT$ 500 million.'))
      .toEqual([]);
  });

  it('reads a table under its caption\'s unit "unless stated otherwise", and the rows that say they count as counts', () => {
    const table = [
      'Key indicators of the Agency\'s work (amounts in billion tenge, unless stated otherwise)',
      '',
      '| Indicator | 2025 | 2024 |',
      '| --- | --- | --- |',
      '| Property seized in criminal cases | 126.8 | 98.1 |',
      '| Organised criminal groups exposed (number) | 23 | 19 |',
    ].join('\n');
    expect(claimsOf(table, '2026-02-10').map((c) => [c.metric, c.value, c.unit])).toEqual([
      ['assets_seized', 126_800_000_000, 'KZT'], ['assets_seized', 98_100_000_000, 'KZT'], ['groups_exposed', 23, 'count'], ['groups_exposed', 19, 'count'],
    ]);
    expect(claimsOf(['The Australian Federal Police released its 2024-25 results.', '', 'Restrained assets by type (in millions of dollars, unless stated otherwise)', '', '| Asset type | Value restrained |', '| --- | --- |',
      '| Real estate | 201.3 |'].join('\n'), '2025-08-10').map((c) => [c.value, c.unit])).toEqual([[201_300_000, 'AUD']]);
  });

  it('reads no figure of a newsletter\'s table of contents, only the stories it lists', () => {
    const issue = ['RECOVERY WATCH | Issue 142', '', 'IN THIS ISSUE', '1. Canada: four arrested in Quebec Ponzi', '2. Australia: taskforce restrains A$287m in a year', '',
      '1. CANADA', 'Officers of the Sûreté du Québec (SQ) arrested four people in Laval on 20 October 2026.'].join('\n');
    expect(claimsOf(issue, '2026-10-23').map((c) => [c.metric, c.value, c.quote])).toEqual([
      ['persons_arrested', 4, 'Officers of the Sûreté du Québec (SQ) arrested four people in Laval on 20 October 2026.'],
    ]);
  });

  it('reads two groups of three after dots as thousands in a text that writes "3,500", and after commas in one that writes "2,5"', () => {
    const text = 'The CMVM imposed fines totalling 3.850.000 euros in 2026. Police in Lisbon seized 1,250 phones.';
    expect(claimsOf(text, '2026-10-23').map((c) => [c.value, c.unit])).toEqual([[3_850_000, 'EUR'], [1_250, 'count']]);
    expect(claimsOf('The BaFin fined the firm €2,5 million and seized 1,200,000 euros in 2025.', '2026-01-23').map((c) => c.value)).toEqual([2_500_000, 1_200_000]);
  });

  it('opens a country\'s section on a numbered heading in capitals with no blank line under it', () => {
    const text = ['Weekly briefing.', '', '5. CZECHIA', 'The Regional Court in Brno sentenced two organisers to seven years.', '', '6. PORTUGAL',
      'The CMVM imposed fines totalling 3.850.000 euros.'].join('\n');
    expect(claimsOf(text, '2026-10-23').map((c) => [c.value, c.jurisdiction])).toEqual([[2, 'CZ'], [7, 'CZ'], [3_850_000, 'PT']]);
  });

  it('dates Japan\'s "fiscal 2024" April 2024 to March 2025, as its fiscal years are named by the year they start in', () => {
    expect(claimsOf('Police in Japan arrested 517 people in underground banking cases in fiscal 2024, which ended in March, up from 388 in fiscal 2023.', '2025-09-05')
      .map((c) => [c.value, c.period_start, c.period_end])).toEqual([[517, '2024-04-01', '2025-03-31'], [388, '2023-04-01', '2024-03-31']]);
    expect(claimsOf('The SEC filed 583 enforcement actions in fiscal 2024.', '2025-01-05').map((c) => [c.period_start, c.period_end])).toEqual([['2023-10-01', '2024-09-30']]);
  });

  it('reads no year in a law\'s name ("the Proceeds of Crime Act 2002") as a period "the same period" may refer to', () => {
    const text = ['The taskforce restrained $412 million in assets in 2024-25, the AFP said.', '', 'Most restraint action is taken under the Proceeds of Crime Act 2002.', '',
      'Over the same period, courts ordered the forfeiture of $86.2 million in assets.'].join('\n');
    expect(claimsOf(text, '2025-08-10').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[412_000_000, '2024-07-01', '2025-06-30'], [86_200_000, '2024-07-01', '2025-06-30']]);
  });

  it('dates a table\'s rows by the year its "Period (2025)" column names, and "the same eight-month period last year" by the months before', () => {
    const table = ['Turkey\'s Interior Ministry published its figures.', '', '| Period (2025) | Suspects detained |', '| --- | --- |', '| January–March | 1.512 |'].join('\n');
    expect(claimsOf(table, '2026-01-08').map((c) => [c.value, c.period_start, c.period_end])).toEqual([[1_512, '2025-01-01', '2025-03-31']]);
    expect(claimsOf('Police in Korea apprehended 14,213 people in a crackdown from March 1 to Oct. 31, up from 12,004 in the same eight-month period last year.', '2025-11-04')
      .map((c) => [c.value, c.period_start, c.period_end])).toEqual([[14_213, '2025-03-01', '2025-10-31'], [12_004, '2024-03-01', '2024-10-31']]);
  });

  it('reads the ACMA\'s "requested ISPs block a further 12 websites" as blocking, and its running total past a long clause', () => {
    expect(claimsOf(['The ACMA has requested internet service providers (ISPs) block a further 12 illegal online gambling and affiliate websites.',
      'This brings the total number of illegal gambling and affiliate websites blocked since the ACMA started enforcing the blocking rules in November 2019 to 1,329.'].join(' '), '2025-06-01')
      .map((c) => [c.metric, c.value, c.period_start])).toEqual([['platforms_blocked', 12, null], ['platforms_blocked', 1_329, '2019-11-01']]);
  });

  it('reads payments linked to drugs as the crime\'s money, and "shut down another five" as platforms closed', () => {
    expect(read('In the first half of the year illegal exchangers in Kazakhstan processed at least 9.4 billion tenge of payments linked to the sale of drugs.', '2025-08-01'))
      .toEqual([['illicit_volume', 9_400_000_000]]);
    expect(read('In 2024 the AFM closed 36 illegal crypto exchangers, and since the start of 2025 it has shut down another five.', '2025-08-01'))
      .toEqual([['platforms_closed', 36], ['platforms_closed', 5]]);
  });

  it('reads a total loss and the people who became victims, but not the largest single loss nor gaming tax collected', () => {
    expect(read('The total loss is estimated at 318 600 000 FCFA.')).toEqual([['illicit_volume', 318_600_000]]);
    expect(read('More than 640 people became victims of the scheme.')).toEqual([['customers_served', 640]]);
    expect(read('The largest single loss, suffered by a resident of Gliwice, amounted to almost PLN 900 000.')).toEqual([]);
    expect(read('In the first half of 2025/26, the Gaming Board of Tanzania collected TZS 98.7 billion in gaming tax and licence fees.')).toEqual([]);
  });

  it('reads no cases referred to the police, no law\'s punishment, no remittances through formal channels, no analytics firm\'s estimate', () => {
    expect(read('The Central Bank of Ireland also referred 34 cases to An Garda Síochána, a spokesperson confirmed.')).toEqual([]);
    expect(read('Under this law, the punishment for money laundering is imprisonment for a minimum of four years and a maximum of 12 years.')).toEqual([]);
    expect(read('According to Bangladesh Bank, expatriates sent USD 23.91 billion through formal channels in fiscal year 2023-24.')).toEqual([]);
    expect(read('Chainalysis, in a report published on Tuesday, put total scam revenue flowing through crypto at an estimated $17 billion in 2025.')).toEqual([]);
    expect(read('The law allows a fine of up to 2,000 MCI (₸7.86 million at the 2025 index of ₸3,932).')).toEqual([]);
  });

  it('breaks down a total named by its year\'s possessive: "Of last year\'s total, about €5.1 million related to ..."', () => {
    expect(read('CONSOB imposed fines totalling €9.2 million in 2025. Of last year\'s total, about €5.1 million related to insider dealing.', '2026-03-01'))
      .toEqual([['fines_imposed', 9_200_000], ['fines_imposed', 5_100_000]]);
  });

  it('reads the lines under "Among them:" as parts of the count before, in its period', () => {
    const text = ['In January–March 2026, at the request of the Agency, access to 1 946 internet resources was restricted. Among them:', '',
      '- sites and mirrors of illegal online casinos and bookmakers – 1 112;', '- resources of unlicensed lenders and crypto exchangers – 331.'].join('\n');
    expect(claimsOf(text, '2026-04-22').map((c) => [c.metric, c.value, c.period_start, c.period_end])).toEqual([
      ['platforms_blocked', 1_946, '2026-01-01', '2026-03-31'], ['platforms_blocked', 1_112, '2026-01-01', '2026-03-31'], ['platforms_blocked', 331, '2026-01-01', '2026-03-31'],
    ]);
  });

  it('reads stolen funds returned as returned, and a casino\'s processing centres as platforms', () => {
    expect(read('In 2025, 4.7 billion tenge of stolen funds was returned to bank customers through the Anti-Fraud Centre.', '2026-02-01')).toEqual([['funds_returned', 4_700_000_000]]);
    expect(read('Police in India handled Rs 27.8 crore of victims\' money.', '2026-02-01')).toEqual([['illicit_volume', 278_000_000]]);
    expect(read('In 2024 the AFM also shut down 27 processing centres that served as cash desks for illegal online casinos.', '2025-10-10')).toEqual([['platforms_closed', 27]]);
  });

  it('reads no banknote\'s denomination as a sum, and schemes "intervened" as dismantled', () => {
    expect(read('Police in Japan seized about ¥18 million in cash, mostly in ¥10,000 notes, from an apartment in Toshima Ward.', '2025-06-01'))
      .toEqual([['assets_seized', 18_000_000]]);
    expect(read('Since January, Colombia\'s Supersociedades has intervened 12 illegal fundraising schemes.', '2025-06-01')).toEqual([['schemes_dismantled', 12]]);
  });
});

