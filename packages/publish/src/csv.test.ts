import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsCsv, csvCell, formatNumber, parseCsv, tableCsv } from './csv.js';
import { makeTables } from './_test-tables.js';

describe('formatNumber', () => {
  it('writes plain decimals that read back as the same double', () => {
    expect([60_000_000_000, 112.84, 1e21, 1.5e-7, -0, -2.5, 123456789012345680000].map(formatNumber))
      .toEqual(['60000000000', '112.84', '1000000000000000000000', '0.00000015', '0', '-2.5', '123456789012345680000']);
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
      const text = formatNumber(value);
      expect(text).not.toMatch(/e/i);
      expect(Number(text)).toBe(Object.is(value, -0) ? 0 : value);
    }), { numRuns: 2000 });
  });
});

describe('csvCell', () => {
  it('prefixes text that a spreadsheet would run as a formula, never numbers', () => {
    expect(['=1+1', '+36', '-12 persons', '@SUM(A1)', '\tx', '\rx', 'plain', "'quoted"].map((t) => csvCell('string', t)))
      .toEqual(["'=1+1", "'+36", "'-12 persons", "'@SUM(A1)", "'\tx", "'\rx", 'plain', "'quoted"]);
    expect(csvCell('number', -12)).toBe('-12');
    expect(csvCell('date', null)).toBe('');
  });
});

describe('tableCsv', () => {
  it('writes the header from the schema and neutralises formula-like text', () => {
    const lines = tableCsv('conflicts', makeTables().conflicts).split('\n');
    expect(lines[0]).toBe('conflict_id,fact_id,claim_ids,kind,resolution,rule,rationale');
    expect(lines[1]).toContain(",'+36 and 19 disagree");
    expect(lines[1]).toMatch(/^[0-9a-f]{16},[0-9a-f]{16},[0-9a-f]{16};[0-9a-f]{16},value_mismatch,/);
  });
});

describe('parseCsv', () => {
  it('reads back whatever cellsCsv writes', () => {
    const fields = [{ name: 'a', type: 'string' as const }, { name: 'b', type: 'string' as const }];
    const grid = fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 6 });
    fc.assert(fc.property(grid, (rows) => {
      // A lone empty field on a line is indistinguishable from an empty line; two columns avoid that case.
      const expected = rows.map((row) => row.map((cell) => csvCell('string', cell)));
      expect(parseCsv(cellsCsv(fields, rows))).toEqual([['a', 'b'], ...expected]);
    }), { numRuns: 1000, examples: [[[['', '\r']]], [[['"a,b"', 'x\ny']]]] });
  });
});
