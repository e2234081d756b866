import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles written in 2026-11-24's fifteenth session (articles 2802 on) showed misread, each
// rule as its own case.
const metrics = (text: string, published?: string) => claimsOf(text, published).map((c) => [c.metric, c.value]);

describe('sentences of articles 2802 on', () => {
  it('reads the last item of a breakdown by country in brackets', () => {
    const claims = claimsOf('Europol said the action day led to 38 arrests (Bulgaria: 14, Romania: 9, Hungary: 3).');
    expect(claims.map((c) => [c.metric, c.value, c.jurisdiction])).toEqual([
      ['persons_arrested', 38, 'EU'], ['persons_arrested', 14, 'BG'], ['persons_arrested', 9, 'RO'], ['persons_arrested', 3, 'HU'],
    ]);
  });
});
