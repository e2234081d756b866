import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reckon, workspace } from './helpers.js';

/** A published fixture pipeline, then `change` applied to it, then `reckon check`. */
async function checkAfter(change: (ws: Awaited<ReturnType<typeof workspace>>) => Promise<void>, args: string[] = []) {
  const ws = await workspace('mini');
  try {
    const run = await reckon(['run', 'pipelines/mini'], ws.dir);
    expect(run.code, run.stderr).toBe(0);
    await change(ws);
    return await reckon(['check', ...args], ws.dir);
  } finally {
    await ws.cleanup();
  }
}

describe('reckon check', () => {
  it('passes on a freshly published pipeline, reporting warnings without failing', async () => {
    const r = await checkAfter(async () => {});
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/warning \[single_source\]/);
    const strict = await checkAfter(async () => {}, ['--strict']);
    expect(strict.code).toBe(1);
  });

  it('fails on a tampered CSV, naming the file', async () => {
    const r = await checkAfter((ws) => appendFile(join(ws.dir, 'datasets/mini-enforcement/1.0.0/claims.csv'), '\n'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error \[published\] datasets\/mini-enforcement\/1\.0\.0: claims\.csv/);
  });

  it('fails when a source was edited without republishing', async () => {
    const r = await checkAfter(async (ws) => {
      const file = join(ws.pipeline, 'sources/a-official.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('froze 120,000 USDT', 'froze 125,000 USDT'));
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error \[stale\] .*latest\.json: the published dataset is stale: a rebuild .* would publish 1\.1\.0 \(minor\)/);
    expect(r.stdout).toMatch(/assets_frozen/);
  });

  it('fails on a disputed fact that neither the policy nor decisions.yaml resolves', async () => {
    const r = await checkAfter(async (ws) => {
      const article = (n: number, name: string) => `---\ntitle: Arrests\npublisher: ${name}\npublished: 2025-02-01\nkind: media\n---\nIn 2024, police arrested ${n} people in raids on ${name} illegal crypto exchangers across the country.\n`;
      await writeFile(join(ws.pipeline, 'sources/e-arrests.md'), article(12, 'northern'));
      await writeFile(join(ws.pipeline, 'sources/f-arrests.md'), article(15, 'southern'));
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error \[disputes\] .*decisions\.yaml: fact [0-9a-f]{16} \(persons_arrested KZ 2024-01-01\.\.2024-12-31\) is disputed/);
  });

  it('fails on a source that cannot be ingested, with file and line, and annotates for GitHub', async () => {
    const r = await checkAfter((ws) => writeFile(join(ws.pipeline, 'sources/g-broken.md'), '---\ntitle: [unclosed\n---\nText.\n'), ['--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=pipelines\/mini\/sources\/g-broken\.md,line=\d+,title=reckon check ingest::cannot be ingested: front matter is not valid YAML/m);
  });

  it('fails when a decision no longer matches its fact', async () => {
    const r = await checkAfter((ws) => writeFile(join(ws.pipeline, 'decisions.yaml'),
      'decisions:\n  - fact_id: "0123456789abcdef"\n    action: confirm\n    claims: ["0123456789abcdef"]\n    reason: checked by hand\n    reviewer: A. Analyst\n    date: 2025-02-01\n'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error \[decisions\] .*decisions\.yaml: decision on fact 0123456789abcdef .* no such fact any more/);
  });
});
