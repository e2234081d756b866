import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex, type Pipeline } from '@reckon/schema';
import { TABLE_NAMES, writeParquet, type DatasetTables } from '@reckon/warehouse';
import { formatSums, sha256File } from './checksums.js';
import { citationCff } from './citation.js';
import { tableCsv } from './csv.js';
import { dataCard } from './data-card.js';
import { datapackageJson, type DataFile } from './datapackage.js';
import { SITE_FILES, siteFiles } from './site/site.js';

/** Files of a version that name the version; everything else is a function of the tables alone. */
export const METADATA_FILES = ['CITATION.cff', 'README.md', 'datapackage.json'] as const;

/** Every file that names the version: the metadata and the explorer site. */
export const VERSIONED_FILES: readonly string[] = [...METADATA_FILES, ...SITE_FILES];

/** Something that already holds the tables and can write them as Parquet: the run's warehouse. */
export interface ParquetSource { exportTable(table: (typeof TABLE_NAMES)[number], path: string, format: 'parquet'): Promise<unknown> }

/**
 * Writes each table as CSV and Parquet into `dir`; returns the files by name. Parquet comes from `loaded` when
 * the caller has the tables in a warehouse already (the same ordered COPY, so the same bytes), which spares
 * appending every row a second time.
 */
export async function writeTableFiles(dir: string, tables: DatasetTables, loaded?: ParquetSource): Promise<Map<string, DataFile>> {
  const files = new Map<string, DataFile>();
  for (const table of TABLE_NAMES) {
    const csv = Buffer.from(tableCsv(table, tables[table]), 'utf8');
    await writeFile(join(dir, `${table}.csv`), csv);
    files.set(`${table}.csv`, { path: `${table}.csv`, bytes: csv.length, sha256: sha256Hex(csv) });
    const parquet = join(dir, `${table}.parquet`);
    if (loaded) await loaded.exportTable(table, parquet, 'parquet');
    else await writeParquet(table, tables[table], parquet);
    files.set(`${table}.parquet`, { path: `${table}.parquet`, bytes: (await stat(parquet)).size, sha256: await sha256File(parquet) });
  }
  return files;
}

/** Writes datapackage.json, README.md, CITATION.cff, the explorer site and SHA256SUMS for `version`; returns every file's sha256. */
export async function writeMetadata(
  dir: string, pipeline: Pipeline, tables: DatasetTables, version: string, dataFiles: ReadonlyMap<string, DataFile>,
): Promise<Map<string, string>> {
  const texts: Record<(typeof METADATA_FILES)[number], string> = {
    'CITATION.cff': citationCff(pipeline, version),
    'README.md': dataCard(pipeline, tables, version),
    'datapackage.json': datapackageJson(pipeline, tables, version, dataFiles),
  };
  const sums = new Map([...dataFiles.values()].map((f) => [f.path, f.sha256]));
  const downloads = [...dataFiles.values()];
  for (const [name, text] of Object.entries(texts)) {
    await writeFile(join(dir, name), text);
    sums.set(name, sha256Hex(text));
    downloads.push({ path: name, bytes: Buffer.byteLength(text), sha256: sha256Hex(text) });
  }
  // The site comes after the other files because its downloads section shows their sizes and checksums.
  await mkdir(join(dir, 'site'), { recursive: true });
  for (const [name, text] of siteFiles({ pipeline, tables, version, files: downloads })) {
    await writeFile(join(dir, name), text);
    sums.set(name, sha256Hex(text));
  }
  const sumsText = formatSums(sums);
  await writeFile(join(dir, 'SHA256SUMS'), sumsText);
  sums.set('SHA256SUMS', sha256Hex(sumsText));
  return sums;
}
