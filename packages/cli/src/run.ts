import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ingestSources, loadDecisions, loadPipeline, globToRegExp, type SourceOutcome } from '@reckon/ingest';
import { EXTRACTOR_VERSION } from '@reckon/extract';
import { reconcile } from '@reckon/reconcile';
import { ClaimSchema, FactSchema, ConflictSchema, validate, type Claim } from '@reckon/schema';
import { openWarehouse } from '@reckon/warehouse';
import { publishDataset } from '@reckon/publish';
import { extractAll } from './extract-stage.js';
import { CommandError, EXIT } from './exit-codes.js';
import { withLock } from './lock.js';
import type { Output } from './output.js';

export interface RunOptions {
  out: string;
  dryRun: boolean;
  force: boolean;
  only: string | null;
  workers: number;
  continueOnFailure: boolean;
}

/** What one run did, written as the run manifest and printed with --json. */
export interface RunManifest {
  pipeline: string;
  extractor: string;
  sources: SourceOutcome[];
  counts: { sources_used: number; sources_skipped: number; sources_rejected: number; claims: number; claims_from_cache: number; facts: number; conflicts: number; disputed: number };
  timings_ms: Record<string, number>;
  published: { status: 'published' | 'unchanged' | 'dry-run'; version: string | null; dir: string | null };
}

/** Runs a pipeline end to end: ingest, extract, validate, reconcile, load, publish. The CLI's only orchestration. */
export async function runPipeline(pipelineDir: string, options: RunOptions, out: Output): Promise<RunManifest> {
  const dir = resolve(pipelineDir);
  const stateDir = join(dir, '.reckon');
  await mkdir(stateDir, { recursive: true });
  return withLock(join(stateDir, 'lock'), async () => {
    const timings: Record<string, number> = {};
    const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
      const start = performance.now();
      const result = await work();
      timings[stage] = Math.round(performance.now() - start);
      return result;
    };
    const pipeline = await time('config', () => loadPipeline(dir));
    const decisions = await loadDecisions(dir);
    const only = options.only ? globToRegExp(options.only) : null;
    const ingested = await time('ingest', () => ingestSources(dir, {
      glob: pipeline.sources, maxSourceBytes: pipeline.limits.max_source_bytes, defaultKind: pipeline.defaults.kind ?? null,
      ...(only ? { only: (p: string) => only.test(p) } : {}),
    }));
    const rejected = ingested.outcomes.filter((o) => o.status === 'rejected');
    for (const o of ingested.outcomes) {
      for (const w of o.warnings) out.warn(`${join(pipelineDir, o.path)}: ${w}`);
      if (o.status === 'rejected') out.warn(`${join(pipelineDir, o.path)}${o.line ? `:${o.line}` : ''}: rejected: ${o.reason}`);
    }
    if (rejected.length && !options.continueOnFailure) {
      throw new CommandError(`${rejected.length} source file(s) rejected, nothing published`, EXIT.failed, {
        hint: 'fix the files named above, or rerun with --continue-on-failure to publish the other sources',
      });
    }
    out.log(`ingest: ${ingested.sources.length} source(s) used, ${ingested.outcomes.length - ingested.sources.length - rejected.length} skipped, ${rejected.length} rejected`);

    const extracted = await time('extract', () => extractAll(ingested.sources, pipeline, stateDir, { force: options.force, workers: options.workers }));
    out.log(`extract: ${extracted.claims.length} claim(s) (${extracted.fromCache} from cache)`);
    await time('validate', () => validateAll('claim', ClaimSchema, extracted.claims));

    const result = await time('reconcile', () => reconcile({ claims: extracted.claims, sources: ingested.sources, decisions, policy: pipeline.policy }));
    if (result.decisionErrors.length) {
      for (const e of result.decisionErrors) out.warn(`${join(pipelineDir, e)}`);
      throw new CommandError(`${result.decisionErrors.length} decision(s) in decisions.yaml no longer match their facts`, EXIT.failed, {
        file: join(pipelineDir, 'decisions.yaml'), hint: 'review each with `reckon explain <fact_id>` and update decisions.yaml',
      });
    }
    await time('validate', () => { validateAll('fact', FactSchema, result.facts); validateAll('conflict', ConflictSchema, result.conflicts); });
    const disputed = result.facts.filter((f) => f.status === 'disputed').length;
    out.log(`reconcile: ${result.facts.length} fact(s), ${result.conflicts.length} conflict(s), ${disputed} disputed`);

    const tables = { sources: ingested.sources, claims: result.claims, facts: result.facts, conflicts: result.conflicts };
    await time('load', async () => {
      const warehouse = await openWarehouse(join(stateDir, 'warehouse.duckdb'));
      try {
        await warehouse.load(tables);
      } finally {
        warehouse.close();
      }
    });
    const published = options.dryRun
      ? { status: 'dry-run' as const, version: null, dir: null }
      : await time('publish', async () => {
        const r = await publishDataset({ datasetsDir: resolve(options.out), pipeline, tables });
        return { status: r.status, version: r.version, dir: r.dir };
      });
    out.log(published.status === 'published' ? `publish: ${pipeline.name} ${published.version} -> ${published.dir}`
      : published.status === 'unchanged' ? `publish: nothing changed since ${pipeline.name} ${published.version}; nothing published`
        : 'publish: dry run, nothing written');
    const manifest: RunManifest = {
      pipeline: pipeline.name, extractor: EXTRACTOR_VERSION, sources: ingested.outcomes,
      counts: {
        sources_used: ingested.sources.length, sources_skipped: ingested.outcomes.filter((o) => o.status === 'skipped').length,
        sources_rejected: rejected.length, claims: extracted.claims.length, claims_from_cache: extracted.fromCache,
        facts: result.facts.length, conflicts: result.conflicts.length, disputed,
      },
      timings_ms: timings,
      published,
    };
    await writeManifest(stateDir, manifest);
    return manifest;
  });
}

function validateAll(what: string, schema: Parameters<typeof validate>[0], records: readonly unknown[]): void {
  for (const record of records) {
    const r = validate(schema, record);
    if (!r.ok) {
      const id = (record as Partial<Claim>).claim_id ?? (record as { fact_id?: string }).fact_id ?? '';
      throw new CommandError(`internal: ${what} ${id} fails its schema: ${r.errors.join('; ')}`, EXIT.internal);
    }
  }
}

async function writeManifest(stateDir: string, manifest: RunManifest): Promise<void> {
  const runs = join(stateDir, 'runs');
  await mkdir(runs, { recursive: true });
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  // Run manifests are logs, not published data: the wall-clock name is fine here.
  await writeFile(join(runs, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`), text);
  await writeFile(join(stateDir, 'last-run.json'), text);
}
