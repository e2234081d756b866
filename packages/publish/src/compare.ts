import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ReckonError } from '@reckon/schema';
import { TABLE_NAMES, readParquet, tableColumns } from '@reckon/warehouse';
import { parseSums } from './checksums.js';
import { bumpOf, diffFacts, diffSchemas, factSnapshot, type DatasetDiff, type FactSnapshot, type SchemaShape } from './diff.js';
import { fieldTypeOf } from './fields.js';
import { VERSIONED_FILES } from './render.js';
import { listVersions } from './versions.js';

/** The fact-level diff between two published versions of a dataset. */
export async function diffVersions(datasetDir: string, v1: string, v2: string): Promise<DatasetDiff> {
  const [from, to] = await Promise.all([v1, v2].map((v) => versionDir(datasetDir, v)));
  const [schemaFrom, schemaTo, factsFrom, factsTo, sumsFrom, sumsTo] = await Promise.all([
    readVersionSchema(from!), readVersionSchema(to!), readVersionFacts(from!), readVersionFacts(to!), readSums(from!), readSums(to!),
  ]);
  const files = [...new Set([...sumsFrom.keys(), ...sumsTo.keys()])]
    .filter((name) => name !== 'SHA256SUMS' && !VERSIONED_FILES.includes(name) && sumsFrom.get(name) !== sumsTo.get(name))
    .sort();
  const diff = { schema: diffSchemas(schemaFrom, schemaTo), facts: diffFacts(factsFrom, factsTo), files };
  return { from: v1, to: v2, bump: bumpOf(diff), ...diff };
}

/** The schema the current code publishes: table -> column -> field type. */
export function currentSchema(): SchemaShape {
  return new Map(TABLE_NAMES.map((t) => [t, new Map(tableColumns(t).map((c) => [c.name, fieldTypeOf(c)]))]));
}

/** A published version's schema, read from its datapackage.json (the CSV resources are named after the tables). */
export async function readVersionSchema(dir: string): Promise<SchemaShape> {
  const file = join(dir, 'datapackage.json');
  const descriptor = JSON.parse(await readFile(file, 'utf8')) as {
    resources?: Array<{ name: string; format?: string; schema?: { fields?: Array<{ name: string; type: string }> } }>;
  };
  const tables = (descriptor.resources ?? []).filter((r) => r.format === 'csv');
  if (tables.length === 0) throw new ReckonError('no CSV resources: cannot tell the published columns', file);
  return new Map(tables.map((r) => [r.name, new Map((r.schema?.fields ?? []).map((f) => [f.name, f.type]))]));
}

/** A published version's facts, read from its Parquet file (exact values). */
export async function readVersionFacts(dir: string): Promise<FactSnapshot[]> {
  const { columns, rows } = await readParquet(join(dir, 'facts.parquet'));
  return rows.map((row) => factSnapshot(Object.fromEntries(columns.map((c, i) => [c, row[i]]))));
}

/** A version's SHA256SUMS as file -> sha256. */
export async function readSums(dir: string): Promise<Map<string, string>> {
  const file = join(dir, 'SHA256SUMS');
  const { sums, errors } = parseSums(await readFile(file, 'utf8'));
  if (errors.length) throw new ReckonError(errors.join('; '), file);
  return sums;
}

async function versionDir(datasetDir: string, version: string): Promise<string> {
  const dir = join(datasetDir, version);
  const exists = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (exists) return dir;
  const known = await listVersions(datasetDir);
  throw new ReckonError(`no version ${version} here`, datasetDir, undefined,
    known.length ? `published versions: ${known.join(', ')}` : 'no version is published in this folder');
}
