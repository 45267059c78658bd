import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveToolsDir } from '../config/env-fields.js';
import { createLogger } from '../config/logger.js';
import { freePort } from '../devstack/free-port.js';
import { startTemporalDevServer, type RunningTemporal } from '../devstack/temporal-dev-server.js';
import { testConfig } from '../testing/config.js';
import { ensureSearchAttributes } from './ensure-search-attributes.js';
import { ALL_SEARCH_ATTRIBUTES, TENANT_ID } from './search-attributes.js';

// A server that nobody told about our search attributes, as a self-hosted cluster or
// docker-compose's is: the registration must make calls startable there too.

let server: RunningTemporal;
let connection: Connection;
let client: Client;
beforeAll(async () => {
  server = await startTemporalDevServer({
    cliPath: testConfig.TEMPORAL_CLI_PATH,
    toolsDir: resolveToolsDir(testConfig),
    port: await freePort(),
    uiPort: null,
    dbFile: null,
    namespace: 'default',
    logger: createLogger({ name: 'test', level: 'silent' }),
    progress: () => {},
    withSearchAttributes: false,
  });
  connection = await Connection.connect({ address: server.address });
  client = new Client({ connection, namespace: 'default' });
}, 60_000);
afterAll(async () => {
  await connection?.close();
  await server?.stop();
});

const startWithTenant = (id: string) =>
  client.workflow.start('CallWorkflow', { workflowId: id, taskQueue: 'nobody-polls-this', args: [], typedSearchAttributes: [{ key: TENANT_ID, value: 'tenant-1' }] });

describe('search attribute registration', () => {
  it('adds ours to a server that lacks them, after which a call carrying them starts', async () => {
    const refused = await startWithTenant('before-registration').then(
      () => null,
      (error: Error) => error,
    );
    expect(refused, 'the bare server refuses a call carrying TenantId').not.toBeNull();
    expect(`${refused?.message} ${String(refused?.cause)}`).toMatch(/TenantId/);
    await ensureSearchAttributes(client, 'default');
    const listed = await connection.operatorService.listSearchAttributes({ namespace: 'default' });
    expect(Object.keys(listed.customAttributes ?? {})).toEqual(expect.arrayContaining(ALL_SEARCH_ATTRIBUTES.map((key) => key.name)));
    const handle = await startWithTenant('after-registration');
    await handle.terminate('test over');
  });

  it('is safe to repeat, also by two workers at the same moment', async () => {
    await Promise.all([ensureSearchAttributes(client, 'default'), ensureSearchAttributes(client, 'default')]);
    await ensureSearchAttributes(client, 'default');
  });
});
