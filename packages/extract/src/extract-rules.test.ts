import { describe, expect, it } from 'vitest';
import { claimsOf, figuresOf, sourceOf } from './_test-helpers.js';
import { createExtractor } from './extract.js';
import { resolveCodebook } from '@reckon/schema';

const extract = createExtractor({ codebook: resolveCodebook(undefined) });
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value]);

describe('numbers and hedges of regional press', () => {
  it('reads Indian digit grouping', () => {
    expect(figuresOf('bank balances of Rs. 2,12,45,300 were frozen').map((f) => f.value)).toEqual([21_245_300]);
  });

  it.each(['Rs. 24.69 Crore (approx.)', '$5m approx', '€3 million (estimated)'])('reads a trailing hedge in "%s"', (figure) => {
    expect(figuresOf(`The agency seized assets worth ${figure} on Monday.`)[0]!.qualifier).toBe('approximately');
  });
});

describe('headlines and briefs', () => {
  it.each([
    ['270 arrested in global crackdown on dark web drug trade', 'persons_arrested', 270],
    ['Police: five detained over crypto cash-out scheme', 'persons_arrested', 5],
    ['Twelve jailed for laundering drug money through crypto exchangers', 'persons_sentenced', 12],
  ])('reads the people a headline counts in "%s"', (text, metric, value) => {
    expect(metrics(text)).toEqual([[metric, value]]);
  });

  it('reads the items of a "Key takeaways" list only where the story does not state their figures', () => {
    expect(metrics('Key takeaways\n- Police arrested 17 people.\n- Tether froze 2 million USDT.\n\nPolice in Hanoi arrested 17 people on Monday.'))
      .toEqual([['assets_frozen', 2_000_000], ['persons_arrested', 17]]);
  });

  it('names a city\'s prosecutors after their office too, in the text\'s country where the table lacks the city, but no demonym\'s', () => {
    const claims = claimsOf('Police in Argentina arrested eight people.\nAccording to the federal prosecutor\'s office in Rosario, the scheme collected about 27 billion pesos from roughly 11,000 people.');
    expect(claims.slice(1, 2).map((c) => [c.value, c.jurisdiction, c.authority])).toEqual([[27_000_000_000, 'AR', 'Rosario prosecutor']]);
    expect(claimsOf('Kazakh prosecutors say the network moved about ₸6.8 billion.').map((c) => c.authority)).not.toContain('Kazakh prosecutor');
  });

  it('reads a sub-headline only where the story under it does not state its figure', () => {
    expect(metrics('1,046 arrested since January\nPolice have arrested 1,046 suspects since January, the DCI said.\nTwo jailed over bitcoin con'))
      .toEqual([['persons_arrested', 1046], ['persons_sentenced', 2]]);
  });

  it('reads a check-marked summary line only where the story does not state its figure', () => {
    expect(metrics('The AFM closed 23 exchangers in Almaty in nine months.\nMore text.\n✔ 23 exchangers closed in Almaty in 9 months\n✔ 5 pyramids broken up'))
      .toEqual([['platforms_closed', 23], ['schemes_dismantled', 5]]);
  });

  it('reads no headline subject inside a running sentence', () => {
    expect(metrics('The raid, in which 12 questioned by police later went free, ended at dawn.')).toEqual([]);
  });
});

describe('what a figure is the subject of', () => {
  it('takes the metric of its own passive verb over a verb said of the figure before it', () => {
    expect(metrics('In total, 42 websites were blocked and 15 Telegram channels were shut down.'))
      .toEqual([['platforms_blocked', 42], ['platforms_closed', 15]]);
  });

  it('reads a settlement as a penalty and registered crimes as cases', () => {
    expect(metrics('Binance agreed to pay $4.3 billion to settle the charges.')).toEqual([['fines_imposed', 4_300_000_000]]);
    expect(metrics('Last year, police registered 2,340 crimes involving cryptocurrency.')).toEqual([['cases_opened', 2340]]);
  });
});

describe('periods from the text around a figure', () => {
  const periods = (text: string) => claimsOf(text, '2025-02-11').map((c) => [c.value, c.period_start, c.period_end]);

  it('takes the period a paragraph opens on, within that paragraph only', () => {
    expect(periods('Last year was the busiest in the agency\'s history. It closed 41 illegal crypto exchangers.\nPolice arrested 12 people.'))
      .toEqual([[41, '2024-01-01', '2024-12-31'], [12, null, '2025-02-11']]);
  });

  it('reads "in the quarter" and "over the same nine months" as the period last reported, not a comparison\'s', () => {
    expect(periods('The AFM closed 41 exchangers in the first quarter of 2024. That compares with nine closures in the first quarter of 2023.\n'
      + 'The ARDFM uncovered 19 financial pyramids in the quarter.'))
      .toEqual([[41, '2024-01-01', '2024-03-31'], [9, '2023-01-01', '2023-03-31'], [19, '2024-01-01', '2024-03-31']]);
  });

  it('dates what was done at an action day by the day the text gave it, in the list under "Results of the action day:"', () => {
    expect(periods('During an action day on 24 January, police in four countries arrested 41 people.\nResults of the action day:\n- 23 suspects arrested in Spain\n- EUR 2.3 million seized\nSince 2023, police have seized EUR 9 million.'))
      .toEqual([[41, '2025-01-24', '2025-01-24'], [23, '2025-01-24', '2025-01-24'], [2_300_000, '2025-01-24', '2025-01-24'], [9_000_000, '2023-01-01', '2025-02-11']]);
  });

  it('gives no scene\'s period to what went before it ("had attracted")', () => {
    expect(periods('In January, the Andijan court sentenced three organisers of a crypto pyramid. The pyramid had attracted 41 billion soums from depositors.'))
      .toEqual([[3, '2025-01-01', '2025-01-31'], [41_000_000_000, null, '2025-02-11']]);
  });

  it('gives a relative clause\'s period to its own figure, not to the count it describes', () => {
    expect(periods('The Hawks arrested four people over a crypto scam that took about R95 million from investors between 2022 and 2024.'))
      .toEqual([[4, null, '2025-02-11'], [95_000_000, '2022-01-01', '2024-12-31']]);
    expect(periods('The SRC exposed 14 criminal groups that cashed out money through shell companies in the first half of 2024.'))
      .toEqual([[14, '2024-01-01', '2024-06-30']]);
  });

  it('counts a figure "as of" a day up to that day', () => {
    expect(periods('As of 1 February, the NAPP had blocked 1,830 websites since the beginning of the year.'))
      .toEqual([[1830, '2025-01-01', '2025-02-01']]);
  });

  it('reads a year\'s figure in brackets after this year\'s as a comparison of its own year, and gives the bracket\'s year to it alone', () => {
    expect(periods('The AFM reported the following results for 2024 (figures for 2023 in brackets):\n- illegal crypto exchangers closed: 158 (2023: 41)\n- turnover of the closed exchangers: ₸296bn (2023: ₸62bn)'))
      .toEqual([[158, '2024-01-01', '2024-12-31'], [41, '2023-01-01', '2023-12-31'], [296_000_000_000, '2024-01-01', '2024-12-31'], [62_000_000_000, '2023-01-01', '2023-12-31']]);
  });

  it('reads a bare bracketed number as the figure of the period the text says its brackets give', () => {
    expect(periods('Main indicators for the first half of 2024 (in brackets – the same period of 2023):\n- illegal crypto exchangers whose activity was terminated – 34 (19);'))
      .toEqual([[34, '2024-01-01', '2024-06-30'], [19, '2023-01-01', '2023-06-30']]);
  });

  it('takes no period a bracket names for comparison to a figure outside it, or for "over the nine months" after it', () => {
    expect(periods('In the third quarter of 2024 alone, 486 cases were registered (third quarter of 2023: 452 cases).\nOver the nine months, 331 officials were detained.'))
      .toEqual([[486, '2024-07-01', '2024-09-30'], [452, '2023-07-01', '2023-09-30'], [331, '2024-07-01', '2024-09-30']]);
    expect(periods('During the reporting period, the DCEC stopped 34 illegal crypto exchange services (first half of 2023 – 19), whose turnover exceeded 1,1 trillion soums.'))
      .toEqual([[34, null, '2025-02-11'], [19, '2023-01-01', '2023-06-30'], [1_100_000_000_000, null, '2025-02-11']]);
  });

  it('reads "the reporting period" as the period the report first names', () => {
    expect(periods('The AFM informs about the results of its work in January–October 2024.\nSince 2023, the groups moved 18 billion tenge.\n'
      + 'In the reporting period, 22 criminal cases were registered.'))
      .toEqual([[18_000_000_000, '2023-01-01', '2025-02-11'], [22, '2024-01-01', '2024-10-31']]);
  });

  it('takes no period from a sentence that names one late or for the age of a thing', () => {
    expect(periods('The agency was founded in 2019. It has closed 41 illegal crypto exchangers.')).toEqual([[41, null, '2025-02-11']]);
    expect(periods('Since its launch in October 2020, the market grew fast. It had 255,000 registered users.')).toEqual([[255_000, null, '2025-02-11']]);
  });

  it('takes no period a paragraph opens on when it runs to publication anyway', () => {
    expect(periods('Since the start of the year, police detained 37 people. Six organised crime groups were exposed.'))
      .toEqual([[37, '2025-01-01', '2025-02-11'], [6, null, '2025-02-11']]);
  });

  it('dates no background told in the perfect: "an exchanger that had served more than 4,000 clients"', () => {
    expect(periods('In January, a court sentenced the organiser of an exchanger that had served more than 4,000 clients to four years in prison.'))
      .toEqual([[4000, null, '2025-02-11'], [4, '2025-01-01', '2025-01-31']]);
  });

  it('reads a paragraph under a short heading that names a period in that period', () => {
    // Published 2025-02-11: the latest January–March that had ended is 2024's.
    expect(periods('January–March figures\n\nThe AFM closed 24 illegal exchangers.')).toEqual([[24, '2024-01-01', '2024-03-31']]);
    expect(periods('AFM closes 131 exchangers in 2024\n\nThe AFM closed 24 illegal exchangers.')).toEqual([[131, '2024-01-01', '2024-12-31'], [24, null, '2025-02-11']]);
  });

  it('reads "from three to six and a half years" and no term in "a two-year investigation"', () => {
    expect(claimsOf('A court sentenced the operators to terms from three to six and a half years after a two-year investigation.').map((c) => [c.metric, c.value, c.value_high]))
      .toEqual([['prison_term', 3, 6.5]]);
  });

  it('reads "over the period" as the period last named', () => {
    expect(periods('The AFM closed 47 illegal exchangers in 2024.\nTheir combined turnover over the period exceeded 96 billion tenge.'))
      .toEqual([[47, '2024-01-01', '2024-12-31'], [96_000_000_000, '2024-01-01', '2024-12-31']]);
  });

  it('reads "over the same period" as the period last named, and a list by the line it hangs from', () => {
    expect(periods('In 2024, the agency closed 41 illegal exchangers.\nOver the same period, it exposed 27 criminal groups.'))
      .toEqual([[41, '2024-01-01', '2024-12-31'], [27, '2024-01-01', '2024-12-31']]);
    expect(periods('Key figures for 2024\n- criminal cases opened: 186\n- persons convicted: 58'))
      .toEqual([[186, '2024-01-01', '2024-12-31'], [58, '2024-01-01', '2024-12-31']]);
  });
});

describe('analytics firms', () => {
  it('reads a seizure made with an analytics firm\'s help as the authority\'s', () => {
    expect(metrics('With the help of Chainalysis, police seized 312 ETH from the suspects.')).toEqual([['assets_seized', 312]]);
  });
});

describe('enforcement on the legal market', () => {
  it('reads a regulator\'s fine on licensed firms, but not the legal market\'s volume', () => {
    expect(metrics('Within the legal market, the AFSA fined two licensed crypto firms a total of $85,000 in 2025.')).toEqual([['fines_imposed', 85_000]]);
    expect(metrics('Legal betting runs through a state-licensed system whose turnover reached ₺245 billion in 2025.')).toEqual([]);
    expect(metrics('Kazakhstan\'s legal crypto market processed about $2.4 billion last year.')).toEqual([]);
  });
});

describe('decimals, money moved and money returned', () => {
  it('reads turnover whose share came from crime as turnover, and the share, or a part of a sum said before, as illicit volume', () => {
    expect(metrics('The turnover of the exchanger amounted to 33 billion tenge, of which more than 12 billion tenge was received from darknet drug stores.'))
      .toEqual([['platform_turnover', 33_000_000_000], ['illicit_volume', 12_000_000_000]]);
    expect(metrics('The closed exchangers processed around $390 million in transactions, with a large share linked to darknet drug shops.'))
      .toEqual([['platform_turnover', 390_000_000]]);
    expect(metrics('Investigators found that Rs 310 crore of the money was converted into USDT on offshore exchanges.'))
      .toEqual([['illicit_volume', 3_100_000_000]]);
  });

  it('reads sites of a kind blocked among more as their own block, but people among people as no count', () => {
    expect(metrics('At the request of the Agency, access to 1,385 internet resources was restricted, including 612 Telegram channels.'))
      .toEqual([['platforms_blocked', 1385], ['platforms_blocked', 612]]);
    expect(metrics('Police arrested 37 people, including 12 foreign nationals.')).toEqual([['persons_arrested', 37]]);
  });

  it('reads the terms courts handed down, but not the range a law sets for a group', () => {
    expect(metrics('The Prosecutor General\'s Office says that 212 people were convicted in 2025, with terms ranging from 3 to 12 years.'))
      .toEqual([['persons_sentenced', 212], ['prison_term', 3]]);
    expect(metrics('A pyramid is punishable by imprisonment for up to 7 years, and when committed by a criminal group – for a term of 7 to 12 years.')).toEqual([]);
    expect(metrics('According to investigators, the network passed more than 1,8 billion tenge through 640 bank cards.')).toEqual([['illicit_volume', 1_800_000_000]]);
  });

  it('reads "N more" and a bare object after "only" as counting what the count before counted', () => {
    expect(metrics('Last year the AFM liquidated 36 illegal crypto exchangers, and in the first quarter of this year it closed 22 more.'))
      .toEqual([['platforms_closed', 36], ['platforms_closed', 22]]);
    expect(metrics('We terminated 22 exchangers in January–March.\nFor comparison, in the first quarter of 2024 we closed only nine.'))
      .toEqual([['platforms_closed', 22], ['platforms_closed', 9]]);
    expect(metrics('In January, three operators got from 2.5 to 3.5 years in prison.')).toEqual([['persons_sentenced', 3], ['prison_term', 2.5]]);
  });

  it('reads the parts a count comprises as no counts of their own', () => {
    expect(metrics('The Police have arrested 15 persons, comprising 12 men and three women aged between 22 and 51.')).toEqual([['persons_arrested', 15]]);
  });

  it('reads money a scheme took, victims lost or a launderer helped move as illicit volume', () => {
    expect(metrics('The scheme took about 1.1 billion reais from some 20,000 investors.')).toEqual([['illicit_volume', 1_100_000_000], ['customers_served', 20_000]]);
    expect(metrics('Victims reported losing £306m to cryptocurrency fraud in 2023.')).toEqual([['illicit_volume', 306_000_000]]);
    expect(metrics('They let syndicates use their wallets to move about S$5.7 million in scam proceeds.')).toEqual([['illicit_volume', 5_700_000]]);
  });

  it('reads property seized to compensate for damage as seized', () => {
    expect(metrics('Key results:\n- property seized to compensate for damage: ₸820 mln')).toEqual([['assets_seized', 820_000_000]]);
  });

  it('takes no metric from the subject of an investigation ("a money laundering probe")', () => {
    expect(metrics('The ED has arrested six persons and frozen bank balances and crypto holdings worth Rs 48.7 crore in a money laundering probe into a network.'))
      .toEqual([['persons_arrested', 6], ['assets_frozen', 487_000_000]]);
  });

  it('reads a decimal in the other style where a magnitude follows it', () => {
    expect(metrics('The exchanger processed 3,500 transfers worth 1,5 billion tenge.')).toEqual([['platform_turnover', 1_500_000_000]]);
  });

  it('reads money a group moved, or that passed through its cards, as illicit volume, and money received back as returned', () => {
    expect(metrics('The group moved 4.7 billion lira through rented accounts.')).toEqual([['illicit_volume', 4_700_000_000]]);
    expect(metrics('Since 2024, ₸5.9 billion has passed through these cards.')).toEqual([['illicit_volume', 5_900_000_000]]);
    expect(metrics('The pyramid attracted 63 billion soums from depositors.')).toEqual([['illicit_volume', 63_000_000_000]]);
    expect(metrics('Depositors have received back ₸6.8 billion since 2022.')).toEqual([['funds_returned', 6_800_000_000]]);
  });
});

describe('what a count counts', () => {
  it('reads the object of a verb counted out of a set ("detained 143 of their members") and modifiers joined before a plural noun', () => {
    expect(metrics('Police have exposed 12 criminal groups and detained 143 of their members.')).toEqual([['groups_exposed', 12], ['persons_arrested', 143]]);
    expect(metrics('ASIC has taken down more than 12,500 scam and phishing websites since July 2023.')).toEqual([['platforms_closed', 12_500]]);
    expect(metrics('European police have arrested 14 people and shut down a network of call centres.')).toEqual([['persons_arrested', 14]]);
    expect(metrics('The watchdog also broke up three crypto pyramid schemes.')).toEqual([['schemes_dismantled', 3]]);
  });

  it('runs modifiers joined by "and" on to their noun, but not nouns', () => {
    expect(metrics('MeitY has blocked more than 1,400 betting and gambling websites since 2022.')).toEqual([['platforms_blocked', 1400]]);
    expect(metrics('The central bank identified 5,300 companies and projects with signs of illegal activity.')).toEqual([]);
  });

  it('reads accounts as accounts, not as what modifies them', () => {
    expect(metrics('Winnings were routed through at least 200 mule accounts opened by the gang.')).toEqual([]);
    expect(metrics('The market had more than 255,000 customer accounts.')).toEqual([['customers_served', 255_000]]);
  });

  it('reads "seven years each" as a term and "conversion centres" as groups', () => {
    expect(metrics('The court sentenced two directors to seven years each.')).toEqual([['persons_sentenced', 2], ['prison_term', 7]]);
    expect(metrics('The SBU has exposed 23 conversion centres that laundered UAH 7.6 billion.')[0]).toEqual(['groups_exposed', 23]);
  });

  it('reads "bank cards" as items, not as a ban, and bettors as customers', () => {
    expect(metrics('Officers seized $47,000 in cash, 320 bank cards, 41 mobile phones and 96,500 USDT.'))
      .toEqual([['assets_seized', 47_000], ['items_seized', 320], ['items_seized', 41], ['assets_seized', 96_500]]);
    expect(metrics('The betting websites had more than 180,000 registered bettors.')).toEqual([['customers_served', 180_000]]);
  });

  it('gives every item of a list the verb the list ends on', () => {
    expect(metrics('On 2 December, searches were conducted, during which AMD 96.4 million, 41,500 US dollars and 1 vehicle were seized.'))
      .toEqual([['assets_seized', 96_400_000], ['assets_seized', 41_500], ['items_seized', 1]]);
  });

  it('reads people who received terms as sentenced, not people who received other sanctions', () => {
    expect(metrics('The founder was jailed, and five accomplices received between four and seven years.'))
      .toEqual([['persons_sentenced', 5], ['prison_term', 4]]);
    expect(metrics('Nine employees received disciplinary sanctions.')).toEqual([]);
  });

  it('ends a counted thing at a participle, past an opening quote', () => {
    expect(metrics('The department detained 26 people running illegal peer-to-peer exchange desks.')).toEqual([['persons_arrested', 26]]);
    expect(metrics('Russian police detained 2,340 "droppers" and organisers of drop networks.')).toEqual([['persons_arrested', 2_340]]);
    expect(metrics('In 2025, 41 such offices were closed.')).toEqual([['platforms_closed', 41]]);
  });

  it('reads property "arrested" as frozen and people "arrested" as arrested, and operations worth a sum as turnover', () => {
    expect(metrics('By court decision, property of the suspects worth 48 million soms has been arrested.')).toEqual([['assets_frozen', 48_000_000]]);
    expect(metrics('In total, 12 people were arrested.')).toEqual([['persons_arrested', 12]]);
    expect(metrics('The exchange points carried out operations worth GEL 46 million.')).toEqual([['platform_turnover', 46_000_000]]);
  });

  it('reads the people a scheme defrauded as its customers', () => {
    expect(metrics('From 2024 to 2025, the group defrauded more than 2,100 persons of GEL 27 million.'))
      .toEqual([['customers_served', 2_100], ['illicit_volume', 27_000_000]]);
    expect(metrics('Police detained 12 people who had defrauded pensioners.')).toEqual([['persons_arrested', 12]]);
  });

  it('reads a list line\'s long label, its head noun before "of"', () => {
    expect(metrics('Main indicators:\n- organisers and active members of groups detained – 74;\n- resources of online casinos and exchangers blocked at the Department\'s request: 318'))
      .toEqual([['persons_arrested', 74], ['platforms_blocked', 318]]);
  });

  it('reads the verb of a count in quotes, and of "the activity of N groups ... was suppressed"', () => {
    expect(metrics('In all, 1 046 pre-trial investigations were initiated and 318 "droppers" were detained during the nine months.'))
      .toEqual([['cases_opened', 1046], ['persons_arrested', 318]]);
    expect(metrics('In the same period, the activity of 23 organised criminal groups specialising in telephone and internet fraud and the cash-out of stolen money was suppressed.'))
      .toEqual([['groups_exposed', 23]]);
  });

  it('takes a passive verb that ends the clause as a figure\'s own, however long its noun phrase', () => {
    expect(metrics('Seven OTC desks operated by the network in Taipei, New Taipei and Taichung have been shut down.')).toEqual([['platforms_closed', 7]]);
    expect(metrics('During searches, 23.4 million soms in cash, 2 vehicles and 37 bank cards registered to third persons were seized.'))
      .toEqual([['assets_seized', 23_400_000], ['items_seized', 2], ['items_seized', 37]]);
  });

  it('reads cash desks and OTC desks as platforms', () => {
    expect(metrics('In the fourth quarter, 9 such underground cash desks were closed. Seven OTC desks have been shut down.'))
      .toEqual([['platforms_closed', 9], ['platforms_closed', 7]]);
  });

  it('reads bets taken as a platform\'s turnover', () => {
    expect(metrics('The sites took bets worth ₩1.1tn since 2022, according to police.')).toEqual([['platform_turnover', 1_100_000_000_000]]);
  });

  it('takes no period from the year in a statute\'s name', () => {
    expect(claimsOf('Police restrained $3.9 million in cryptocurrency under the Criminal Proceeds (Recovery) Act 2009.', '2026-02-18')
      .map((c) => [c.period_start, c.period_end])).toEqual([[null, '2026-02-18']]);
  });

  it('takes no period from a model year', () => {
    expect(claimsOf('He forfeited cash worth $16.7m as well as a 2022 Porsche Cayenne.', '2025-06-12').map((c) => c.period_start)).toEqual([null]);
  });
});

describe('figures that are not reported statistics', () => {
  it.each([
    'Financial pyramids are punishable by imprisonment for up to seven years, and illegal entrepreneurship by imprisonment for up to five years.',
    'The article provides for up to 12 years of imprisonment.',
    'The government had asked for a sentence of 12 years.',
    'The business failed to report 1,064 large transactions of $10,000 or more.',
    'The court approved arrest warrants for 52 suspects.',
    'Any digital-asset transaction above 1,000,000 tenge falls under financial monitoring.',
    'Setting up a pyramid can bring up to 10 years in prison, and a fine of up to 2,000 MCI (about 8.7 million tenge).',
    'The AFM\'s target of closing at least 150 exchangers in 2026 should come with a target for recoveries.',
    'Licensed venues handled about $2.3 billion in trading volume in 2025.',
    'The country\'s crypto market is estimated at $4 billion, with over 1 million users.',
    'The article allows for up to 10 years in prison.',
    'For self-laundering, article 648-ter.1 of the Criminal Code foresees imprisonment from 2 to 8 years and a fine from 5.000 to 25.000 euro.',
    'The tenge traded at 540.6 per dollar on Friday, while bitcoin was quoted at about $120,500.',
    'Bitcoin traded near $111,000 on Wednesday.',
    'The tenge traded at around 512 per dollar this week, while bitcoin hovered near $91,000.',
    'Licensed crypto shops processed trades worth $1.1 billion in 2024, according to NAPP.',
    '- The AFM\'s target for 2026 is to close at least 180 exchangers.',
    'Pig-butchering scams took at least $9.9 billion from victims worldwide in 2024, according to Chainalysis.',
    'Agents served 41 search and seizure warrants and five arrest warrants in São Paulo on the same day.',
    'Arrest warrants have been issued for four further suspects.',
    'Blockchain analytics firm Elliptic estimates that the network moved roughly R110 million.',
    'Up to five years in prison for illegal entrepreneurship, and up to 10 years if money laundering is proven.',
    'The AIFC has licensed more than 20 crypto platforms, and Kazakhstan\'s legal crypto market processed about $2.4 billion last year.',
    'Legalisation of criminal proceeds is punished by imprisonment for up to 10 years.',
    'The AFM has promised to close at least 150 exchangers in 2026.',
    'Exchangers: four times more closures',
    'The arrestees, aged 18 to 56, included the suspected mastermind, three core members and 12 stooge account holders.',
  ])('reads none in "%s"', (text) => {
    expect(metrics(text)).toEqual([]);
  });

  it('reads no sentence in terms added up, no figure in a future, and no customers in a channel\'s audience', () => {
    expect(metrics('Five members of the network have been jailed for a combined 31 years.')).toEqual([['persons_sentenced', 5]]);
    expect(metrics('Unless licensing gets easier, the next 164 exchangers will open within months.')).toEqual([]);
    expect(metrics('Article 218 allows up to ten years for laundering.')).toEqual([]);
    expect(metrics('The exchanger advertised through a Telegram channel with 18,000 subscribers.')).toEqual([]);
  });

  it('carries no verb across a semicolon, and reads no count of things a year', () => {
    expect(metrics('In the same period, 7 persons were detained; 5 more persons were notified of suspicion.')).toEqual([['persons_arrested', 7]]);
    expect(metrics('"Closing a hundred exchangers a year is no longer news," he said.')).toEqual([]);
    expect(metrics('The agency closed 36 exchangers a year earlier.')).toEqual([['platforms_closed', 36]]);
  });

  it('reads no figure in what a unit of account is worth, in cases sent to court, or in a part of the detainees', () => {
    expect(metrics('It entails a fine of up to 200 MCI; in 2026, one MCI equals ₸4,325.')).toEqual([]);
    expect(metrics('The prosecutor\'s office said six criminal cases involving exchangers had been sent to court.')).toEqual([]);
    expect(metrics('The detainees, aged 21 to 47, include 2 citizens of Azerbaijan.')).toEqual([]);
  });

  it('reads no figure in a list of legal articles or a maximum said before its law, and a sum\'s own noun as its metric', () => {
    expect(metrics('During the five months, 9 pre-trial investigations were initiated under Articles 214, 218 and 307 of the Criminal Code.'))
      .toEqual([['cases_opened', 9]]);
    expect(metrics('Up to five years in prison under Article 214 of the Criminal Code.')).toEqual([]);
    expect(metrics('Organising illegal betting carries four to six years in prison.')).toEqual([]);
    expect(metrics('The court ordered him to forfeit $4.7 million and to pay a $150,000 fine.'))
      .toEqual([['assets_seized', 4_700_000], ['fines_imposed', 150_000]]);
  });

  it('reads no cases in a referral, and no terms in the range a law provides for', () => {
    expect(metrics('Materials on 38 cases with signs of illegal banking were sent to law enforcement.')).toEqual([]);
    expect(metrics('The investigation is under Article 180 of the Criminal Code, which provides for imprisonment for a term of 7 to 11 years.')).toEqual([]);
  });

  it('reads no term in a deadline, and no fine in a penalty the law "attracts"', () => {
    expect(metrics('The suspects were arraigned, and detectives were given 21 days to complete investigations.')).toEqual([]);
    expect(metrics('Operating an unlicensed virtual asset business attracts a fine of up to KSh 20 million.')).toEqual([]);
    expect(metrics('He was sentenced to 5 years to be served in a general-regime colony.')).toEqual([['prison_term', 5]]);
  });

  it('reads the transactions a platform processed, and compensation of damage as money returned', () => {
    expect(metrics('Prosecutors revealed that the illegal exchange managed to process transactions exceeding $1.28 million.')).toEqual([['platform_turnover', 1_280_000]]);
    expect(metrics('Depositors of financial pyramids received compensation of damage totalling 418 million tenge.')).toEqual([['funds_returned', 418_000_000]]);
  });

  it('reads a part of a count ("including 12 foreign nationals") as no figure of its own', () => {
    expect(metrics('Police arrested 37 people, including 12 foreign nationals.')).toEqual([['persons_arrested', 37]]);
  });
});

describe('comparisons', () => {
  const read = (text: string, published = '2025-04-22') => claimsOf(text, published).map((c) => [c.metric, c.value, c.period_start, c.period_end]);

  it('reads the figure a comparison sets against another as the same metric over its own period', () => {
    expect(read('The EFCC secured 1,240 convictions in the first quarter of 2025, compared with 956 in the same period last year.')).toEqual([
      ['persons_sentenced', 1240, '2025-01-01', '2025-03-31'], ['persons_sentenced', 956, '2024-01-01', '2024-03-31'],
    ]);
    expect(read('In the second quarter alone, regulators blocked 4,118 sites, up from 2,940 in the first quarter.', '2025-07-15')).toEqual([
      ['platforms_blocked', 4118, '2025-04-01', '2025-06-30'], ['platforms_blocked', 2940, '2025-01-01', '2025-03-31'],
    ]);
  });

  it('reads a range of months joined by an en dash, and "the same eight months of 2024"', () => {
    expect(read('The AFM closed 98 illegal crypto exchangers in January–August 2025, up from 27 in the same eight months of 2024.', '2025-09-30')).toEqual([
      ['platforms_closed', 98, '2025-01-01', '2025-08-31'], ['platforms_closed', 27, '2024-01-01', '2024-08-31'],
    ]);
  });

  it('reads "the same period of 2024" as the period it is the same as, in that year', () => {
    expect(read('The AFM put an end to the activity of 112 illegal crypto exchangers between January and September 2025, up from just 19 in the same period of 2024.', '2025-10-15')).toEqual([
      ['platforms_closed', 112, '2025-01-01', '2025-09-30'], ['platforms_closed', 19, '2024-01-01', '2024-09-30'],
    ]);
    expect(read('In the first half of 2025, the AFM closed 39 exchangers. In the same period of 2024, it closed 15 exchangers.', '2025-07-16')).toEqual([
      ['platforms_closed', 39, '2025-01-01', '2025-06-30'], ['platforms_closed', 15, '2024-01-01', '2024-06-30'],
    ]);
  });

  it('reads the counts of a sentence whose verb is the hedge, and cases of a crime', () => {
    expect(read('Since 2022, the total number of resources restricted at its request has exceeded 9,000.').map(([m, v]) => [m, v])).toEqual([['platforms_blocked', 9000]]);
    expect(read('Pre-trial investigations were registered into 9,870 cases of internet fraud.').map(([m, v]) => [m, v])).toEqual([['cases_opened', 9870]]);
  });

  it('reads "a year earlier" as no rate, and "N of them" as the thing named before', () => {
    expect(read('Police arrested 1,230 suspects in 2024, compared with 1,080 a year earlier.', '2025-05-01')).toEqual([
      ['persons_arrested', 1230, '2024-01-01', '2024-12-31'], ['persons_arrested', 1080, '2023-01-01', '2023-12-31'],
    ]);
    expect(read('Police booked 3,106 people in connection with voice phishing between April and October, arresting 418 of them.', '2025-11-27')
      .map(([m, v]) => [m, v])).toContainEqual(['persons_arrested', 418]);
  });

  it('reads the later numbers of a series as the first one\'s thing over their own periods', () => {
    expect(read('It closed four illegal crypto exchangers in 2022, 18 in 2023 and 164 last year.', '2026-03-17')).toEqual([
      ['platforms_closed', 4, '2022-01-01', '2022-12-31'], ['platforms_closed', 18, '2023-01-01', '2023-12-31'], ['platforms_closed', 164, '2025-01-01', '2025-12-31'],
    ]);
    expect(read('The number of blocked websites went from 610 in 2022 to 4,870 in 2025.', '2026-03-17')).toEqual([
      ['platforms_blocked', 610, '2022-01-01', '2022-12-31'], ['platforms_blocked', 4870, '2025-01-01', '2025-12-31'],
    ]);
  });

  it('reads a count by its own noun when that noun is a trigger: "about 60 convictions"', () => {
    expect(read('In 2025, investigators detained close to 60 people and secured about 60 convictions.').map(([m, v]) => [m, v]))
      .toEqual([['persons_arrested', 60], ['persons_sentenced', 60]]);
  });

  it('reads "the 47 it closed" and "before a dozen of its members were detained" by the things named', () => {
    expect(read('The AFM shut down 118 unlicensed crypto exchangers in the first half of 2026, more than double the 47 it closed in the same period last year.', '2026-07-21'))
      .toEqual([['platforms_closed', 118, '2026-01-01', '2026-06-30'], ['platforms_closed', 47, '2025-01-01', '2025-06-30']]);
    expect(read('The network moved over ₸41 billion before a dozen of its members were detained.').map(([m, v]) => [m, v])).toContainEqual(['persons_arrested', 12]);
  });

  it('reads a compared count that names its own thing by that thing', () => {
    expect(read('In January 2025, 212 websites were blocked, compared with 3 closures in January 2024.').map(([m, v]) => [m, v]))
      .toEqual([['platforms_blocked', 212], ['platforms_closed', 3]]);
  });
});

describe('legal references', () => {
  it.each([
    'under the provisions of the Prevention of Money Laundering Act (PMLA), 2002',
    'under the Criminal Code of 1996',
    'under Section 17 of PMLA, 2002',
  ])('takes no period from "%s"', (reference) => {
    const [claim] = claimsOf(`The ED provisionally attached properties worth Rs 24 crore ${reference}.`, '2024-08-22');
    expect([claim?.metric, claim?.period_start, claim?.period_end]).toEqual(['assets_frozen', null, '2024-08-22']);
  });
});

describe('roundups', () => {
  const text = [
    'Dubai: VARA fines 19 firms over unlicensed activity', '',
    'Dubai\'s Virtual Assets Regulatory Authority said it had fined 19 companies a total of AED 4.6 million.', '',
    'Thailand: 210 million baht seized in mule-account raids', '',
    'Officers seized assets worth 210 million baht, including 1.1 million USDT.',
  ].join('\n');

  it('reads an item\'s figures in the country its heading names, once where the heading only restates them', () => {
    expect(claimsOf(text).map((c) => [c.metric, c.value, c.jurisdiction])).toEqual([
      ['fines_imposed', 4_600_000, 'AE'], ['assets_seized', 210_000_000, 'TH'], ['assets_seized', 1_100_000, 'TH'],
    ]);
  });

  it('reads the parts under a heading that is a country\'s name in that country', () => {
    const parts = 'Kazakhstan\n\nThe AFM closed 98 illegal crypto exchangers.\n\nUzbekistan\n\nThe NAPP blocked 517 crypto websites.';
    expect(claimsOf(parts).map((c) => [c.value, c.jurisdiction, c.authority])).toEqual([[98, 'KZ', 'AFM'], [517, 'UZ', 'NAPP']]);
  });

  it('reads a list line\'s participle as its figure\'s own verb, and a label before a dash', () => {
    expect(metrics('- 2022: 4 exchangers closed, 610 websites blocked')).toEqual([['platforms_closed', 4], ['platforms_blocked', 610]]);
    expect(metrics('- suspects detained — 44;')).toEqual([['persons_arrested', 44]]);
  });

  it('reads "3 years 6 months to 7 years" handed out as a prison term', () => {
    expect(claimsOf('The other participants received from 3 years 6 months to 7 years.').map((c) => [c.metric, c.value, c.value_high, c.unit]))
      .toEqual([['prison_term', 42, 84, 'months']]);
  });
});

describe('court rulings', () => {
  const authorities = (text: string) => claimsOf(text).map((c) => c.authority);

  it('gives a ruling reported as the court\'s own news to the court, named by its place', () => {
    expect(authorities('An Istanbul court on Thursday sentenced the founder to 11,196 years in prison.')).toEqual(['Istanbul court']);
    expect(authorities('On November 18, the Specialised Inter-District Criminal Court of Zhambyl Region in Taraz sentenced the founder to seven years in prison.'))
      .toEqual(['Taraz court']);
    expect(authorities('A district criminal court in Ulaanbaatar in December sentenced the organiser to 11 years in prison.')).toEqual(['Ulaanbaatar court']);
    expect(authorities('In Argentina, in June, a federal court in Rosario sentenced two organizers to six years in prison.')).toEqual(['Rosario court', 'Rosario court']);
    expect(authorities('In France, the Bordeaux criminal court in March sentenced three members of a gang to four years in prison.')).toEqual(['Bordeaux court', 'Bordeaux court']);
    const verdict = claimsOf('By the verdict of the Specialised Inter-District Criminal Court of Kostanay region of 19 June 2025, 6 members of the group were found guilty.', '2025-06-24');
    expect(verdict.map((c) => [c.value, c.authority, c.period_start])).toEqual([[6, 'Kostanay court', '2025-06-19']]);
    expect(authorities('In April, the Cape Town Regional Court sentenced two promoters to 12 years\' imprisonment each.')).toEqual(['Cape Town court', 'Cape Town court']);
    expect(authorities('A Federal High Court in Lagos sentenced two directors to seven years each.\nPolice arrested 12 people.'))
      .toEqual(['Lagos court', 'Lagos court', 'NPF']);
  });

  it('names a court by its place without its kind ("People\'s", "Sessions")', () => {
    expect(authorities("In August, the Hanoi People's Court sentenced a dozen defendants to prison.")).toEqual(['Hanoi court']);
    expect(authorities('The Shah Alam Sessions Court fined the mule RM30,000.')).toEqual(['Shah Alam court']);
    expect(authorities('In March, the Baku Grave Crimes Court sentenced three organisers to six years in prison.')).toEqual(['Baku court', 'Baku court']);
    expect(authorities('The arrests follow a ruling in which the Dubai Criminal Court sentenced six members to 10 years in prison.')).toEqual(['Dubai court', 'Dubai court']);
    expect(authorities('The Regional Court (Landgericht) of Düsseldorf on Thursday sentenced five men to prison.')).toEqual(['Düsseldorf court']);
  });

  it('reads a court named by its kind in lower case, after a dateline', () => {
    expect(authorities('SHYMKENT. QazNews24 – The specialised inter-district criminal court of Shymkent has sentenced five organisers of a pyramid.'))
      .toEqual(['Shymkent court']);
    expect(authorities('In December, the Esil district court of Astana sentenced six members of the network.')).toEqual(['Astana court']);
  });

  it('gives the court the rulings told after it without naming who ruled, until an agency is named', () => {
    const text = 'The Shymkent city court has sentenced five organisers of a pyramid.\nThe main organiser was sentenced to 10 years in prison.\n'
      + 'The court ordered the confiscation of 14 apartments.\nThe AFM said it had returned 1.3 billion tenge to victims. Two more organisers were sentenced to 3 years.';
    expect(authorities(text)).toEqual(['Shymkent court', 'Shymkent court', 'Shymkent court', 'AFM', 'AFM', 'AFM']);
  });

  it('dates only the sentence that names the ruling\'s day, and reads "the verdict" as the court\'s', () => {
    const text = 'On 26 February, the specialised inter-district criminal court of Aktobe region sentenced six organisers of a pyramid.\n'
      + 'According to the verdict, the project attracted about 11,400 depositors.\nThe founder was sentenced to eight years in prison.';
    // The depositors the pyramid drew in are the crime's, which the day of the verdict does not date; the ruling's details
    // told after it take no day from it, as coders read them.
    expect(claimsOf(text, '2026-03-05').map((c) => [c.value, c.authority, c.period_start, c.period_end])).toEqual([
      [6, 'Aktobe court', '2026-02-26', '2026-02-26'],
      [11_400, 'Aktobe court', null, '2026-03-05'],
      [8, 'Aktobe court', null, '2026-03-05'],
    ]);
  });

  it('keeps the agency that reports a ruling, and a court placed only in a country', () => {
    expect(authorities('In August, a court in Karaganda sentenced the organiser to four years in prison, according to the AFM.')).toEqual(['AFM']);
    expect(authorities('A court in Kazakhstan has sentenced three cryptocurrency exchange operators to prison for five years.')).toEqual([null, null]);
  });
});

describe('partners', () => {
  it('gives a figure to the agency acting, not to one it worked with', () => {
    const [claim] = claimsOf('In 2025, working together with the Agency for Financial Monitoring (AFM), police shut down 17 illegal crypto exchangers in Kazakhstan.');
    expect([claim?.metric, claim?.authority]).toEqual(['platforms_closed', 'MIA']);
    expect(claimsOf('Together with the AFM, Kazakhstan\'s ARDFM blocked 40 websites.')[0]?.authority).toBe('ARDFM');
    expect(claimsOf('The AFM closed 12 exchangers together with the ARDFM.')[0]?.authority).toBe('AFM');
  });
});

describe('units of a force', () => {
  it('reads "police" in a text that names a police unit as that unit', () => {
    const text = "Thailand's Cyber Crime Investigation Bureau (CCIB) shut down 38 gambling websites.\nPolice seized assets worth 640 million baht.";
    expect(claimsOf(text).map((c) => c.authority)).toEqual(['CCIB', 'CCIB']);
    expect(claimsOf('Thai police seized assets worth 640 million baht in Bangkok.')[0]?.authority).toBe('RTP');
  });
});

describe('shared agency names', () => {
  it('gives a shared name no agency when none of its senses is of the text\'s country', () => {
    const [claim] = claimsOf('According to Interior Ministry figures, Spaniards lost €1.2bn to online scams in 2023.');
    expect([claim?.jurisdiction, claim?.authority]).toEqual(['ES', null]);
  });

  it('reads a shared name in its local sense', () => {
    const [claim] = claimsOf('Kazakhstan\'s Interior Ministry said police detained 34 droppers.');
    expect([claim?.jurisdiction, claim?.authority]).toEqual(['KZ', 'MIA']);
  });

  it('reads "the Financial Police" of an Italian release as the Guardia di Finanza, not Kyrgyzstan\'s', () => {
    const [claim] = claimsOf('In Italy, the Financial Police of Milan have seized 412,000 euro in cash.');
    expect([claim?.jurisdiction, claim?.authority]).toEqual(['IT', 'GdF']);
  });
});

describe('document authority', () => {
  it('reads a publisher\'s agency in the country its name gives, and no licensor or partner of Interpol\'s as acting', () => {
    const text = 'An operation was carried out in 23 provinces of Türkiye, and 94 suspects were apprehended.\n'
      + 'The group sold USDT without a licence from the CMB, and all 12 websites were taken down in cooperation with the Interpol NCB Ankara.';
    const source = { ...sourceOf(text), kind: 'official' as const, publisher: 'Ministry of Interior of the Republic of Türkiye' };
    expect(extract(source).map((c) => [c.value, c.jurisdiction, c.authority])).toEqual([[94, 'TR', 'MOI'], [12, 'TR', 'MOI']]);
  });

  it('reads an official\'s title as their office: a deputy prosecutor general speaks for the Prosecutor General\'s Office', () => {
    const text = 'ASTANA – Deputy Prosecutor General Marat Zhunusov briefed the Mazhilis of Kazakhstan on 10 June.\n'
      + 'Since the beginning of 2026, prosecutors have registered 1,870 criminal cases of internet fraud, he said.\n'
      + 'A deputy cited data from the Anti-Corruption Agency, which detained 23 bank employees in 2025.';
    expect(claimsOf(text, '2026-06-11').map((c) => [c.value, c.authority])).toEqual([[1870, 'GPO'], [23, 'ACA']]);
  });

  it('takes an official source\'s publisher as its authority before agencies it mentions more', () => {
    const text = 'The FBI and the FBI field office helped the FBI.\nAgents seized approximately $3.2 million in cryptocurrency.';
    const source = { ...sourceOf(text), kind: 'official' as const, publisher: "U.S. Attorney's Office, Southern District of New York" };
    expect(extract(source).map((c) => [c.jurisdiction, c.authority])).toEqual([['US', 'DOJ']]);
  });

  it('reads a publisher\'s shared agency name in the country it names, and leads a translated release with it', () => {
    const text = 'Jointly with the Agency for Financial Monitoring, the activity of 17 illegal crypto exchangers was terminated.\n'
      + 'Since the beginning of the year, access to 3 268 internet resources was restricted.';
    const source = { ...sourceOf(text), kind: 'translation' as const, publisher: 'Ministry of Internal Affairs of the Republic of Kazakhstan' };
    expect(extract(source).map((c) => [c.value, c.jurisdiction, c.authority])).toEqual([[17, 'KZ', 'MIA'], [3268, 'KZ', 'MIA']]);
  });

  it('gives a sentence that names no agency to the agency named last before it, across paragraphs', () => {
    const text = 'The Receita Federal said the group moved R$ 1.8 billion. The Receita Federal froze R$ 3 million.\n'
      + 'Federal Police officers arrested 9 people in Brazil.\nDuring the searches, officers seized R$ 2.7 million in cash.';
    expect(claimsOf(text).map((c) => c.authority)).toEqual(['Receita Federal', 'Receita Federal', 'PF', 'PF']);
  });

  it('gives an EU agency\'s totals the EU as jurisdiction', () => {
    const text = 'Police in Germany and the United States arrested 270 suspects, German officials said.';
    const source = { ...sourceOf(text), kind: 'official' as const, publisher: 'Europol' };
    expect(extract(source).map((c) => [c.jurisdiction, c.authority])).toEqual([['EU', 'Europol']]);
  });
});

describe('lists under a line that ends with a colon', () => {
  it('reads an item that names no verb after the line it hangs from, numbered or bulleted', () => {
    expect(metrics('In the searches, the following were seized:\n- 12.750.000 TL, 186.000 USD and 54.000 EUR in cash;\n- 19 vehicles;'))
      .toEqual([['assets_seized', 12_750_000], ['assets_seized', 186_000], ['assets_seized', 54_000], ['items_seized', 19]]);
    expect(metrics('Items seized during the searches:\n\n1. Cash of 8.6 million baht;\n2. 1,050,000 USDT in digital wallets;\n3. 6 cars and 2 condominium units.'))
      .toEqual([['assets_seized', 8_600_000], ['assets_seized', 1_050_000], ['items_seized', 6], ['items_seized', 2]]);
  });

  it('reads things the suspects\' haul includes, though not people the arrestees include', () => {
    expect(metrics('Items recovered from the suspects include 512 laptops, 679 mobile phones and 19 vehicles, he added.'))
      .toEqual([['items_seized', 512], ['items_seized', 679], ['items_seized', 19]]);
  });

  it('reads a fact sheet\'s " | " items, a FAQ\'s answers and a channel post\'s emoji bullets as labelled lines', () => {
    expect(metrics('Key figures\nArrests: 14 | Searches: 9 | Seized: €2.1m | Sites blocked: 37'))
      .toEqual([['persons_arrested', 14], ['assets_seized', 2_100_000], ['platforms_blocked', 37]]);
    expect(metrics('How many exchangers were closed? — 161 in 2025, up from 36 in 2024.')).toEqual([['platforms_closed', 161], ['platforms_closed', 36]]);
    expect(metrics('Results of the week:\n🔹 illegal crypto exchangers stopped: 6\n🔹 online resources blocked: 214')).toEqual([['platforms_closed', 6], ['platforms_blocked', 214]]);
  });

  it('reads a list by year under the line that says what it counts', () => {
    expect(claimsOf('Pyramids uncovered by year:\n- 2022: 118 pyramids\n- 2023: 131 pyramids', '2025-02-01').map((c) => [c.metric, c.value, c.period_start]))
      .toEqual([['schemes_dismantled', 118, '2022-01-01'], ['schemes_dismantled', 131, '2023-01-01']]);
  });

  it('reads the items of a list after an item\'s own participle phrase ("held in wallets controlled by ...")', () => {
    expect(metrics('Investigators seized VND48 billion in cash, 1.4 million USDT held in wallets controlled by the ring\'s leaders, nine cars and 160 bank cards registered to other people.'))
      .toEqual([['assets_seized', 48_000_000_000], ['assets_seized', 1_400_000], ['items_seized', 9], ['items_seized', 160]]);
  });

  it('gives a list-final verb joined to another ("were found and seized") to every item of the list', () => {
    expect(metrics('During the searches, 38 million drams, 41 200 US dollars in cash, 96 computers and 140 mobile phones were found and seized.'))
      .toEqual([['assets_seized', 38_000_000], ['assets_seized', 41_200], ['items_seized', 96], ['items_seized', 140]]);
  });
});

describe('breakdowns by country', () => {
  it('reads a list under a header line', () => {
    const claims = claimsOf('Arrests per country:\n- United States: 130\n- Germany: 42');
    expect(claims.map((c) => [c.metric, c.value, c.jurisdiction])).toEqual([['persons_arrested', 130, 'US'], ['persons_arrested', 42, 'DE']]);
  });

  it('reads a line of an operation\'s results on one country as that country\'s, still reported by the operation\'s agency', () => {
    const claims = claimsOf('Europol coordinated the operation against the network.\nResults:\n- Spain: 4 arrests and 6 searches in Madrid; €310,000 seized\n- Brazil: 6 arrests in São Paulo');
    expect(claims.map((c) => [c.value, c.jurisdiction, c.authority])).toEqual([[4, 'ES', 'Europol'], [310_000, 'ES', 'Europol'], [6, 'BR', 'Europol']]);
  });

  it('reads the items after a total in its sentence', () => {
    const claims = claimsOf('Police arrested 270 people: 130 in the United States, 42 in Germany and 37 in France.');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([['persons_arrested', 270], ['persons_arrested', 130], ['persons_arrested', 42], ['persons_arrested', 37]]);
    expect(claims.slice(1).map((c) => c.jurisdiction)).toEqual(['US', 'DE', 'FR']);
  });
});

describe('more sentence shapes', () => {
  it.each([
    ["Five of Luo's co-conspirators have been sentenced to prison.", 'persons_sentenced', 5],
    ['Investigators seized EUR 50.8 million in cash, 850 kilograms of drugs and 117 firearms.', 'items_seized', 117],
    ['The marketplace facilitated more than $105 million of narcotics sales.', 'platform_turnover', 105_000_000],
    ['ED attaches assets worth Rs. 24.69 Crore in Ponzi case.', 'assets_frozen', 246_900_000],
    ['In 2025 the bureau arrested 740 suspects. In the whole of 2024, it arrested nearly 2,300.', 'persons_arrested', 2_300],
  ])('%s', (text, metric, value) => {
    expect(metrics(text)).toContainEqual([metric, value]);
  });

  it('gives a verb that takes its own figure to that figure, not to the one before it', () => {
    expect(metrics('South Korean police booked 4,912 people in a crackdown, arresting 387 of them.')).toEqual([['persons_arrested', 387]]);
    expect(metrics('Of the 21 defendants, 17 were convicted and four were acquitted.')).toEqual([['persons_sentenced', 17]]);
  });

  it('reads "the five" after a count as the object of its verb, and "11 more in ..." as a series with its own period', () => {
    const text = 'A court has sentenced five members of a group that ran an illegal exchanger.\nAFM officers detained the five in November 2023, during searches of two flats.';
    expect(claimsOf(text).map((c) => [c.metric, c.value])).toEqual([['persons_sentenced', 5], ['persons_arrested', 5]]);
    expect(claimsOf('The AFM closed 26 illegal exchangers in 2023 and 11 more in the first half of 2024.').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[26, '2023-01-01', '2023-12-31'], [11, '2024-01-01', '2024-06-30']]);
  });

  it('sets a count against the last count of the sentence before ("That is up from nine exchangers in 2022")', () => {
    expect(metrics('The AFM liquidated 26 illegal crypto exchangers in 2023. That is up from nine exchangers in 2022.'))
      .toEqual([['platforms_closed', 26], ['platforms_closed', 9]]);
  });

  it('lets brackets that tell a conversion\'s rate ("at the average annual rate") make no other figure an average', () => {
    expect(metrics('In 2024, the AFM liquidated 36 illegal crypto exchangers with a total turnover of 60 billion tenge (about $115 million at the average annual rate).'))
      .toEqual([['platforms_closed', 36], ['platform_turnover', 60_000_000_000], ['platform_turnover', 115_000_000]]);
  });

  it('codes no part of a count told inside dashes, and gives the count the verb after them', () => {
    expect(metrics('Three people – the 34-year-old organiser and two couriers – were detained; 61 000 USDT were seized.'))
      .toEqual([['persons_arrested', 3], ['assets_seized', 61_000]]);
  });

  it('codes no part of a count after "among them"', () => {
    expect(metrics('Ten people were detained, among them two employees of a bank.')).toEqual([['persons_arrested', 10]]);
  });

  it('reads a bare number as the object of a verb only after a count of the sentence before, unless the verb is done only to people', () => {
    expect(metrics('The bureau was set up in 2024. In its first year, it closed nearly 40.')).toEqual([]);
    expect(metrics('The bureau was set up in 2024. In its first year, it arrested nearly 2,300.')).toEqual([['persons_arrested', 2300]]);
  });

  it.each([
    'Two other defendants are scheduled to be sentenced later this year.',
    'The judge ordered him to pay $26,867,242 in restitution.',
    'He was further ordered to restitute the sum of $1,350 to his victim.',
    'Signs said no identification was needed for transactions under £1,000.',
  ])('reads no statistic in "%s"', (text) => {
    expect(metrics(text)).toEqual([]);
  });

  it('skips a repeated headline, as all boilerplate: its figures are the body\'s, counted once', () => {
    const source = { ...sourceOf('Man jailed for four years\nHe ran ATMs.'), boilerplate: [{ start: 0, end: 25, reason: 'repeated headline' }] };
    expect(extract(source)).toEqual([]);
  });
});

describe('sentences of unbroken text', () => {
  it('cuts a run without spaces into bounded pieces that cover it in order', async () => {
    const { splitSentences } = await import('./sentences.js');
    const text = '1,2'.repeat(5000);
    const pieces = splitSentences(text);
    expect(pieces.every((p) => p.text.length <= 1000)).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});
