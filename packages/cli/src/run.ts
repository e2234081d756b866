import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SourceOutcome } from '@reckon/ingest';
import { inputFingerprint, statFingerprint } from './fingerprint.js';
import { EXTRACTOR_VERSION } from '@reckon/extract';
import { openWarehouse } from '@reckon/warehouse';
import { publishDataset } from '@reckon/publish';
import { buildDataset, readInputs, stateDirOf, timer, type BuildOptions } from './build.js';
import { CommandError, EXIT } from './exit-codes.js';
import { withLock } from './lock.js';
import type { Output } from './output.js';

export interface RunOptions extends BuildOptions {
  out: string;
  dryRun: boolean;
  continueOnFailure: boolean;
}

/** What one run did, written as the run manifest and printed with --json. */
export interface RunManifest {
  pipeline: string;
  extractor: string;
  sources: SourceOutcome[];
  counts: {
    sources_used: number; sources_skipped: number; sources_rejected: number; claims: number; sources_from_cache: number;
    facts: number; conflicts: number; disputed: number;
  };
  timings_ms: Record<string, number>;
  published: { status: 'published' | 'unchanged' | 'dry-run'; version: string | null; dir: string | null };
  /** Hash of every input of the run; an equal hash on the next run means nothing can have changed. */
  input_fingerprint: string;
  /** Hash of the configuration, the code and the source files' sizes and times: the check before reading sources. */
  stat_fingerprint: string | null;
}

/** Runs a pipeline end to end: ingest, extract, validate, reconcile, load, publish. */
export async function runPipeline(pipelineDir: string, options: RunOptions, out: Output): Promise<RunManifest> {
  const dir = resolve(pipelineDir);
  const stateDir = stateDirOf(dir);
  await mkdir(stateDir, { recursive: true });
  return withLock(join(stateDir, 'lock'), async () => {
    const timings: Record<string, number> = {};
    const time = timer(timings);
    const reuse = !(options.force || options.dryRun || options.only);
    const stats = await time('fingerprint', () => statFingerprint(dir));
    const unchanged = (last: RunManifest | null) => {
      if (!last) return null;
      out.log(`nothing changed since ${last.pipeline} ${last.published.version} (same code, configuration, decisions and sources); nothing published`);
      return { ...last, timings_ms: timings, published: { ...last.published, status: 'unchanged' as const, dir: null } };
    };
    const quick = reuse && stats ? unchanged(await unchangedSince(stateDir, (m) => m.stat_fingerprint === stats, options.out)) : null;
    if (quick) return quick;
    const inputs = await readInputs(dir, options, time, out);
    const fingerprint = await inputFingerprint(inputs.pipeline, inputs.decisions, inputs.ingested.outcomes, shaOf(inputs.ingested.sources));
    const same = reuse ? unchanged(await unchangedSince(stateDir, (m) => m.input_fingerprint === fingerprint, options.out)) : null;
    if (same) {
      // The sources are as before though their files were touched: remember the new stamps for the next run.
      await writeManifest(stateDir, { ...same, stat_fingerprint: stats });
      return same;
    }
    const build = await buildDataset(dir, stateDir, options, out, time, inputs);
    const { ingested, result, pipeline, tables } = build;
    const rejected = ingested.outcomes.filter((o) => o.status === 'rejected');
    for (const o of ingested.outcomes) {
      for (const w of o.warnings) out.warn(`${join(pipelineDir, o.path)}: ${w}`);
      if (o.status === 'rejected') out.warn(`${join(pipelineDir, o.path)}${o.line ? `:${o.line}` : ''}: rejected: ${o.reason}`);
    }
    const manifest: RunManifest = {
      pipeline: pipeline.name, extractor: EXTRACTOR_VERSION, sources: ingested.outcomes,
      counts: {
        sources_used: ingested.sources.length, sources_skipped: ingested.outcomes.filter((o) => o.status === 'skipped').length,
        sources_rejected: rejected.length, claims: build.claims.length, sources_from_cache: build.claimsFromCache,
        facts: result.facts.length, conflicts: result.conflicts.length, disputed: result.facts.filter((f) => f.status === 'disputed').length,
      },
      timings_ms: timings,
      published: { status: 'dry-run', version: null, dir: null },
      input_fingerprint: fingerprint,
      stat_fingerprint: stats,
    };
    if (rejected.length && !options.continueOnFailure) {
      await writeManifest(stateDir, manifest);
      throw new CommandError(`${rejected.length} source file(s) rejected, nothing published`, EXIT.failed, {
        hint: 'fix the files named above, or rerun with --continue-on-failure to publish the other sources',
      });
    }
    if (result.decisionErrors.length) {
      for (const e of result.decisionErrors) out.warn(join(pipelineDir, e));
      await writeManifest(stateDir, manifest);
      throw new CommandError(`${result.decisionErrors.length} decision(s) no longer match their facts; nothing published`, EXIT.failed, {
        file: join(pipelineDir, 'decisions.yaml'), hint: 'review each with `reckon explain <fact_id>` and update decisions.yaml',
      });
    }
    const warehouse = await openWarehouse(join(stateDir, 'warehouse.duckdb'));
    try {
      await time('load', () => warehouse.load(tables));
      if (!options.dryRun) {
        // Parquet is exported from the loaded warehouse: the rows are appended once, not twice.
        const r = await time('publish', () => publishDataset({ datasetsDir: resolve(options.out), pipeline, tables, loaded: warehouse }));
        manifest.published = { status: r.status, version: r.version, dir: r.dir };
        out.log(r.status === 'published' ? `publish: ${pipeline.name} ${r.version} -> ${r.dir}` : `publish: nothing changed since ${pipeline.name} ${r.version}; nothing published`);
      } else out.log('publish: dry run, nothing written');
    } finally {
      warehouse.close();
    }
    await writeManifest(stateDir, manifest);
    return manifest;
  });
}

const shaOf = (sources: ReadonlyArray<{ source_path: string; sha256: string }>) => {
  const byPath = new Map(sources.map((s) => [s.source_path, s.sha256]));
  return (path: string) => byPath.get(path) ?? null;
};

/**
 * reckon's own cache for a rerun: when the inputs hash as the last successful run's did and that run's
 * version is still the latest published, nothing after reading the sources needs doing.
 */
async function unchangedSince(stateDir: string, matches: (last: RunManifest) => boolean, out: string): Promise<RunManifest | null> {
  const last = await readJson<RunManifest>(join(stateDir, 'last-run.json'));
  if (!last || !matches(last) || last.published.version === null || last.counts.sources_rejected) return null;
  const latest = await readJson<{ version: string }>(join(resolve(out), last.pipeline, 'latest.json'));
  return latest?.version === last.published.version ? last : null;
}

/** A JSON file, or null when it is missing or unreadable: a cache that is gone or cut short only means work redone. */
async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function writeManifest(stateDir: string, manifest: RunManifest): Promise<void> {
  const runs = join(stateDir, 'runs');
  await mkdir(runs, { recursive: true });
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  // Run manifests are logs, not published data: a wall-clock name is fine here.
  await writeFile(join(runs, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.json`), text);
  // Written aside and renamed: a run killed mid-write must leave the last manifest whole or absent, never cut short.
  const temporary = join(stateDir, `last-run.json.${process.pid}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, join(stateDir, 'last-run.json'));
}
