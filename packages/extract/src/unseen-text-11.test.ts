import { describe, expect, it } from 'vitest';
import { resolveCodebook } from '@reckon/schema';
import { createExtractor } from './extract.js';
import { claimsOf, sourceOf } from './_test-helpers.js';

// Sentences of the kinds the articles written in 2026-11-24's twelfth session (articles 2482 on) showed misread, each
// rule as its own case.
const placed = (text: string, published?: string) => claimsOf(text, published).map((c) => [c.metric, c.value, c.jurisdiction, c.authority]);

describe('sentences of articles 2482 on', () => {
  it('credits a sentence in a case an agency investigated to the agency that prosecuted it', () => {
    expect(placed('FBI agents arrested two men in August and seized $148,000 in cash. In April, a federal judge sentenced one of them to 87 months in prison.'))
      .toEqual([['persons_arrested', 2, 'US', 'FBI'], ['assets_seized', 148_000, 'US', 'FBI'], ['prison_term', 87, 'US', 'DOJ']]);
    // The investigating agency's own release speaks for it, sentences too.
    const release = { ...sourceOf('IRS Criminal Investigation said cases it worked led to 137 convictions during the year.', '2025-11-20'), publisher: 'Internal Revenue Service', kind: 'official' as const };
    expect(createExtractor({ codebook: resolveCodebook(undefined) })(release).map((c) => [c.metric, c.value, c.authority])).toEqual([['persons_sentenced', 137, 'IRS-CI']]);
  });

  it('takes which agency prosecutes another from pipeline.yaml', () => {
    const codebook = resolveCodebook({ metrics: [], counted_things: {}, jurisdictions: [], authorities: [{ id: 'Hawks', jurisdiction: 'ZA', names: [], prosecuted_by: 'NPA' }] });
    const text = 'The Hawks arrested four suspects in Durban. In March, a judge sentenced two of them to 15 years each.';
    expect(createExtractor({ codebook })(sourceOf(text)).map((c) => [c.metric, c.value, c.authority]))
      .toEqual([['persons_arrested', 4, 'Hawks'], ['persons_sentenced', 2, 'NPA'], ['prison_term', 15, 'NPA']]);
    // Built in, the Hawks report their cases' sentences themselves.
    expect(claimsOf(text).map((c) => c.authority)).toEqual(['Hawks', 'Hawks', 'Hawks']);
  });

  it('reads the day a report was made as no period of what it reports', () => {
    const dated = (text: string) => claimsOf(text, '2026-06-12').map((c) => [c.value, c.period_start, c.period_end]);
    expect(dated('Police in Sumgayit detained 9 people who collected bank cards, the Ministry of Internal Affairs said on June 10.'))
      .toEqual([[9, null, '2026-06-12']]);
    expect(dated('The SBU said on Tuesday, June 9 it had detained five people.')).toEqual([[5, null, '2026-06-12']]);
    // The day something was done on still dates it.
    expect(dated('On June 10, police detained 9 people.')).toEqual([[9, '2026-06-10', '2026-06-10']]);
  });

  it('names a court by a city whose name ends in a letter outside ASCII', () => {
    expect(placed('In August 2025, the 1st Federal Court of Itajaí sentenced 4 members of the group.').map((c) => c[3])).toEqual(['Itajaí court']);
    expect(placed('In June, the Regional Court in Łódź sentenced 5 members of the group.').map((c) => c[3])).toEqual(['Łódź court']);
  });

  it('names a city\'s police by the city before its unit\'s words, and no agency a thing went through', () => {
    expect(placed('SURAT: The Surat city cyber crime police have arrested eight people. The cyber cell also got 17 fake trading websites blocked through the Indian Cyber Crime Coordination Centre (I4C).', '2025-09-18'))
      .toEqual([['persons_arrested', 8, 'IN', 'Surat Police'], ['platforms_blocked', 17, 'IN', 'Surat Police']]);
  });

  it('counts bookies and card holders as people', () => {
    expect(claimsOf('Police have registered 37 cases and arrested 96 bookies and punters. Another 9 card holders received restricted freedom.').map((c) => [c.metric, c.value]))
      .toEqual([['cases_opened', 37], ['persons_arrested', 96], ['persons_sentenced', 9]]);
  });

  it('reads no figure in what is no statistic: a firm\'s customers now, restitution, one victim\'s loss, the law\'s maximum', () => {
    const read = (text: string) => claimsOf(text).map((c) => [c.metric, c.value]);
    expect(read('The bank, which has about 310,000 customers and $41-billion in assets, said in a statement.')).toEqual([]);
    expect(read('She was also ordered to forfeit $9.6 million and to pay restitution of $63 million.')).toEqual([['assets_seized', 9_600_000]]);
    expect(read('The judge ordered the convict to restitute his victims the sum of N1,240,000,000.00.')).toEqual([]);
    expect(read('He said one man from Harrogate had lost his entire £187,000 pension pot.')).toEqual([]);
    expect(read('The maximum sentence for fraud by false representation is 10 years in prison, and for money laundering 14 years.')).toEqual([]);
    // An offence of Canada's Criminal Code.
    expect(read('Six people were arrested and face 41 charges, including fraud over $5,000 and theft under $5,000.')).toEqual([['persons_arrested', 6]]);
  });

  it('breaks down the count said before, not the one its brackets set against it', () => {
    const text = 'Access to 4 012 internet resources was restricted in January–June (first half of 2024 – 2 731). Of these, 1 690 were resources of pyramids.';
    expect(claimsOf(text, '2025-07-15').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[4012, '2025-01-01', '2025-06-30'], [2731, '2024-01-01', '2024-06-30'], [1690, '2025-01-01', '2025-06-30']]);
  });

  it('dates a list by its bold heading line, which is no item of a list', () => {
    const text = 'In June alone, 9 pyramids were identified.\n\n**Main indicators of the first half of 2025 (in brackets – first half of 2024):**\n\n- criminal cases initiated on the materials of the Agency – 38 (29);';
    expect(claimsOf(text, '2025-07-17').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[9, '2025-06-01', '2025-06-30'], [38, '2025-01-01', '2025-06-30'], [29, '2024-01-01', '2024-06-30']]);
  });

  it('reads "over the year" as the year reported, not the one a comparison names', () => {
    const text = 'The ministry restricted access to 11,600 casino sites in 2025, nearly twice as many as in 2024 (6,150). Another 3,420 Telegram channels were blocked over the year.';
    expect(claimsOf(text, '2026-02-05').map((c) => [c.value, c.period_start])).toEqual([[11_600, '2025-01-01'], [6150, '2024-01-01'], [3420, '2025-01-01']]);
  });

  it('carries a paragraph\'s opening quarter or year to the sentences after it, not its month or day', () => {
    const dated = (text: string) => claimsOf(text, '2025-10-28').map((c) => [c.value, c.period_start]);
    expect(dated('In August, the AFM exposed a pyramid that drew in 900 depositors. Four organisers were detained, and 148 thousand USDT were seized.'))
      .toEqual([[900, null], [4, null], [148_000, null]]);
    expect(dated('In the third quarter of 2025, the AFM exposed 12 pyramids. Forty organisers were detained.'))
      .toEqual([[12, '2025-07-01'], [40, '2025-07-01']]);
  });

  it('reads the day a scheme failed as no period of the figures told with it', () => {
    expect(claimsOf('Detectives arrested 3 people over a trading app that took about KSh 312 million from some 4,100 Kenyans before it stopped paying in August.', '2025-11-22')
      .map((c) => [c.value, c.period_start])).toEqual([[3, null], [312_000_000, null], [4100, null]]);
  });

  it('dates the items of a ruling by the day its lead line names', () => {
    const text = 'By the verdict of 16 June 2025, the Karaganda court sentenced:\n\n- the organiser of the group – to 9 years of imprisonment;\n- 3 operators of exchange points – to terms from 4 to 5 years each.';
    expect(claimsOf(text, '2025-06-18').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[9, '2025-06-16', '2025-06-16'], [3, '2025-06-16', '2025-06-16'], [4, '2025-06-16', '2025-06-16']]);
  });

  it('reads what a betting network "took in" in bets as its turnover', () => {
    expect(claimsOf('According to the SQ, the network took in about $48 million in bets since 2021.').map((c) => [c.metric, c.value])).toEqual([['platform_turnover', 48_000_000]]);
  });

  it('reads a betting ring\'s total bets as its turnover', () => {
    expect(claimsOf('The ring organised betting on football matches in Vietnam, with total bets of VND 3,450 billion.').map((c) => [c.metric, c.value]))
      .toEqual([['platform_turnover', 3_450_000_000_000]]);
  });

  it('dates a list by its title line, split at a bar', () => {
    const text = '📊 Results of July 2026 | Akmola region\n\n🔸 illegal crypto exchangers closed — 2\n🔸 persons detained — 4';
    expect(claimsOf(text, '2026-08-06').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[2, '2026-07-01', '2026-07-31'], [4, '2026-07-01', '2026-07-31']]);
  });

  it('reads the period a sentence opens on past a speaker\'s label', () => {
    expect(claimsOf('ZHUNUSOV: Last year, 21,480 internet fraud offences were registered, and the damage amounted to ₸38.6 billion.', '2026-02-10')
      .map((c) => [c.value, c.period_start])).toEqual([[21_480, '2025-01-01'], [38_600_000_000, '2025-01-01']]);
  });

  it('counts what an arrest takes as people, named by a word the codebook lacks', () => {
    expect(claimsOf('The police arrested 642 extractors in the port area in 2025, up from 516 in 2024.', '2026-02-10').map((c) => [c.metric, c.value]))
      .toEqual([['persons_arrested', 642], ['persons_arrested', 516]]);
    expect(claimsOf('Córdoba police have arrested 23 such cajeros.').map((c) => [c.metric, c.value])).toEqual([['persons_arrested', 23]]);
  });

  it('counts items seized', () => {
    expect(claimsOf('Police seized 4,150 counterfeit items from a warehouse.').map((c) => [c.metric, c.value])).toEqual([['items_seized', 4150]]);
  });

  it('counts illegal establishments closed as platforms', () => {
    expect(claimsOf('In 2025, 214 illegal establishments were closed.', '2026-01-20').map((c) => [c.metric, c.value])).toEqual([['platforms_closed', 214]]);
  });

  it('reads no figure in names added to a list of blocked persons, nor in a fine the law sets per unit', () => {
    expect(claimsOf('The Financial Intelligence Unit (UIF) added 14 people and 5 companies linked to the scheme to its List of Blocked Persons.')).toEqual([]);
    expect(claimsOf('Under Law 4002/2011, an administrative fine of 40.000 euros is imposed for each illegal terminal.')).toEqual([]);
    // Sites taken down stay taken down, whatever list the sentence goes on to name.
    expect(claimsOf('The FCA had 1,930 scam websites taken down and published 2,517 alerts on its warning list.').map((c) => c.value)).toContain(1930);
  });

  it('reads budget fraud as a crime, not a budget', () => {
    expect(claimsOf('Investigators detained 9 persons in Budapest on suspicion of budget fraud.').map((c) => [c.metric, c.value])).toEqual([['persons_arrested', 9]]);
    expect(claimsOf('The agency\'s budget rose to 412 million euros.')).toEqual([]);
  });

  it('dates a table row up to the day its note names', () => {
    const text = 'Cases registered by the ED under the PMLA:\n\n| Year | Cases |\n| --- | --- |\n| 2023-24 | 28 |\n| 2024-25 (up to 28.02.2025) | 31 |';
    expect(claimsOf(text, '2025-03-18').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[28, '2023-04-01', '2024-03-31'], [31, '2024-04-01', '2025-02-28']]);
  });

  it('reads no agency one registers with as acting', () => {
    expect(placed('The Justice Department charged Ferrer on Monday. Prosecutors said Ferrer exchanged more than $31 million for at least 140 customers without registering with FinCEN.').map((c) => c[3]))
      .toEqual(['DOJ', 'DOJ']);
  });
});
