import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../config/logger.js';

export const WEB_ENTRY = path.resolve('web/build/index.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the staff UI when there is no build yet or a source file is newer than it. */
export function buildWebIfStale(logger: Logger): void {
  const sources = [path.resolve('web/src'), path.resolve('web/vite.config.ts'), path.resolve('web/package.json')];
  const built = existsSync(WEB_ENTRY) ? statSync(WEB_ENTRY).mtimeMs : 0;
  const newestSource = Math.max(...sources.filter(existsSync).map((p) => (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)));
  if (built > newestSource) return;
  logger.info('building the staff UI (vite build)');
  execFileSync(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: path.resolve('web') });
}
