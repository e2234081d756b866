import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCells, toCells, type Cell } from './cells.js';
import { fact, source } from './_test-records.js';
import { openWarehouse } from './warehouse.js';

describe('toCells', () => {
  it('joins lists with ";", writes json compactly and keeps nulls', () => {
    const cells = toCells('facts', { ...fact, claim_ids: ['a', 'b'], claim_ids_against: [] });
    expect(cells).toContain('a;b');
    expect(cells).toContain('');
    expect(toCells('sources', source)).toContain(JSON.stringify(source.boilerplate));
    expect(toCells('sources', source)).toContain(null);
  });

  it('refuses a null in a column that is not nullable', () => {
    expect(() => toCells('facts', { ...fact, metric: null }, 3)).toThrow('facts[3].metric: expected a value (the column is not nullable), received null');
  });
});

describe('compareCells', () => {
  it('sorts strings, numbers and nulls exactly as DuckDB ORDER BY ... ASC NULLS LAST', async () => {
    const warehouse = await openWarehouse(':memory:');
    try {
      const text = fc.option(fc.string({ unit: 'binary', maxLength: 6 }), { nil: null });
      const number = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null });
      for (const [sqlType, arbitrary] of [['VARCHAR', text], ['DOUBLE', number]] as const) {
        await fc.assert(fc.asyncProperty(fc.array(arbitrary as fc.Arbitrary<Cell>, { maxLength: 30 }), async (cells) => {
          const sorted = [...cells].sort(compareCells);
          const { rows } = await warehouse.query(`SELECT v FROM (SELECT unnest(from_json(?, '["${sqlType}"]')) AS v) ORDER BY v ASC NULLS LAST`, [JSON.stringify(cells)]);
          expect(rows.map((r) => r[0])).toEqual(sorted.map((v) => (Object.is(v, -0) ? 0 : v)));
        }), { numRuns: 60, examples: sqlType === 'VARCHAR' ? [[['\uffff', '😀', '\ue000', 'a', null, 'B', '']]] : [] });
      }
    } finally {
      warehouse.close();
    }
  });
});
