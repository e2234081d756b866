import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openWarehouse } from '@reckon/warehouse';
import { CommandError, EXIT } from './exit-codes.js';

/** The warehouse of a pipeline: the one named, or the only pipeline under ./pipelines. */
export async function openPipelineWarehouse(pipeline: string | undefined) {
  const dir = pipeline ?? (await onlyPipeline());
  const file = join(dir, '.reckon', 'warehouse.duckdb');
  await access(file).catch(() => {
    throw new CommandError('no warehouse yet for this pipeline', EXIT.usage, { file, hint: `run \`reckon run ${dir}\` first` });
  });
  return openWarehouse(file, { readOnly: true });
}

async function onlyPipeline(): Promise<string> {
  const names = await readdir('pipelines').catch(() => [] as string[]);
  if (names.length === 1) return join('pipelines', names[0]!);
  throw new CommandError(names.length ? `several pipelines under pipelines/: ${names.join(', ')}` : 'no pipelines/ folder here', EXIT.usage, {
    hint: 'name one with --pipeline <dir>',
  });
}
