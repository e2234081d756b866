import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ReckonError } from '@reckon/schema';

export type Bump = 'major' | 'minor' | 'patch';

/** What `datasets/<name>/latest.json` holds: the newest version and the checksums of its files. */
export interface Latest {
  name: string;
  version: string;
  checksums: Record<string, string>;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Orders two x.y.z versions numerically. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => (SEMVER.exec(v) ?? []).slice(1).map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return (x![i] ?? 0) - (y![i] ?? 0);
  return 0;
}

/** The next version after `version` for a bump. */
export function nextVersion(version: string, bump: Bump): string {
  const [major, minor, patch] = (SEMVER.exec(version) ?? []).slice(1).map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  return bump === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

/** The published versions of a dataset folder, oldest first. */
export async function listVersions(datasetDir: string): Promise<string[]> {
  const entries = await readdir(datasetDir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && SEMVER.test(e.name)).map((e) => e.name).sort(compareVersions);
}

/** Reads latest.json, or null when the dataset has none yet. */
export async function readLatest(datasetDir: string): Promise<Latest | null> {
  const file = join(datasetDir, 'latest.json');
  const text = await readFile(file, 'utf8').catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') return null;
    throw cause;
  });
  if (text === null) return null;
  try {
    const latest = JSON.parse(text) as Latest;
    if (typeof latest.version === 'string' && SEMVER.test(latest.version)) return latest;
  } catch { /* reported below */ }
  throw new ReckonError('latest.json does not name a version (x.y.z)', file, undefined, 'restore it from version control');
}

/** Removes temporary folders and files left by publishing runs whose process is gone. */
export async function cleanStaleTemps(datasetDir: string): Promise<string[]> {
  const entries = await readdir(datasetDir).catch(() => []);
  const stale = entries.filter((name) => {
    const pid = /^\.tmp-.+-(\d+)$/.exec(name)?.[1];
    return pid !== undefined && !isRunning(Number(pid));
  });
  await Promise.all(stale.map((name) => rm(join(datasetDir, name), { recursive: true, force: true })));
  return stale;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
