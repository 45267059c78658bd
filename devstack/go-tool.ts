import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../domain/app-error.js';
import { findOnPath, isExecutableFile } from './find-on-path.js';
import { runToEnd } from './run-to-end.js';
import { inheritedEnvironment } from '../config/load-config.js';

/** A Go program the local stack needs, pinned to one version and cached as `<name>-<version>`. */
export type GoTool = { name: string; label: string; module: string; version: string };

export const TEMPORAL_CLI: GoTool = {
  name: 'temporal',
  label: 'the Temporal CLI',
  module: 'github.com/temporalio/cli/cmd/temporal',
  // The newest tag `go install` accepts: from v1.6.0 its go.mod has a `replace` directive.
  version: 'v1.5.1',
};

export const STRIPE_MOCK: GoTool = {
  name: 'stripe-mock',
  label: 'stripe-mock',
  module: 'github.com/stripe/stripe-mock',
  version: 'v0.203.0',
};

export const cachedToolPath = (toolsDir: string, tool: GoTool): string => path.resolve(toolsDir, `${tool.name}-${tool.version}`);

/** The newest cached `<name>-<version>`; versions compare by number, so v1.10.0 beats v1.9.2. */
export function newestCachedTool(toolsDir: string, tool: GoTool): string | null {
  let names: string[];
  try {
    names = readdirSync(toolsDir).filter((name) => name.startsWith(`${tool.name}-v`));
  } catch {
    return null;
  }
  const runnable = names.map((name) => path.resolve(toolsDir, name)).filter(isExecutableFile);
  runnable.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  return runnable[0] ?? null;
}

export type Progress = (line: string) => void;

/** Progress for a person at a terminal, on standard error so that stdout stays a command's output. */
export const printProgress: Progress = (line) => process.stderr.write(`${line}\n`);

/** The pinned version from the tools folder, built there first if it is not cached yet. */
export async function ensureGoTool(tool: GoTool, toolsDir: string, progress: Progress): Promise<string> {
  const cached = cachedToolPath(toolsDir, tool);
  return isExecutableFile(cached) ? cached : buildGoTool(tool, toolsDir, progress);
}

/** How often a running build says it is still alive, so it never looks hung. */
const PROGRESS_EVERY_MS = 10_000;

/**
 * Builds the pinned version with `go install` into the tools folder, once: later starts find the
 * cached binary. The binary is built in a temporary folder and renamed into place, so two builds at
 * once, or one interrupted, never leave a half-written tool behind.
 */
export async function buildGoTool(tool: GoTool, toolsDir: string, progress: Progress): Promise<string> {
  const go = findOnPath('go');
  if (!go) {
    throw new AppError('dependency_unavailable', `${tool.label} ${tool.version} is not installed and Go is not on PATH to build it.`);
  }
  await mkdir(toolsDir, { recursive: true });
  const target = cachedToolPath(toolsDir, tool);
  const buildDir = await mkdtemp(path.join(toolsDir, `.build-${tool.name}-`));
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  progress(`Building ${tool.label} ${tool.version} with go install into ${toolsDir}. This happens once; later runs reuse it (the Temporal CLI takes a few minutes).`);
  const ticker = setInterval(() => progress(`  still building ${tool.label}… ${seconds()} s`), PROGRESS_EVERY_MS);
  try {
    const output = await runToEnd(go, ['install', `${tool.module}@${tool.version}`], { env: inheritedEnvironment({ GOBIN: buildDir, GOFLAGS: '-mod=mod' }) });
    if (output.code !== 0) {
      const reason = lastLines(output.output, 3) || `go exited with code ${output.code}`;
      throw new AppError('dependency_unavailable', `Building ${tool.label} ${tool.version} with go install failed: ${reason}`);
    }
    await rename(path.join(buildDir, tool.name), target);
    progress(`  built ${tool.label} ${tool.version} in ${seconds()} s: ${target}`);
    return target;
  } finally {
    clearInterval(ticker);
    await rm(buildDir, { recursive: true, force: true });
  }
}

const lastLines = (text: string, count: number): string =>
  text
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('go: downloading'))
    .slice(-count)
    .join(' ')
    .trim();
