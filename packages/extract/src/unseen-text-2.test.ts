import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the articles written for the dev corpus on 2026-11-23 (articles 402-471), each rule as its own case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value]);

describe('sentences of articles 402-471', () => {
  it('counts a scheme\'s victims as its customers, but not victims of theft or those paid back', () => {
    expect(metrics('In 2025 the Agency uncovered 31 financial pyramids, whose 42,800 victims suffered damage of ₸64.1 billion.'))
      .toEqual([['schemes_dismantled', 31], ['customers_served', 42_800], ['illicit_volume', 64_100_000_000]]);
    expect(metrics('Damage from the pyramids exceeded ₸21 billion, and more than 27,000 people were affected.'))
      .toEqual([['illicit_volume', 21_000_000_000], ['customers_served', 27_000]]);
    expect(metrics('Prosecutors said the gang stole cryptocurrency worth £4.3 million from at least 38 victims.')).toEqual([['illicit_volume', 4_300_000]]);
    expect(metrics('So far €1,9 million has been paid back to 340 victims.')).toEqual([['funds_returned', 1_900_000]]);
  });

  it('reads the residents a scheme served or an exchanger sold to as no population', () => {
    expect(metrics('The project attracted ₸380 million from 640 residents of Pavlodar and Aksu.')).toEqual([['illicit_volume', 380_000_000], ['customers_served', 640]]);
    expect(metrics('The exchange office processed more than 900 million soms, selling bitcoin to residents of Bishkek.')).toEqual([['platform_turnover', 900_000_000]]);
    expect(metrics('Karaganda region has about 1.1 million residents.')).toEqual([]);
  });
});
