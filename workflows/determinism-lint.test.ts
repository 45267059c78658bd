import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The probe text is not a file on disk, so type-aware parsing (and the rules that need it) is off
// here; the determinism rules under test read imports and names only.
const eslint = new ESLint({
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
    },
  ],
});

async function lintAsWorkflow(code: string) {
  const [result] = await eslint.lintText(code, { filePath: 'workflows/probe.ts' });
  return result!.messages.map((m) => m.ruleId);
}

describe('the workflow determinism lint rule', () => {
  it('forbids Node built-ins, I/O packages and the database layer in workflows/', async () => {
    expect(await lintAsWorkflow(`import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n`)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await lintAsWorkflow(`import pg from 'pg';\nexport const x = pg;\n`)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await lintAsWorkflow(`import { createDatabase } from '../db/database.js';\nexport const x = createDatabase;\n`)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('forbids machine randomness, timers and fetch', async () => {
    const rules = await lintAsWorkflow(`export const r = Math.random();\nsetTimeout(() => r, 1);\nexport const f = fetch;\n`);
    expect(rules).toEqual(expect.arrayContaining(['no-restricted-properties', 'no-restricted-globals']));
  });

  it('allows activity types and the workflow API', async () => {
    const code = `import { proxyActivities } from '@temporalio/workflow';\nimport type { ContactActivities } from '../activities/contacts.js';\nexport const a = proxyActivities<ContactActivities>({ startToCloseTimeout: '1 minute' });\n`;
    expect(await lintAsWorkflow(code)).toEqual([]);
  });
});
