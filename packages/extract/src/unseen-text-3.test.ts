import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the articles written for the dev corpus on 2026-11-24 (articles 752-821), each rule as its own case.
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
});
