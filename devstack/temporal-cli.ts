import path from 'node:path';
import { AppError } from '../domain/app-error.js';
import { findOnPath, isExecutableFile } from './find-on-path.js';
import { buildGoTool, cachedToolPath, newestCachedTool, TEMPORAL_CLI, type Progress } from './go-tool.js';

export type TemporalExecutable = { type: 'existing-path'; path: string } | { type: 'cached-download'; downloadDir: string };

/**
 * Where the Temporal CLI comes from, in this order: TEMPORAL_CLI_PATH; `temporal` on PATH; the
 * newest `temporal-<version>` in the tools folder; a build of the pinned version with `go install`
 * into that folder; and last the SDK's own download, which needs the internet.
 */
export async function resolveTemporalCli(options: {
  cliPath: string | undefined;
  toolsDir: string | undefined;
  downloadDir: string;
  progress: Progress;
}): Promise<TemporalExecutable> {
  if (options.cliPath) {
    const file = path.resolve(options.cliPath);
    if (!isExecutableFile(file)) {
      throw new AppError('invalid_config', `TEMPORAL_CLI_PATH is set to ${file}, which is not an executable file; point it at a Temporal CLI binary, or unset it.`);
    }
    return { type: 'existing-path', path: file };
  }
  const found = findOnPath('temporal') ?? (options.toolsDir ? newestCachedTool(options.toolsDir, TEMPORAL_CLI) : null);
  if (found) return { type: 'existing-path', path: found };
  if (options.toolsDir && findOnPath('go')) {
    return { type: 'existing-path', path: await buildGoTool(TEMPORAL_CLI, options.toolsDir, options.progress) };
  }
  return { type: 'cached-download', downloadDir: path.resolve(options.downloadDir) };
}

/** The one sentence for a machine where no Temporal CLI can be found, built or downloaded. */
export function noTemporalCli(toolsDir: string | undefined): AppError {
  const cached = toolsDir ? cachedToolPath(toolsDir, TEMPORAL_CLI) : `temporal-${TEMPORAL_CLI.version} in the tools folder (TOOLS_DIR)`;
  return new AppError(
    'dependency_unavailable',
    `No Temporal CLI was found and none could be built (Go is not on PATH) or downloaded; provide one by setting TEMPORAL_CLI_PATH to a temporal binary, by putting temporal on PATH, by placing it at ${cached}, or by installing Go 1.25 or newer so that it is built on the next start.`,
  );
}
