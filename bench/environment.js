// What a figure depends on besides the code: the machine, Node, and the installed versions of reckon's dependencies.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The installed version of a package: hoisted to the root node_modules, or nested in the workspace that uses it. */
function installedVersion(name, workspace) {
  for (const dir of [join(ROOT, 'node_modules', name), join(ROOT, 'packages', workspace, 'node_modules', name)]) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return readJson(file).version;
  }
  return null;
}

/** Runtime dependencies of every reckon package (other than reckon's own) and the benchmark's peers, with versions. */
function dependencyVersions() {
  const versions = {};
  for (const workspace of readdirSync(join(ROOT, 'packages')).sort()) {
    const file = join(ROOT, 'packages', workspace, 'package.json');
    if (!existsSync(file)) continue;
    for (const name of Object.keys(readJson(file).dependencies ?? {})) {
      if (!name.startsWith('@reckon/')) versions[name] = installedVersion(name, workspace);
    }
  }
  // The native DuckDB binding and the peers are not listed by any workspace, yet their versions move the figures.
  for (const name of ['@duckdb/node-bindings', '@microsoft/recognizers-text-number', '@microsoft/recognizers-text-number-with-unit']) versions[name] = installedVersion(name, '');
  return Object.fromEntries(Object.entries(versions).sort(([a], [b]) => a.localeCompare(b)));
}

export function environment() {
  return {
    machine: {
      cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(totalmem() / 2 ** 30),
      os: `${platform()} ${release()}`, node: process.version,
    },
    versions: dependencyVersions(),
  };
}
