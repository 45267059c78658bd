import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareScenario } from '../simulation/scenarios/compare-scenario.js';
import { runScenario } from '../simulation/scenarios/run-scenario.js';
import { listScenarioFiles, readScenario } from '../simulation/scenarios/scenario-file.js';
import { OWN_SCENARIOS, scenarioDirs } from '../testing/scenario-dirs.js';
import { startWorkerHarness } from '../testing/worker-harness.js';

// Every call scenario, ours and the shared acceptance set, through the real call workflow on the
// real Temporal server and Postgres, checked against what the database holds afterwards.
const files = listScenarioFiles(scenarioDirs());

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness();
});
afterAll(() => harness.stop());

describe('call scenarios', () => {
  it('finds the scenarios', () => {
    expect(files.filter((file) => file.startsWith(OWN_SCENARIOS)).length).toBeGreaterThanOrEqual(14);
  });

  it.each(files.map((file) => [path.basename(file), file]))('%s', async (_name, file) => {
    const scenario = readScenario(file);
    const transcript: string[] = [];
    const result = await runScenario({ ...harness, file, scenario, onTurn: (turn) => transcript.push(`${turn.role}: ${turn.text}`) });
    expect(compareScenario(result, scenario.expect), transcript.join('\n')).toEqual([]);
  });
});
