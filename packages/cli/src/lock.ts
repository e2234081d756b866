import { link, lstat, readFile, rm, writeFile } from 'node:fs/promises';
import { CommandError, EXIT } from './exit-codes.js';

/**
 * Runs `work` holding an exclusive lock file. The lock is created whole (written aside, then hard-linked
 * into place, which fails if it exists), so another run never sees it empty; a lock left by a dead
 * process, or by one whose pid a later process now has, is taken over.
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
        if (holder && alive(holder) && !(await startedAfter(holder, file))) {
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

/**
 * Whether process `pid` started after the lock file was written, so it cannot hold it: the run that wrote the
 * lock died and the system gave its pid to another process. Known on Linux from /proc; elsewhere, never.
 */
async function startedAfter(pid: number, lockFile: string): Promise<boolean> {
  try {
    const [stat, system, written] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile('/proc/stat', 'utf8'), lstat(lockFile)]);
    // Field 22 of /proc/<pid>/stat, after the command in brackets, is the start in clock ticks (USER_HZ, 100) after boot.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const boot = Number(/^btime\s+(\d+)/m.exec(system)?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(boot)) return false;
    // Whole seconds at best: a second's grace either way.
    return (boot + ticks / 100) * 1000 > written.mtimeMs + 1000;
  } catch {
    return false;
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
