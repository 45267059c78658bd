import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

// The one test command: static checks, then every vitest project (unit, integration on real
// Postgres and Temporal, browser in Chromium), ending with a single summary line.

type Step = { name: string; command: string; args: string[] };

const bin = (name: string) => path.resolve('node_modules/.bin', name);
const checks: Step[] = [
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'web typecheck', command: 'sh', args: ['-c', `cd web && ${bin('svelte-kit')} sync && ${bin('svelte-check')} --tsconfig ./tsconfig.json --threshold error --output machine`] },
  { name: 'lint', command: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  { name: 'database types match migrations', command: bin('tsx'), args: ['scripts/db-codegen.ts', '--verify'] },
];

function run(step: Step): boolean {
  const started = performance.now();
  process.stdout.write(`\n▶ ${step.name}\n`);
  const result = spawnSync(step.command, step.args, { stdio: 'inherit' });
  const ok = result.status === 0;
  process.stdout.write(`${ok ? '✔' : '✘'} ${step.name} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  return ok;
}

process.stdout.write(`Node.js ${process.version}\n`);
const failedChecks = checks.filter((step) => !run(step)).map((step) => step.name);

const reportFile = path.resolve('.data/test-report.json');
mkdirSync(path.dirname(reportFile), { recursive: true });
rmSync(reportFile, { force: true });
run({
  name: 'tests (unit, integration, browser)',
  command: bin('vitest'),
  args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...process.argv.slice(2)],
});

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: Array<{ status: string; message: string; name: string }>;
  };
  passed = report.numPassedTests;
  // A file that failed to load counts as a failure even though no test in it ran.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.message).length;
  failed = report.numFailedTests + report.numPendingTests + report.numTodoTests + brokenFiles;
} catch {
  failed += 1;
  process.stdout.write('✘ vitest wrote no report\n');
}

passed += checks.length - failedChecks.length;
failed += failedChecks.length;
if (failedChecks.length > 0) process.stdout.write(`\nFailed checks: ${failedChecks.join(', ')}\n`);
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
