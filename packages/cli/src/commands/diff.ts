import { diffVersions, formatDiff } from '@reckon/publish';
import type { Implementation } from '../commands.js';
import { CommandError, EXIT } from '../exit-codes.js';

export const diff: Implementation = async ([datasetDir, v1, v2], _values, out) => {
  if (!datasetDir || !v1 || !v2) throw new CommandError('expected a dataset folder and two versions', EXIT.usage, { hint: 'reckon diff datasets/<name> 1.0.0 1.1.0' });
  const d = await diffVersions(datasetDir, v1, v2);
  out.result(formatDiff(d, out.json ? 'json' : 'markdown'));
  return EXIT.ok;
};
