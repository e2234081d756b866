// Each stage of the pipeline timed on its own, through the packages' APIs, on one core: where the time goes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSources, listFiles, loadPipeline } from '@reckon/ingest';
import { createExtractor } from '@reckon/extract';
import { ClaimSchema, resolveCodebook } from '@reckon/schema';
import { reconcile } from '@reckon/reconcile';
import { openWarehouse } from '@reckon/warehouse';
import { publishDataset } from '@reckon/publish';
import { MB, emit, rate, timed } from '../measure.js';

/** args: { dir } a pipeline folder written by bench/generate.js. */
export default async function stages({ dir }) {
  const pipeline = await loadPipeline(dir);
  const files = (await listFiles(dir, pipeline.sources)).filter((f) => !f.refused);

  // The floor: the same bytes read synchronously, and one pass of a trivial regular expression over them.
  const read = await timed(() => files.map((f) => readFileSync(f.absolute)));
  const bytes = read.value.reduce((n, b) => n + b.length, 0);
  const texts = read.value.map((b) => b.toString('utf8'));
  const scan = await timed(() => texts.reduce((n, t) => n + (t.match(/\d/g)?.length ?? 0), 0));
  const stage = (name, ms, extra = {}) => emit({ stage: name, ms: Math.round(ms), mb_per_s: rate(bytes / MB, ms), docs_per_s: rate(files.length, ms), ...extra });
  emit({ stage: 'corpus', files: files.length, bytes });
  stage('floor: readFileSync', read.ms);
  stage('floor: /\\d/g', scan.ms, { matches: scan.value });
  read.value.length = 0;
  texts.length = 0;

  const ingested = await timed(() => ingestSources(dir, { glob: pipeline.sources, maxSourceBytes: pipeline.limits.max_source_bytes, defaultKind: pipeline.defaults.kind ?? null }));
  const sources = ingested.value.sources;
  stage('ingest', ingested.ms, { sources: sources.length, skipped: ingested.value.outcomes.length - sources.length });

  const extract = createExtractor({ codebook: resolveCodebook(pipeline.codebook), defaults: pipeline.defaults });
  const extracted = await timed(() => sources.flatMap((s) => extract(s)));
  const claims = extracted.value;
  stage('extract (1 core)', extracted.ms, { claims: claims.length, claims_per_s: rate(claims.length, extracted.ms) });

  const validated = await timed(() => claims.reduce((bad, c) => bad + (ClaimSchema.safeParse(c).success ? 0 : 1), 0));
  stage('validate', validated.ms, { invalid: validated.value, claims_per_s: rate(claims.length, validated.ms) });

  const reconciled = await timed(() => reconcile({ claims, sources, decisions: [], policy: pipeline.policy }));
  const result = reconciled.value;
  stage('reconcile', reconciled.ms, { facts: result.facts.length, conflicts: result.conflicts.length, claims_per_s: rate(claims.length, reconciled.ms) });

  const scratch = mkdtempSync(join(tmpdir(), 'reckon-bench-out-'));
  try {
    const tables = { sources, claims: result.claims, facts: result.facts, conflicts: result.conflicts };
    const rows = sources.length + result.claims.length + result.facts.length + result.conflicts.length;
    // Publish exports Parquet from the loaded warehouse, as runPipeline does, so the warehouse stays open until then.
    const warehouse = await openWarehouse(join(scratch, 'warehouse.duckdb'));
    try {
      const loaded = await timed(() => warehouse.load(tables));
      stage('load', loaded.ms, { rows, rows_per_s: rate(rows, loaded.ms), claim_rows: result.claims.length });
      try {
        const published = await timed(() => publishDataset({ datasetsDir: join(scratch, 'datasets'), pipeline, tables, loaded: warehouse }));
        stage('publish', published.ms, { rows, rows_per_s: rate(rows, published.ms), status: published.value.status });
      } catch (error) {
        emit({ stage: 'publish', error: String(error?.message ?? error).slice(0, 300) });
      }
    } finally {
      warehouse.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
