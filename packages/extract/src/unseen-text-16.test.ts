import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles and codings of 2026-11-24's seventeenth session showed misread, each rule as its own
// case.
const authorities = (text: string) => claimsOf(text).map((c) => [c.metric, c.authority]);

describe('sentences read in the seventeenth session', () => {
  it('credits a ruling to the court that is its subject, whatever agency the paragraph named before', () => {
    expect(authorities('The AFM detained the exchanger\'s owner in March. On 8 July, a court in Almaty sentenced him to six years in prison.'))
      .toEqual([['prison_term', 'Almaty court']]);
  });

  it('credits what "the court" does to the court named last, past sentences that named an agency', () => {
    expect(authorities('On 8 July, a court in Almaty sentenced four men to six years in prison. The AFM had detained them in March. '
      + 'The court also ordered the confiscation of 96,000 USDT and two apartments.'))
      .toEqual([['persons_sentenced', 'Almaty court'], ['prison_term', 'Almaty court'], ['assets_seized', 'Almaty court'], ['items_seized', 'Almaty court']]);
    // With no court named before, "the court" names none.
    expect(authorities('The AFM detained four men in March. The court also ordered the confiscation of 96,000 USDT.').map(([, a]) => a)).not.toContain('Almaty court');
  });

  it('names a court sitting in a city of a state by the city', () => {
    expect(authorities('Justice Mahmood Abdulgafar of the Federal High Court sitting in Ilorin, Kwara State, on Monday sentenced nine internet fraudsters to jail terms ranging from one to four years.'))
      .toEqual([['persons_sentenced', 'Ilorin court'], ['prison_term', 'Ilorin court']]);
  });
});
