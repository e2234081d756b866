import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const BIN = resolve(import.meta.dirname, '../../packages/cli/dist/bin.js');

/** Runs the built `reckon` CLI as a user would, returning its exit code and output. */
export async function reckon(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A fresh temporary workspace holding a copy of a fixture pipeline at `pipelines/<name>`. */
export async function workspace(fixture: string, name = fixture): Promise<{ dir: string; pipeline: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'reckon-e2e-'));
  const pipeline = join(dir, 'pipelines', name);
  await cp(resolve(import.meta.dirname, 'fixtures', fixture), pipeline, { recursive: true, filter: (src) => !src.includes('.reckon') });
  return { dir, pipeline, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
