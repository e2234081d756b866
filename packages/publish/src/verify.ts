import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { sha256Hex, type Pipeline } from '@reckon/schema';
import { readParquet, type Cell, type DatasetTables, type TableName } from '@reckon/warehouse';
import { quoteErrors, referenceErrors, type RowsByTable } from './_checks.js';
import { parseSums } from './checksums.js';
import { cellsCsv, parseCsv } from './csv.js';
import { sqlTypeOfField, type FieldType } from './fields.js';
import { writeMetadata, writeTableFiles } from './render.js';

export interface Verification {
  ok: boolean;
  errors: string[];
}

interface Resource {
  name: string;
  path: string;
  format?: string;
  bytes?: number;
  hash?: string;
  schema?: { fields?: Array<{ name: string; type: FieldType }> };
}

/** Checks a published version folder: checksums, datapackage sizes and hashes, every file's columns, quotes at their offsets. */
export async function verifyVersion(versionDir: string): Promise<Verification> {
  const errors: string[] = [];
  const read = (name: string) => readFile(join(versionDir, name)).catch(() => null);
  const present = await filesUnder(versionDir);
  if (!present) return { ok: false, errors: [`${versionDir}: not a folder`] };

  const sumsText = await read('SHA256SUMS');
  if (!sumsText) errors.push('SHA256SUMS: missing');
  else {
    const { sums, errors: malformed } = parseSums(sumsText.toString('utf8'));
    errors.push(...malformed);
    for (const [name, expected] of sums) {
      const bytes = await read(name);
      if (!bytes) errors.push(`${name}: listed in SHA256SUMS but missing`);
      else if (sha256Hex(bytes) !== expected) errors.push(`${name}: sha256 ${sha256Hex(bytes)} does not match SHA256SUMS (${expected})`);
    }
    for (const name of present) if (name !== 'SHA256SUMS' && !sums.has(name)) errors.push(`${name}: not listed in SHA256SUMS`);
  }

  const descriptorText = await read('datapackage.json');
  let resources: Resource[] = [];
  try {
    resources = (JSON.parse(descriptorText?.toString('utf8') ?? '') as { resources?: Resource[] }).resources ?? [];
  } catch {
    errors.push('datapackage.json: missing or not JSON');
  }
  const rows: Partial<Record<string, Array<Record<string, unknown>>>> = {};
  const parquetCells = new Map<string, Cell[][]>();
  for (const resource of resources.filter((r) => r.format === 'parquet')) {
    const result = await checkParquet(versionDir, resource, errors);
    if (!result) continue;
    parquetCells.set(resource.path.replace(/\.parquet$/, ''), result.cells);
    rows[resource.path.replace(/\.parquet$/, '')] = result.rows;
  }
  for (const resource of resources) {
    const bytes = await read(resource.path);
    if (!bytes) {
      errors.push(`${resource.path}: named in datapackage.json but missing`);
      continue;
    }
    if (resource.bytes !== bytes.length) errors.push(`${resource.path}: ${bytes.length} bytes, datapackage.json says ${resource.bytes}`);
    if (resource.hash !== `sha256:${sha256Hex(bytes)}`) errors.push(`${resource.path}: sha256 does not match datapackage.json`);
    if (resource.format === 'csv') checkCsv(resource, bytes.toString('utf8'), parquetCells.get(resource.name), errors);
  }
  const { sources, claims, facts, conflicts } = rows;
  if (sources && claims && facts && conflicts) {
    const byTable: RowsByTable = { sources, claims, facts, conflicts };
    const where = (table: TableName, i: number) => `${table}.parquet: row ${i + 1}`;
    errors.push(...referenceErrors(byTable, where), ...quoteErrors(byTable, where));
  } else if (resources.length) errors.push('datapackage.json: the sources, claims, facts and conflicts Parquet resources are not all there');
  return { ok: errors.length === 0, errors };
}

async function checkParquet(dir: string, resource: Resource, errors: string[]) {
  const fields = resource.schema?.fields ?? [];
  const table = await readParquet(join(dir, resource.path)).catch((e: Error) => {
    errors.push(`${resource.path}: cannot be read as Parquet (${e.message.split('\n')[0]})`);
    return null;
  });
  if (!table) return null;
  const expected = fields.map((f) => `${f.name} ${sqlTypeOfField(f.type)}`).join(', ');
  const found = table.columns.map((c, i) => `${c} ${table.types[i]}`).join(', ');
  if (expected !== found) errors.push(`${resource.path}: columns are [${found}], datapackage.json says [${expected}]`);
  const cells = table.rows as Cell[][];
  return { cells, rows: cells.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]]))) };
}

/** The CSV must parse, carry the expected header, and say exactly what its Parquet sibling says. */
function checkCsv(resource: Resource, text: string, parquet: Cell[][] | undefined, errors: string[]): void {
  const fields = resource.schema?.fields ?? [];
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (e) {
    errors.push(`${resource.path}: not valid CSV (${(e as Error).message})`);
    return;
  }
  const header = records[0] ?? [];
  if (header.join(',') !== fields.map((f) => f.name).join(',')) {
    errors.push(`${resource.path}: header is ${header.join(',')}, expected ${fields.map((f) => f.name).join(',')}`);
    return;
  }
  if (!parquet) return;
  const expected = cellsCsv(fields, parquet).split('\n');
  const lines = text.split('\n');
  const line = Array.from({ length: Math.max(lines.length, expected.length) }, (_, i) => i).find((i) => lines[i] !== expected[i]);
  if (line !== undefined) errors.push(`${resource.path}: line ${line + 1} differs from ${resource.name}.parquet`);
}

/** Rebuilds a version from tables into a temporary folder and compares every file byte for byte with the published one. */
export async function verifyRebuild(versionDir: string, pipeline: Pipeline, tables: DatasetTables): Promise<Verification> {
  const descriptor = JSON.parse(await readFile(join(versionDir, 'datapackage.json'), 'utf8')) as { version: string };
  const scratch = await mkdtemp(join(tmpdir(), 'reckon-rebuild-'));
  try {
    const sums = await writeMetadata(scratch, pipeline, tables, descriptor.version, await writeTableFiles(scratch, tables));
    const errors: string[] = [];
    for (const [name, sha] of sums) {
      const published = await readFile(join(versionDir, name)).catch(() => null);
      if (!published) errors.push(`${name}: the rebuild makes it, the published version lacks it`);
      else if (sha256Hex(published) !== sha) errors.push(`${name}: the rebuild differs from the published file`);
    }
    const extra = ((await filesUnder(versionDir)) ?? []).filter((name) => !sums.has(name));
    errors.push(...extra.map((name) => `${name}: published, but the rebuild does not make it`));
    return { ok: errors.length === 0, errors };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Every file under a version folder (the site is a subfolder), relative to it with / separators; null when it is no folder. */
async function filesUnder(dir: string): Promise<string[] | null> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => null);
  if (!entries) return null;
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort();
}

/** True when `dir` looks like a version folder (it has a datapackage.json). */
export async function isVersionDir(dir: string): Promise<boolean> {
  return stat(join(dir, 'datapackage.json')).then((s) => s.isFile(), () => false);
}
