import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex, type Pipeline } from '@reckon/schema';
import { TABLE_NAMES, writeParquet, type DatasetTables } from '@reckon/warehouse';
import { formatSums, sha256File } from './checksums.js';
import { citationCff } from './citation.js';
import { tableCsv } from './csv.js';
import { dataCard } from './data-card.js';
import { datapackageJson, type DataFile } from './datapackage.js';

/** Files of a version that name the version; everything else is a function of the tables alone. */
export const METADATA_FILES = ['CITATION.cff', 'README.md', 'datapackage.json'] as const;

/** Writes each table as CSV and Parquet into `dir`; returns the files by name. */
export async function writeTableFiles(dir: string, tables: DatasetTables): Promise<Map<string, DataFile>> {
  const files = new Map<string, DataFile>();
  for (const table of TABLE_NAMES) {
    const csv = Buffer.from(tableCsv(table, tables[table]), 'utf8');
    await writeFile(join(dir, `${table}.csv`), csv);
    files.set(`${table}.csv`, { path: `${table}.csv`, bytes: csv.length, sha256: sha256Hex(csv) });
    const parquet = join(dir, `${table}.parquet`);
    await writeParquet(table, tables[table], parquet);
    files.set(`${table}.parquet`, { path: `${table}.parquet`, bytes: (await stat(parquet)).size, sha256: await sha256File(parquet) });
  }
  return files;
}

/** Writes datapackage.json, README.md, CITATION.cff and SHA256SUMS for `version`; returns every file's sha256. */
export async function writeMetadata(
  dir: string, pipeline: Pipeline, tables: DatasetTables, version: string, dataFiles: ReadonlyMap<string, DataFile>,
): Promise<Map<string, string>> {
  const texts: Record<(typeof METADATA_FILES)[number], string> = {
    'CITATION.cff': citationCff(pipeline, version),
    'README.md': dataCard(pipeline, tables, version),
    'datapackage.json': datapackageJson(pipeline, tables, version, dataFiles),
  };
  const sums = new Map([...dataFiles.values()].map((f) => [f.path, f.sha256]));
  for (const [name, text] of Object.entries(texts)) {
    await writeFile(join(dir, name), text);
    sums.set(name, sha256Hex(text));
  }
  const sumsText = formatSums(sums);
  await writeFile(join(dir, 'SHA256SUMS'), sumsText);
  sums.set('SHA256SUMS', sha256Hex(sumsText));
  return sums;
}
