import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openaiFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';
import { createLogger } from '../config/logger.js';
import { startCallRuntime } from '../simulation/scenarios/call-runtime.js';
import { runScenario } from '../simulation/scenarios/run-scenario.js';
import { listScenarioFiles, readScenario } from '../simulation/scenarios/scenario-file.js';
import { systemConfigSchema } from '../devstack/system-config.js';
import { followUpWorkflowId } from '../workflows/follow-up-messages.js';

// `npm run histories:record -- <scenario files or folders>`: runs the calls and stores the event
// histories of their call and follow-up workflows under workflows/histories/. The replay test
// replays them against the current workflow code, so a change that would break calls already
// running fails a test. Record again only for a deliberate, versioned change.

const HISTORIES_DIR = path.resolve('workflows/histories');
const config = loadConfig(systemConfigSchema.extend(openaiFields));
const logger = createLogger({ name: 'record-histories', level: config.LOG_LEVEL, format: config.LOG_FORMAT, stderr: true });
const files = listScenarioFiles(process.argv.slice(2));
if (files.length === 0) {
  process.stderr.write('usage: npm run histories:record -- <scenario.json | folder>...\n');
  process.exit(64);
}

const runtime = await startCallRuntime(config, logger);
try {
  await rm(HISTORIES_DIR, { recursive: true, force: true });
  await mkdir(HISTORIES_DIR, { recursive: true });
  for (const file of files) {
    const result = await runScenario({ ...runtime, file, scenario: readScenario(file) });
    const name = path.basename(file, '.json');
    for (const [suffix, workflowId] of [['call', result.workflow_id], ['follow-up', followUpWorkflowId(result.workflow_id)]] as const) {
      const handle = runtime.temporal.workflow.getHandle(workflowId);
      const exists = await handle.describe().then(() => true, () => false);
      if (!exists) continue;
      const history = await handle.fetchHistory();
      // The workflow id is not in the history itself, and replay needs it: the code derives ids from it.
      await writeFile(path.join(HISTORIES_DIR, `${name}.${suffix}.json`), JSON.stringify({ workflowId, history }));
      process.stderr.write(`recorded ${name}.${suffix}.json (${history.events?.length ?? 0} events)\n`);
    }
  }
} finally {
  await runtime.stop();
}
