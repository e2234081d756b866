import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReckonError, sha256Hex } from '@reckon/schema';
import { readParquet } from '@reckon/warehouse';
import { makeTables, pipeline } from './_test-tables.js';
import { publishDataset } from './publish.js';

const root = mkdtempSync(join(tmpdir(), 'reckon-publish-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

/** A fresh datasets folder for each test. */
function datasetsDir(): string {
  const dir = join(root, `run-${++runs}`);
  mkdirSync(dir);
  return dir;
}

/** File name -> sha256 of every file under `dir`, recursively. */
const hashes = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort()
  .map((f) => [f, sha256Hex(readFileSync(join(dir, f)))]));
const read = (...parts: string[]) => readFileSync(join(...parts), 'utf8');

describe('publishDataset', () => {
  it('publishes 1.0.0 with every file, identical bytes from two builds', async () => {
    const [a, b] = [datasetsDir(), datasetsDir()];
    const first = await publishDataset({ datasetsDir: a, pipeline, tables: makeTables() });
    const second = await publishDataset({ datasetsDir: b, pipeline, tables: makeTables() });
    expect(first).toMatchObject({ status: 'published', version: '1.0.0', bump: null, dir: join(a, pipeline.name, '1.0.0') });
    const files = hashes(first.dir!);
    expect(Object.keys(files)).toEqual([
      'CITATION.cff', 'README.md', 'SHA256SUMS', 'claims.csv', 'claims.parquet', 'conflicts.csv', 'conflicts.parquet',
      'datapackage.json', 'facts.csv', 'facts.parquet', 'site/explorer.css', 'site/explorer.js', 'site/index.html', 'sources.csv', 'sources.parquet',
    ]);
    expect(hashes(second.dir!)).toEqual(files);
    expect(read(a, pipeline.name, 'CHANGELOG.md')).toBe(read(b, pipeline.name, 'CHANGELOG.md'));
    const latest = JSON.parse(read(a, pipeline.name, 'latest.json'));
    expect(latest).toEqual({ name: pipeline.name, version: '1.0.0', checksums: files });
    expect(readdirSync(join(a, pipeline.name)).sort()).toEqual(['1.0.0', 'CHANGELOG.md', 'latest.json']);
  });

  it('writes no clock time and no absolute path into the files', async () => {
    const dir = datasetsDir();
    const { dir: version } = await publishDataset({ datasetsDir: dir, pipeline, tables: makeTables() });
    for (const file of Object.keys(hashes(version!)).filter((f) => !f.endsWith('.parquet'))) {
      const text = read(version!, file);
      expect(text).not.toContain(root);
      expect(text).not.toMatch(/created|20\d\d-\d\d-\d\dT/);
    }
  });

  it('writes SHA256SUMS in sha256sum format, sorted, covering every other file', async () => {
    const { dir } = await publishDataset({ datasetsDir: datasetsDir(), pipeline, tables: makeTables() });
    const lines = read(dir!, 'SHA256SUMS').trimEnd().split('\n');
    const files = hashes(dir!);
    expect(lines).toEqual(Object.keys(files).filter((f) => f !== 'SHA256SUMS').map((f) => `${files[f]}  ${f}`));
  });

  it('publishes nothing when the data has not changed, and says so', async () => {
    const dir = datasetsDir();
    await publishDataset({ datasetsDir: dir, pipeline, tables: makeTables() });
    const before = hashes(join(dir, pipeline.name));
    const again = await publishDataset({ datasetsDir: dir, pipeline, tables: makeTables() });
    expect(again).toMatchObject({ status: 'unchanged', version: '1.0.0', dir: null, bump: null, changelog: '' });
    expect(again.message).toMatch(/unchanged.*nothing published/);
    expect(hashes(join(dir, pipeline.name))).toEqual(before);
  });

  it('derives patch, minor and major versions from what changed', async () => {
    const dir = datasetsDir();
    const publish = (tables = makeTables()) => publishDataset({ datasetsDir: dir, pipeline, tables });
    await publish();
    expect(await publish(makeTables({ rationale: 'Reworded: the official figure wins.' }))).toMatchObject({ version: '1.0.1', bump: 'patch' });
    const minor = await publish(makeTables({ rationale: 'Reworded: the official figure wins.', closed: 40 }));
    expect(minor).toMatchObject({ version: '1.1.0', bump: 'minor' });
    expect(minor.changelog).toMatch(/`platforms_closed` KZ 2024-01-01\.\.2024-12-31: 36 count -> 40 count \(same claims [0-9a-f]{16}\)/);
    const added = await publish(makeTables({ rationale: 'Reworded: the official figure wins.', closed: 40, extraFact: true }));
    expect(added).toMatchObject({ version: '1.2.0', bump: 'minor' });
    expect(added.changelog).toMatch(/### Added facts\n\n- `platforms_blocked` KZ 2024-01-01\.\.2024-12-31: 19 count \(claims [0-9a-f]{16}\)/);
    // A retyped column is breaking: fake an older schema in which facts.value was text.
    const descriptor = join(dir, pipeline.name, '1.2.0', 'datapackage.json');
    const json = JSON.parse(read(descriptor)) as { resources: Array<{ name: string; schema: { fields: Array<{ name: string; type: string }> } }> };
    json.resources.find((r) => r.name === 'facts')!.schema.fields.find((f) => f.name === 'value')!.type = 'string';
    writeFileSync(descriptor, JSON.stringify(json));
    const major = await publish(makeTables({ rationale: 'Again reworded.', closed: 40, extraFact: true }));
    expect(major).toMatchObject({ version: '2.0.0', bump: 'major' });
    expect(major.changelog).toContain('- `facts.value`: retyped string -> number');
    const changelog = read(dir, pipeline.name, 'CHANGELOG.md');
    expect([...changelog.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(['2.0.0', '1.2.0', '1.1.0', '1.0.1', '1.0.0']);
    expect(JSON.parse(read(dir, pipeline.name, 'latest.json')).version).toBe('2.0.0');
  });

  it('names the claims that moved a changed fact', async () => {
    const dir = datasetsDir();
    const tables = makeTables();
    await publishDataset({ datasetsDir: dir, pipeline, tables });
    const [official, reprint] = tables.claims;
    const flipped = makeTables({ closed: 36 });
    flipped.facts[0] = { ...flipped.facts[0]!, value: 19, claim_ids: [reprint!.claim_id], claim_ids_against: [official!.claim_id] };
    const result = await publishDataset({ datasetsDir: dir, pipeline, tables: flipped });
    expect(result.changelog).toContain(`36 count -> 19 count (claims +${reprint!.claim_id}, -${official!.claim_id})`);
    expect(result.diff?.facts.changed[0]).toMatchObject({ fields: ['value'], claims_added: [reprint!.claim_id] });
  });

  it('never overwrites a published version and leaves no temporary folder', async () => {
    const dir = datasetsDir();
    const dataset = join(dir, pipeline.name);
    await publishDataset({ datasetsDir: dir, pipeline, tables: makeTables() });
    await publishDataset({ datasetsDir: dir, pipeline, tables: makeTables({ closed: 40 }) });
    const published = hashes(join(dataset, '1.1.0'));
    writeFileSync(join(dataset, 'latest.json'), JSON.stringify({ name: pipeline.name, version: '1.0.0', checksums: {} }));
    const error = await publishDataset({ datasetsDir: dir, pipeline, tables: makeTables({ closed: 41 }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReckonError);
    expect((error as Error).message).toMatch(/1\.1\.0 is newer than latest\.json's 1\.0\.0; refusing/);
    expect(hashes(join(dataset, '1.1.0'))).toEqual(published);
    expect(readdirSync(dataset).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  });

  it('cleans temporary folders of runs that died', async () => {
    const dir = datasetsDir();
    mkdirSync(join(dir, pipeline.name, '.tmp-1.0.0-999999999'), { recursive: true });
    await publishDataset({ datasetsDir: dir, pipeline, tables: makeTables() });
    expect(readdirSync(join(dir, pipeline.name)).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  });

  it('neutralises formula-like text in CSV while Parquet keeps it exact', async () => {
    const { dir } = await publishDataset({ datasetsDir: datasetsDir(), pipeline, tables: makeTables() });
    expect(read(dir!, 'sources.csv')).toContain(`'=HYPERLINK(""http://evil.example"",""click"")`);
    expect(read(dir!, 'claims.csv')).toContain(",'- 12 persons were arrested.,");
    const claims = await readParquet(join(dir!, 'claims.parquet'));
    expect(claims.rows.map((r) => r[claims.columns.indexOf('quote')])).toContain('- 12 persons were arrested.');
  });

  it('refuses tables whose quotes are not found in their source', async () => {
    const tables = makeTables();
    tables.claims[0] = { ...tables.claims[0]!, quote: 'The agency closed 63 illegal platforms in 2024.' };
    await expect(publishDataset({ datasetsDir: datasetsDir(), pipeline, tables })).rejects.toThrow(/claims\[0\].*quote is not the source text/);
  });
});
