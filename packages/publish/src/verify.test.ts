import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '@reckon/schema';
import { writeParquet } from '@reckon/warehouse';
import { makeTables, pipeline } from './_test-tables.js';
import { publishDataset } from './publish.js';
import { verifyRebuild, verifyVersion } from './verify.js';

const root = mkdtempSync(join(tmpdir(), 'reckon-verify-'));
let published = '';
let copies = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(async () => {
  published = (await publishDataset({ datasetsDir: root, pipeline, tables: makeTables() })).dir!;
});

/** A copy of the published version to tamper with. */
function copy(): string {
  const dir = join(root, `copy-${++copies}`);
  cpSync(published, dir, { recursive: true });
  return dir;
}

/** Rewrites a file and its checksums in SHA256SUMS and datapackage.json, as a careful forger would. */
function forge(dir: string, name: string, bytes: Buffer): void {
  const [oldSha, newSha] = [sha256Hex(readFileSync(join(dir, name))), sha256Hex(bytes)];
  const oldSize = readFileSync(join(dir, name)).length;
  writeFileSync(join(dir, name), bytes);
  const descriptor = readFileSync(join(dir, 'datapackage.json'), 'utf8').replace(`"bytes": ${oldSize},\n      "hash": "sha256:${oldSha}"`, `"bytes": ${bytes.length},\n      "hash": "sha256:${newSha}"`);
  writeFileSync(join(dir, 'datapackage.json'), descriptor);
  const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').replace(oldSha, newSha)
    .replace(/^\w+ {2}datapackage\.json$/m, `${sha256Hex(descriptor)}  datapackage.json`);
  writeFileSync(join(dir, 'SHA256SUMS'), sums);
}

describe('verifyVersion', () => {
  it('passes on a freshly published version', async () => {
    expect(await verifyVersion(published)).toEqual({ ok: true, errors: [] });
  });

  it('fails naming the file when one CSV byte changes', async () => {
    const dir = copy();
    const csv = readFileSync(join(dir, 'facts.csv'));
    // The value cell, not the first "36" anywhere: ids are hashes and may contain it.
    const at = csv.indexOf(',36,') + 1;
    csv[at] = '4'.charCodeAt(0);
    const line = csv.subarray(0, at).toString('utf8').split('\n').length;
    writeFileSync(join(dir, 'facts.csv'), csv);
    const result = await verifyVersion(dir);
    expect(result.ok).toBe(false);
    expect(result.errors).toContainEqual(expect.stringMatching(/^facts\.csv: sha256 \w+ does not match SHA256SUMS/));
    expect(result.errors).toContainEqual('facts.csv: sha256 does not match datapackage.json');
    expect(result.errors).toContainEqual(`facts.csv: line ${line} differs from facts.parquet`);
  });

  it('catches a CSV forged together with its checksums, because it no longer says what the Parquet says', async () => {
    const dir = copy();
    forge(dir, 'claims.csv', Buffer.from(readFileSync(join(dir, 'claims.csv'), 'utf8').replace(',36,', ',63,')));
    expect((await verifyVersion(dir)).errors).toEqual(['claims.csv: line 2 differs from claims.parquet']);
  });

  it('catches a quote that is no longer the source text at its offsets', async () => {
    const dir = copy();
    const tables = makeTables();
    tables.claims[0] = { ...tables.claims[0]!, quote_start: tables.claims[0]!.quote_start + 1 };
    const scratch = join(dir, 'scratch.parquet');
    await writeParquet('claims', tables.claims, scratch);
    forge(dir, 'claims.parquet', readFileSync(scratch));
    rmSync(scratch);
    const { errors } = await verifyVersion(dir);
    expect(errors).toContainEqual(expect.stringMatching(/^claims\.parquet: row \d \(claim \w+\): quote is not the source text at/));
  });

  it('checks the explorer site like every other file', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'site', 'index.html'), readFileSync(join(dir, 'site', 'index.html'), 'utf8').replace('<main', '<main onload="x()"'));
    writeFileSync(join(dir, 'site', 'extra.js'), 'x');
    const { errors } = await verifyVersion(dir);
    expect(errors).toEqual([expect.stringMatching(/^site\/index\.html: sha256 \w+ does not match SHA256SUMS/), 'site/extra.js: not listed in SHA256SUMS']);
  });

  it('reports files missing from or unknown to SHA256SUMS', async () => {
    const dir = copy();
    rmSync(join(dir, 'README.md'));
    writeFileSync(join(dir, 'notes.txt'), 'x');
    const { errors } = await verifyVersion(dir);
    expect(errors).toEqual(['README.md: listed in SHA256SUMS but missing', 'notes.txt: not listed in SHA256SUMS']);
  });
});

describe('verifyRebuild', () => {
  it('matches byte for byte when rebuilt from the same tables, and names the files that differ otherwise', async () => {
    expect(await verifyRebuild(published, pipeline, makeTables())).toEqual({ ok: true, errors: [] });
    const { ok, errors } = await verifyRebuild(published, pipeline, makeTables({ rationale: 'Different words.' }));
    expect(ok).toBe(false);
    expect(errors).toEqual(expect.arrayContaining(['facts.csv: the rebuild differs from the published file', 'facts.parquet: the rebuild differs from the published file']));
  });
});
