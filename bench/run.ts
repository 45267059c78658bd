import { openaiFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';
import { createLogger } from '../config/logger.js';
import { systemConfigSchema } from '../devstack/system-config.js';
import { availabilityBench } from './availability.js';
import { concurrentCallsBench } from './concurrent-calls.js';
import { invoicingBench } from './invoicing.js';
import type { Bench } from './support/bench.js';
import { parseBenchOptions, usage, type BenchOptions } from './support/bench-options.js';
import { closingTable } from './support/closing-table.js';
import type { Figure } from './support/figure.js';
import { formatMs } from './support/format.js';
import { sharedRuntime } from './support/shared-runtime.js';
import { now, since } from './support/stopwatch.js';
import { updateRoundTripBench } from './update-round-trip.js';
import { workerCrashBench } from './worker-crash.js';
import { workspaceLoadBench } from './workspace-load.js';

// `npm run bench -- [name]... [--calls N] …`: runs the benches (all, or those named) and prints
// their figures on stdout, then one table of every figure against its target. A missed target is
// reported, never turned into a failing exit code: these are measurements, not tests.

const BENCHES: Bench[] = [updateRoundTripBench, concurrentCallsBench, availabilityBench, workerCrashBench, workspaceLoadBench, invoicingBench];

const print = (line: string) => process.stdout.write(`${line}\n`);
const USAGE = usage(BENCHES.map((bench) => bench.name));

function chosenBenches(names: readonly string[]): Bench[] {
  const unknown = names.filter((name) => !BENCHES.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`unknown bench ${unknown.join(', ')}\n${USAGE}\n`);
    process.exit(64);
  }
  return names.length === 0 ? BENCHES : BENCHES.filter((bench) => names.includes(bench.name));
}

function readOptions(): BenchOptions {
  try {
    return parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(64);
  }
}

const options = readOptions();
const benches = chosenBenches(options.only);
const config = loadConfig(systemConfigSchema.extend(openaiFields));
const logger = createLogger({ name: 'bench', level: config.LOG_LEVEL, format: config.LOG_FORMAT, stderr: true });
const runtime = sharedRuntime(config, logger);

print(`Benchmarks ${new Date().toISOString()} · ${benches.map((bench) => bench.name).join(', ')}`);
print(`caller-details extractor: ${config.OPENAI_API_KEY ? `OpenAI ${config.OPENAI_MODEL}` : 'offline (no OPENAI_API_KEY)'}`);
const figures: Figure[] = [];
try {
  for (const bench of benches) {
    print(`\n== ${bench.name}: ${bench.title}`);
    const started = now();
    figures.push(...(await bench.run({ options, logger, runtime: runtime.get, print })));
    print(`(${bench.name} took ${formatMs(since(started))})`);
  }
} finally {
  await runtime.stop();
}
print('\n== Summary');
for (const line of closingTable(figures)) print(line);
