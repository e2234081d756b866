import { join } from 'node:path';
import { globToRegExp, ingestSources, loadDecisions, loadPipeline, type IngestResult } from '@reckon/ingest';
import { reconcile, type ReconcileResult } from '@reckon/reconcile';
import { ClaimSchema, ConflictSchema, FactSchema, validate, type Claim, type Pipeline, type Source, type Decision } from '@reckon/schema';
import { extractAll } from './extract-stage.js';
import { CommandError, EXIT } from './exit-codes.js';
import type { Output } from './output.js';

export interface BuildOptions { force: boolean; only: string | null; workers: number }

/** Everything a pipeline folder yields before anything is written: the input of loading, publishing and checking. */
export interface Build {
  pipeline: Pipeline;
  decisions: Decision[];
  ingested: IngestResult;
  claims: Claim[];
  claimsFromCache: number;
  result: ReconcileResult;
  tables: { sources: Source[]; claims: ReconcileResult['claims']; facts: ReconcileResult['facts']; conflicts: ReconcileResult['conflicts'] };
}

/** A stage timer: runs the work and records its milliseconds under the stage's name. */
export type Timer = <T>(stage: string, work: () => Promise<T> | T) => Promise<T>;

export function timer(timings: Record<string, number>): Timer {
  return async (stage, work) => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + Math.round(performance.now() - start);
    }
  };
}

/** Ingests, extracts, validates and reconciles a pipeline folder. Pure of side effects but the extraction cache. */
export async function buildDataset(pipelineDir: string, stateDir: string, options: BuildOptions, out: Output, time: Timer, read?: Inputs): Promise<Build> {
  const { pipeline, decisions, ingested } = read ?? await readInputs(pipelineDir, options, time, out);
  const rejected = ingested.outcomes.filter((o) => o.status === 'rejected').length;
  out.log(`ingest: ${ingested.sources.length} source(s) used, ${ingested.outcomes.length - ingested.sources.length - rejected} skipped, ${rejected} rejected`);
  const extracted = await time('extract', () => extractAll(ingested.sources, pipeline, stateDir, options, out));
  out.log(`extract: ${extracted.claims.length} claim(s) (${extracted.fromCache} source(s) from cache)`);
  await time('validate', () => validateAll('claim', ClaimSchema, extracted.claims));
  const result = await time('reconcile', () => reconcile({ claims: extracted.claims, sources: ingested.sources, decisions, policy: pipeline.policy }));
  await time('validate', () => {
    validateAll('fact', FactSchema, result.facts);
    validateAll('conflict', ConflictSchema, result.conflicts);
  });
  out.log(`reconcile: ${result.facts.length} fact(s), ${result.conflicts.length} conflict(s), ${result.facts.filter((f) => f.status === 'disputed').length} disputed`);
  return {
    pipeline, decisions, ingested, claims: extracted.claims, claimsFromCache: extracted.fromCache, result,
    tables: { sources: withClusters(ingested.sources, result.clusters), claims: result.claims, facts: result.facts, conflicts: result.conflicts },
  };
}

/** A pipeline's inputs as read from its folder: configuration, decisions, sources. */
export interface Inputs { pipeline: Pipeline; decisions: Decision[]; ingested: IngestResult }

/** Reads a pipeline folder's configuration, decisions and sources. */
export async function readInputs(pipelineDir: string, options: Pick<BuildOptions, 'only'>, time: Timer, out?: Output): Promise<Inputs> {
  const pipeline = await time('config', () => loadPipeline(pipelineDir));
  const decisions = await time('config', () => loadDecisions(pipelineDir));
  const only = options.only ? globToRegExp(options.only) : null;
  const ingested = await time('ingest', () => ingestSources(pipelineDir, {
    glob: pipeline.sources, maxSourceBytes: pipeline.limits.max_source_bytes, defaultKind: pipeline.defaults.kind ?? null,
    ...(only ? { only: (p: string) => only.test(p) } : {}),
    ...(out ? { onProgress: (done: number, total: number) => out.progress('ingest', done, total) } : {}),
  }));
  return { pipeline, decisions, ingested };
}

/** Sources with the id of their near-duplicate cluster; a source with no copies has none. */
function withClusters(sources: readonly Source[], clusters: ReconcileResult['clusters']): Source[] {
  const clusterOf = new Map(clusters.filter((c) => c.source_ids.length > 1).flatMap((c) => c.source_ids.map((id) => [id, c.cluster_id] as const)));
  return sources.map((s) => ({ ...s, cluster_id: clusterOf.get(s.source_id) ?? null }));
}

/** The state folder of a pipeline: warehouse, extraction cache, run manifests, lock. Never published. */
export const stateDirOf = (pipelineDir: string) => join(pipelineDir, '.reckon');

function validateAll(what: string, schema: Parameters<typeof validate>[0], records: readonly unknown[]): void {
  for (const record of records) {
    const r = validate(schema, record);
    if (!r.ok) {
      const id = (record as { claim_id?: string; fact_id?: string }).claim_id ?? (record as { fact_id?: string }).fact_id ?? '';
      throw new CommandError(`internal: ${what} ${id} fails its schema: ${r.errors.join('; ')}`, EXIT.internal);
    }
  }
}
