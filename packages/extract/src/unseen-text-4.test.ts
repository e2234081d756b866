import { describe, expect, it } from 'vitest';
import { createExtractor } from './extract.js';
import { claimsOf, sourceOf } from './_test-helpers.js';
import { resolveCodebook } from '@reckon/schema';

const extract = createExtractor({ codebook: resolveCodebook(undefined) });

// Sentences of the kinds the articles written for the dev corpus in 2026-11-23's fifth session (articles 822-891) showed
// misread, each rule as its own case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value]);

describe('sentences of articles 822-891', () => {
  it('counts the people a verb hands a term to as sentenced, and no one a verb hands anything else', () => {
    expect(metrics('His two deputies received five years each.')).toEqual([['persons_sentenced', 2], ['prison_term', 5]]);
    expect(metrics('Three accomplices were each given prison terms of four years.')).toEqual([['persons_sentenced', 3], ['prison_term', 4]]);
    expect(metrics('Two of his deputies received 6 years each.')).toEqual([['persons_sentenced', 2], ['prison_term', 6]]);
    expect(metrics('In all, 20 victims received compensation, and 12 officers received awards.')).toEqual([]);
  });

  it('gives a court\'s own release to that court until an agency is named, and reads the court "of the city of" a place', () => {
    const text = 'By the verdict of the specialised inter-district criminal court of the city of Shymkent of 10 September 2024, 8 members of a group were found guilty.\n\n'
      + 'By the verdict, the court sentenced:\n\n- the organiser – to 9 years of imprisonment;\n- 2 administrators – to 7 years of imprisonment each.\n\n'
      + 'The case was investigated by the Agency for Financial Monitoring. In the course of the investigation, 386 million tenge was frozen.';
    const claims = extract({ ...sourceOf(text, '2024-09-12'), publisher: 'Shymkent City Court (unofficial translation)', kind: 'translation' });
    expect(claims.map((c) => [c.metric, c.value, c.authority])).toEqual([
      ['persons_sentenced', 8, 'Shymkent court'], ['prison_term', 9, 'Shymkent court'], ['persons_sentenced', 2, 'Shymkent court'],
      ['prison_term', 7, 'Shymkent court'], ['assets_frozen', 386_000_000, 'AFM'],
    ]);
    // A court named by its rank alone is no place's: "Supreme Court of Singapore" leaves authorities to the text.
    const supreme = extract({ ...sourceOf('The court sentenced 3 people.', '2024-09-12'), publisher: 'Supreme Court of the Republic of Kazakhstan' });
    expect(supreme.map((c) => c.authority)).toEqual([null]);
  });

  it('reads a population only right after "a country of", not wherever "city of" stands in the clause', () => {
    expect(metrics('Kazakhstan, a country of about 20 million, closed 36 exchangers in 2024.')).toEqual([['platforms_closed', 36]]);
    expect(metrics('Police detained 13 people in raids in the City of Buenos Aires on June 5.')).toEqual([['persons_arrested', 13]]);
  });

  it('reads a settlement\'s penalty the company "will pay", and no penalty a modal verb before it makes possible', () => {
    expect(metrics('Under an order announced by the SEC on Thursday, Arcway will pay a $12 million civil penalty and $21.3 million in disgorgement.'))
      .toEqual([['fines_imposed', 12_000_000]]);
    expect(metrics('The platform will pay an administrative penalty of C$1.5 million to the Ontario Securities Commission.')).toEqual([['fines_imposed', 1_500_000]]);
    expect(metrics('If convicted, he could face a fine and will pay $5 million in penalties.')).toEqual([]);
  });

  it('reads sites taken offline as closed', () => {
    expect(metrics('On 18 November, the BKA also seized the servers and took 27 websites offline.')).toEqual([['platforms_closed', 27]]);
    expect(metrics('Over the same period, the division has had 38 websites used by fraudulent trading platforms taken offline.')).toEqual([['platforms_closed', 38]]);
  });

  it('reads French Canadian sums: a dollar sign after the number, and "M$" for millions', () => {
    const sums = (text: string) => claimsOf(text).map((c) => [c.metric, c.value, c.unit, c.figure]);
    expect(sums('In Quebec, the Tribunal imposed administrative penalties totalling 7,9 M$ in 2025.')).toEqual([['fines_imposed', 7_900_000, 'CAD', '7,9 M$']]);
    expect(sums('In Quebec, the fines imposed on them totalled 2 115 000 $.')).toEqual([['fines_imposed', 2_115_000, 'CAD', '2 115 000 $']]);
    // "3 $100 bills": the sign opens the next sum, it closes no sum of 3.
    expect(sums('Police in Montreal seized 3 $100 bills.').map((c) => c[1])).not.toContain(3);
  });

  it('reads a list under a heading after that heading, as under a line ending on a colon, and evidence secured as seized', () => {
    const text = 'Police raided the hub.\n\nFACT SHEET: ITEMS SEIZED ON 28 FEBRUARY 2026\n\n• Mobile phones: 1,146\n• Cash: ₱6.2 million\n• Vehicles: 5\n';
    expect(claimsOf(text, '2026-03-05').map((c) => [c.metric, c.value, c.period_start])).toEqual([
      ['items_seized', 1_146, '2026-02-28'], ['assets_seized', 6_200_000, '2026-02-28'], ['items_seized', 5, '2026-02-28'],
    ]);
    expect(metrics('Evidence secured from the suspects:\n\n- cash of Rp 3.8 billion;\n- 4 cars and 2 motorcycles.'))
      .toEqual([['assets_seized', 3_800_000_000], ['items_seized', 4], ['items_seized', 2]]);
  });

  it('lets a list\'s lead verb bear on long items, and a label\'s period date its value', () => {
    const text = 'The following sentences were handed down at Isleworth Crown Court on 27 November 2024:\n\n'
      + '- Anil Rathore (37), of Wembley, who managed the wallets: seven years\n- Daniel Costa (29), of Ilford, who ran the shop: five years and three months\n';
    expect(metrics(text)).toEqual([['prison_term', 7], ['prison_term', 63]]);
    expect(claimsOf('Slide 2/7 — Illegal crypto exchangers closed in January–November 2025: 147', '2025-12-16').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[147, '2025-01-01', '2025-11-30']]);
  });

  it('counts no customers where servers are seized', () => {
    expect(metrics('The FIOD seized three servers in data centres in Amsterdam and Naaldwijk, crypto worth around €1.15m, €38,000 in cash and two cars.'))
      .toEqual([['items_seized', 3], ['assets_seized', 1_150_000], ['assets_seized', 38_000], ['items_seized', 2]]);
  });

  it('reads list lines whose label names the thing before a bracket, or only what was done to the thing of the line before', () => {
    const text = 'The SFC has sites taken down.\n\n- Websites and social media pages taken down at the SFC\'s request in 2026 to date (January to July): 214\n'
      + '- Taken down in 2025: 388\n- Taken down since September 2023: 1,046\n';
    expect(claimsOf(text, '2026-08-05').map((c) => [c.metric, c.value, c.period_start, c.period_end])).toEqual([
      ['platforms_closed', 214, '2026-01-01', '2026-07-31'], ['platforms_closed', 388, '2025-01-01', '2025-12-31'],
      ['platforms_closed', 1_046, '2023-09-01', '2026-08-05'],
    ]);
    expect(metrics('In 2025, the internal affairs bodies registered 286 crimes of this category (in 2024 – 203).')).toEqual([['cases_opened', 286], ['cases_opened', 203]]);
  });

  it('hangs each pair of people and term from the sentencing verb, past the term\'s own "prison"', () => {
    expect(metrics('The Taipei District Court sentenced the founder of the app to 12 years in prison, and three associates to terms of 3 to 6 years.'))
      .toEqual([['prison_term', 12], ['persons_sentenced', 3], ['prison_term', 3]]);
  });

  it('reads money found in suspects\' possession as seized, suspects an operation netted as arrested, and Iran\'s rials', () => {
    expect(metrics('In their possession were found EGP 3.4 million, USD 41 thousand, 27 mobile phones and 3 cars.'))
      .toEqual([['assets_seized', 3_400_000], ['assets_seized', 41_000], ['items_seized', 27], ['items_seized', 3]]);
    expect(metrics('The Gendarmerie said operations in 27 provinces on November 3 netted 86 suspects accused of laundering.')).toEqual([['persons_arrested', 86]]);
    expect(claimsOf('The Central Bank of Iran (CBI) fined six exchange houses a total of 48 billion rials.').map((c) => c.unit)).toEqual(['IRR']);
  });

  it('reads a long run of modifiers to the noun they end on, and no modifier after an irregular plural', () => {
    expect(metrics('The SEC said it had shut down 14 unregistered digital asset and forex trading platforms since January.')).toEqual([['platforms_closed', 14]]);
    expect(metrics('Customs investigators arrested 32 people and exposed nine underground remittance rings between January and October.'))
      .toEqual([['persons_arrested', 32], ['groups_exposed', 9]]);
  });

  it('reads "the blocking of the 57 websites" as an action\'s object, not a set, and "Of those, 402" as part of the count before', () => {
    expect(metrics('The telecommunications authority ordered the blocking of the 57 gambling websites operated by the network.')).toEqual([['platforms_blocked', 57]]);
    expect(metrics('Mincetur has blocked 1,200 betting websites since 2024. Of those, 402 were blocked in the first five months of 2026.'))
      .toEqual([['platforms_blocked', 1_200], ['platforms_blocked', 402]]);
    expect(metrics('Of the 21 defendants, 12 were convicted.')).toEqual([['persons_sentenced', 12]]);
  });

  it('reads money accounts held when they were immobilised as frozen', () => {
    expect(metrics('As a result, 263 bank accounts holding $196.3 million pesos and 2.7 million USDT were immobilised.'))
      .toEqual([['assets_frozen', 196_300_000], ['assets_frozen', 2_700_000]]);
  });

  it('gives a table to the agency its lead line names, and Quebec\'s AMF the id coders give it', () => {
    const text = 'Reply prepared by the Ministry of the Interior, with input from the Financial Supervisory Commission (FSC).\n\n'
      + 'The FSC also fined two exchanges.\n\nReply: The statistics compiled by the Criminal Investigation Bureau (CIB) of the National Police Agency are as follows:\n\n'
      + '| Year | Suspects apprehended |\n| --- | --- |\n| 2024 | 49,538 |\n';
    expect(claimsOf(text, '2025-05-20').map((c) => [c.metric, c.value, c.authority])).toEqual([['persons_arrested', 49_538, 'CIB']]);
    expect(claimsOf('The AMF in Quebec imposed fines of C$2 million in 2025.').map((c) => [c.jurisdiction, c.authority])).toEqual([['CA', 'AMF']]);
  });

  it('dates an action told on two days, and what the action days\' results list, to those days; a total of terms is no one\'s', () => {
    const text = 'During coordinated action days on 16 and 17 September 2026, 38 suspects were arrested.\n\n'
      + 'Results of the action days, by country:\n\n- Spain: 12 arrests; EUR 1.9 million in cash seized\n';
    expect(claimsOf(text, '2026-09-24').map((c) => [c.value, c.period_start, c.period_end])).toEqual([
      [38, '2026-09-16', '2026-09-17'], [12, '2026-09-16', '2026-09-17'], [1_900_000, '2026-09-16', '2026-09-17'],
    ]);
    expect(claimsOf('In the operation, developed on 2–3 December, 16 people were arrested.', '2025-12-11').map((c) => [c.period_start, c.period_end]))
      .toEqual([['2025-12-02', '2025-12-03']]);
    expect(metrics('In total, the eight were sentenced to 36 years and nine months.').filter(([m]) => m === 'prison_term')).toEqual([]);
  });

  it('reads counts in lakh whose decimals binary cannot hold, and the people a scheme cheats', () => {
    expect(claimsOf('The scheme collected around Tk 720 crore from about 1.1 lakh members.').map((c) => [c.metric, c.value]))
      .toEqual([['illicit_volume', 7_200_000_000], ['customers_served', 110_000]]);
    expect(metrics('The accounts were used to cheat at least 143 people across India of about Rs 36.8 crore.'))
      .toEqual([['customers_served', 143], ['illicit_volume', 368_000_000]]);
    expect(metrics('From January to June 2025, the Directorate of Cyber Crime handled 214 cases of illegal investment and online fraud.'))
      .toEqual([['cases_opened', 214]]);
  });

  it('reads "the same quarter last year" and a half or quarter of a fiscal year', () => {
    const periods = (text: string) => claimsOf(text, '2026-05-01').map((c) => [c.value, c.period_start, c.period_end]);
    expect(periods('The agency arrested 466 suspects in the first quarter of 2026, up from 391 arrests in the same quarter last year.'))
      .toEqual([[466, '2026-01-01', '2026-03-31'], [391, '2025-01-01', '2025-03-31']]);
    expect(periods("Thailand's DSI accepted 22 cases in the first half of fiscal 2025.")).toEqual([[22, '2024-10-01', '2025-03-31']]);
  });

  it('reads a count set against a multiple or a year in brackets as the count before\'s, and other words for closing and arresting', () => {
    const periods = (text: string) => claimsOf(text, '2026-08-19').map((c) => [c.metric, c.value, c.period_start, c.period_end]);
    expect(periods('Police closed 34 illegal exchange points in January–July 2026, almost double the 18 closed in the same period last year.'))
      .toEqual([['platforms_closed', 34, '2026-01-01', '2026-07-31'], ['platforms_closed', 18, '2025-01-01', '2025-07-31']]);
    expect(periods('In January–September 2025, the Agency identified 116 financial pyramids, 1,6 times more than in the same period of 2024 (72).'))
      .toEqual([['schemes_dismantled', 116, '2025-01-01', '2025-09-30'], ['schemes_dismantled', 72, '2024-01-01', '2024-09-30']]);
    expect(metrics("Germany's BaFin ordered the winding-up of 38 unauthorised businesses in 2024.")).toEqual([['platforms_closed', 38]]);
    expect(metrics('The Guardia di Finanza executed precautionary measures against seven people.')).toEqual([['persons_arrested', 7]]);
    expect(claimsOf('In 2025, 1,4 million Russian rubles were seized.').map((c) => c.unit)).toEqual(['RUB']);
  });

  it('dates a fact sheet\'s lines by the panel heading above them, and a table row "2025 (January–March)" by its months', () => {
    const panel = 'Sources: reports.\n\nPANEL 1 — POLICE (MPS), 2025\n\nTelecom and online fraud cases investigated: 268,000\nSuspects arrested: 305,000\n';
    expect(claimsOf(panel, '2026-03-09').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[268_000, '2025-01-01', '2025-12-31'], [305_000, '2025-01-01', '2025-12-31']]);
    const table = 'Statistics:\n\n| Year | Suspects apprehended |\n| --- | --- |\n| 2024 | 49,538 |\n| 2025 (January–March) | 11,930 |\n';
    expect(claimsOf(table, '2025-05-20').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[49_538, '2024-01-01', '2024-12-31'], [11_930, '2025-01-01', '2025-03-31']]);
  });

  it('reports no penalty a law makes offenders liable to, no share\'s label, no exchange rate, no restitution order and no term left to serve', () => {
    expect(metrics('Under the Act, promoters of Ponzi schemes are liable to a fine of not less than N20 million and imprisonment for not less than 10 years.')).toEqual([]);
    expect(metrics("Share sentenced to more than 5 years' imprisonment: 18.6%")).toEqual([]);
    expect(metrics('Bitcoin traded at around $83,000 on Tuesday, while the rupee stood at Rs.295.60 against the US dollar.')).toEqual([]);
    expect(metrics('Market check: bitcoin traded between $98,000 and $106,000 this week.')).toEqual([]);
    expect(metrics('She also made restitution orders totalling $3.1 million in favour of the victims.')).toEqual([]);
    expect(metrics('After credit for 14 months of pre-sentence custody, he has six years and 10 months left to serve.')).toEqual([]);
    expect(metrics('Police arrested 10 people. Two of those arrested were later released with no further action.')).toEqual([['persons_arrested', 10]]);
  });

  it('reads a count\'s passive verb past a relative clause with figures of its own', () => {
    expect(metrics('Eight members of a criminal network that laundered more than £14 million for drug dealers have been jailed following an investigation by the Met.'))
      .toEqual([['persons_sentenced', 8], ['illicit_volume', 14_000_000]]);
  });

  it('reads apps removed from app stores as blocked, not closed', () => {
    expect(metrics('In 2024-25 the team also had 48 illegal gambling apps removed from the Apple and Google app stores.')).toEqual([['platforms_blocked', 48]]);
    expect(metrics('Police removed 40 websites.')).toEqual([['platforms_closed', 40]]);
  });

  it('reads no laundering in "anti-money laundering" rules, fines by "fining", and no count of cases sent to court', () => {
    expect(metrics('The NBG said it had fined 14 virtual asset service providers a total of GEL 3.85 million in 2025 for breaches of anti-money laundering rules.'))
      .toEqual([['fines_imposed', 3_850_000]]);
    expect(metrics('The FIAU published a decision fining a gaming operator €412,638 for breaches of anti-money laundering rules.')).toEqual([['fines_imposed', 412_638]]);
    expect(metrics('In 2024, PCCOCS prosecutors sent to court 14 criminal cases on money laundering, and courts convicted 23 persons in such cases.'))
      .toEqual([['persons_sentenced', 23]]);
  });

  it('reads "of which 87 arrested" as a part under its own verb, fines on licensed firms, inhibited access and long causatives', () => {
    expect(metrics('In 2024, the Guardia di Finanza reported 1.146 persons to the Judicial Authority, of which 87 arrested, and seized assets for 73,5 million euro.')
      .filter(([m]) => m === 'persons_arrested')).toEqual([['persons_arrested', 87]]);
    expect(metrics('The secretariat imposed fines totalling R$ 41.3 million on licensed operators in 2025.')).toEqual([['fines_imposed', 41_300_000]]);
    expect(metrics('The ADM has ordered the inhibition of access to the 37 websites.')).toEqual([['platforms_blocked', 37]]);
    expect(metrics('The agency had 4,215 websites and Telegram channels of illegal online casinos and bookmakers blocked in 2025.')).toEqual([['platforms_blocked', 4_215]]);
    expect(metrics('Eight of the nine targets were arrested.')).toEqual([['persons_arrested', 8]]);
  });

  it('counts mule account holders as people, people recognised as victims as customers, and aircraft as items', () => {
    expect(metrics('In an operation in Johor and Selangor from June 17 to 23, police arrested 52 mule account holders.')).toEqual([['persons_arrested', 52]]);
    expect(metrics('The damage exceeded KZT 12.8bn, and around 6,900 people were recognised as victims, the ARDFM said.'))
      .toEqual([['illicit_volume', 12_800_000_000], ['customers_served', 6_900]]);
    expect(metrics('Agents seized 19 vehicles and 2 aircraft.')).toEqual([['items_seized', 19], ['items_seized', 2]]);
  });

  it('reads a span "over the nine months" as no figure, and a sum "including" another as its part', () => {
    expect(metrics('The agency had 1,940 websites blocked over the nine months, up from 760 a year earlier.'))
      .toEqual([['platforms_blocked', 1_940], ['platforms_blocked', 760]]);
    expect(metrics('In 2025, assets worth 16.8 billion tenge were seized, including 4.1 million USDT, and 2.3 billion tenge was returned to victims.'))
      .toEqual([['assets_seized', 16_800_000_000], ['assets_seized', 4_100_000], ['funds_returned', 2_300_000_000]]);
  });

  it('reads "had 3,960 of their websites ... blocked" and the citizens a scheme made suffer', () => {
    expect(metrics('The regulator identified 118 financial pyramids in 2025 and had 3,960 of their websites and social media pages blocked.'))
      .toEqual([['schemes_dismantled', 118], ['platforms_blocked', 3_960]]);
    expect(metrics('More than 7 300 citizens from 14 regions suffered from the activity of these pyramids.')).toEqual([['customers_served', 7_300]]);
  });

  it('reads a table\'s bare cells in the currency and magnitude its label or header names', () => {
    const table = 'CVM enforcement in figures:\n\n| Indicator | 2023 | 2024 |\n| --- | --- | --- |\n| Fines imposed (R$ million) | 198.7 | 276.4 |\n| Websites taken down | 164 | 287 |\n';
    expect(claimsOf(table, '2025-03-01').map((c) => [c.metric, c.value, c.unit, c.figure])).toEqual([
      ['fines_imposed', 198_700_000, 'BRL', '198.7'], ['fines_imposed', 276_400_000, 'BRL', '276.4'],
      ['platforms_closed', 164, 'count', '164'], ['platforms_closed', 287, 'count', '287'],
    ]);
    const claim = claimsOf(table, '2025-03-01')[0]!;
    expect(table.slice(claim.span_start, claim.span_end)).toBe('198.7');
  });

  it('lets the verb that governs a count win over the participle after its noun, and reads no area or time taken as a figure', () => {
    expect(metrics('The court convicted 14 people arrested in a raid.')).toEqual([['persons_sentenced', 14]]);
    expect(metrics('Police said 610 websites blocked.')).toEqual([['platforms_blocked', 610]]);
    expect(metrics('Inside the 4,000 sq ft unit, officers seized 12 computers.')).toEqual([['items_seized', 12]]);
    expect(metrics('The accounts received HK$18.6 million from scam victims in less than three months.').filter(([m]) => m === 'prison_term')).toEqual([]);
  });

  it('dates the lines of a monthly breakdown by their month, in the year named before them', () => {
    const text = 'In January–April 2026, the Agency closed 52 illegal crypto exchangers.\n\nExchangers closed, by month:\n\n- January – 9;\n- February – 11;\n- April – 18.\n';
    expect(claimsOf(text, '2026-05-13').map((c) => [c.value, c.period_start, c.period_end])).toEqual([
      [52, '2026-01-01', '2026-04-30'], [9, '2026-01-01', '2026-01-31'], [11, '2026-02-01', '2026-02-28'], [18, '2026-04-01', '2026-04-30'],
    ]);
    expect(claimsOf('Operation March: police arrested 12 suspects.', '2026-05-13').map((c) => c.period_start)).toEqual([null]);
  });
});
