import { resolve } from 'node:path';
import { evaluate, formatEvaluation, createExtractor } from '@reckon/extract';
import { resolveCodebook } from '@reckon/schema';
import { readInputs, timer } from '../build.js';
import { readGold } from '../gold.js';
import type { Implementation } from '../commands.js';
import { CommandError, EXIT } from '../exit-codes.js';

export const evalCommand: Implementation = async ([pipelineDir], values, out) => {
  if (!pipelineDir) throw new CommandError('expected a pipeline folder (and --gold <file.jsonl> unless pipeline.yaml names one under quality:)', EXIT.usage);
  // Read the sources exactly as a run does, then extract afresh: the cache must never stand in for the extractor being measured.
  const { pipeline, ingested: { sources } } = await readInputs(resolve(pipelineDir), { only: null }, timer({}));
  const goldFile = typeof values.gold === 'string' ? values.gold : pipeline.quality ? resolve(pipelineDir, pipeline.quality.gold) : null;
  if (!goldFile) throw new CommandError('expected --gold <file.jsonl>: pipeline.yaml names no quality gold', EXIT.usage);
  const gold = await readGold(goldFile);
  const extract = createExtractor({ codebook: resolveCodebook(pipeline.codebook), defaults: pipeline.defaults });
  const evaluation = evaluate(sources.flatMap(extract), gold, sources);
  if (out.json) {
    const { overall, perMetric, accuracy, misses, extras } = evaluation;
    out.result(JSON.stringify({ overall, perMetric, accuracy, misses: misses.map((m) => m.gold), extras: extras.map((c) => ({ source_path: c.source_path, figure: c.figure, metric: c.metric, value: c.value, unit: c.unit })) }, null, 2));
  } else out.result(formatEvaluation(evaluation));
  const floor = values.floor !== undefined ? Number(values.floor) : values.gold === undefined ? pipeline.quality?.floor ?? null : null;
  if (floor !== null && !(floor >= 0 && floor <= 1)) throw new CommandError(`--floor takes a number from 0 to 1, got "${values.floor}"`, EXIT.usage);
  if (floor !== null && evaluation.overall.f1 < floor) {
    out.warn(`F1 ${evaluation.overall.f1.toFixed(3)} is below the floor ${floor}`);
    return EXIT.failed;
  }
  return EXIT.ok;
};
