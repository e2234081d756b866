import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';
import { resolveCodebook } from '@reckon/schema';
import { compileLexicon } from './lexicon.js';
import { findTables, unitNote } from './tables.js';

const RESULTS = [
  'Europol coordinated the action day against the network.',
  '',
  'Results of the action day on 11 November 2025:',
  '',
  '| Country | Arrests | Searches | Seizures |',
  '| --- | --- | --- | --- |',
  '| Spain | 11 | 19 | EUR 820 000 in cash, 6 vehicles |',
  '| Netherlands | – | 3 | servers hosting the fake platforms |',
  '',
  'The suspects face charges of fraud.',
].join('\n');

describe('Markdown tables', () => {
  it('finds a table\'s header and rows, with each cell\'s offsets', () => {
    const [table] = findTables(RESULTS);
    expect(table!.header.map((c) => c.text)).toEqual(['Country', 'Arrests', 'Searches', 'Seizures']);
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Spain', '11', '19', 'EUR 820 000 in cash, 6 vehicles'], ['Netherlands', '–', '3', 'servers hosting the fake platforms']]);
    for (const cell of table!.rows.flat()) expect(RESULTS.slice(cell.start, cell.end)).toBe(cell.text);
  });

  it('finds no table in two rows without a separator, and none in boilerplate', () => {
    expect(findTables('| a | b |\n| c | d |')).toEqual([]);
    expect(findTables('| Country | Arrests |\n| Spain | 32 |')).toEqual([]);
    expect(findTables(RESULTS, [{ start: 0, end: RESULTS.length, reason: 'test' }])).toEqual([]);
  });

  it('reads each cell under its column\'s header, in the country its row names, on the day its lead line names', () => {
    const claims = claimsOf(RESULTS, '2025-11-20');
    expect(claims.map((c) => [c.metric, c.value, c.unit, c.jurisdiction, c.period_start])).toEqual([
      ['persons_arrested', 11, 'count', 'ES', '2025-11-11'],
      ['assets_seized', 820_000, 'EUR', 'ES', '2025-11-11'],
      ['items_seized', 6, 'count', 'ES', '2025-11-11'],
    ]);
    expect(claims.map((c) => RESULTS.slice(c.span_start, c.span_end))).toEqual(['11', 'EUR 820 000', '6']);
    expect(claims[0]!.authority).toBe('Europol');
  });

  it('reads a row named by a period under its column\'s metric, and a row named by its metric under a year or a "Result" column', () => {
    const yearRows = ['Year-wise details:', '', '| Financial Year | Cases opened | Persons arrested |', '| --- | --- | --- |', '| 2021-22 | 14 | 3 |'].join('\n');
    expect(claimsOf(yearRows, '2025-03-18').map((c) => [c.metric, c.value, c.period_start, c.period_end])).toEqual([
      ['cases_opened', 14, '2021-01-01', '2022-12-31'], ['persons_arrested', 3, '2021-01-01', '2022-12-31']]);
    const yearColumns = ['Enforcement indicators:', '', '| Indicator | 2023 | 2024 |', '| --- | --- | --- |', '| Websites blocked | 885 | 1,642 |'].join('\n');
    expect(claimsOf(yearColumns, '2025-05-14').map((c) => [c.metric, c.value, c.period_start])).toEqual([
      ['platforms_blocked', 885, '2023-01-01'], ['platforms_blocked', 1642, '2024-01-01']]);
    const results = ['Summary of results, 1 October 2024 – 31 March 2025', '', '| Indicator | Result |', '| --- | --- |', '| Suspects arrested | 4,812 |'].join('\n');
    expect(claimsOf(results, '2025-04-25').map((c) => [c.metric, c.value, c.period_start, c.period_end])).toEqual([
      ['persons_arrested', 4812, '2024-10-01', '2025-03-31']]);
  });

  it('reads a table whose writer set no separator under a header of words', () => {
    const text = 'BIGGEST ARREST OPERATIONS THIS WEEK\n\n| Country | Agency | Arrests |\n| Spain | Policía Nacional | 32 |\n| Poland | CBZC | 11 |\n';
    expect(findTables(text)[0]!.rows.map((r) => r[2]!.text)).toEqual(['32', '11']);
    expect(claimsOf(text).map((c) => [c.metric, c.value, c.jurisdiction])).toEqual([['persons_arrested', 32, 'ES'], ['persons_arrested', 11, 'PL']]);
  });

  it('reads a column\'s unit note in any dollar of a place', () => {
    const text = 'Cases and losses by major type of deception, January to June 2026:\n\n| Type | Cases | Losses (HK$ million) |\n| --- | --- | --- |\n| Online shopping fraud | 6 204 | 118 |\n';
    expect(claimsOf(text, '2026-08-05').map((c) => [c.metric, c.value, c.unit])).toEqual([['cases_opened', 6204, 'count'], ['illicit_volume', 118_000_000, 'HKD']]);
  });
});

describe('unitNote', () => {
  const lex = compileLexicon(resolveCodebook(undefined));
  it('reads the currency and magnitude a caption or header names, East Asian units too', () => {
    expect(unitNote('Fines imposed (R$ million)', lex, 'BR')).toBe('million BRL');
    expect(unitNote('<Illegal foreign exchange, 2025 (unit: cases, KRW 100 million)>', lex, 'KR')).toBe(' hundred million KRW');
    expect(unitNote('Special fraud by type (January-June 2025; damage in units of 10,000 yen)', lex, 'JP')).toBe(' ten thousand JPY');
    expect(unitNote('Arrests by region', lex, 'KZ')).toBe('');
  });
});
