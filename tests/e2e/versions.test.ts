import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { describe, expect, it } from 'vitest';
import { TABLES, columnsOf } from '@reckon/schema';
import { reckon, workspace } from './helpers.js';

const sums = (dir: string) => readFile(join(dir, 'SHA256SUMS'), 'utf8');

describe('versions from the data', () => {
  it('builds byte-identical versions from the same inputs', async () => {
    const ws = await workspace('mini');
    try {
      expect((await reckon(['run', 'pipelines/mini', '--out', 'a'], ws.dir)).code).toBe(0);
      expect((await reckon(['run', 'pipelines/mini', '--out', 'b', '--force'], ws.dir)).code).toBe(0);
      const a = join(ws.dir, 'a/mini-enforcement/1.0.0');
      expect(await sums(a)).toBe(await sums(join(ws.dir, 'b/mini-enforcement/1.0.0')));
      expect(await readFile(join(ws.dir, 'a/mini-enforcement/latest.json'), 'utf8')).toBe(await readFile(join(ws.dir, 'b/mini-enforcement/latest.json'), 'utf8'));
    } finally {
      await ws.cleanup();
    }
  });

  it('publishes a minor version naming the changed fact when a figure is edited, and verifies every version', async () => {
    const ws = await workspace('mini');
    try {
      expect((await reckon(['run', 'pipelines/mini'], ws.dir)).code).toBe(0);
      const file = join(ws.pipeline, 'sources/a-official.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('froze 120,000 USDT', 'froze 125,000 USDT'));
      const r = await reckon(['run', 'pipelines/mini'], ws.dir);
      expect(r.code, r.stderr).toBe(0);
      const dataset = join(ws.dir, 'datasets/mini-enforcement');
      expect((await readdir(dataset)).filter((e) => /^\d/.test(e)).sort()).toEqual(['1.0.0', '1.1.0']);
      const changelog = await readFile(join(dataset, 'CHANGELOG.md'), 'utf8');
      expect(changelog.indexOf('## 1.1.0')).toBeLessThan(changelog.indexOf('## 1.0.0'));
      expect(changelog).toMatch(/assets_frozen.*120000 USDT -> 125000 USDT/);
      expect(JSON.parse(await readFile(join(dataset, 'latest.json'), 'utf8')).version).toBe('1.1.0');
      const verified = await reckon(['verify', join(dataset, '1.0.0'), join(dataset, '1.1.0')], ws.dir);
      expect(verified.code, verified.stderr).toBe(0);
      expect(verified.stderr).toMatch(/1\.1\.0: ok \(.*byte-identical rebuild/);
      const diff = await reckon(['diff', dataset, '1.0.0', '1.1.0', '--json'], ws.dir);
      expect(diff.code).toBe(0);
      expect(JSON.parse(diff.stdout).facts.changed).toHaveLength(1);
      // The older version cannot be rebuilt from today's sources; naming the pipeline forces the attempt, which must fail.
      const forced = await reckon(['verify', join(dataset, '1.0.0'), '--pipeline', 'pipelines/mini'], ws.dir);
      expect(forced.code).toBe(1);
      expect(forced.stderr).toMatch(/rebuilt from .*differs/);
    } finally {
      await ws.cleanup();
    }
  });

  it('writes Parquet that a second, independent reader (hyparquet) reads with the published columns', async () => {
    const ws = await workspace('mini');
    try {
      expect((await reckon(['run', 'pipelines/mini'], ws.dir)).code).toBe(0);
      for (const table of TABLES) {
        const file = await asyncBufferFromFile(join(ws.dir, 'datasets/mini-enforcement/1.0.0', `${table.name}.parquet`));
        const metadata = await parquetMetadataAsync(file);
        const rows = await parquetReadObjects({ file, metadata, compressors });
        expect(Object.keys(rows[0] ?? {})).toEqual(columnsOf(table.schema).map((c) => c.name));
        expect(metadata.row_groups[0]?.columns[0]?.meta_data?.codec).toBe('ZSTD');
      }
    } finally {
      await ws.cleanup();
    }
  });
});
