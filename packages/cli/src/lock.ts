import { open, readFile, rm } from 'node:fs/promises';
import { CommandError, EXIT } from './exit-codes.js';

/** Runs `work` holding an exclusive lock file; a lock left by a dead process is taken over. */
export async function withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
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
