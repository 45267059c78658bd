import path from 'node:path';
import { openaiFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';
import { createLogger } from '../config/logger.js';
import type { CallTurn } from '../domain/extraction/call-turn.js';
import { startCallRuntime } from '../simulation/scenarios/call-runtime.js';
import { compareScenario } from '../simulation/scenarios/compare-scenario.js';
import { runScenario, type ScenarioResult } from '../simulation/scenarios/run-scenario.js';
import { listScenarioFiles, readScenario } from '../simulation/scenarios/scenario-file.js';
import { startFailureSentence } from '../devstack/start-failure.js';
import { systemConfigSchema } from '../devstack/system-config.js';

// `npm run call -- [--json] <file-or-folder>...`: replays call scenarios through the real call
// workflow. Prints the conversation and whether each call ended as its `expect` says; with --json,
// only one JSON object per scenario on stdout (progress and logs go to stderr).

const args = process.argv.slice(2);
const json = args.includes('--json');
const targets = args.filter((arg) => arg !== '--json');
if (targets.length === 0) {
  process.stderr.write('usage: npm run call -- [--json] <scenario.json | folder>...\n');
  process.exit(64);
}

const config = loadConfig(systemConfigSchema.extend(openaiFields));
const logger = createLogger({ name: 'call', level: json ? 'warn' : config.LOG_LEVEL, format: config.LOG_FORMAT, stderr: true });
const files = listScenarioFiles(targets);
const scenarios = files.map((file) => ({ file, scenario: readScenario(file) }));

const say = (text: string) => process.stdout.write(`${text}\n`);
const progress = (text: string) => process.stderr.write(`${text}\n`);
const printTurn = (turn: CallTurn) => say(`  ${turn.role === 'agent' ? 'Agent ' : 'Caller'}  ${turn.text}`);

function describe(result: ScenarioResult): string {
  const booking = result.booking ? `booked ${result.booking.service} ${result.booking.start} (${result.booking.confirmation})` : 'nothing booked';
  const contact = result.contact ? `contact ${result.contact.name ?? '(no name)'} ${result.contact.phone ?? ''}`.trim() : 'no contact';
  return [booking, contact, result.urgent ? 'URGENT' : null, result.workflow_id].filter(Boolean).join(' · ');
}

progress(`Starting Postgres, Temporal and a worker for ${scenarios.length} call(s)…`);
let runtime: Awaited<ReturnType<typeof startCallRuntime>>;
try {
  runtime = await startCallRuntime(config, logger);
} catch (error) {
  logger.debug({ err: error }, 'start failed');
  progress(startFailureSentence(error));
  process.exit(1);
}
let different = 0;
try {
  for (const [index, { file, scenario }] of scenarios.entries()) {
    if (json) progress(`[${index + 1}/${scenarios.length}] ${path.basename(file)}`);
    else say(`\n── ${path.basename(file)}: ${scenario.name}`);
    const result = await runScenario({ ...runtime, file, scenario, ...(json ? {} : { onTurn: printTurn }) });
    const differences = compareScenario(result, scenario.expect);
    if (differences.length > 0) different += 1;
    if (json) {
      say(JSON.stringify(result));
      continue;
    }
    say(`  ${differences.length === 0 ? '✔' : '✘'} ${describe(result)}`);
    for (const difference of differences) say(`    ✘ ${difference}`);
  }
} finally {
  await runtime.stop();
}
progress(`\n${scenarios.length} call(s): ${scenarios.length - different} as expected, ${different} different.`);
process.exit(different === 0 ? 0 : 1);
