import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile, appendFile, utimes } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES, columnsOf } from '@reckon/schema';
import { openWarehouse } from '@reckon/warehouse';
import { reckon, workspace } from './helpers.js';

describe('reckon run on a fixture pipeline', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  let version: string;
  beforeAll(async () => {
    ws = await workspace('mini');
    const first = await reckon(['run', 'pipelines/mini', '--out', 'datasets'], ws.dir);
    expect(first.code, first.stderr).toBe(0);
    version = join(ws.dir, 'datasets', 'mini-enforcement', '1.0.0');
  });
  afterAll(() => ws.cleanup());

  it('publishes every table as CSV and Parquet that read back to the same rows', async () => {
    const warehouse = await openWarehouse(':memory:');
    try {
      for (const table of TABLES) {
        const header = columnsOf(table.schema).map((c) => c.name);
        const rows = parse(await readFile(join(version, `${table.name}.csv`)), { columns: true }) as Array<Record<string, string>>;
        expect(Object.keys(rows[0] ?? {})).toEqual(header);
        const parquet = await warehouse.query(`select * from read_parquet(?)`, [join(version, `${table.name}.parquet`)]);
        expect(parquet.columns).toEqual(header);
        expect(parquet.rows.length).toBe(rows.length);
        const key = header.indexOf(table.primaryKey);
        expect(parquet.rows.map((r) => r[key])).toEqual(rows.map((r) => r[table.primaryKey]));
      }
    } finally {
      warehouse.close();
    }
  });

  it('writes SHA256SUMS that match every file', async () => {
    const sums = (await readFile(join(version, 'SHA256SUMS'), 'utf8')).trim().split('\n');
    const files = (await readdir(version, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile()).map((e) => relative(version, join(e.parentPath, e.name))).filter((f) => f !== 'SHA256SUMS').sort();
    expect(sums.map((l) => l.split(/\s+\*?/)[1])).toEqual(files);
    for (const line of sums) {
      const [hash, name] = line.split(/\s+\*?/);
      expect(createHash('sha256').update(await readFile(join(version, name!))).digest('hex'), name).toBe(hash);
    }
  });

  it('quotes every claim verbatim from its source, with the figure inside the quote', async () => {
    const sources = parse(await readFile(join(version, 'sources.csv')), { columns: true }) as Array<Record<string, string>>;
    const claims = parse(await readFile(join(version, 'claims.csv')), { columns: true }) as Array<Record<string, string>>;
    expect(claims.length).toBeGreaterThan(5);
    const text = new Map(sources.map((s) => [s.source_id!, s.text!]));
    for (const c of claims) {
      const source = text.get(c.source_id!)!;
      const [qs, qe, ss, se] = [c.quote_start, c.quote_end, c.span_start, c.span_end].map(Number) as [number, number, number, number];
      expect(source.slice(qs, qe)).toBe(c.quote);
      expect(ss >= qs && se <= qe && ss < se).toBe(true);
      expect(source.slice(ss, se)).toBe(c.figure);
    }
  });

  it('accounts for every source file, reconciles the x10 slip, and publishes nothing when nothing changed', async () => {
    const manifest = JSON.parse(await readFile(join(ws.pipeline, '.reckon', 'last-run.json'), 'utf8'));
    expect(manifest.sources.map((s: { path: string; status: string }) => `${s.path}:${s.status}`)).toEqual([
      'sources/a-official.md:used', 'sources/b-media.md:used', 'sources/c-reprint.md:skipped',
    ]);
    const conflicts = parse(await readFile(join(version, 'conflicts.csv')), { columns: true }) as Array<Record<string, string>>;
    expect(conflicts.map((c) => `${c.kind}/${c.resolution}/${c.rule}`)).toContain('magnitude_slip/policy/source_kind');
    const again = await reckon(['run', 'pipelines/mini', '--out', 'datasets'], ws.dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/nothing changed/);
    expect(await readdir(join(ws.dir, 'datasets', 'mini-enforcement'))).toEqual(['1.0.0', 'CHANGELOG.md', 'latest.json']);
  });

  it('reads a cut-short last-run.json (a run killed while writing it) as no last run, and runs again', async () => {
    const last = join(ws.pipeline, '.reckon', 'last-run.json');
    const whole = await readFile(last, 'utf8');
    await writeFile(last, whole.slice(0, 40));
    const again = await reckon(['run', 'pipelines/mini', '--out', 'datasets'], ws.dir);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(await readFile(last, 'utf8')).pipeline).toBe('mini-enforcement');
    expect(await readdir(join(ws.dir, 'datasets', 'mini-enforcement'))).toEqual(['1.0.0', 'CHANGELOG.md', 'latest.json']);
  });

  it('takes over a lock whose pid is now another process\'s, and keeps one a live earlier process holds', async () => {
    const lock = join(ws.pipeline, '.reckon', 'lock');
    // This test's own process is alive and started before now: written now, its lock is held.
    await writeFile(lock, `${process.pid}\n`);
    const held = await reckon(['run', 'pipelines/mini', '--out', 'datasets'], ws.dir);
    expect(held.code).toBe(3);
    expect(held.stderr).toMatch(/another reckon run \(pid \d+\) is working on this pipeline/);
    // Written an hour ago, the lock cannot be this process's: its writer died and the pid went to another process.
    // Process start times are read from /proc, so only where there is one.
    if (!existsSync('/proc/self/stat')) return;
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(lock, hourAgo, hourAgo);
    const after = await reckon(['run', 'pipelines/mini', '--out', 'datasets'], ws.dir);
    expect(after.code, after.stderr).toBe(0);
  });

  it('answers SQL, explains a fact, verifies the version and fails on a tampered file', async () => {
    const q = await reckon(['query', 'select count(*) as n from facts where status = \'resolved\''], ws.dir);
    expect(q.code, q.stderr).toBe(0);
    expect(q.stdout).toMatch(/n\s*\n-+\s*\n\s*1\b/);
    const facts = parse(await readFile(join(version, 'facts.csv')), { columns: true }) as Array<Record<string, string>>;
    const disputedOrResolved = facts.find((f) => f.status === 'resolved')!;
    const explained = await reckon(['explain', disputedOrResolved.fact_id!], ws.dir);
    expect(explained.code, explained.stderr).toBe(0);
    expect(explained.stdout).toContain('600 billion tenge');
    expect((await reckon(['verify', version], ws.dir)).code).toBe(0);
    await appendFile(join(version, 'facts.csv'), 'x');
    const tampered = await reckon(['verify', version], ws.dir);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('facts.csv');
  });

  it('evaluates extraction against a gold file and fails below a floor', async () => {
    const ok = await reckon(['eval', 'pipelines/mini', '--gold', 'pipelines/mini/gold.jsonl', '--floor', '0.8'], ws.dir);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/recall 1\.000/);
    await writeFile(join(ws.pipeline, 'worse-gold.jsonl'), `${(await readFile(join(ws.pipeline, 'gold.jsonl'), 'utf8')).replace(/"value": 36,/, '"value": 37,')}`);
    const low = await reckon(['eval', 'pipelines/mini', '--gold', 'pipelines/mini/worse-gold.jsonl', '--floor', '0.95'], ws.dir);
    expect(low.code).toBe(1);
  });
});

describe('reckon errors', () => {
  it('names the file and key of a bad pipeline.yaml, and exits 2', async () => {
    const ws = await workspace('mini');
    try {
      const yaml = await readFile(join(ws.pipeline, 'pipeline.yaml'), 'utf8');
      await writeFile(join(ws.pipeline, 'pipeline.yaml'), yaml.replace('license: CC-BY-4.0', 'license: CC-BY-4.0\npolicy: [loudness]'));
      const r = await reckon(['run', 'pipelines/mini'], ws.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/pipeline\.yaml:\d+: policy\.0: /);
    } finally {
      await ws.cleanup();
    }
  });

  it('rejects a source with broken front matter naming file and line, and publishes nothing unless told to continue', async () => {
    const ws = await workspace('mini');
    try {
      await writeFile(join(ws.pipeline, 'sources', 'd-broken.md'), '---\ntitle: ok\npublished: 2025-13-45\n---\nThe AFM seized 5 million USDT.\n');
      const r = await reckon(['run', 'pipelines/mini'], ws.dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/sources\/d-broken\.md:3: rejected: front matter published/);
      const go = await reckon(['run', 'pipelines/mini', '--continue-on-failure'], ws.dir);
      expect(go.code, go.stderr).toBe(0);
      expect(await readdir(join(ws.dir, 'datasets', 'mini-enforcement'))).toContain('1.0.0');
    } finally {
      await ws.cleanup();
    }
  });

  it('prints help with exit codes, and exits 2 on an unknown command', async () => {
    const help = await reckon(['--help'], '.');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:/);
    expect((await reckon(['frobnicate'], '.')).code).toBe(2);
  });
});
