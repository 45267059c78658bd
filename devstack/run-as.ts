import { execFileSync, spawnSync } from 'node:child_process';
import { AppError } from '../domain/app-error.js';

/** The account a server runs as when we are root (PostgreSQL refuses to run as root). */
export type RunAs = { user: string; uid: number; gid: number };

function lookup(user: string): RunAs | null {
  try {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { user, uid, gid };
  } catch {
    return null;
  }
}

/** Null when we are not root; otherwise the `postgres` account, created as a system user if missing. */
export function postgresAccount(): RunAs | null {
  if (process.getuid?.() !== 0) return null;
  const existing = lookup('postgres');
  if (existing) return existing;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  } catch (error) {
    throw new AppError('dependency_unavailable', 'PostgreSQL cannot run as root and the postgres user could not be created (useradd failed). Create a postgres user, or run as an ordinary user.', { cause: error });
  }
  const created = lookup('postgres');
  if (!created) throw new AppError('dependency_unavailable', 'The postgres user was created but cannot be found. Create a postgres user, or run as an ordinary user.');
  return created;
}

/** Whether that account can read-and-enter ('x') or write ('w') a path, asked of the kernel itself. */
export function canReach(account: RunAs, file: string, access: 'x' | 'w'): boolean {
  return spawnSync('test', [`-${access}`, file], { uid: account.uid, gid: account.gid, stdio: 'ignore' }).status === 0;
}
