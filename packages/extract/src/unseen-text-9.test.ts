import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the dev corpus and the articles written in 2026-11-24's tenth session (articles 2022 on)
// showed misread, each rule as its own case.
const placed = (text: string, published?: string) => claimsOf(text, published).map((c) => [c.metric, c.value, c.jurisdiction, c.authority]);

describe('sentences of articles 2022 on', () => {
  it('names each Latin American prosecutor and police by its Spanish name and its country', () => {
    expect(placed("QUITO — Ecuador's Attorney General's Office (Fiscalía) said police had arrested 16 people. The Fiscalía said a judge froze 128 bank accounts holding US$ 4.1 million."))
      .toEqual([['persons_arrested', 16, 'EC', 'Fiscalía-EC'], ['assets_frozen', 4_100_000, 'EC', 'Fiscalía-EC']]);
    expect(placed('CARACAS – Venezuelan security forces have seized 11,370 mining machines, the Interior Ministry said.'))
      .toEqual([['items_seized', 11_370, 'VE', 'Interior Ministry-VE']]);
    // Colombia's keeps its own name, whoever else names a "Fiscalía".
    expect(placed("BOGOTÁ — Colombia's Attorney General's Office (Fiscalía) said seven people were captured."))
      .toEqual([['persons_arrested', 7, 'CO', 'Fiscalía-CO']]);
  });
});
