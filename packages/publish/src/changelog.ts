import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Pipeline } from '@reckon/schema';
import type { DatasetDiff } from './diff.js';
import { formatDiff } from './format-diff.js';

/** One CHANGELOG.md entry: the version as heading, then the fact-level diff. */
export function changelogEntry(diff: DatasetDiff): string {
  return `## ${diff.to}\n\n${formatDiff(diff, 'markdown')}`;
}

/** CHANGELOG.md text with `entry` placed above the older entries (newest first). */
export function withEntry(existing: string | null, pipeline: Pipeline, entry: string): string {
  const header = `# Changelog: ${pipeline.name}\n\nEach published version with its fact-level changes, newest first. A breaking schema change is a major version; facts added, removed or revalued a minor one; anything else a patch.\n\n`;
  if (!existing) return `${header}${entry}`;
  const first = existing.search(/^## /m);
  return first === -1 ? `${existing.trimEnd()}\n\n${entry}` : `${existing.slice(0, first)}${entry}\n${existing.slice(first)}`;
}

/** Adds an entry to `<datasetDir>/CHANGELOG.md`, atomically. */
export async function addChangelogEntry(datasetDir: string, pipeline: Pipeline, entry: string): Promise<void> {
  const file = join(datasetDir, 'CHANGELOG.md');
  const existing = await readFile(file, 'utf8').catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') return null;
    throw cause;
  });
  await writeAtomic(file, withEntry(existing, pipeline, entry));
}

/** Writes a file through a temporary file beside it and a rename, so readers never see half a file. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.tmp-${basename(file)}-${process.pid}`);
  await writeFile(temporary, text);
  await rename(temporary, file);
}
