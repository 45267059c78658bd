import { z } from 'zod';
import { resolveToolsDir, toolsFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';
import { ensureGoTool, printProgress, STRIPE_MOCK, TEMPORAL_CLI } from '../devstack/go-tool.js';
import { startFailureSentence } from '../devstack/start-failure.js';
import { ensureTemporalTestServer, TEMPORAL_TEST_SERVER } from '../devstack/temporal-test-server.js';

// `npm run tools`: builds the pinned Temporal CLI and stripe-mock, and fetches Temporal's
// time-skipping test server, into the tools folder once, where `npm start` and the tests look for them. .ci/run calls it so that a clean checkout has both.
const toolsDir = resolveToolsDir(loadConfig(z.object(toolsFields)));
if (!toolsDir) {
  process.stderr.write('No tools folder: set TOOLS_DIR (or HOME) to say where the tools are kept.\n');
  process.exit(1);
}
try {
  for (const tool of [TEMPORAL_CLI, STRIPE_MOCK]) {
    const file = await ensureGoTool(tool, toolsDir, printProgress);
    process.stdout.write(`${tool.label} ${tool.version}: ${file}\n`);
  }
  const testServer = await ensureTemporalTestServer(toolsDir, printProgress);
  process.stdout.write(`Temporal test server ${TEMPORAL_TEST_SERVER.version}: ${testServer}\n`);
} catch (error) {
  process.stderr.write(`${startFailureSentence(error)}\n`);
  process.exit(1);
}
