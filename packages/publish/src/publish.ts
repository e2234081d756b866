import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ReckonError, type Pipeline } from '@reckon/schema';
import type { DatasetTables, TableName } from '@reckon/warehouse';
import { recordErrors, quoteErrors, referenceErrors, type RowsByTable } from './_checks.js';
import { addChangelogEntry, changelogEntry, writeAtomic } from './changelog.js';
import { currentSchema, readSums, readVersionFacts, readVersionSchema } from './compare.js';
import { bumpOf, diffFacts, diffSchemas, factSnapshot, type DatasetDiff } from './diff.js';
import { writeMetadata, writeTableFiles, type ParquetSource } from './render.js';
import { cleanStaleTemps, compareVersions, listVersions, nextVersion, readLatest, type Bump } from './versions.js';

export interface PublishOptions {
  /** The datasets folder; the version goes to `<datasetsDir>/<pipeline.name>/<version>/`. */
  datasetsDir: string;
  pipeline: Pipeline;
  tables: DatasetTables;
  /** A warehouse already loaded with exactly these tables: Parquet is exported from it instead of loading them again. */
  loaded?: ParquetSource;
}

export interface PublishResult {
  status: 'published' | 'unchanged';
  version: string;
  /** The new version folder, or null when nothing was written. */
  dir: string | null;
  bump: Bump | null;
  /** The CHANGELOG.md entry written, empty when unchanged. */
  changelog: string;
  /** One line for the terminal. */
  message: string;
  diff: DatasetDiff | null;
}

/** Publishes the tables as the next version derived from the data, or nothing when they match the latest version. */
export async function publishDataset(options: PublishOptions): Promise<PublishResult> {
  const { pipeline, tables } = options;
  assertPublishable(tables);
  const datasetDir = join(options.datasetsDir, pipeline.name);
  await mkdir(datasetDir, { recursive: true });
  await cleanStaleTemps(datasetDir);
  const previous = await previousVersion(datasetDir);
  // Built beside the target so the final rename is atomic: an interrupted run leaves no partial version.
  const stage = join(datasetDir, `.tmp-next-${process.pid}`);
  await rm(stage, { recursive: true, force: true });
  await mkdir(stage);
  try {
    const dataFiles = await writeTableFiles(stage, tables, options.loaded);
    // Rendered first with the previous version's number, so unchanged data gives byte-identical files.
    let sums = await writeMetadata(stage, pipeline, tables, previous?.version ?? '1.0.0', dataFiles);
    const previousSums = previous ? await readSums(previous.dir) : new Map<string, string>();
    const files = [...new Set([...previousSums.keys(), ...sums.keys()])]
      .filter((name) => name !== 'SHA256SUMS' && previousSums.get(name) !== sums.get(name)).sort();
    if (previous && files.length === 0) {
      const repaired = await writeLatestIfMissing(datasetDir, pipeline.name, previous.version, previousSums);
      const message = `unchanged: the data matches ${pipeline.name} ${previous.version}; nothing published${repaired ? ' (latest.json restored)' : ''}`;
      return { status: 'unchanged', version: previous.version, dir: null, bump: null, changelog: '', message, diff: null };
    }
    const facts = tables.facts.map((f) => factSnapshot(f));
    const core = previous
      ? { schema: diffSchemas(await readVersionSchema(previous.dir), currentSchema()), facts: diffFacts(await readVersionFacts(previous.dir), facts), files }
      : { schema: [], facts: { added: facts, removed: [], changed: [] }, files: [] };
    const bump = previous ? bumpOf(core) ?? 'patch' : null;
    const version = previous ? nextVersion(previous.version, bump!) : '1.0.0';
    if (previous) sums = await writeMetadata(stage, pipeline, tables, version, dataFiles);
    const target = join(datasetDir, version);
    if (await exists(target)) {
      throw new ReckonError(`version ${version} is already published; a published version is never overwritten`, target, undefined,
        'latest.json or the version folders were edited by hand: restore them from version control');
    }
    await rename(stage, target);
    const diff: DatasetDiff = { from: previous?.version ?? null, to: version, bump, ...core };
    const changelog = changelogEntry(diff);
    await addChangelogEntry(datasetDir, pipeline, changelog);
    await writeAtomic(join(datasetDir, 'latest.json'), latestJson(pipeline.name, version, sums));
    const message = `published ${pipeline.name} ${version}: ${changelog.split('\n')[2]}`;
    return { status: 'published', version, dir: target, bump, changelog, message, diff };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/** Refuses tables that would publish an invalid dataset: schema errors, dangling ids, quotes not found at their offsets. */
function assertPublishable(tables: DatasetTables): void {
  const rows: RowsByTable = tables;
  const where = (table: TableName, i: number) => `${table}[${i}]`;
  const errors = recordErrors(rows);
  if (errors.length === 0) errors.push(...referenceErrors(rows, where), ...quoteErrors(rows, where));
  if (errors.length) {
    throw new ReckonError(`the tables cannot be published:\n  ${errors.join('\n  ')}`, undefined, undefined,
      'this is a bug in an earlier stage (extract or reconcile); please report it with the pipeline folder');
  }
}

/** The version to compare with: latest.json's, refusing when a newer folder shows an interrupted or hand-made publish. */
async function previousVersion(datasetDir: string): Promise<{ version: string; dir: string } | null> {
  const [latest, versions] = await Promise.all([readLatest(datasetDir), listVersions(datasetDir)]);
  const newest = versions.at(-1);
  if (!latest) return newest ? { version: newest, dir: join(datasetDir, newest) } : null;
  if (!versions.includes(latest.version)) {
    throw new ReckonError(`latest.json names ${latest.version}, which is not published here`, join(datasetDir, 'latest.json'), undefined,
      'restore the version folder or latest.json from version control');
  }
  if (newest && compareVersions(newest, latest.version) > 0) {
    throw new ReckonError(`version ${newest} is newer than latest.json's ${latest.version}; refusing to publish over it`, join(datasetDir, newest), undefined,
      `an earlier run stopped after publishing ${newest}: check it with \`reckon verify\`, then set latest.json to it or remove the folder`);
  }
  return { version: latest.version, dir: join(datasetDir, latest.version) };
}

function latestJson(name: string, version: string, sums: ReadonlyMap<string, string>): string {
  const checksums = Object.fromEntries([...sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ name, version, checksums }, null, 2)}\n`;
}

async function writeLatestIfMissing(datasetDir: string, name: string, version: string, sums: ReadonlyMap<string, string>): Promise<boolean> {
  if (await readLatest(datasetDir)) return false;
  await writeAtomic(join(datasetDir, 'latest.json'), latestJson(name, version, sums));
  return true;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
