import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestSources } from '@reckon/ingest';
import { resolveCodebook } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { evaluate, GoldRecordSchema } from './evaluate.js';
import { createExtractor } from './extract.js';

// The CI quality gate: the development corpus must keep its scores (set just under what the extractor achieves).
const FLOOR = { f1: 0.95, qualifier: 0.95, period: 0.95 };

describe('the development corpus', () => {
  it('keeps F1, qualifier and period accuracy above their floors', async () => {
    const dir = join(import.meta.dirname, '../../../tests/eval/fixtures/dev-corpus');
    const { sources } = await ingestSources(dir, { glob: 'sources/**/*.md', maxSourceBytes: 10_000_000 });
    const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => GoldRecordSchema.parse(JSON.parse(l)));
    const claims = sources.flatMap(createExtractor({ codebook: resolveCodebook(undefined) }));
    const result = evaluate(claims, gold, sources);
    expect(result.unknownDocs).toEqual([]);
    expect(result.overall.f1).toBeGreaterThanOrEqual(FLOOR.f1);
    expect(result.accuracy.qualifier).toBeGreaterThanOrEqual(FLOOR.qualifier);
    expect(result.accuracy.period).toBeGreaterThanOrEqual(FLOOR.period);
  });
});
