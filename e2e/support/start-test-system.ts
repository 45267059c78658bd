import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveToolsDir } from '../../config/env-fields.js';
import { createLogger } from '../../config/logger.js';
import { systemConfigSchema } from '../../devstack/system-config.js';
import { freePort } from '../../devstack/free-port.js';
import { startSystem, type RunningSystem } from '../../devstack/system.js';
import { startFakeOidcProvider, type FakeOidcProvider } from '../../testing/fakes/oidc-provider.js';
import { testConfig } from '../../testing/config.js';

/**
 * The whole product as `npm start` runs it, but on free ports with throwaway data, so a browser
 * test never meets a developer's running system or their `.env` ports.
 */
export type TestSystem = RunningSystem & { oidc: FakeOidcProvider };

/** Google sign-in is on, against a real OpenID provider on 127.0.0.1 that the test controls. */
export async function startTestSystem(): Promise<TestSystem> {
  const dataDir = await mkdtemp(path.join(testConfig.TEST_DATA_DIR ?? os.tmpdir(), 'funeral-e2e-'));
  const [postgresPort, temporalPort, temporalUiPort, apiPort, webPort] = await distinctFreePorts(5);
  const config = systemConfigSchema.parse({
    LOG_LEVEL: testConfig.LOG_LEVEL,
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: postgresPort,
    TEMPORAL_CLI_PATH: testConfig.TEMPORAL_CLI_PATH,
    TOOLS_DIR: resolveToolsDir(testConfig),
    TEMPORAL_DEV_PORT: temporalPort,
    TEMPORAL_UI_PORT: temporalUiPort,
    API_HOST: '127.0.0.1',
    API_PORT: apiPort,
    WEB_HOST: '127.0.0.1',
    WEB_PORT: webPort,
  });
  const logger = createLogger({ name: 'e2e-system', level: config.LOG_LEVEL });
  const oidc = await startFakeOidcProvider({ redirectUris: [`http://127.0.0.1:${webPort}/api/auth/oidc/google/callback`] });
  const removeData = async () => {
    await oidc.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  let system: RunningSystem;
  try {
    system = await startSystem(config, logger, {
      persistent: false,
      apiEnv: { OIDC_GOOGLE_ISSUER: oidc.issuer, OIDC_GOOGLE_CLIENT_ID: oidc.clientId, OIDC_GOOGLE_CLIENT_SECRET: oidc.clientSecret },
    });
  } catch (error) {
    await removeData();
    throw error;
  }
  return {
    ...system,
    oidc,
    stop: async () => {
      await system.stop();
      await removeData();
    },
  };
}

// The OS may hand out a port it has just returned again; five services cannot share one.
async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}
