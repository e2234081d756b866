import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles and codings of 2026-11-24's eighteenth session showed misread, each rule as its own
// case.
const authorities = (text: string) => claimsOf(text).map((c) => [c.metric, c.authority]);

describe('courts read in the eighteenth session', () => {
  it('credits a ruling to the court a list line opens with', () => {
    expect(authorities('The KNPA said 34 people were arrested.\n\n- The Seoul Central District Court sentenced the leader to 12 years in prison.'))
      .toEqual([['persons_arrested', 'KNPA'], ['prison_term', 'Seoul court']]);
  });

  it('carries a court on past a sentence that names an agency only as its source', () => {
    expect(authorities('A court in Almaty on Monday sentenced the organiser to nine years. The exchanger served 3,400 clients, according to the AFM. '
      + 'Two couriers were sentenced to four years each.').at(-1))
      .toEqual(['prison_term', 'Almaty court']);
  });

  it('names a court by the place set off by commas after it', () => {
    expect(authorities('The EFCC arrested 23 suspects. Weeks earlier, Justice A. O. Adeyemi of the Federal High Court, Lagos, sentenced two operators to seven years\' imprisonment each.'))
      .toEqual([['persons_arrested', 'EFCC'], ['persons_sentenced', 'Lagos court'], ['prison_term', 'Lagos court']]);
  });

  it('credits a term an appeals court raised or cut to that court, not to a scheme that raised money', () => {
    expect(authorities('The police arrested 14 people. In a separate case, the Court of Appeal in Putrajaya raised the jail term of a scheme\'s promoter to eight years.').at(-1))
      .toEqual(['prison_term', 'Putrajaya court']);
    expect(authorities('The SEC said a federal court in Miami entered judgments against operators who raised more than $300 million.').map(([, a]) => a))
      .toEqual(['SEC']);
  });

  it('credits what "the courts of" a place did to that place\'s court, and leaves courts no place is given for to the agency', () => {
    expect(authorities('The AFM closed 12 exchangers. In the first half of 2024, the courts of Karaganda region convicted 43 people for organising illegal gambling.').at(-1))
      .toEqual(['persons_sentenced', 'Karaganda court']);
    expect(authorities('The AFM closed 12 exchangers. Courts have convicted 29 people in the agency\'s exchanger cases this year.').at(-1))
      .toEqual(['persons_sentenced', 'AFM']);
  });
});
