// The whole pipeline as a user runs it: runPipeline from @reckon/cli with its default workers (one per core).
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '@reckon/cli';
import { MB, emit, rate, timed } from '../measure.js';
import { quietOutput } from './quiet-output.js';

/** args: { dir, bytes, files } a pipeline folder written by bench/generate.js, with its size. */
export default async function pipeline({ dir, bytes, files }) {
  const workers = availableParallelism();
  const run = async (stage, dryRun) => {
    rmSync(join(dir, '.reckon'), { recursive: true, force: true });
    const out = mkdtempSync(join(tmpdir(), 'reckon-bench-datasets-'));
    try {
      const { ms, value: manifest } = await timed(() => runPipeline(dir, { out, dryRun, force: false, only: null, workers, continueOnFailure: true }, quietOutput()));
      emit({
        stage, ms: Math.round(ms), workers, mb_per_s: rate(bytes / MB, ms), docs_per_s: rate(files, ms),
        claims: manifest.counts.claims, claims_per_s: rate(manifest.counts.claims, ms), facts: manifest.counts.facts, timings_ms: manifest.timings_ms,
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(join(dir, '.reckon'), { recursive: true, force: true });
    }
  };
  try {
    await run('end to end (runPipeline)', false);
  } catch (error) {
    // A failing stage is a result: say which error, then time the rest of the pipeline without publishing.
    emit({ stage: 'end to end (runPipeline)', error: String(error?.message ?? error).slice(0, 300) });
    await run('end to end without publish (--dry-run)', true);
  }
}
