import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reckon, workspace } from './helpers.js';

const exists = (p: string) => access(p).then(() => true, () => false);

describe('the command line a data engineer lives in', () => {
  it('scaffolds a pipeline that runs as it is', async () => {
    const ws = await workspace('mini');
    try {
      const init = await reckon(['init', 'uk-fca-crypto'], ws.dir);
      expect(init.code, init.stderr).toBe(0);
      expect(await readFile(join(ws.dir, 'pipelines/uk-fca-crypto/pipeline.yaml'), 'utf8')).toMatch(/^# reckon pipeline/);
      const run = await reckon(['run', 'pipelines/uk-fca-crypto'], ws.dir);
      expect(run.code, run.stderr).toBe(0);
      expect(await exists(join(ws.dir, 'datasets/uk-fca-crypto/1.0.0/facts.csv'))).toBe(true);
      expect((await reckon(['init', 'uk-fca-crypto'], ws.dir)).code).toBe(2);
      expect((await reckon(['init', 'Bad Name'], ws.dir)).code).toBe(2);
    } finally {
      await ws.cleanup();
    }
  });

  it('lists sources with their fate and claim counts', async () => {
    const ws = await workspace('mini');
    try {
      const r = await reckon(['sources', 'pipelines/mini', '--json'], ws.dir);
      expect(r.code, r.stderr).toBe(0);
      const rows = JSON.parse(r.stdout) as Array<{ path: string; status: string; claims: number; reason: string | null }>;
      expect(rows.map((x) => [x.path, x.status])).toEqual([['sources/a-official.md', 'used'], ['sources/b-media.md', 'used'], ['sources/c-reprint.md', 'skipped']]);
      expect(rows[0]!.claims).toBeGreaterThan(3);
      expect(rows[2]!.reason).toMatch(/same text as sources\/b-media\.md/);
    } finally {
      await ws.cleanup();
    }
  });

  it('honours --dry-run, --only and --json, and keeps logs off stdout', async () => {
    const ws = await workspace('mini');
    try {
      const dry = await reckon(['run', 'pipelines/mini', '--dry-run', '--json'], ws.dir);
      expect(dry.code, dry.stderr).toBe(0);
      const manifest = JSON.parse(dry.stdout);
      expect(manifest.published.status).toBe('dry-run');
      expect(manifest.counts).toMatchObject({ sources_used: 2, sources_skipped: 1, sources_rejected: 0 });
      expect(Object.keys(manifest.timings_ms)).toEqual(expect.arrayContaining(['ingest', 'extract', 'reconcile', 'load']));
      expect(await exists(join(ws.dir, 'datasets'))).toBe(false);
      const only = await reckon(['run', 'pipelines/mini', '--only', 'sources/a-*', '--json', '--quiet'], ws.dir);
      expect(only.code, only.stderr).toBe(0);
      expect(only.stderr).toBe('');
      const fates = JSON.parse(only.stdout).sources.map((s: { path: string; status: string; reason: string }) => `${s.path}:${s.status}`);
      expect(fates).toEqual(['sources/a-official.md:used', 'sources/b-media.md:skipped', 'sources/c-reprint.md:skipped']);
      expect((await reckon(['run', 'pipelines/mini', '--workers', 'zero'], ws.dir)).code).toBe(2);
    } finally {
      await ws.cleanup();
    }
  });

  it('gives every command its own help with examples', async () => {
    for (const command of ['run', 'eval', 'query', 'explain', 'verify', 'diff', 'check', 'init', 'sources']) {
      const r = await reckon([command, '--help'], '.');
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(/Usage: reckon .*\n[\s\S]*Examples:\n {2}reckon /);
    }
  });
});
