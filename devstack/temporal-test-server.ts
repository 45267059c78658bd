import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/app-error.js';
import { inheritedEnvironment } from '../config/load-config.js';
import { findOnPath } from './find-on-path.js';
import type { Progress } from './go-tool.js';
import { runToEnd } from './run-to-end.js';

/**
 * Temporal's time-skipping test server: the Java SDK's `temporal-test-server`, fetched from Maven
 * Central with Maven (the SDK's own download of it needs temporal.download, which is not reachable
 * everywhere). Workflow tests with long timers (a hold that expires after ten minutes, a silence
 * after thirty, a reminder a day ahead) run on it and skip the waiting instead of racing a clock.
 */
export const TEMPORAL_TEST_SERVER = { name: 'temporal-test-server', version: '1.38.0', coordinates: 'io.temporal:temporal-test-server' } as const;

const MAIN_CLASS = 'io.temporal.testserver.TestServer';

const folderOf = (toolsDir: string) => path.resolve(toolsDir, `${TEMPORAL_TEST_SERVER.name}-${TEMPORAL_TEST_SERVER.version}`);

/**
 * The path of an executable that starts the test server (`<port> --enable-time-skipping`, as the
 * TypeScript SDK calls it), installed into the tools folder first if it is not there yet.
 */
export async function ensureTemporalTestServer(toolsDir: string, progress: Progress): Promise<string> {
  const folder = folderOf(toolsDir);
  const launcher = path.join(folder, 'run');
  if (existsSync(launcher)) return launcher;
  const java = findOnPath('java');
  const mvn = findOnPath('mvn');
  if (!java || !mvn) {
    throw new AppError('dependency_unavailable', `The Temporal test server ${TEMPORAL_TEST_SERVER.version} is not installed, and ${java ? 'Maven (mvn)' : 'Java'} is not on PATH to fetch and run it.`);
  }
  await mkdir(toolsDir, { recursive: true });
  const work = await mkdtemp(path.join(toolsDir, `.fetch-${TEMPORAL_TEST_SERVER.name}-`));
  const started = Date.now();
  progress(`Fetching the Temporal test server ${TEMPORAL_TEST_SERVER.version} from Maven Central into ${toolsDir}. This happens once.`);
  try {
    const [groupId, artifactId] = TEMPORAL_TEST_SERVER.coordinates.split(':');
    await writeFile(
      path.join(work, 'pom.xml'),
      `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>local</groupId><artifactId>fetch-test-server</artifactId><version>1</version>
<dependencies><dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${TEMPORAL_TEST_SERVER.version}</version></dependency></dependencies>
</project>\n`,
    );
    const lib = path.join(work, 'fetched', 'lib');
    const output = await runToEnd(mvn, ['-q', '-B', '-f', path.join(work, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`], { env: inheritedEnvironment() });
    if (output.code !== 0 || (await readdir(lib).catch(() => [])).length === 0) {
      const reason = output.output.trim().split('\n').slice(-3).join(' ') || `mvn exited with code ${output.code}`;
      throw new AppError('dependency_unavailable', `Fetching the Temporal test server with Maven failed: ${reason}`);
    }
    // The classpath is the folder's jars, found next to the launcher wherever the folder lives.
    await writeFile(path.join(work, 'fetched', 'run'), `#!/bin/sh\nexec "${java}" -cp "$(dirname "$0")/lib/*" ${MAIN_CLASS} "$@"\n`);
    await chmod(path.join(work, 'fetched', 'run'), 0o755);
    await rename(path.join(work, 'fetched'), folder);
    progress(`  fetched the Temporal test server in ${Math.round((Date.now() - started) / 1000)} s: ${folder}`);
    return launcher;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The JVM takes a few seconds to start, more on a busy machine than the SDK's own five-second wait. */
const START_TIMEOUT_MS = 60_000;

export type RunningTestServer = { address: string; stop: () => Promise<void> };

/** Starts the time-skipping test server on `port` and waits until it takes connections. */
export async function startTemporalTestServer(launcher: string, port: number): Promise<RunningTestServer> {
  const child = spawn(launcher, [String(port), '--enable-time-skipping'], { stdio: ['ignore', 'ignore', 'pipe'], env: inheritedEnvironment() });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new AppError('dependency_unavailable', `The Temporal test server did not start on port ${port}: ${output.trim().split('\n').slice(-2).join(' ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { address: `127.0.0.1:${port}`, stop };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
