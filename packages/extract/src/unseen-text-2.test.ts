import { describe, expect, it } from 'vitest';
import { createExtractor } from './extract.js';
import { claimsOf, sourceOf } from './_test-helpers.js';
import { resolveCodebook } from '@reckon/schema';

// Sentences of the articles written for the dev corpus on 2026-11-23 (articles 402-471), each rule as its own case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value]);

describe('sentences of articles 402-471', () => {
  it('counts a scheme\'s victims as its customers, but not victims of a break-in or those paid back', () => {
    expect(metrics('In 2025 the Agency uncovered 31 financial pyramids, whose 42,800 victims suffered damage of ₸64.1 billion.'))
      .toEqual([['schemes_dismantled', 31], ['customers_served', 42_800], ['illicit_volume', 64_100_000_000]]);
    expect(metrics('Damage from the pyramids exceeded ₸21 billion, and more than 27,000 people were affected.'))
      .toEqual([['illicit_volume', 21_000_000_000], ['customers_served', 27_000]]);
    expect(metrics('Prosecutors said the SIM-swap gang stole cryptocurrency worth £4.3 million from at least 38 victims.')).toEqual([['illicit_volume', 4_300_000]]);
    expect(metrics('So far €1,9 million has been paid back to 340 victims.')).toEqual([['funds_returned', 1_900_000]]);
  });

  it('reads the residents a scheme served or an exchanger sold to as no population', () => {
    expect(metrics('The project attracted ₸380 million from 640 residents of Pavlodar and Aksu.')).toEqual([['illicit_volume', 380_000_000], ['customers_served', 640]]);
    expect(metrics('The exchange office processed more than 900 million soms, selling bitcoin to residents of Bishkek.')).toEqual([['platform_turnover', 900_000_000]]);
    expect(metrics('Karaganda region has about 1.1 million residents.')).toEqual([]);
  });

  it('reads the pataca, the Belarusian "Br", Kenya\'s "Sh", Egypt\'s "LE" and "Turkish Liras"', () => {
    const units = (text: string) => claimsOf(text).map((c) => [c.value, c.unit]);
    expect(units('During the operation, the police seized HK$1 235 000 and MOP 312 000 in cash.')).toEqual([[1_235_000, 'HKD'], [312_000, 'MOP']]);
    expect(units('Police closed 6 illegal crypto exchangers with a combined turnover of Br 21.4 million.')).toEqual([[6, 'count'], [21_400_000, 'BYN']]);
    expect(units('The ARA seized Sh74.3 million.')).toEqual([[74_300_000, 'KES']]);
    expect(units('Police seized LE3.6 million in cash.')).toEqual([[3_600_000, 'EGP']]);
    expect(units('Police froze 8.4 billion Turkish Liras.')).toEqual([[8_400_000_000, 'TRY']]);
  });

  it('reads the funds a court\'s cases involved, cases a verb opens whatever their crime, and "N of them were arrested"', () => {
    expect(metrics('Funds involved in the cases totalled about 9.2 billion yuan.')).toEqual([['illicit_volume', 9_200_000_000]]);
    expect(metrics('From January to September 2025, the PJ opened 428 cases of illegal currency exchange.')).toEqual([['cases_opened', 428]]);
    expect(metrics('Nine of them were placed under arrest.')).toEqual([['persons_arrested', 9]]);
  });

  it('reads the websites two modifiers before "and" describe, and a charge "will allege" as the deed', () => {
    expect(metrics('ASIC said it took down 1,730 investment scam and phishing websites.')).toEqual([['platforms_closed', 1730]]);
    expect(metrics('The AFP will allege the network laundered about $27 million since October 2023.')).toEqual([['illicit_volume', 27_000_000]]);
  });

  it('reads a roundup\'s capitalised country heading as its section\'s country', () => {
    const text = 'IRAN\n\nPolice seized 1,250 mining machines.\n\nMOROCCO\n\nA court in Marrakech fined them a total of 4.8 million dirhams.';
    expect(claimsOf(text).map((c) => [c.jurisdiction, c.unit])).toEqual([['IR', 'count'], ['MA', 'MAD']]);
  });

  it('dates a figure "in the same year" by the year named before', () => {
    const text = 'In 2024, courts ordered access bans on 1,642 websites.\n\nIn the same year, the Board imposed fines totalling 148.6 million TL.';
    expect(claimsOf(text, '2025-05-14').map((c) => [c.value, c.period_start, c.period_end])).toEqual([
      [1642, '2024-01-01', '2024-12-31'], [148_600_000, '2024-01-01', '2024-12-31']]);
  });

  it('reads part of a scheme\'s money that was converted as crime\'s money still', () => {
    expect(metrics('The group collected Tk 540 crore from investors. Of the money, about Tk 210 crore was converted into USDT through peer-to-peer traders.'))
      .toEqual([['illicit_volume', 5_400_000_000], ['illicit_volume', 2_100_000_000]]);
    expect(metrics('The group collected Tk 540 crore from investors. Of the money, Tk 50 crore was frozen.'))
      .toEqual([['illicit_volume', 5_400_000_000], ['assets_frozen', 500_000_000]]);
  });

  it('reads no count in a part of the count just said, but a sum\'s items still count', () => {
    expect(metrics('Police have arrested more than 3,800 people, about 2,900 of them foreigners.')).toEqual([['persons_arrested', 3800]]);
    expect(metrics('We seized 11 vehicles including four luxury cars, and 40 phones.')).toEqual([['items_seized', 11], ['items_seized', 40]]);
    expect(metrics('It ordered the confiscation of ₸5.4 billion in assets, including 11 apartments.')).toEqual([['assets_seized', 5_400_000_000], ['items_seized', 11]]);
    expect(metrics('Police booked 3,106 people, arresting 418 of them.')).toEqual([['persons_arrested', 418]]);
  });

  it('counts scam compounds shut down as platforms closed', () => {
    expect(metrics('Authorities had shut down 68 scam compounds.')).toEqual([['platforms_closed', 68]]);
  });

  it('reads "$84.6 million pesos" as pesos, Latin American captures as arrests, and savers a sum was taken from as customers', () => {
    expect(claimsOf('The UIF froze 31 accounts holding $84.6 million pesos.').map((c) => [c.value, c.unit])).toEqual([[84_600_000, 'MXN']]);
    expect(metrics('The Fiscalía said seven people were captured on May 14 in Bogotá.')).toEqual([['persons_arrested', 7]]);
    expect(metrics('The scheme took about 41 billion pesos (roughly US$28 million) from some 9,000 savers.'))
      .toEqual([['illicit_volume', 41_000_000_000], ['illicit_volume', 28_000_000], ['customers_served', 9000]]);
  });

  it('reads part of a sum "Of this amount" by the sum\'s metric, and a label\'s head noun before its preposition', () => {
    expect(metrics('The network laundered 500 million pesos. Of this amount, 310 million pesos was converted into USDT.'))
      .toEqual([['illicit_volume', 500_000_000], ['illicit_volume', 310_000_000]]);
    expect(metrics('Criminal investigations opened on Board complaints: 214')).toEqual([['cases_opened', 214]]);
  });

  it('reads a mixer\'s and a machine\'s turnover, exchange operations, and crime\'s money that came from a crime', () => {
    expect(metrics('Active since 2016, Blendora has mixed bitcoin worth more than EUR 1.3 billion.')).toEqual([['platform_turnover', 1_300_000_000]]);
    expect(metrics('Between January 2023 and November 2025, more than 26,8 million euros in cash were introduced into the machines.'))
      .toEqual([['platform_turnover', 26_800_000]]);
    expect(metrics('In 2024 the group carried out exchange operations with a total value of approx. 64,3 million lei.')).toEqual([['platform_turnover', 64_300_000]]);
    expect(metrics('The turnover of the exchanger exceeded 14 billion tenge, of which at least 3.8 billion tenge came from drug shops.'))
      .toEqual([['platform_turnover', 14_000_000_000], ['illicit_volume', 3_800_000_000]]);
    expect(metrics('The turnover amounted to 33 billion tenge, of which more than 12 billion tenge was received from darknet drug stores.'))
      .toEqual([['platform_turnover', 33_000_000_000], ['illicit_volume', 12_000_000_000]]);
  });

  it('reads a blackout of websites and a running total "brings to N the number of" as blocking, and "Ft" as forints', () => {
    expect(metrics('Consob said it had ordered the blackout of nine new websites offering unauthorised services.')).toEqual([['platforms_blocked', 9]]);
    expect(metrics('That brings to 1,412 the number of sites blacked out since July 2019.')).toEqual([['platforms_blocked', 1412]]);
    expect(claimsOf('The MNB fined a crypto exchange 95 million Ft in October.').map((c) => [c.metric, c.unit])).toEqual([['fines_imposed', 'HUF']]);
  });

  it('names the court that rules in an agency\'s own release, and the court an agency says ruled', () => {
    const extract = createExtractor({ codebook: resolveCodebook(undefined) });
    const release = { ...sourceOf('The AFU secured a forfeiture order for R56,3 million.\n\nIn a separate matter, the Cape Town Specialised Commercial Crimes Court on 3 February 2026 sentenced the founder to 18 years\' imprisonment. The court found that the company defrauded 1 386 investors.'), kind: 'official' as const, publisher: 'National Prosecuting Authority' };
    expect(extract(release).map((c) => c.authority)).toEqual(['NPA', 'Cape Town court', 'Cape Town court']);
    expect(claimsOf('The Public Prosecution stated that the Criminal Court in Riyadh issued a preliminary ruling convicting 14 defendants.').map((c) => c.authority))
      .toEqual(['Riyadh court']);
  });

  it('dates a figure of a relative clause by its own clause, and a report "said in January" not at all', () => {
    const periods = (text: string, published: string) => claimsOf(text, published).map((c) => [c.value, c.period_start, c.period_end]);
    expect(periods('Detectives arrested nine suspects on April 9 and 10 over an app that took about KSh 1.2 billion between May 2024 and January 2026.', '2026-04-14'))
      .toEqual([[9, '2026-04-09', '2026-04-10'], [1_200_000_000, '2024-05-01', '2026-01-31']]);
    expect(periods('The MPS said in January that police had broken up 1,320 gangs in 2024.', '2025-05-06')).toEqual([[1320, '2024-01-01', '2024-12-31']]);
  });

  it('reads the numbers in brackets after the places most of a count were in', () => {
    expect(claimsOf('By region, the most exchangers closed in 2025 were in Almaty (48), Shymkent (27) and Astana (22).').map((c) => [c.metric, c.value]))
      .toEqual([['platforms_closed', 48], ['platforms_closed', 27], ['platforms_closed', 22]]);
  });

  it('voids the licensed platforms\' turnover that a sentence refers back to, not an illegal one\'s', () => {
    expect(metrics('Exchange is allowed only on the 23 platforms licensed by the AFSA. In nine months of 2025, their turnover reached $9.1 billion.')).toEqual([]);
    expect(metrics('The AFM closed 36 illegal exchangers. Their turnover reached $50 million.')).toEqual([['platforms_closed', 36], ['platform_turnover', 50_000_000]]);
  });

  it('reads players who made deposits and sums paid out to victims', () => {
    expect(metrics('More than 12 thousand players from all regions of the country made deposits through the group.')).toEqual([['customers_served', 12_000]]);
    expect(metrics('Prosecutors returned ₸3.2 bln to victims, including 1.4 mln USDT paid out through a licensed exchange.'))
      .toEqual([['funds_returned', 3_200_000_000], ['funds_returned', 1_400_000]]);
  });

  it('reads call centres police exposed as groups, and people sentenced after the relative clause that describes them', () => {
    expect(metrics('Police exposed 36 fraudulent call centres over the same period.')).toEqual([['groups_exposed', 36]]);
    expect(metrics('Four droppers who recruited other card holders were sentenced to terms from 2.5 to 4 years.'))
      .toEqual([['persons_sentenced', 4], ['prison_term', 2.5]]);
  });

  it('reads "Rs." glued to its number, the "/-" Indian amounts end on, and a "Recovery" list', () => {
    expect(claimsOf('The ED provisionally attached properties worth Rs.48.27 Crore under the PMLA.').map((c) => [c.metric, c.value, c.unit]))
      .toEqual([['assets_frozen', 482_700_000, 'INR']]);
    expect(metrics('Recovery from the arrested accused:\n\n- 19 mobile phones\n- Cash Rs 18,62,500/-')).toEqual([['items_seized', 19], ['assets_seized', 1_862_500]]);
    expect(metrics('Police seized version 2.5 of the app.')).toEqual([]);
  });

  it('reads Swiss apostrophe thousands, a range that repeats its currency sign, and a running total "taking its total to"', () => {
    expect(metrics("In 2025, FINMA opened 1'184 investigations into unauthorised activities.")).toEqual([['cases_opened', 1184]]);
    expect(claimsOf('The individual penalties imposed this year ranged from Dh100,000 to Dh600,000, VARA said.').map((c) => [c.value, c.value_high]))
      .toEqual([[100_000, 600_000]]);
    expect(metrics('ASIC took down 1,730 scam websites in the quarter, taking its total since July 2023 to more than 16,500.'))
      .toEqual([['platforms_closed', 1730], ['platforms_closed', 16_500]]);
  });

  it('reads proceedings commenced as cases, but not charges laid or cases referred to prosecutors', () => {
    expect(metrics('The SFC commenced 84 investigations and laid 41 criminal charges.')).toEqual([['cases_opened', 84]]);
    expect(metrics('FINMA referred 127 cases to the cantonal prosecution authorities.')).toEqual([]);
  });

  it('keeps a fine apart from the restitution ordered after it, and people sentenced for a platform "licensed by" no one', () => {
    expect(metrics('FINRA fined a broker-dealer $1.1 million and ordered it to pay $640,000 in restitution to customers.')).toEqual([['fines_imposed', 1_100_000]]);
    expect(metrics('The court jailed seven people who ran a fake platform that falsely claimed to be licensed by the SCA.')).toEqual([['persons_sentenced', 7]]);
    expect(metrics('Users rented virtual mining machines for between KSh 2,000 and KSh 150,000 before the app froze withdrawals.')).toEqual([]);
  });

  it('reads "R3.5-million", East Africa\'s "Sh" by the text\'s country, and Gulf dinars and rials', () => {
    const units = (text: string) => claimsOf(text).map((c) => [c.value, c.unit]);
    expect(units('The FSCA has imposed an administrative penalty of R3.5-million on the platform.')).toEqual([[3_500_000, 'ZAR']]);
    expect(units('In Tanzania, police recovered Sh94 million in cash.')).toEqual([[94_000_000, 'TZS']]);
    expect(units('Uganda police froze Shs640 million.')).toEqual([[640_000_000, 'UGX']]);
    expect(units('Bahrain police seized BHD 86,400 in cash, and Oman police seized RO 38,500.')).toEqual([[86_400, 'BHD'], [38_500, 'OMR']]);
  });

  it('reads a Turkish precautionary measure as a freeze, and "out of which" as a clause of its own', () => {
    expect(metrics('Upon the request of the Prosecutor\'s Office, a precautionary measure was imposed by the court on assets worth 412 million TL.'))
      .toEqual([['assets_frozen', 412_000_000]]);
    expect(metrics('The unit had recovered N1.2bn from fraudsters since January, out of which N640m had been returned to victims.'))
      .toEqual([['assets_seized', 1_200_000_000], ['funds_returned', 640_000_000]]);
  });

  it('reads a news agency\'s initials in a dateline or a source as no enforcement agency', () => {
    const text = 'Lagos (AFP) – Nigeria\'s anti-graft agency said Tuesday it had arrested 214 people in a raid in Port Harcourt.';
    expect(claimsOf(text).map((c) => [c.jurisdiction, c.authority])).toEqual([['NG', null]]);
    expect(claimsOf('The Australian Federal Police (AFP) arrested 12 people in Sydney.').map((c) => c.authority)).toEqual(['AFP']);
  });

  it('reads a unit introduced "of the MVD" as that agency, and a police force\'s bureaus as the force', () => {
    const text = 'Officers of the Main Directorate for Combating Cybercrime (GUPK) of the MVD detained 12 droppers in Minsk.\n\nThe GUPK said it seized BYN 1.2 million.';
    expect(claimsOf(text).map((c) => c.authority)).toEqual(['MVD', 'MVD']);
    expect(claimsOf('Police\'s Commercial Crime Bureau (CCB) arrested 17 persons in Hong Kong.').map((c) => c.authority)).toEqual(['HKPF']);
  });

  it('reads a sum a group had taken from its subscribers, bettors as customers, and "had taken down" as a takedown', () => {
    expect(metrics('The spokesman said the group had taken at least $11 million from more than 2,000 victims since 2023.'))
      .toEqual([['illicit_volume', 11_000_000], ['customers_served', 2000]]);
    expect(metrics('The platform collected about N18.6bn from more than 52,000 subscribers.')).toEqual([['illicit_volume', 18_600_000_000], ['customers_served', 52_000]]);
    expect(metrics('About 65,000 Ukrainians placed bets on the casinos.')).toEqual([['customers_served', 65_000]]);
    expect(metrics('The FCA said it had taken down 1,690 scam websites.')).toEqual([['platforms_closed', 1690]]);
  });

  it('reads people a term was handed to, counts broken down by place after "Most of the", and what a sum was converted into', () => {
    expect(metrics('Five other members of the group received from 2,5 to 3,5 years of imprisonment.')).toEqual([['persons_sentenced', 5], ['prison_term', 2.5]]);
    expect(metrics('Most of the convictions last year were handed down in Almaty (61) and Shymkent (44), the review said.'))
      .toEqual([['persons_sentenced', 61], ['persons_sentenced', 44]]);
    expect(claimsOf('The group withdrew and converted into USDT 1,84 billion tenge.').map((c) => [c.value, c.unit])).toEqual([[1_840_000_000, 'KZT']]);
    expect(metrics('A court remanded seven of the suspects in custody for three months.')).toEqual([]);
  });

  it('reads frauds registered as cases, people who lost money and injured parties as customers, and machines seized as items', () => {
    expect(metrics('In 2025, the police registered 5 412 reported investment frauds.')).toEqual([['cases_opened', 5412]]);
    expect(metrics('According to gardaí, 118 people lost a combined €2.7 million to the platform.')).toEqual([['customers_served', 118], ['illicit_volume', 2_700_000]]);
    expect(metrics('According to current information, there are about 640 injured parties in Finland.')).toEqual([['customers_served', 640]]);
    expect(metrics('Økokrim seized nine of the machines in raids in June 2024.')).toEqual([['items_seized', 9]]);
  });

  it('reads Icelandic kronur, Macedonian denars and Albanian lek', () => {
    expect(claimsOf('Police seized ISK 4.8 million, MKD 1.9 million and 420 million lek.').map((c) => c.unit)).toEqual(['ISK', 'MKD', 'ALL']);
  });

  it('reads what a court ordered forfeited "worth ... at current prices", apart from the fine and restitution ordered after it', () => {
    expect(metrics('The judge ordered him to forfeit 318.62 bitcoin, worth roughly $37 million at current prices, $1,147,300 in cash, and to pay a $40,000 fine.'))
      .toEqual([['assets_seized', 318.62], ['assets_seized', 37_000_000], ['assets_seized', 1_147_300], ['fines_imposed', 40_000]]);
    expect(metrics('The judge ordered them to forfeit $2,106,450 in cash, and to pay $31.7 million in restitution to victims.')).toEqual([['assets_seized', 2_106_450]]);
    expect(metrics('Business email compromise cost victims nearly $2.8 billion in 2025.')).toEqual([['illicit_volume', 2_800_000_000]]);
  });

  it('reads what a causative "had" had done to a count, and no part of a count said just before', () => {
    expect(metrics('In 2024 the AFM stopped the activity of 58 exchangers and had 3 500 websites and Telegram channels blocked.'))
      .toEqual([['platforms_closed', 58], ['platforms_blocked', 3500]]);
    expect(metrics('On October 17, we arrested 18 alleged supervisors of the hub, 14 of them foreign nationals.')).toEqual([['persons_arrested', 18]]);
    expect(metrics('Police detained twelve people, including the app\'s two founders.')).toEqual([['persons_arrested', 12]]);
  });

  it('reads a part of the sum before ", of which" by that sum\'s metric when no verb of its own says otherwise', () => {
    expect(metrics('Investment fraud caused reported losses of $4.57 billion in 2023, of which $3.96 billion involved cryptocurrency.'))
      .toEqual([['illicit_volume', 4_570_000_000], ['illicit_volume', 3_960_000_000]]);
  });

  it('reads a list by month under its header, and places\' numbers after "the largest numbers of" or "By region,"', () => {
    expect(claimsOf('Websites blocked at the request of the Bank of Russia, by month:\n\n- July 2025: 1 720\n- August 2025: 1 905', '2025-11-10')
      .map((c) => [c.metric, c.value, c.period_start])).toEqual([['platforms_blocked', 1720, '2025-07-01'], ['platforms_blocked', 1905, '2025-08-01']]);
    expect(metrics('By region, the largest numbers of droppers were detained in Minsk (1 120) and the Gomel region (412).'))
      .toEqual([['persons_arrested', 1120], ['persons_arrested', 412]]);
    expect(metrics('By region, the offices were closed in Bishkek (7), Osh (5) and the Chui region (4).'))
      .toEqual([['platforms_closed', 7], ['platforms_closed', 5], ['platforms_closed', 4]]);
  });

  it('reads Africa\'s currencies by the text\'s country: DA, DT and dinars, birr, K, ZiG, FCFA, meticais, Rwf, pula, N$ and DH', () => {
    const unit = (text: string) => claimsOf(text).map((c) => c.unit);
    expect(unit('Police in Oran seized 21,4 million DA.')).toEqual(['DZD']);
    expect(unit('In Sfax, the National Guard seized 318,000 dinars.')).toEqual(['TND']);
    expect(unit('Ethiopian police seized 96 million birr.')).toEqual(['ETB']);
    expect(unit('Zambian police seized K1,240,000 in cash.')).toEqual(['ZMW']);
    expect(unit('In Harare, police seized ZiG 412,000.')).toEqual(['ZWG']);
    expect(unit('In Cameroon, police seized 146 million FCFA.')).toEqual(['XAF']);
    expect(unit('In Senegal, the network moved more than 1.6 billion CFA francs.')).toEqual(['XOF']);
    expect(unit('Police in Maputo seized 2.7 million meticais.')).toEqual(['MZN']);
    expect(unit('The RIB in Kigali seized Rwf214 million.')).toEqual(['RWF']);
    expect(unit('In Botswana, the DCEC seized P1.9 million.')).toEqual(['BWP']);
    expect(unit('Police in Manila seized P2 million.')).toEqual(['PHP']);
    expect(unit('In Namibia police froze N$4.2 million.')).toEqual(['NAD']);
    expect(unit('Police in Tangier seized DH 1.9 million.')).toEqual(['MAD']);
    expect(unit('Thai police seized Bt36.8 million in cash.')).toEqual(['THB']);
    expect(unit('In Baghdad, police seized 2.3 billion dinars, the Iraqi interior ministry said.')).toEqual(['IQD']);
  });

  it('reads kyat and kip, scam bases shut down, and no count of people deported', () => {
    expect(claimsOf('In Myawaddy, Myanmar, forces seized K 1,280 million in cash. In Laos, police seized 7,3 billion kip.').map((c) => c.unit)).toEqual(['MMK', 'LAK']);
    expect(metrics('Since 30 January 2025, security forces have shut down 26 online scam bases along the Thai border.')).toEqual([['platforms_closed', 26]]);
    expect(metrics('Of the detained foreigners, 683 persons have been deported to their countries of origin.')).toEqual([]);
    expect(metrics('China has more than 1.1 billion internet users.')).toEqual([]);
  });

  it('reads a part of a seizure returned to victims as returned, proceeds of fraud as crime\'s money, and a conversion after a quote', () => {
    expect(metrics('In 2025, 12,6 million euros of this amount were returned to the victims.')).toEqual([['funds_returned', 12_600_000]]);
    expect(metrics('The group carried out exchange operations worth AMD 8,4 billion, of which at least AMD 2,7 billion were proceeds of fraud.'))
      .toEqual([['platform_turnover', 8_400_000_000], ['illicit_volume', 2_700_000_000]]);
    expect(claimsOf('Police seized "2 870 mobile phones and cash of 6,2 billion kip" (about $285,000) in Bokeo, Laos.').map((c) => [c.metric, c.unit]))
      .toEqual([['items_seized', 'count'], ['assets_seized', 'LAK'], ['assets_seized', 'USD']]);
  });

  it('reads money handled "of victims\' money" as crime\'s money, and its part after a bare "Of this,"', () => {
    expect(metrics('Police said the accused handled Rs 27.8 crore of victims\' money last year. Of this, about Rs 11.5 crore was converted into USDT.'))
      .toEqual([['illicit_volume', 278_000_000], ['illicit_volume', 115_000_000]]);
  });

  it('reads the returns a scheme promised as no money returned', () => {
    expect(metrics('He had defrauded 70 investors of £1.8m by promising them monthly returns of 8% from a trading scheme.'))
      .toEqual([['customers_served', 70], ['illicit_volume', 1_800_000]]);
  });

  it.each([
    'The arrestees, comprising 12 men and five women aged between 19 and 58, include the suspected mastermind.',
    "Türkiye is among the world's largest crypto markets, with an estimated 8 million users, according to a survey.",
    'Victims were promised daily returns on "crypto mining packages" costing between Sh5,000 and Sh500,000.',
    'The suspects are charged under Article 45A, with a threat of imprisonment of up to 6 years and/or a fine of up to Rp 1 billion.',
    "The Act provides for four to 12 years' imprisonment and a fine of up to twice the value of the property involved or Tk 10 lakh, whichever is greater.",
    'Halcyon, which says it serves about 600,000 customers in the U.S., said it would appeal.',
    'The department says it has received more than 3,500 complaints since the tool launched.',
    'Prosecutors estimate that fewer than one in five complaints about online fraud lead to a case.',
    'Money laundering is punished in article 301 of the Penal Code with prison sentences of six months to six years.',
    'Exchange operations exceeding the equivalent of 1 000 US dollars require identification of the client.',
    'For each card, the droppers received from 15 to 30 thousand tenge.',
    'Nationally, complaints of digital arrest fraud crossed 1.2 lakh in 2024, according to the I4C.',
    "The State Bank of Pakistan said workers' remittances through formal channels reached $31.2bn in the fiscal year.",
    'An estimated 1.5 crore Bangladeshis have used a crypto app at least once, according to a 2024 survey by a Dhaka think tank.',
    'Some investor groups put their losses at N1.2 trillion, a figure the EFCC has not confirmed.',
    'Gulf crypto trading volumes topped $60 billion in the year to June, according to a regional exchange.',
    'Case number: 1500-K231-26',
    '- Aggravated money laundering offence carries imprisonment of at least six months and at most six years.',
    'Seven of the suspects were remanded in custody by Copenhagen City Court on Wednesday.',
    'Prosecutors had asked Judge Ralston to impose a sentence of 151 months.',
    'The statutory maximum civil monetary penalty was $94.8 million, and the base penalty was $3.7 million.',
    'The BSA authorizes a civil penalty of up to $71,545 for each willful violation.',
    'He also agreed to pay restitution of $7,412,618 to the victims.',
    "Nebraska's kiosk law limits new customers to $2,000 in deposits per day.",
    'Two accomplices are awaiting sentencing.',
    'Correction: An earlier version of this article said that investigators had seized €34 million.',
    '(d) Tomasz Wilk (52), the cash courier: 2 years\' imprisonment, suspended for 2 years, with 200 hours of unpaid work.',
    '"Seven out of ten tenge that passed through these exchange points came from drug sales," the agency said.',
    'A second woman was sentenced in November to 10 months\' home detention.',
    'FinCEN has proposed capping daily kiosk transactions at $2,000 for new customers.',
    'Meanwhile, the Islamabad High Court granted post-arrest bail to two accused in a separate crypto fraud case.',
    'The Pakistan Virtual Assets Regulatory Authority estimates that the country has around 20 million crypto users.',
    'The penalty was reduced by 30% under the Central Bank\'s settlement discount scheme, from €6m.',
    'Under section 56 GwG, fines of up to €5 million or up to 10 % of total annual turnover can be imposed.',
  ])('reads no statistic in "%s"', (text) => {
    expect(metrics(text)).toEqual([]);
  });
});
