import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

const read = (text: string) => claimsOf(text).map((c) => [c.metric, c.value, c.period_start, c.period_end]);

describe('a sentence that breaks down a count said before', () => {
  it('gives the parts the whole\'s metric and period, the whole named by its number', () => {
    expect(read('In 2024 the agency closed 131 illegal crypto exchangers. Officials did not name them.\nOf the 131 exchangers, 52 operated in Almaty and 23 in Shymkent.')).toEqual([
      ['platforms_closed', 131, '2024-01-01', '2024-12-31'],
      ['platforms_closed', 52, '2024-01-01', '2024-12-31'],
      ['platforms_closed', 23, '2024-01-01', '2024-12-31'],
    ]);
  });

  it('reads "Of those" as the last count of the sentence before', () => {
    expect(read('The regulator uncovered 19 financial pyramids in 2024. Of those, eleven presented themselves as crypto trading projects.')).toEqual([
      ['schemes_dismantled', 19, '2024-01-01', '2024-12-31'],
      ['schemes_dismantled', 11, '2024-01-01', '2024-12-31'],
    ]);
  });

  it('reads the thing a part names by the verb of the sentence before when no count came of it', () => {
    expect(read('The central bank identified 1,020 illegal market participants in 2024. Of these, 480 were financial pyramids.')).toEqual([
      ['schemes_dismantled', 480, '2024-01-01', '2024-12-31'],
    ]);
  });

  it('takes no whole that counts another thing than the opening names', () => {
    expect(read('More than 4,600 people deposited money on the platforms in 2024.\nOf the suspects, 21 were arrested, while 13 were released.')).toEqual([
      ['customers_served', 4600, '2024-01-01', '2024-12-31'],
      ['persons_arrested', 21, null, '2025-01-15'],
    ]);
  });

  it('needs the opening: a bare number elsewhere counts nothing', () => {
    expect(read('The agency closed 131 illegal crypto exchangers in 2024. In Almaty, 52 operated openly.')).toEqual([
      ['platforms_closed', 131, '2024-01-01', '2024-12-31'],
    ]);
  });
});
