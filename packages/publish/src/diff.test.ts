import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffVersions } from './compare.js';
import { bumpOf, diffSchemas } from './diff.js';
import { formatDiff } from './format-diff.js';
import { makeTables, pipeline } from './_test-tables.js';
import { publishDataset } from './publish.js';

const root = mkdtempSync(join(tmpdir(), 'reckon-diff-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('diffVersions', () => {
  it('gives the fact-level diff between two published versions, as Markdown and JSON', async () => {
    await publishDataset({ datasetsDir: root, pipeline, tables: makeTables() });
    await publishDataset({ datasetsDir: root, pipeline, tables: makeTables({ closed: 40, extraFact: true }) });
    const diff = await diffVersions(join(root, pipeline.name), '1.0.0', '1.1.0');
    expect(diff).toMatchObject({ from: '1.0.0', to: '1.1.0', bump: 'minor', schema: [] });
    expect(diff.facts.added.map((f) => f.metric)).toEqual(['platforms_blocked']);
    expect(diff.facts.changed.map((c) => [c.before.value, c.after.value])).toEqual([[36, 40]]);
    expect(diff.files).toEqual(['claims.csv', 'claims.parquet', 'facts.csv', 'facts.parquet']);
    const markdown = formatDiff(diff, 'markdown');
    expect(markdown).toMatch(/^minor from 1\.0\.0: 1 fact added, 0 removed, 1 changed\.\n/);
    expect(markdown).toContain('### Changed facts\n\n- `platforms_closed` KZ 2024-01-01..2024-12-31: 36 count -> 40 count');
    expect(JSON.parse(formatDiff(diff, 'json'))).toEqual(diff);
    const backwards = await diffVersions(join(root, pipeline.name), '1.1.0', '1.0.0');
    expect(backwards.facts.removed.map((f) => f.metric)).toEqual(['platforms_blocked']);
  });

  it('names the published versions when one is unknown', async () => {
    await expect(diffVersions(join(root, pipeline.name), '1.0.0', '9.9.9')).rejects.toMatchObject({ message: 'no version 9.9.9 here', hint: 'published versions: 1.0.0, 1.1.0' });
  });
});

describe('bumpOf', () => {
  const none = { added: [], removed: [], changed: [] };
  it('is major for removed or retyped columns, minor for added ones, patch for other files, null for nothing', () => {
    const before = new Map([['facts', new Map([['value', 'number'], ['note', 'string']])]]);
    const after = new Map([['facts', new Map([['value', 'string'], ['extra', 'date']])]]);
    const schema = diffSchemas(before, after);
    expect(schema.map((c) => `${c.column} ${c.change}`)).toEqual(['value retyped', 'note removed', 'extra added']);
    expect(bumpOf({ schema, facts: none, files: [] })).toBe('major');
    expect(bumpOf({ schema: schema.filter((c) => c.change === 'added'), facts: none, files: [] })).toBe('minor');
    expect(bumpOf({ schema: [], facts: none, files: ['README.md'] })).toBe('patch');
    expect(bumpOf({ schema: [], facts: none, files: [] })).toBeNull();
  });
});
