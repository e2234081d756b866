import { verifyVersion } from '@reckon/publish';
import type { Implementation } from '../commands.js';
import { CommandError, EXIT } from '../exit-codes.js';

export const verify: Implementation = async (dirs, _values, out) => {
  if (!dirs.length) throw new CommandError('expected a version folder', EXIT.usage, { hint: 'reckon verify datasets/<name>/<version>' });
  let failed = 0;
  for (const dir of dirs) {
    const result = await verifyVersion(dir);
    if (result.ok) out.log(`${dir}: ok`);
    else {
      failed++;
      for (const e of result.errors) process.stderr.write(`${out.color.red('error')}: ${e}\n`);
    }
  }
  if (out.json) out.result(JSON.stringify({ verified: dirs.length - failed, failed }));
  return failed ? EXIT.failed : EXIT.ok;
};
