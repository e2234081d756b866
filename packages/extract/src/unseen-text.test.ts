import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the articles written for the dev corpus on 2026-11-23 (articles 282-401), each rule as its own case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value]);

describe('sentences of articles 282-401', () => {
  it('reads a currency sign no English word spells after the number, and a date\'s year as no count', () => {
    expect(metrics('The detectives froze funds on bank accounts in the amount of 2,3 million Kč.')).toEqual([['assets_frozen', 2_300_000]]);
    expect(metrics('Detectives detained five persons on 13 January 2026 in Prague.')).toEqual([['persons_arrested', 5]]);
  });

  it('drops the items of a "What to know" box that the story states again', () => {
    expect(metrics('What to know:\n- Police arrested 16 people.\n\nPolice in Seoul arrested 16 people on Monday.')).toEqual([['persons_arrested', 16]]);
  });

  it('names a court by the place its sentence opens with, or after its verdict, not by a month', () => {
    const court = (text: string) => claimsOf(text).map((c) => c.authority);
    expect(court('In Andijan, a regional court sentenced three operators to prison terms of 2.5 to 3.5 years.')).toEqual(['Andijan court', 'Andijan court']);
    expect(court('The Specialised Inter-District Criminal Court of Karaganda region has delivered a verdict in the case.\nBy the verdict, the court found 9 members of the group guilty.'))
      .toEqual(['Karaganda court']);
    expect(court('In September, the Central District Court sentenced three former employees.')).not.toContain('September court');
  });

  it.each([
    '"A card sold for 20,000 tenge can cost its owner a criminal record," he warned.',
    "According to Chainalysis' 2025 index, analytics firm Elliptic has traced more than $1.2 billion in USDT flows to gambling services.",
    'The legal market is growing too: licensed bookmakers accepted bets worth ₸2.1 trillion in 2024.',
    'The roughly 40 licensed virtual asset service providers processed transactions worth about $42 billion in 2024.',
  ])('reads no statistic in "%s"', (text) => {
    expect(metrics(text)).toEqual([]);
  });

  it('reads a bare "$" that converts pesos as US dollars, a month-to-month period with years, and "one year" of a term', () => {
    expect(claimsOf('Prosecutors said the network moved 14.6 billion pesos ($15.2 million).').map((c) => c.unit)).toEqual(['MXN', 'USD']);
    expect(claimsOf('In the period March 2022 – December 2024, the group defrauded victims of 21,48 million lei.').map((c) => [c.period_start, c.period_end]))
      .toEqual([['2022-03-01', '2024-12-31']]);
    expect(claimsOf('Eleven others were sentenced to terms from one year and eight months to nine years.').find((c) => c.unit === 'months'))
      .toMatchObject({ value: 20, value_high: 108 });
  });

  it('names a court after a dateline\'s bracket', () => {
    expect(claimsOf('Taipei, Dec. 18 (CNA) The Taipei District Court on Wednesday sentenced the founder to 16 years in prison.').map((c) => c.authority))
      .toEqual(['Taipei court']);
  });

  it.each([
    'Nebula Yield agreed to pay $4.6 million in disgorgement to settle the charges.',
    'Under the Act, unfair trading gains of more than 5 billion won can lead to sentences of up to life imprisonment.',
    'Police detained 31 people. A court of peace ordered 27 of the suspects held in pre-trial detention.',
    'Local trading volume reached about 33 billion baht last month.',
  ])('reads no new statistic in "%s"', (text) => {
    expect(metrics(text).filter(([, v]) => v !== 31)).toEqual([]);
  });

  it('reads illicit profits, money solicited from customers and conversion centres\' turnover as crime\'s money', () => {
    expect(metrics('The scheme generated illicit profits of about 30 billion won.')).toEqual([['illicit_volume', 30_000_000_000]]);
    expect(metrics('The firm solicited more than $38 million from customers.')).toEqual([['illicit_volume', 38_000_000]]);
    expect(metrics('The bureau exposed 96 conversion centres with a combined turnover of UAH 12.4 billion.'))
      .toEqual([['groups_exposed', 96], ['illicit_volume', 12_400_000_000]]);
  });

  it('sets a count against the last count of the two sentences before', () => {
    expect(metrics('The AFM closed 214 exchanges last year. They handled more than $800 million. That compares with 37 exchanges in 2024.'))
      .toEqual([['platforms_closed', 214], ['platform_turnover', 800_000_000], ['platforms_closed', 37]]);
  });

  it('reads a scheme\'s money beside the price differences it traded on', () => {
    expect(metrics('The scheme promised returns from trading price differences between exchanges and raised about 14.6 billion tenge.'))
      .toEqual([['illicit_volume', 14_600_000_000]]);
  });

  it('names a court that issued a ruling, and the Saudi Public Prosecution; reads "SR" as riyals', () => {
    const claims = claimsOf('Riyadh — The Public Prosecution said the group collected SAR 96 million.\nThe Criminal Court in Riyadh issued a preliminary ruling convicting 11 defendants.\nThe court ordered the confiscation of cryptocurrency worth SR8.9 million.');
    expect(claims.map((c) => [c.value, c.unit, c.authority])).toEqual([[96_000_000, 'SAR', 'PP'], [11, 'count', 'Riyadh court'], [8_900_000, 'SAR', 'Riyadh court']]);
  });

  it.each([
    ['In February, the Seoul Southern District Court sentenced the founder to 10 years in prison.', 'Seoul court'],
    ['In a separate case, the South Jakarta District Court on Tuesday sentenced the founder to 12 years in prison.', 'Jakarta court'],
    ["Moscow's Tverskoy District Court sentenced the organiser to nine years in prison.", 'Moscow court'],
    ['The case comes weeks after a special PMLA court in Bengaluru convicted the promoter and sentenced him to seven years.', 'Bengaluru court'],
    ['Justice Ayo Emmanuel of the Federal High Court in Lagos on Monday ordered the final forfeiture of ₦640 million.', 'Lagos court'],
    ['Earlier this month, a special court for cyber crimes in Karachi sentenced a man to five years in prison.', 'Karachi court'],
    ['Meanwhile, in Johor Baru, a Sessions Court on Tuesday sentenced a mule account holder to 18 months\' jail.', 'Johor Baru court'],
    ["In August, the Ho Chi Minh City People's Court sentenced the leader to 20 years in prison.", 'Ho Chi Minh City court'],
  ])('names a court by its city alone in "%s"', (text, court) => {
    expect(claimsOf(text).map((c) => c.authority)).toEqual([court]);
  });

  it('counts the people a sum was taken from as customers, whatever the verb and noun', () => {
    expect(metrics('The organizers attracted AMD 3.9 billion (about $10 million) from more than 1,700 citizens.'))
      .toEqual([['illicit_volume', 3_900_000_000], ['illicit_volume', 10_000_000], ['customers_served', 1700]]);
    expect(metrics('The scheme had collected Rp1.1 trillion from about 24,000 members.')).toContainEqual(['customers_served', 24_000]);
    expect(metrics('Police seized $2 million from 12 suspects.')).not.toContainEqual(['customers_served', 12]);
  });

  it('reads a count beside "for a reward" that is no bounty, and no figure in an offered reward', () => {
    expect(metrics('Police detained 2,316 droppers, persons who handed over their bank cards to fraudsters for a reward.')).toEqual([['persons_arrested', 2316]]);
    expect(metrics('The State Department offered a $5 million reward for information on the operator.')).toEqual([]);
  });

  it('reads a gang\'s money as crime\'s money, and an exchange rate as no figure', () => {
    expect(metrics('Since March 2024, the gang had received around Rs2.1bn, most of which was converted into USDT.')).toEqual([['illicit_volume', 2_100_000_000]]);
    expect(metrics('The informal exchange rate traded in cuevas closed at 1,125 pesos on Monday.')).toEqual([]);
  });

  it.each([
    'Those arrested, eight men and four women aged between 22 and 58, were held on suspicion of money laundering.',
    'Fraud involving more than R500 000 attracts a minimum sentence of 15 years for a first offender.',
    'The government had asked the court to sentence the ringleader to 168 months.',
    'Blockchain analytics firms estimate that scam operators worldwide received at least USD 9.9 billion in 2024.',
  ])('reads no statistic in the part, law, request or estimate "%s"', (text) => {
    expect(metrics(text)).toEqual([]);
  });

  it('reads a fine of "each" as everyone\'s fine, and UAE dirhams', () => {
    expect(metrics('The court fined them Tk 5 lakh each for laundering money.')).toEqual([['fines_imposed', 500_000]]);
    expect(claimsOf('The team seized $17,500 and 9,000 UAE dirhams.').map((c) => c.unit)).toEqual(['USD', 'AED']);
  });

  it('reads a bare "$" as the US dollar in a text that writes the local currency by its code', () => {
    expect(claimsOf('Mexico\'s UIF said agents seized MXN 8.6 million in cash and $412,000.').map((c) => c.unit)).toEqual(['MXN', 'USD']);
    expect(claimsOf('Mexico\'s UIF said agents seized $412,000 in cash.').map((c) => c.unit)).toEqual(['MXN']);
  });

  it('reads a term range whose high end has months, targets as plans, and a channel post\'s title as its list\'s period', () => {
    expect(claimsOf('The court sentenced the others to from 3 to 4 years 6 months of imprisonment.').map((c) => [c.value, c.value_high, c.unit]))
      .toEqual([[36, 54, 'months']]);
    expect(metrics('It is aiming for at least 170 closures this year.')).toEqual([]);
    expect(metrics('A: Our target is at least 30 closed exchangers this year.')).toEqual([]);
    const post = '📊 Results of April 2026 | Mangystau region\n\nResults of the Department\'s work for the month:\n\n🔸 illegal crypto exchangers closed — 3';
    expect(claimsOf(post, '2026-05-18').map((c) => [c.value, c.period_start, c.period_end])).toEqual([[3, '2026-04-01', '2026-04-30']]);
  });

  it('reads a roundup\'s bold "Country:" headings as its sections', () => {
    const text = '**Kyrgyzstan: SCNS closes exchange offices**\n\nOfficers closed 5 exchange offices.\n\n**Almaty: police detain a drop network**\n\nOfficers detained 12 people.';
    expect(claimsOf(text).map((c) => c.jurisdiction)).toEqual(['KG', 'KZ']);
    const flags = '🇳🇴 Norway: Økokrim seizes crypto\n\nOfficers seized NOK 48 million.\n\n🇸🇪 Sweden: 14 arrested\n\nPolice arrested 14 people.';
    expect(claimsOf(flags).map((c) => c.jurisdiction)).toEqual(['NO', 'SE']);
  });

  it.each([
    'Bitcoin was little changed at around $68,400 on Wednesday, while U.S. spot bitcoin ETFs drew $276 million of net inflows.',
    'The state sold the coins when one bitcoin was worth around $57,000.',
    'We estimate those calls prevented more than $500 million in further losses.',
    'The judge had earlier refused their joint request to cut the penalty to $50mn.',
    'Of those, 21 were placed under formal investigation for kidnapping.',
    'A separate $30 million settlement with state regulators still needs the approval of a judge.',
  ])('reads no statistic in the market talk, estimate or step short of one "%s"', (text) => {
    expect(metrics(text)).toEqual([]);
  });

  it.each([
    'Mexico\'s UIF has frozen assets held by 26 people and 14 companies accused of laundering money.',
    'The crime of massive raising of money is punished with prison of 120 to 240 months.',
    'He said the Commission was on course to surpass its target of 4,000 convictions for the year.',
  ])('reads no statistic in the owners, law or target of "%s"', (text) => {
    expect(metrics(text)).toEqual([]);
  });

  it('reads a breakdown by country in written numbers, and the fiscal year that ended in a month', () => {
    expect(claimsOf('Europol said 23 people were arrested. Eleven of the arrests were made in Spain, six in Belgium and four in the Netherlands.')
      .slice(1).map((c) => [c.value, c.jurisdiction])).toEqual([[11, 'ES'], [6, 'BE'], [4, 'NL']]);
    expect(claimsOf('The SEC filed 313 enforcement actions in the fiscal year that ended in September.', '2026-01-22').map((c) => [c.period_start, c.period_end]))
      .toEqual([['2024-10-01', '2025-09-30']]);
  });

  it('reads money "recovered" with no word of its return as seized, and money returned to victims as returned', () => {
    expect(metrics('The EFCC said it secured 3,985 convictions in 2024 and recovered ₦277.6 billion over the same period.')).toContainEqual(['assets_seized', 277_600_000_000]);
    expect(metrics('Out of the sums recovered last year, N11.6 billion was returned to victims of investment fraud.')).toEqual([['funds_returned', 11_600_000_000]]);
  });

  it('reads the licensed market\'s turnover as no illegal platform\'s, unless the sentence says they bypassed it', () => {
    expect(metrics('Licensed AIFC platforms, by contrast, processed $2.3 billion in 2023.')).toEqual([]);
    expect(metrics('Police stopped 17 illegal exchangers with a total turnover of BYN 94 million, which exchanged cash for USDT bypassing the licensed operators.'))
      .toEqual([['platforms_closed', 17], ['platform_turnover', 94_000_000]]);
  });

  it('dates a bulletin line by the date it opens on, and a list line by the fiscal year it opens on', () => {
    expect(claimsOf('- 7 October 2025 — The Federal Court ordered Quokka Digital to pay a penalty of $4.2 million.', '2026-01-16')
      .map((c) => [c.period_start, c.period_end])).toEqual([['2025-10-07', '2025-10-07']]);
    expect(claimsOf('The Home Office said the NCA made these arrests:\n- 2021/22: 96 arrests', '2025-03-11').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[96, '2021-04-01', '2022-03-31']]);
  });

  it('reads offences police recorded as cases, and Polish "tys." as thousands', () => {
    expect(metrics('Police recorded 2,340 investment fraud offences in January–September 2025.')).toEqual([['cases_opened', 2340]]);
    expect(claimsOf('During the searches, officers seized 230 tys. zł in cash.').map((c) => [c.value, c.unit])).toEqual([[230_000, 'PLN']]);
  });

  it('reads what a scheme raised from its depositors as crime\'s money', () => {
    expect(metrics('Investigators estimate that the organisers raised roughly 14 billion tenge from depositors.')).toEqual([['illicit_volume', 14_000_000_000]]);
  });
});
