import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { CommandError, EXIT } from './exit-codes.js';

/**
 * Runs `work` holding an exclusive lock file. The lock is created whole (written aside, then hard-linked
 * into place, which fails if it exists), so another run never sees it empty; a lock left by a dead
 * process is taken over.
 */
export async function withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const mine = `${file}.${process.pid}`;
  await writeFile(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(mine, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
        const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
        if (holder && alive(holder)) {
          throw new CommandError(`another reckon run (pid ${holder}) is working on this pipeline`, EXIT.locked, {
            file, hint: 'wait for it to finish; if no run is active, delete the lock file',
          });
        }
        await rm(file, { force: true });
      }
    }
  } finally {
    await rm(mine, { force: true });
  }
  try {
    return await work();
  } finally {
    await rm(file, { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
