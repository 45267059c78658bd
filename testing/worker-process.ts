import { spawn } from 'node:child_process';
import path from 'node:path';

export type WorkerProcess = { crash: () => Promise<void>; stop: () => Promise<void>; /** What it has logged so far, for a failing test to show. */ output: () => string };

/**
 * A real worker entry point as its own process, so a test can kill it like a crashed machine.
 * Resolves once the worker logs `readyMessage` (it has bundled its workflows and is about to poll).
 * It gets only `env`: nothing of the test run's own environment leaks in.
 */
async function startEntryProcess(entry: string, env: Record<string, string>, readyMessage: string): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(entry)], { env: { LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`"msg":"${readyMessage}"`)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`${entry} exited before it was ready:\n${output}`)));
  });
  return {
    output: () => output,
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

/** The call worker (workers/main.ts). */
export function startWorkerProcess(options: { databaseUrl: string; address: string; taskQueue: string }): Promise<WorkerProcess> {
  return startEntryProcess(
    'workers/main.ts',
    { DATABASE_URL: options.databaseUrl, TEMPORAL_ADDRESS: options.address, TEMPORAL_NAMESPACE: 'default', TEMPORAL_TASK_QUEUE: options.taskQueue, OPENAI_API_KEY: '' },
    'worker starting',
  );
}

/** The billing worker (workers/billing-main.ts), its Stripe calls sent to `stripeApiBase`. */
export function startBillingWorkerProcess(options: { databaseUrl: string; address: string; taskQueue: string; stripeApiBase: string }): Promise<WorkerProcess> {
  return startEntryProcess(
    'workers/billing-main.ts',
    {
      DATABASE_URL: options.databaseUrl,
      TEMPORAL_ADDRESS: options.address,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_BILLING_TASK_QUEUE: options.taskQueue,
      STRIPE_SECRET_KEY: 'sk_test_billingworker',
      STRIPE_API_BASE: options.stripeApiBase,
    },
    'billing worker starting',
  );
}

/**
 * The voice bridge (voice/main.ts) on `port`, its agent at `agentUrl` (a fake's), admitting the
 * streams Twilio signs with `authToken` over `publicUrl`.
 */
export function startVoiceBridgeProcess(options: { address: string; port: number; agentUrl: string; authToken: string; publicUrl: string }): Promise<WorkerProcess> {
  return startEntryProcess(
    'voice/main.ts',
    {
      TEMPORAL_ADDRESS: options.address,
      TEMPORAL_NAMESPACE: 'default',
      DEEPGRAM_API_KEY: 'dg-bridge-process-key',
      DEEPGRAM_AGENT_URL: options.agentUrl,
      TWILIO_AUTH_TOKEN: options.authToken,
      VOICE_BRIDGE_URL: options.publicUrl,
      VOICE_HOST: '127.0.0.1',
      VOICE_PORT: String(options.port),
    },
    'voice bridge listening',
  );
}
