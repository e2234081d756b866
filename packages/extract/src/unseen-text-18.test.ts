import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles and codings of 2026-11-25's twenty-first session showed misread, each rule as its own
// case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value, c.unit]);

describe('what was done to money, read in the twenty-first session', () => {
  it('reads a verb after "in cash and" as the next item\'s own, not a place phrase\'s noun', () => {
    expect(metrics('During the searches, the ED seized Rs 62 lakh in cash and froze crypto assets worth Rs 12.4 crore held on Indian exchanges.'))
      .toEqual([['assets_seized', 6_200_000, 'INR'], ['assets_frozen', 124_000_000, 'INR']]);
    // A place phrase's "and" still joins two names: "in Naples and Caserta" holds no verb.
    expect(metrics('Finance police seized assets worth 11.3 mln euros, including 17 properties in Naples and Caserta, nine cars and 63 bitcoin.').map(([m]) => m))
      .toEqual(['assets_seized', 'items_seized', 'items_seized', 'assets_seized']);
  });

  it('reads money returned to complainants as returned, whoever was arrested in the sentence', () => {
    expect(metrics('The NCCIA registered 1,146 cases and arrested 389 suspects, adding that Rs 412 million had been returned to complainants.').at(-1))
      .toEqual(['funds_returned', 412_000_000, 'PKR']);
  });

  it('reads crypto moved into the authorities\' wallets as seized, not into the leaders\' wallets', () => {
    expect(metrics('- USDT 1,2 million transferred to wallets controlled by the PF')).toEqual([['assets_seized', 1_200_000, 'USDT']]);
    expect(metrics('At least 9.7 million USDT was transferred to wallets controlled by the leaders of the group.').map(([m]) => m)).not.toContain('assets_seized');
  });

  it('reads money under Nigeria\'s interim forfeiture as frozen, and properties under one as seized things', () => {
    expect(metrics('A Federal High Court in Abuja granted the EFCC an order of interim forfeiture of N4.7 billion and $1.9 million held in 52 bank accounts.'))
      .toEqual([['assets_frozen', 4_700_000_000, 'NGN'], ['assets_frozen', 1_900_000, 'USD']]);
    expect(metrics('A Federal High Court in Lagos has also granted an interim forfeiture order on 23 properties in Lekki.')).toEqual([['items_seized', 23, 'count']]);
  });

  it('reads Colombia\'s precautionary measures for asset forfeiture as a freeze', () => {
    expect(metrics('The Fiscalía also imposed precautionary measures for the purpose of asset forfeiture on 23 properties valued at some COP 38,000 million.'))
      .toEqual([['assets_frozen', 38_000_000_000, 'COP']]);
  });

  it('takes a sum "along with" items whose own participle phrases ("hosted in ...") stand between', () => {
    expect(metrics('Agents seized three domains used by the service and 11 servers hosted in a data centre near Amsterdam, along with 412 BTC held in the mixer\'s wallets.').at(-1))
      .toEqual(['assets_seized', 412, 'BTC']);
  });

  it('reads a sum "seized or frozen" as its first verb\'s, as one "seized or restrained"', () => {
    expect(metrics('More than S$3 billion in assets were seized or frozen in that investigation.')).toEqual([['assets_seized', 3_000_000_000, 'SGD']]);
    expect(metrics('Agents seized or restrained more than $140 million.')).toEqual([['assets_seized', 140_000_000, 'USD']]);
  });

  it('reads sums valued "at Thursday\'s prices" as sums, not prices', () => {
    expect(metrics('In crypto assets, the PF seized 14,6 BTC and 212 ETH, worth a total of about R$ 19,8 million at Thursday\'s prices.').map(([m]) => m))
      .toEqual(['assets_seized', 'assets_seized', 'assets_seized']);
  });

  it('reads "17 thousand 600 million pesos" as 17,600 million', () => {
    expect(metrics('The network evaded taxes of 17 thousand 600 million pesos.')).toEqual([['illicit_volume', 17_600_000_000, 'MXN']]);
  });

  it('reads cash "intervened" (Spanish intervenidos) as seized', () => {
    expect(metrics('- 1,1 million euros in cash intervened')).toEqual([['assets_seized', 1_100_000, 'EUR']]);
  });

  it('reads "illicit flows" as illicit volume, and penalties for limit violations as fines, not a limit', () => {
    expect(metrics('The GdF uncovered illicit flows in crypto-assets of €356 million in 2025.')).toEqual([['illicit_volume', 356_000_000, 'EUR']]);
    expect(metrics('- Administrative penalties for currency and cash-limit violations: €14.3 million')).toEqual([['fines_imposed', 14_300_000, 'EUR']]);
  });

  it('reads "duping" people of a sum as the crime\'s volume', () => {
    expect(metrics('Police arrested an engineer for allegedly duping 46 people of Rs 1.12 crore through a fake trading app.').at(-1))
      .toEqual(['illicit_volume', 11_200_000, 'INR']);
  });
});

describe('who was counted, read in the twenty-first session', () => {
  it('counts "one of the men" an arrest verb takes', () => {
    expect(metrics('FIOD officers arrested one of the men in Rotterdam on June 9.')).toEqual([['persons_arrested', 1, 'count']]);
  });

  it('counts no arrests among people indicted, unless they were "arrested and indicted"', () => {
    expect(metrics('Prosecutors have indicted 14 people, five of them under arrest, on charges of running an illegal exchange ring.'))
      .toEqual([['persons_arrested', 5, 'count']]);
    expect(metrics('Police arrested and indicted 14 people.')).toEqual([['persons_arrested', 14, 'count']]);
  });

  it('counts no parts of people told apart by nationality in apposition', () => {
    expect(metrics('The court sentenced 11 people, eight Chinese and three Cambodians, to between five and 10 years in prison.').map(([m, v]) => [m, v]))
      .toEqual([['persons_sentenced', 11], ['prison_term', 5]]);
  });

  it('counts no arrests among people still sought, and no places as people', () => {
    expect(metrics('Two alleged promoters, believed to have fled to Dubai, are the subject of international arrest warrants.')).toEqual([]);
    expect(metrics('Of the 19 suspects, 14 were arrested in Kimilili, while three others are still at large.')).toEqual([['persons_arrested', 14, 'count']]);
    // Not people arrested "who were wanted" elsewhere.
    expect(metrics('The PJ arrested two Brazilians in Lisbon who were wanted in Brazil for laundering.')).toEqual([['persons_arrested', 2, 'count']]);
    expect(metrics('The police have arrested 48 people in 14 provinces accused of lending their bank accounts.')).toEqual([['persons_arrested', 48, 'count']]);
  });

  it('counts no arrests among people placed under investigation or remanded out of those arrested', () => {
    expect(metrics('Officers arrested nine people, placed 31 others under investigation and seized cryptoassets and cash.').map(([m, v]) => [m, v]))
      .toEqual([['persons_arrested', 9]]);
    expect(metrics('Officers arrested 21 people in raids in Madrid and Valencia, 14 of whom have been remanded in custody.').map(([m, v]) => [m, v]))
      .toEqual([['persons_arrested', 21]]);
  });

  it('counts no cases opened among those whose investigation was completed', () => {
    expect(metrics('In 2025, BES detectives completed pre-trial investigations in 4 312 criminal proceedings.')).toEqual([]);
  });

  it('reads sites "taken off the air" and unauthorised crypto businesses wound up as closures', () => {
    expect(metrics('- 21 betting sites taken off the air')).toEqual([['platforms_closed', 21, 'count']]);
    expect(metrics('BaFin ordered the winding-up of 17 unauthorised crypto businesses in 2024.')).toEqual([['platforms_closed', 17, 'count']]);
  });

  it('leaves a stablecoin issuer\'s own running total of freezes uncounted', () => {
    expect(metrics('- Tether says it has now frozen more than $3.3 billion in USDT and worked with over 290 law enforcement agencies in 62 countries.')).toEqual([]);
    expect(metrics('- The T3 Financial Crime Unit, run by Tron, Tether and TRM Labs, says it has frozen more than $300 million since its launch in 2024.')).toEqual([]);
  });
});

describe('lists and charges, read in the twenty-first session', () => {
  it('counts a labelled list line\'s bare count with its verb: "- Baku: 41 detained"', () => {
    expect(metrics('Police detained 120 people in the first half of the year.\n\n- Baku: 41 detained\n- Sumgait: 12 detained'))
      .toEqual([['persons_arrested', 120, 'count'], ['persons_arrested', 41, 'count'], ['persons_arrested', 12, 'count']]);
    // A tally's next item after a comma drops its noun too.
    expect(metrics('Khatlon region: 3 exchange points, 9 detained.')).toEqual([['persons_arrested', 9, 'count']]);
    // A bare "- 12 arrested in Cádiz ..." is a headline's link, no count.
    expect(metrics('Other news:\n\n- 12 arrested in Cádiz for introducing 4.000 kilos of hashish')).toEqual([]);
  });

  it('dates a breakdown\'s lines by the period its header names', () => {
    const periods = claimsOf('Police detained 9,860 suspects in the first 10 months of 2026.\n\nProvincial breakdown of detentions (January\u2013October):\n\n- Istanbul: 2,318\n- Ankara: 1,104', '2026-11-04')
      .map((c) => [c.value, c.period_start, c.period_end]);
    expect(periods).toEqual([[9860, '2026-01-01', '2026-10-31'], [2318, '2026-01-01', '2026-10-31'], [1104, '2026-01-01', '2026-10-31']]);
  });

  it('reads a breakdown by region that names no count as the count said just before, over its period', () => {
    const text = 'In the first half of 2025, police detained 1,874 droppers, compared with 1,212 a year earlier.\n\nThe ministry published a breakdown by region:\n\n- Minsk \u2013 702\n- Gomel region \u2013 318';
    expect(claimsOf(text, '2025-08-10').slice(2).map((c) => [c.metric, c.value, c.period_start, c.period_end]))
      .toEqual([['persons_arrested', 702, '2025-01-01', '2025-06-30'], ['persons_arrested', 318, '2025-01-01', '2025-06-30']]);
    // A lead that names its own count is read as itself.
    expect(metrics('Investigators took control of 117 domains.\n\nArrests on the action day by country:\n\n- Poland: 5\n- Italy: 3').slice(1))
      .toEqual([['persons_arrested', 5, 'count'], ['persons_arrested', 3, 'count']]);
  });

  it('breaks the count said before down by the places after a "by region ...:" lead in the same line', () => {
    expect(metrics('Police closed 59 exchangers in the third quarter.\n\nBy region (exchangers closed): Almaty \u2013 23, Astana \u2013 14, Shymkent \u2013 11.'))
      .toEqual([['platforms_closed', 59, 'count'], ['platforms_closed', 23, 'count'], ['platforms_closed', 14, 'count'], ['platforms_closed', 11, 'count']]);
  });

  it('reads lines marked with an em dash as a list\'s items under its lead', () => {
    expect(metrics('By region, the most criminal cases were opened in:\n\n\u2014 the city of Dushanbe \u2013 117;\n\u2014 Sughd region \u2013 84;'))
      .toEqual([['cases_opened', 117, 'count'], ['cases_opened', 84, 'count']]);
  });

  it('counts no arrests among the people criminal cases were brought against', () => {
    expect(metrics('Criminal cases were brought against 196 persons during the year.')).toEqual([]);
  });

  it('reads damage compensated "to citizens and the state budget" as returned, not a budget', () => {
    expect(metrics('Damage of 96.4 billion soums was compensated to citizens and the state budget during the investigation.'))
      .toEqual([['funds_returned', 96_400_000_000, 'UZS']]);
  });
});

describe('terms read in the twenty-first session', () => {
  it('reads the others\' terms after a semicolon under the verb before it', () => {
    expect(metrics('The founder received 15 years; the others between 6 and 11 years.')).toEqual([['prison_term', 15, 'years'], ['prison_term', 6, 'years']]);
  });
});

describe('elided nouns, read in the twenty-first session', () => {
  it('dates "in the reporting year" by the year the release named before', () => {
    expect(claimsOf('The AFM summed up its results for 2025.\n\nIn the reporting year, 73 criminal cases were registered.', '2026-01-27')
      .map((c) => [c.value, c.period_start, c.period_end])).toEqual([[73, '2025-01-01', '2025-12-31']]);
  });

  it('counts the parts of a count told by the article they fall under, or what they were on', () => {
    expect(metrics('In 2025, 73 criminal cases were registered, including 41 under Article 307 of the Criminal Code and 32 under Article 296.').map(([m, v]) => [m, v]))
      .toEqual([['cases_opened', 73], ['cases_opened', 41], ['cases_opened', 32]]);
    expect(metrics('The police have initiated 214 criminal cases on illegal gambling business, including 88 on online casinos.').map(([m, v]) => [m, v]))
      .toEqual([['cases_opened', 214], ['cases_opened', 88]]);
    // Not the top of an age range.
    expect(metrics('Investigators arrested four suspects aged between 36 and 58 on the basis of arrest warrants.').map(([m, v]) => [m, v]))
      .toEqual([['persons_arrested', 4]]);
  });

  it('reads a fine in tenge in brackets after its monthly calculation indices, and what victims have received as returned', () => {
    expect(metrics('The organiser was additionally fined 3 000 MCI (11 796 000 tenge).')).toEqual([['fines_imposed', 11_796_000, 'KZT']]);
    expect(metrics('Victims have so far received 2.9 billion tenge from the sale of seized property.')).toEqual([['funds_returned', 2_900_000_000, 'KZT']]);
  });

  it('counts "and another 41" as more of the thing counted before', () => {
    expect(metrics('The agency closed 112 exchangers in the first nine months of 2025 and another 41 in the fourth quarter alone.'))
      .toEqual([['platforms_closed', 112, 'count'], ['platforms_closed', 41, 'count']]);
    // Not where a clause of its own follows the number.
    expect(metrics('Police said 97 people were arrested and another 315, aged between 16 and 74, were being investigated.'))
      .toEqual([['persons_arrested', 97, 'count']]);
  });
});

describe('what the law provides, read in the twenty-first session', () => {
  it('reads no term in what a law\'s sanction provides or a crime attracts, nor in a suspension\'s length', () => {
    expect(metrics('The sanction of the article provides up to 10 years of imprisonment.')).toEqual([]);
    expect(metrics('For this, the punishment up to 5 years of imprisonment is provided.')).toEqual([]);
    expect(metrics('Money laundering attracts a term of not less than four years and up to 14 years on conviction.')).toEqual([]);
    expect(metrics('The operator was also ordered to suspend new-customer deposits and withdrawals for three months.')).toEqual([]);
  });

  it('reads no term in time spent on remand, credited, or left to serve, nor in the numbers of counts', () => {
    expect(metrics('The magistrate noted that the two had spent 14 months in remand.')).toEqual([]);
    expect(metrics('He received credit of 14 months for pre-sentence custody, leaving 58 months to serve.')).toEqual([]);
    expect(metrics('So five years and six months remain to be served.')).toEqual([]);
    expect(metrics('The judge sentenced him to six years in custody, less credit for time spent.')).toEqual([['prison_term', 6, 'years']]);
    expect(metrics('The court sentenced Okafor to 15 years imprisonment on each of counts one to eight and 10 years on each of counts nine to 12.'))
      .toEqual([['prison_term', 15, 'years'], ['prison_term', 10, 'years']]);
    // "counts" as a verb is no count's number.
    expect(metrics('The AFM counts 61 people convicted in its cases in ten months.')).toEqual([['persons_sentenced', 61, 'count']]);
  });

  it('counts no one yet to be sentenced', () => {
    expect(metrics('The judge jailed two men; three more defendants to be sentenced next month.').map(([m, v]) => [m, v])).toEqual([['persons_sentenced', 2]]);
    expect(metrics('Rasuli is the last of five defendants to be sentenced in the case.')).toEqual([['persons_sentenced', 5, 'count']]);
  });
});

describe('Kazakhstan-style tallies, read in the twenty-first session', () => {
  it('reads a tilde as a hedge, and what victims "got back" as returned (not a victim\'s own words)', () => {
    expect(claimsOf('Over 3,600 websites were blocked last year, up from ~1,000 in 2023.', '2025-02-05').map((c) => [c.value, c.qualifier, c.period_start]))
      .toEqual([[3600, 'more_than', '2024-01-01'], [1000, 'approximately', '2023-01-01']]);
    expect(metrics('Victims of pyramids got back \u20b82.9bn, according to the Prosecutor General\'s Office.')).toEqual([['funds_returned', 2_900_000_000, 'KZT']]);
    expect(metrics('"I put in 4.5 million tenge in 2023 and got back 600,000," said a teacher from Khromtau.')).toEqual([]);
  });

  it('counts pyramids "flagged", and no arrests among people put on the wanted list', () => {
    expect(metrics('The ARDFM flagged 97 financial pyramids in the first nine months.')).toEqual([['schemes_dismantled', 97, 'count']]);
    expect(metrics('11 participants of the group were detained, and two organisers have been put on the international wanted list.'))
      .toEqual([['persons_arrested', 11, 'count']]);
  });
});

describe('estimates by no authority, read in the twenty-first session', () => {
  it('leaves out what unnamed analytics or security firms and the UN estimate, not what police did with a firm\'s help', () => {
    expect(metrics('Blockchain analytics firms estimate that illicit addresses received at least $154 billion this year.')).toEqual([]);
    expect(metrics('According to a blockchain security firm, hackers stole more than $2.9 billion in crypto in the first ten months.')).toEqual([]);
    expect(metrics('The United Nations Office on Drugs and Crime has estimated that at least 120,000 people were held in scam compounds.')).toEqual([]);
    expect(metrics('Police, helped by a blockchain analytics firm, seized $5 million.')).toEqual([['assets_seized', 5_000_000, 'USD']]);
  });
});
