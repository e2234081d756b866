import { describe, expect, it } from 'vitest';
import { tableColumns } from '@reckon/warehouse';
import { citationCff } from './citation.js';
import { dataCard } from './data-card.js';
import { makeTables, pipeline } from './_test-tables.js';

describe('dataCard', () => {
  const card = dataCard(pipeline, makeTables(), '1.2.3');

  it('has the sections a researcher needs', () => {
    const headings = [...card.matchAll(/^##+ (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['What it is', 'Sources', 'Codebook', 'sources', 'claims', 'facts', 'conflicts', 'Metrics',
      'How figures were reconciled', 'Files', 'How to cite']);
    expect(card).toContain('- [Reprint \\| platforms](<https://example.org/sources/002-reprint.md>): Agency, 2025-01-31, aggregator');
    expect(card).toContain('- `resolved` (1 fact): sources disagree');
    expect(card).toContain('- `value_mismatch` (1): ');
    expect(card).toMatch(/prefixed with a single quote .* The Parquet files keep the exact text\./);
    expect(card).toContain('Reckon Tests. *Test enforcement figures* (version 1.2.3) [Data set]. Licence CC-BY-4.0.');
  });

  it('generates one codebook row per column from the schema', () => {
    for (const table of ['sources', 'claims', 'facts', 'conflicts'] as const) {
      const section = card.split(`### ${table}\n\n`)[1]!.split('\n\n')[0]!;
      expect(section.split('\n').slice(2).map((row) => row.split(' | ')[0])).toEqual(tableColumns(table).map((c) => `| \`${c.name}\``));
    }
  });
});

describe('citationCff', () => {
  it('writes a CFF 1.2.0 dataset citation of the version', () => {
    expect(citationCff(pipeline, '1.2.3')).toBe([
      'cff-version: 1.2.0', 'message: "If you use this dataset, please cite this version of it as below."', 'type: dataset',
      'title: "Test enforcement figures"', 'version: "1.2.3"', 'abstract: "Figures for the publish tests."', 'license: "CC-BY-4.0"',
      'authors:', '  - name: "Reckon Tests"', 'keywords:', '  - "crypto"', '  - "enforcement"', '',
    ].join('\n'));
  });
});
