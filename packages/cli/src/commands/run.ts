import { availableParallelism } from 'node:os';
import type { Implementation } from '../commands.js';
import { CommandError, EXIT } from '../exit-codes.js';
import { runPipeline } from '../run.js';

export const run: Implementation = async ([pipelineDir, ...extra], values, out) => {
  if (!pipelineDir || extra.length) throw new CommandError('expected one pipeline folder', EXIT.usage, { hint: 'reckon run pipelines/<name>' });
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new CommandError(`--workers takes a whole number of at least 1, got "${values.workers}"`, EXIT.usage);
  const manifest = await runPipeline(pipelineDir, {
    out: String(values.out ?? 'datasets'), dryRun: Boolean(values['dry-run']), force: Boolean(values.force),
    only: typeof values.only === 'string' ? values.only : null, workers, continueOnFailure: Boolean(values['continue-on-failure']),
  }, out);
  if (out.json) out.result(JSON.stringify(manifest, null, 2));
  return EXIT.ok;
};
