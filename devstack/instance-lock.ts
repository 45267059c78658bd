import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/app-error.js';

export type InstanceLock = { release: () => void };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, which still means it is running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One `npm start` per data folder: a second one would fight the first over its Postgres cluster and
 * ports. The lock is a file holding the owner's process id; one left by a process that has died is
 * taken over.
 */
export function acquireInstanceLock(dataDir: string): InstanceLock {
  const file = path.resolve(dataDir, 'npm-start.pid');
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return {
        release: () => {
          if (readOwner(file) === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (owner !== null && owner !== process.pid && isRunning(owner)) {
        throw new AppError(
          'conflict',
          `npm start is already running in this folder (process ${owner}); use that one, or stop it with Ctrl-C in its terminal before starting again.`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new AppError('conflict', `Could not take the start lock ${file}; another npm start is starting at this very moment.`);
}

function readOwner(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
