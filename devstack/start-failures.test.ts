import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isolatedStartEnv, pathWithout, processesMentioning, runNpm } from '../testing/start-command.js';

// Each way `npm start` can fail before it is ready ends the same way: one sentence saying what
// happened and what to do, a non-zero exit, no stack trace, and nothing of it left running.

const root = fileURLToPath(new URL('..', import.meta.url));
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'funeral-start-failure-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function failedStart(overrides: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const env = await isolatedStartEnv({ DATA_DIR: dataDir, TOOLS_DIR: path.join(dataDir, 'no-tools'), ...overrides });
  const started = runNpm(['start'], { cwd: root, env });
  const code = await started.exited;
  return { code, output: started.output() };
}

function expectOneSentence(result: { code: number | null; output: string }, sentence: string): void {
  expect(result.code, result.output).toBe(1);
  expect(result.output.split(sentence).length - 1, result.output).toBe(1);
  expect(result.output, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(processesMentioning(dataDir)).toEqual([]);
}

describe('npm start that cannot start', () => {
  it('names a port another program holds, and the variable that moves it', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      const result = await failedStart({ API_PORT: String(port) });
      expectOneSentence(result, `Port ${port}, which the API needs, is already in use by another program; stop that program or set API_PORT to a free port.`);
    } finally {
      holder.close();
    }
  });

  it('refuses a second npm start in the same folder while the first runs', async () => {
    // This test process stands in for the first npm start: it is alive and holds the lock.
    await writeFile(path.join(dataDir, 'npm-start.pid'), `${process.pid}\n`);
    const result = await failedStart({});
    expectOneSentence(result, `npm start is already running in this folder (process ${process.pid})`);
  });

  it('says that a database folder was made by a newer PostgreSQL, and what to do about it', async () => {
    await mkdir(path.join(dataDir, 'postgres'), { recursive: true });
    await writeFile(path.join(dataDir, 'postgres', 'PG_VERSION'), '99\n');
    const result = await failedStart({});
    expectOneSentence(result, `was made by PostgreSQL 99, newer than this project's PostgreSQL 18; move that folder aside (or set DATA_DIR to another folder)`);
  });

  it('names a Temporal CLI that does not run, after stopping the Postgres it had started', async () => {
    const broken = path.join(dataDir, 'temporal-broken');
    await writeFile(broken, '#!/bin/sh\necho "not a temporal server" >&2\nexit 3\n');
    await chmod(broken, 0o755);
    const result = await failedStart({ TEMPORAL_CLI_PATH: broken });
    expectOneSentence(result, `The Temporal CLI at ${broken} did not start a server (it exited: not a temporal server); replace it, or delete it`);
  });

  it('names a TEMPORAL_CLI_PATH that points at nothing', async () => {
    const missing = path.join(dataDir, 'nowhere', 'temporal');
    const result = await failedStart({ TEMPORAL_CLI_PATH: missing });
    expectOneSentence(result, `TEMPORAL_CLI_PATH is set to ${missing}, which is not an executable file`);
  });

  it('lists the ways to provide a Temporal CLI when there is none, no Go to build one and no download', async () => {
    const result = await failedStart({ PATH: pathWithout(['go', 'temporal']) });
    expectOneSentence(result, 'No Temporal CLI was found and none could be built (Go is not on PATH) or downloaded; provide one by setting TEMPORAL_CLI_PATH');
    expect(result.output).toContain(path.join(dataDir, 'no-tools', 'temporal-v1.5.1'));
  });
});
