import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentId, validate } from './validate.js';
import { PipelineSchema } from './pipeline.js';

/** FNV-1a 64 with BigInt: slow and obviously right, to check the 32-bit arithmetic of contentId. */
function reference(...parts: Array<string | number | null | undefined>): string {
  let h = 0xcbf29ce484222325n;
  const step = (code: number) => {
    h ^= BigInt(code);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  };
  for (const p of parts) {
    const text = p === null || p === undefined ? '\u0000' : String(p);
    for (let i = 0; i < text.length; i++) step(text.charCodeAt(i));
    step(0x1f);
  }
  return h.toString(16).padStart(16, '0');
}

describe('contentId', () => {
  it('is 64-bit FNV-1a over the parts', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))), (parts) => {
      expect(contentId(...parts)).toBe(reference(...parts));
    }));
  });

  it('separates parts, so moving a boundary changes the id', () => {
    expect(contentId('ab', 'c')).not.toBe(contentId('a', 'bc'));
    expect(contentId(null)).not.toBe(contentId(''));
  });
});

describe('validate', () => {
  it('names the key of every problem instead of throwing', () => {
    const r = validate(PipelineSchema, { name: 'Bad Name', title: 't', description: 'd', colour: 'red' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContainEqual(expect.stringMatching(/^name: /));
      expect(r.errors).toContainEqual(expect.stringMatching(/^\(root\): .*colour/));
    }
  });
});
