import { access, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { loadPipeline } from '@reckon/ingest';
import { verifyRebuild, verifyVersion } from '@reckon/publish';
import type { Implementation } from '../commands.js';
import { buildDataset, stateDirOf, timer } from '../build.js';
import { CommandError, EXIT } from '../exit-codes.js';
import { silenced } from '../output.js';

export const verify: Implementation = async (dirs, values, out) => {
  if (!dirs.length) throw new CommandError('expected a version folder', EXIT.usage, { hint: 'reckon verify datasets/<name>/<version>' });
  let failed = 0;
  for (const dir of dirs) {
    const errors = (await verifyVersion(dir)).errors.map((e) => `${dir}: ${e}`);
    const pipeline = await rebuildPipeline(dir, values.pipeline as string | undefined);
    if (pipeline && !errors.length) {
      const build = await buildDataset(pipeline, stateDirOf(pipeline), { force: false, only: null, workers: 1 }, silenced(out), timer({}));
      const rebuilt = await verifyRebuild(dir, build.pipeline, build.tables);
      errors.push(...rebuilt.errors.map((e) => `${dir}: rebuilt from ${pipeline}: ${e}`));
    }
    if (errors.length) {
      failed++;
      for (const e of errors) process.stderr.write(`${out.color.red('error')}: ${e}\n`);
    } else out.log(`${dir}: ok (checksums, schemas, quotes at their offsets${pipeline ? `, byte-identical rebuild from ${pipeline}` : ''})`);
  }
  if (out.json) out.result(JSON.stringify({ verified: dirs.length - failed, failed }));
  return failed ? EXIT.failed : EXIT.ok;
};

/**
 * The pipeline to rebuild a version from: the one named, or the pipeline under ./pipelines whose name is the
 * dataset's, when the version is the latest of its dataset. Older versions were built from older sources and cannot be rebuilt from today's.
 */
async function rebuildPipeline(versionDir: string, named: string | undefined): Promise<string | null> {
  if (named) return resolve(named);
  const datasetDir = dirname(resolve(versionDir));
  const latest = await readFile(join(datasetDir, 'latest.json'), 'utf8').then((t) => JSON.parse(t) as { version: string }, () => null);
  if (latest?.version !== basename(resolve(versionDir))) return null;
  for (const name of (await readdir('pipelines').catch(() => [] as string[])).sort()) {
    const candidate = resolve('pipelines', name);
    if (!(await access(join(candidate, 'pipeline.yaml')).then(() => true, () => false))) continue;
    if ((await loadPipeline(candidate)).name === basename(datasetDir)) return candidate;
  }
  return null;
}
