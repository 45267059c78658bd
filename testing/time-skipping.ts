import { TestWorkflowEnvironment } from '@temporalio/testing';
import { freePort } from '../devstack/free-port.js';
import { startTemporalTestServer } from '../devstack/temporal-test-server.js';

type CreateOptions = { server: { type: 'existing' }; address: string; namespace: string; supportsTimeSkipping: true };

/**
 * A time-skipping environment on a test server of our own starting. The SDK can start one too, but
 * gives the JVM only five seconds, which a busy two-core machine does not always manage; so the
 * server is started here with a longer wait, and the environment is built on it through the SDK's
 * own constructor (private in its typings) with time skipping on.
 */
export async function startTimeSkipping(launcher: string): Promise<{ env: TestWorkflowEnvironment; stop: () => Promise<void> }> {
  const server = await startTemporalTestServer(launcher, await freePort());
  const create = Reflect.get(TestWorkflowEnvironment, 'create') as (options: CreateOptions) => Promise<TestWorkflowEnvironment>;
  const env = await create.call(TestWorkflowEnvironment, { server: { type: 'existing' }, address: server.address, namespace: 'default', supportsTimeSkipping: true });
  // The server starts with its clock free to run ahead; as under the SDK's own start, time moves
  // only while a test awaits a result or sleeps.
  await env.connection.testService!.lockTimeSkipping({});
  return {
    env,
    async stop() {
      await env.teardown();
      await server.stop();
    },
  };
}
