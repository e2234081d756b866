import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

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
});
