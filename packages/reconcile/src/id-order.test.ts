import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from './compare-text.js';
import { sortById } from './id-order.js';

const byComparison = (ids: string[]) => ids.map((id, at) => ({ id, at })).sort((a, b) => compareText(a.id, b.id));

describe('sortById', () => {
  it('sorts as the comparison sort does, stably, when ids share their first digits or repeat', () => {
    const hex = fc.constantFrom(...'0123456789abcdef');
    const id = fc.tuple(fc.constantFrom('0000ffff', '0000fffe', 'a1b2c3d4'), fc.array(hex, { maxLength: 9 })).map(([lead, rest]) => lead + rest.join(''));
    fc.assert(fc.property(fc.array(id, { maxLength: 60 }), (ids) => {
      expect(sortById(ids.map((id, at) => ({ id, at })), (r) => r.id)).toEqual(byComparison(ids));
    }));
  });

  it('falls back to comparing when an id is not lower-case hex', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 40 }), (ids) => {
      expect(sortById(ids.map((id, at) => ({ id, at })), (r) => r.id)).toEqual(byComparison(ids));
    }));
    const ids = ['ffffffff01', 'FFFFFFFF', '00000000', 'abc'];
    expect(sortById(ids.map((id, at) => ({ id, at })), (r) => r.id)).toEqual(byComparison(ids));
  });
});
