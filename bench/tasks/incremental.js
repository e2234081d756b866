// Reruns through runPipeline: nothing changed, then one source edited, each against the full run before them.
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '@reckon/ingest';
import { runPipeline } from '@reckon/cli';
import { emit, round, timed } from '../measure.js';
import { quietOutput } from './quiet-output.js';

/** args: { dir } a generated pipeline folder (10,000 sources for the target). */
export default async function incremental({ dir }) {
  try {
    await reruns(dir, false);
  } catch (error) {
    // When publishing fails the reruns are still timed, without publishing, and the failure is reported.
    emit({ stage: 'full run', error: String(error?.message ?? error).slice(0, 300) });
    await reruns(dir, true);
  }
}

async function reruns(dir, dryRun) {
  rmSync(join(dir, '.reckon'), { recursive: true, force: true });
  const out = mkdtempSync(join(tmpdir(), 'reckon-bench-datasets-'));
  const options = { out, dryRun, force: false, only: null, workers: availableParallelism(), continueOnFailure: true };
  const label = (stage) => (dryRun ? `${stage} (--dry-run)` : stage);
  const run = () => timed(() => runPipeline(dir, options, quietOutput()));
  const [first] = (await listFiles(dir, 'sources/**/*.md')).filter((f) => !f.refused);
  const original = readFileSync(first.absolute);
  try {
    const full = await run();
    emit({ stage: label('full run'), ms: Math.round(full.ms), sources: full.value.counts.sources_used, claims: full.value.counts.claims, timings_ms: full.value.timings_ms });
    const unchanged = await run();
    emit({ stage: label('rerun, nothing changed'), ms: Math.round(unchanged.ms), share_of_full: round(unchanged.ms / full.ms), from_cache: unchanged.value.counts.claims_from_cache, status: unchanged.value.published.status, timings_ms: unchanged.value.timings_ms });
    // A new paragraph with a new figure: the edit a correction or an update to an article makes.
    writeFileSync(first.absolute, `${original}\nSeparately, the AFM said it blocked 17 more illegal crypto exchanges in 2024.\n`);
    const edited = await run();
    emit({ stage: label('rerun, one source edited'), ms: Math.round(edited.ms), share_of_full: round(edited.ms / full.ms), from_cache: edited.value.counts.claims_from_cache, status: edited.value.published.status, timings_ms: edited.value.timings_ms });
  } finally {
    writeFileSync(first.absolute, original);
    rmSync(join(dir, '.reckon'), { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
