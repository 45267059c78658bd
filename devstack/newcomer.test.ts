import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveToolsDir } from '../config/env-fields.js';
import { testConfig } from '../testing/config.js';
import { isolatedStartEnv, pathWithout, processesMentioning, runNpm } from '../testing/start-command.js';
import { cachedToolPath, newestCachedTool, TEMPORAL_CLI } from './go-tool.js';

// The README's first command, as someone new runs it: a fresh copy of the project in a folder only
// its owner may enter (as root, the postgres user cannot), an empty tools folder, no Temporal CLI
// anywhere, and Go on PATH. A stand-in `go` records how it was asked and drops a real Temporal CLI
// where `go install` would, so the test does not spend minutes compiling Temporal.

const root = fileURLToPath(new URL('..', import.meta.url));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function realTemporalCli(): string {
  const toolsDir = resolveToolsDir(testConfig);
  const found = testConfig.TEMPORAL_CLI_PATH ?? (toolsDir ? newestCachedTool(toolsDir, TEMPORAL_CLI) : null);
  if (!found) throw new Error('this test needs a built Temporal CLI to stand in for go install: run `npm run tools` first');
  return found;
}

/** The project's files as a clone of this working tree has them (tracked and new, not ignored). */
async function copyProject(target: string): Promise<void> {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(root, file))) continue;
    await mkdir(path.dirname(path.join(target, file)), { recursive: true });
    await copyFile(path.join(root, file), path.join(target, file));
    if (file === '.ci/run') await chmod(path.join(target, file), 0o755);
  }
  // npm install with a warm cache, minus the minutes of unpacking: the same packages, hard-linked.
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(target, 'node_modules')]);
}

async function fakeGo(dir: string, log: string, binary: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const script = [
    '#!/bin/sh',
    `echo "$@" >> '${log}'`,
    '[ "$1" = install ] || exit 2',
    'name=$(basename "${2%@*}")',
    'sleep 1',
    `cp '${binary}' "$GOBIN/$name"`,
  ].join('\n');
  await writeFile(path.join(dir, 'go'), `${script}\n`, { mode: 0o755 });
}

describe('a newcomer on a fresh machine', () => {
  it('gets the whole system from npm install && npm start, the Temporal CLI built on the way, and Ctrl-C leaves nothing running', async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'funeral-newcomer-'));
    cleanups.push(() => rm(base, { recursive: true, force: true }));
    const clone = path.join(base, 'clone');
    const toolsDir = path.join(base, 'tools');
    const goLog = path.join(base, 'go-invocations.log');
    await copyProject(clone);
    await fakeGo(path.join(base, 'fake-bin'), goLog, realTemporalCli());

    const env = await isolatedStartEnv({
      TOOLS_DIR: toolsDir,
      PATH: [path.join(base, 'fake-bin'), pathWithout(['go', 'temporal'])].join(path.delimiter),
    });
    const install = runNpm(['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: clone, env });
    expect(await install.exited, install.output()).toBe(0);

    const start = runNpm(['start'], { cwd: clone, env });
    let relocated: string | null = null;
    cleanups.push(async () => {
      await start.interrupt();
      if (relocated) await rm(path.dirname(relocated), { recursive: true, force: true });
    });
    const output = await start.waitFor('Press Ctrl-C to stop everything.', 240_000);
    relocated = /\(data in (\S+): the postgres user cannot enter this folder\)/.exec(output)?.[1] ?? null;

    expect(output).toContain(`Building the Temporal CLI ${TEMPORAL_CLI.version} with go install into ${toolsDir}. This happens once`);
    expect(readFileSync(goLog, 'utf8').trim()).toBe(`install ${TEMPORAL_CLI.module}@${TEMPORAL_CLI.version}`);
    expect(existsSync(cachedToolPath(toolsDir, TEMPORAL_CLI))).toBe(true);
    const health = await fetch(`http://127.0.0.1:${env.API_PORT}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    if (process.getuid?.() === 0) expect(relocated, 'as root the data lives where the postgres user can reach it').not.toBeNull();

    // npm itself ends on the signal, as in a terminal; the launcher stops everything, then says so.
    await start.interrupt();
    expect(start.output()).toContain('Stopped.');
    expect(processesMentioning(base)).toEqual([]);
    if (relocated) expect(processesMentioning(relocated)).toEqual([]);
  }, 300_000);
});
