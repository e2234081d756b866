import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the articles written for the dev corpus in 2026-11-23's fourth session (articles 752-821), each rule as its own case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value]);
const periods = (text: string, published: string) => claimsOf(text, published).map((c) => [c.value, c.period_start, c.period_end]);

describe('sentences of articles 752-821', () => {
  it('reads a casino cash desk\'s takings as crime\'s money, and the desks police expose as groups', () => {
    expect(metrics("From June 2022 to February 2023, the group accepted about 2.7 billion tenge of players' deposits on 230 drop cards."))
      .toEqual([['illicit_volume', 2_700_000_000]]);
    expect(metrics('In January–June, the Almaty department exposed 6 of the cash desks with a combined turnover of KZT 27.1bn.'))
      .toEqual([['groups_exposed', 6], ['illicit_volume', 27_100_000_000]]);
    expect(metrics('In the fourth quarter of 2025, 9 such underground cash desks were closed in Almaty.')).toEqual([['platforms_closed', 9]]);
    expect(metrics('About 4,100 players from Shymkent and Turkestan region made payments through its cards.')).toEqual([['customers_served', 4_100]]);
  });

  it('reads bare numbers set after a "number of" phrase as counts of its thing', () => {
    expect(metrics('In 2024, Almaty accounted for the largest number of cases, 4,912, followed by Astana with 3,105 and Shymkent with 1,874.'))
      .toEqual([['cases_opened', 4_912], ['cases_opened', 3_105], ['cases_opened', 1_874]]);
    expect(metrics('Karaganda region led the regions in the number of droppers detained in 2024, with 132.')).toEqual([['persons_arrested', 132]]);
  });

  it('reads "in the nine months" as the last nine-month period named, past a month and last year\'s comparison', () => {
    const text = 'The AFM stopped 28 financial pyramids in January–September 2022.\n\nIn January–September 2021, 41 pyramids had been stopped, the agency said.\n\n'
      + 'Its four organisers were detained in Almaty in August.\n\nThe agency also closed 11 illegal crypto exchangers in the nine months.';
    expect(periods(text, '2022-10-24').at(-1)).toEqual([11, '2022-01-01', '2022-09-30']);
    expect(periods('The AFM stopped 28 pyramids in January–September 2022.\n\nIn January–September 2021, 41 pyramids had been stopped.\n\nThe AFM returned KZT 4.1 billion to victims over the same period.', '2022-10-24').at(-1))
      .toEqual([4_100_000_000, '2022-01-01', '2022-09-30']);
  });
  it('reads the people a scheme persuaded or received money from as its customers, and what they put in as crime\'s money', () => {
    expect(metrics('From January 2024 to August 2025 the operators persuaded more than 2 300 foreigners to "invest" a total of over UAH 96 million in the platform.'))
      .toEqual([['customers_served', 2_300], ['illicit_volume', 96_000_000]]);
    expect(metrics('The group received from injured persons in Czechia and Austria funds in the total amount of at least CZK 212 million.'))
      .toEqual([['illicit_volume', 212_000_000]]);
    expect(claimsOf('The number of injured persons identified so far exceeds 1 450.').map((c) => [c.metric, c.value, c.qualifier]))
      .toEqual([['customers_served', 1_450, 'more_than']]);
  });

  it('reads money a financial intelligence unit suspended or a prosecutor restricted as frozen, and no trigger inside an agency\'s name', () => {
    expect(metrics('The Administration for the Prevention of Money Laundering (APML) temporarily suspended transactions worth RSD 38 million.'))
      .toEqual([['assets_frozen', 38_000_000]]);
    expect(metrics('Prosecutors said property of the suspects worth €1.05 million had been temporarily restricted.')).toEqual([['assets_frozen', 1_050_000]]);
    expect(metrics('The PPATK said deposits to illegal gambling sites totalled Rp 155 trillion in the first half of 2025.')).toEqual([['platform_turnover', 155e12]]);
  });

  it('gives a roundup\'s item under "COUNTRY — headline" to that country, and an agency known by its name the acronym the text gives it', () => {
    const text = 'This week: Slovakia · Croatia · Ukraine\n\nSLOVAKIA — NAKA detains 10 in Ponzi case\n\nDetectives seized €310,000 in cash.\n\n'
      + 'CROATIA — Five arrested over bitcoin ATMs\n\nOfficers seized €96,000 in cash.\n\nUKRAINE — BES exposes 9 conversion centres\n\nBES detectives seized UAH 21 million.';
    expect(claimsOf(text).map((c) => [c.value, c.jurisdiction])).toEqual([[310_000, 'SK'], [5, 'HR'], [96_000, 'HR'], [9, 'UA'], [21_000_000, 'UA']]);
    expect(claimsOf('Officers of the Lithuanian Criminal Police Bureau (LKPB) detained nine people in Vilnius.').map((c) => c.authority)).toEqual(['LKPB']);
  });

  it('takes no period from the month a report came out in, no suspended term, and no remand still expected', () => {
    expect(periods('In 2024, CBZC officers seized assets worth 115 million zlotys, the bureau said in its annual summary in January.', '2025-03-01'))
      .toEqual([[115_000_000, '2024-01-01', '2024-12-31']]);
    expect(metrics('A third participant received 3 years of imprisonment with a probation period of 2 years.')).toEqual([]);
    expect(metrics('Prosecutors are expected to ask the court to remand the three alleged organisers in custody.')).toEqual([]);
  });
  it('reads a court named where a sentence was passed, by its dateline\'s city, and past callers who posed as police', () => {
    const authorities = (text: string) => claimsOf(text).map((c) => [c.value, c.authority]);
    expect(authorities('Harjit Sandhu was sentenced at Birmingham Crown Court on Thursday to eight years in prison.')).toEqual([[8, 'Birmingham court']]);
    expect(authorities('KUALA LUMPUR: A former bank officer was sentenced by the Sessions Court here to six years\' jail.')).toEqual([[6, 'Kuala Lumpur court']]);
    expect(authorities('SEOUL, Dec. 4 (Hanbit) -- An appellate court on Thursday reduced the prison sentence of the CEO to five years.')).toEqual([[5, 'Seoul court']]);
    expect(authorities('Sandhu was sentenced at Birmingham Crown Court.\nThe court heard that the gang laundered £7.9 million taken from pensioners tricked by callers posing as police officers.'))
      .toEqual([[7_900_000, 'Birmingham court']]);
  });

  it('gives each pair of people and term in a list the verb the list hangs from', () => {
    expect(metrics('The court sentenced the organiser to 8 years, his two deputies to 7 years each, and three operators to 4 years each.'))
      .toEqual([['prison_term', 8], ['persons_sentenced', 2], ['prison_term', 7], ['persons_sentenced', 3], ['prison_term', 4]]);
    expect(metrics('Founder Sardor Yusupov received 10 years in prison; his two partners, 8 years each; and four regional "coordinators", from 3 to 5 years.'))
      .toEqual([['prison_term', 10], ['persons_sentenced', 2], ['prison_term', 8], ['persons_sentenced', 4], ['prison_term', 3]]);
  });
  it('reads running totals of a "number of" phrase and bare numbers a verb takes, and what was done to the thing named', () => {
    expect(metrics('The CMB imposed access bans on 412 websites in 2025, bringing the number of sites it has had blocked since 2017 to 2,944.'))
      .toEqual([['platforms_blocked', 412], ['platforms_blocked', 2_944]]);
    expect(metrics('MeitY issued orders blocking 242 betting websites in April, bringing the number it has blocked since 2022 to 1,766.'))
      .toEqual([['platforms_blocked', 242], ['platforms_blocked', 1_766]]);
    expect(metrics('In 2024 the ANJ had 1 126 illegal gambling websites blocked, and this year it has blocked more than 1 400.'))
      .toEqual([['platforms_blocked', 1_126], ['platforms_blocked', 1_400]]);
    expect(metrics('The number of sites blacked out by CONSOB since July 2019, when the Commission was granted the power to order Italian internet '
      + 'service providers to block access to abusive financial websites, thus rises to 1,498.')).toEqual([['platforms_blocked', 1_498]]);
  });

  it('counts profiles, social media accounts and entities blocked or deleted as platforms', () => {
    expect(metrics('At the CNMV\'s request, social media companies deleted 96 profiles that impersonated authorised firms.')).toEqual([['platforms_closed', 96]]);
    expect(metrics('Satgas PASTI blocked access to 1,556 illegal financial entities in websites and applications.')).toEqual([['platforms_blocked', 1_556]]);
  });

  it('takes no span of months, no price manipulated and no bitcoin price for a figure', () => {
    expect(metrics('Over the same two months, Satgas PASTI blocked 40 websites.')).toEqual([['platforms_blocked', 40]]);
    expect(metrics('The SEC imposed civil sanctions totalling 6.75 million baht on four people for manipulating the price of a token.'))
      .toEqual([['fines_imposed', 6_750_000]]);
    expect(metrics('The lira traded at 43.2 per U.S. dollar on Monday, while bitcoin was at around $88,000.')).toEqual([]);
  });

  it('reads a numbered heading "**1. Russia: ...**" as a roundup\'s section on that country', () => {
    const text = 'In this issue: Russia, India\n\n**1. Russia: pyramids and exchangers**\n\nPolice stopped 38 illegal exchange services.\n\n'
      + '**2. India: betting apps**\n\nThe ED arrested three people.';
    expect(claimsOf(text).map((c) => [c.value, c.jurisdiction])).toEqual([[38, 'RU'], [3, 'IN']]);
  });
  it('reads "a further N" under the verb before it, a budget estimates hearing as no budget, and seniors as people', () => {
    expect(metrics('The Minister said gardaí arrested 1,247 people for fraud and money laundering offences last year, and a further 1,032 people in the first nine months of 2025.'))
      .toEqual([['persons_arrested', 1_247], ['persons_arrested', 1_032]]);
    expect(metrics('In the 2024-25 financial year, NSW Police arrested 214 people and seized $6.8 million in cash, a budget estimates hearing has been told.'))
      .toEqual([['persons_arrested', 214], ['assets_seized', 6_800_000]]);
    expect(metrics('The suspects are accused of defrauding 96 seniors of about $2.4 million since 2023.')).toEqual([['customers_served', 96], ['illicit_volume', 2_400_000]]);
  });

  it('reads the figure a sentence\'s subject reaches as of that subject: "Losses from ... scams ... reached ¥152.4 billion"', () => {
    expect(metrics('Losses from social media investment and romance scams, which the agency counts separately, reached ¥152.4 billion in 2025, up 14 percent.'))
      .toEqual([['illicit_volume', 152_400_000_000]]);
  });

  it('reads "during the year" and "during the crackdown" as the period named before, past the age of a taskforce', () => {
    expect(periods('Police arrested 2,704 people in 2025.\n\nPolice arrested 1,180 mules during the year.', '2026-02-13').at(-1)).toEqual([1_180, '2025-01-01', '2025-12-31']);
    expect(periods('The crackdown ran from March to October 2025.\n\nDuring the crackdown, police seized KRW 48.6 billion.', '2026-01-15').at(-1))
      .toEqual([48_600_000_000, '2025-03-01', '2025-10-31']);
    expect(periods('The taskforce restrained $389 million in 2024-25, the highest figure since the taskforce was established in 2012.\n\nThe AFP said $71 million was forfeited over the same period.', '2026-03-05').at(-1))
      .toEqual([71_000_000, '2024-07-01', '2025-06-30']);
  });
  it('reads Ghana\'s "GH¢", Burundi\'s "FBu", cellphones and SUVs, quoted words before a count\'s thing, "obtaining" and money "restricted"', () => {
    const units = (text: string) => claimsOf(text).map((c) => [c.metric, c.value, c.unit]);
    expect(units('EOCO said it had seized GH¢7.4 million.')).toEqual([['assets_seized', 7_400_000, 'GHS']]);
    expect(units('Police in Burundi seized about FBu 9.2 billion.')).toEqual([['assets_seized', 9_200_000_000, 'BIF']]);
    expect(metrics('Investigators seized 14 cellphones and two Lexus SUVs.')).toEqual([['items_seized', 14], ['items_seized', 2]]);
    expect(metrics('The CID arrested 68 suspected "sakawa" fraudsters in a raid at Kasoa.')).toEqual([['persons_arrested', 68]]);
    expect(metrics('The court convicted him of obtaining Sh538 million from 117 people through a fake forex app.'))
      .toEqual([['illicit_volume', 538_000_000], ['customers_served', 117]]);
    expect(metrics('The Commission has further restricted K6,900,000 held in 19 bank accounts.')).toEqual([['assets_frozen', 6_900_000]]);
    expect(metrics('The SEC obtained orders for $8.2 billion in financial remedies.')).not.toContainEqual(['illicit_volume', 8_200_000_000]);
  });

  it('names a court of a kind by the place the sentence opens with, and Uganda\'s and Ghana\'s police as coders do', () => {
    expect(claimsOf('In Kampala, the Anti-Corruption Court on February 25 convicted four officials.').map((c) => c.authority)).toEqual(['Kampala court']);
    expect(claimsOf('The Uganda Police Force (UPF) arrested 31 suspects.').map((c) => c.authority)).toEqual(['Uganda Police']);
  });
  it('reads a carousel slide\'s label as a fact sheet\'s, and no sentence a prosecutor requested', () => {
    expect(metrics('Slide 4/7 — Online resources blocked at the AFM\'s request in January–November 2025: 4 812')).toEqual([['platforms_blocked', 4_812]]);
    expect(metrics('The prosecutor repeated his request for a sentence of 40,564 years for the founder.')).toEqual([]);
  });
});
