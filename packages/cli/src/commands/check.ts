import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Implementation } from '../commands.js';
import { checkPipeline, formatFindings, type Finding } from '../check.js';
import { CommandError, EXIT } from '../exit-codes.js';

export const check: Implementation = async (dirs, values, out) => {
  const format = String(values.format ?? 'text');
  if (!['text', 'json', 'github'].includes(format)) throw new CommandError(`--format takes text, json or github, got "${format}"`, EXIT.usage);
  const pipelines = dirs.length ? dirs : (await readdir('pipelines').catch(() => [] as string[])).sort().map((d) => join('pipelines', d));
  if (!pipelines.length) throw new CommandError('no pipelines to check', EXIT.usage, { hint: 'run it in the project folder, or name pipeline folders' });
  const findings: Finding[] = [];
  for (const dir of pipelines) {
    out.log(`checking ${dir}`);
    findings.push(...await checkPipeline(resolve(dir), resolve(String(values.out ?? 'datasets')), out));
  }
  const strict = Boolean(values.strict);
  const failing = findings.filter((f) => f.level === 'error' || strict);
  const text = formatFindings(findings, out.json ? 'json' : (format as 'text' | 'json' | 'github'), out);
  if (text) out.result(text);
  const errors = findings.filter((f) => f.level === 'error').length;
  out.log(`${pipelines.length} pipeline(s): ${errors} error(s), ${findings.length - errors} warning(s)${strict ? ' (strict: warnings fail)' : ''} -> ${failing.length ? 'FAILED' : 'ok'}`);
  return failing.length ? EXIT.failed : EXIT.ok;
};
