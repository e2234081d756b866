import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reckon } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('this repository', () => {
  it('passes reckon check: every committed dataset verifies and is current, disputes are settled, the seeds\' quality floor holds', async () => {
    const r = await reckon(['check'], ROOT);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stderr).toMatch(/0 error\(s\)/);
  });
});
