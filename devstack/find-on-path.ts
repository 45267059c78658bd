import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { inheritedEnvironment } from '../config/load-config.js';

export function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first executable file called `name` in PATH, as a shell's `command -v` would find it. */
export function findOnPath(name: string, searchPath = inheritedEnvironment().PATH ?? ''): string | null {
  for (const dir of searchPath.split(path.delimiter)) {
    const candidate = dir ? path.join(dir, name) : null;
    if (candidate && isExecutableFile(candidate)) return candidate;
  }
  return null;
}
