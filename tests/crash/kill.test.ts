import { spawn } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile, access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyVersion } from '@reckon/publish';
import { openWarehouse } from '@reckon/warehouse';
import { reckon, workspace } from '../e2e/helpers.js';

const BIN = resolve(import.meta.dirname, '../../packages/cli/dist/bin.js');
const KILLS = Number(process.env.RECKON_KILLS ?? 24);

/** mulberry32: the kill points are random but the same on every run of the test. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts `reckon run` and SIGKILLs it after `ms`; resolves with how it ended, and after how long. */
function runAndKill(cwd: string, ms: number): Promise<{ outcome: 'killed' | 'finished'; ms: number }> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, 'run', 'pipelines/mini', '--quiet'], { cwd, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      done({ outcome: signal === 'SIGKILL' ? 'killed' : 'finished', ms: performance.now() - started });
    });
  });
}

const edit = async (pipeline: string) => {
  const file = join(pipeline, 'sources/a-official.md');
  await writeFile(file, (await readFile(file, 'utf8')).replace('froze 120,000 USDT', 'froze 125,000 USDT'));
};

describe('crash safety', () => {
  let reference: string;
  let ws: Awaited<ReturnType<typeof workspace>>;
  let base: string;
  /** How long an uninterrupted run takes here: kill points are spread over it, whatever the machine's speed. */
  let runMs = 1000;
  /** Kill windows in ms from spawn: the whole run, the load stage, the publish stage. */
  let windows: Array<[number, number]> = [];
  beforeAll(async () => {
    const ref = await workspace('mini');
    expect((await reckon(['run', 'pipelines/mini'], ref.dir)).code).toBe(0);
    await edit(ref.pipeline);
    const started = performance.now();
    const timed = await reckon(['run', 'pipelines/mini', '--json'], ref.dir);
    expect(timed.code).toBe(0);
    runMs = performance.now() - started;
    // The faster of two such runs, so that a slow moment of a busy machine does not put the kill points past a run's end.
    const again = performance.now();
    expect((await reckon(['run', 'pipelines/mini', '--force', '--json'], ref.dir)).code).toBe(0);
    runMs = Math.min(runMs, performance.now() - again);
    // Where loading and publishing sit in a run: after process start-up and the earlier stages.
    const stages = JSON.parse(timed.stdout).timings_ms as Record<string, number>;
    const work = Object.values(stages).reduce((a, b) => a + b, 0);
    const publishStart = runMs - (stages.publish ?? 0);
    windows = [[0, runMs], [publishStart - (stages.load ?? 0) - 20, publishStart], [publishStart, runMs]];
    expect(work).toBeLessThan(runMs);
    reference = await readFile(join(ref.dir, 'datasets/mini-enforcement/1.1.0/SHA256SUMS'), 'utf8');
    await ref.cleanup();
    ws = await workspace('mini');
    expect((await reckon(['run', 'pipelines/mini'], ws.dir)).code).toBe(0);
    base = join(ws.dir, 'base-datasets');
    await cp(join(ws.dir, 'datasets'), base, { recursive: true });
    await edit(ws.pipeline);
  }, 60_000);
  afterAll(() => ws.cleanup());

  it(`loses nothing when a run is killed at ${KILLS} random points`, async () => {
    const next = random(20250201);
    const datasets = join(ws.dir, 'datasets');
    const dataset = join(datasets, 'mini-enforcement');
    const outcomes = { killed: 0, finished: 0, duringPublish: 0 };
    for (let i = 0; i < KILLS; i++) {
      await rm(datasets, { recursive: true, force: true });
      await cp(base, datasets, { recursive: true });
      // A third of the kill points anywhere in the run, a third while loading, a third while publishing.
      const [from, to] = windows[i % 3]!;
      const run = await runAndKill(ws.dir, Math.max(0, Math.floor(from + next() * (to - from))));
      outcomes[run.outcome]++;
      // A run that finished before its kill point shows the machine is faster now than when the runs were timed (other test
      // files were running then): the windows shrink to the run just seen, so the later kill points still land inside runs.
      if (run.outcome === 'finished' && run.ms < runMs) {
        const scale = run.ms / runMs;
        windows = windows.map(([a, b]) => [a * scale, b * scale]);
        runMs = run.ms;
      }
      const entries = await readdir(dataset);
      if (entries.some((e) => e.startsWith('.tmp'))) outcomes.duringPublish++;
      const versions = entries.filter((e) => /^\d+\.\d+\.\d+$/.test(e));
      expect(entries.filter((e) => !e.startsWith('.') && !versions.includes(e)).sort(), `kill ${i}`).toEqual(['CHANGELOG.md', 'latest.json']);
      for (const v of versions) expect((await verifyVersion(join(dataset, v))).errors, `kill ${i}: ${v}`).toEqual([]);
      const latest = JSON.parse(await readFile(join(dataset, 'latest.json'), 'utf8'));
      expect(versions, `kill ${i}`).toContain(latest.version);
      const warehouseFile = join(ws.pipeline, '.reckon', 'warehouse.duckdb');
      if (await access(warehouseFile).then(() => true, () => false)) {
        const warehouse = await openWarehouse(warehouseFile);
        const tables = await warehouse.query("select table_name from information_schema.tables order by 1");
        warehouse.close();
        expect(tables.rows.length, `kill ${i}`).toBeGreaterThanOrEqual(0);
      }
    }
    expect(outcomes.killed).toBeGreaterThan(KILLS / 2);
    console.info(`crash safety: ${KILLS} runs, ${outcomes.killed} killed (${outcomes.duringPublish} inside publishing), ${outcomes.finished} finished; nothing lost`);
    const finish = await reckon(['run', 'pipelines/mini'], ws.dir);
    expect(finish.code, finish.stderr).toBe(0);
    expect(await readFile(join(dataset, '1.1.0', 'SHA256SUMS'), 'utf8')).toBe(reference);
    expect((await readdir(dataset)).filter((e) => e.startsWith('.tmp'))).toEqual([]);
  }, 170_000);

  it('lets only one of two simultaneous runs work on a pipeline', async () => {
    // Enough sources that the first run is still working when the second starts.
    for (let n = 0; n < 1500; n++) {
      await writeFile(join(ws.pipeline, 'sources', `bulk-${n}.md`), `---\ntitle: Bulk ${n}\npublished: 2025-02-01\n---\nIn 2024, police arrested ${n + 3} people in raid number ${n} on illegal crypto exchangers in region ${n}.\n`);
    }
    const first = reckon(['run', 'pipelines/mini', '--force'], ws.dir);
    const lock = join(ws.pipeline, '.reckon', 'lock');
    while (!(await access(lock).then(() => true, () => false))) await new Promise((r) => setTimeout(r, 10));
    const second = await reckon(['run', 'pipelines/mini', '--force'], ws.dir);
    const done = await first;
    expect(done.code, done.stderr).toBe(0);
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/another reckon run \(pid \d+\) is working on this pipeline/);
  }, 60_000);
});
