import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * The real worker entry point as its own process, so a test can kill it like a crashed machine.
 * Resolves once the worker has bundled its workflows and is about to poll.
 */
export async function startWorkerProcess(options: { databaseUrl: string; address: string; taskQueue: string }) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('workers/main.ts')], {
    // Only what the worker's configuration reads: nothing of the test run's own environment leaks in.
    env: {
      LOG_LEVEL: 'info',
      DATABASE_URL: options.databaseUrl,
      TEMPORAL_ADDRESS: options.address,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: options.taskQueue,
      OPENAI_API_KEY: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"msg":"worker starting"')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`worker exited before it was ready:\n${output}`)));
  });
  return {
    /** SIGKILL: no shutdown, no cleanup, activities cut off mid-flight. */
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
