import { defineConfig } from 'vitest/config';

// Unit tests need nothing running; integration tests share one real Postgres and one real Temporal
// dev server started by the global setup; browser tests start the whole system themselves.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['domain/**/*.test.ts', 'simulation/**/*.test.ts', 'config/**/*.test.ts', 'workflows/determinism-lint.test.ts', 'workflows/call-state.test.ts', 'scripts/docker-compose.test.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['api/**/*.test.ts', 'db/**/*.test.ts', 'devstack/**/*.test.ts', 'activities/**/*.test.ts', 'workflows/**/*.test.ts', 'workers/**/*.test.ts', 'voice/**/*.test.ts', 'temporal/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['workflows/determinism-lint.test.ts', 'workflows/call-state.test.ts', 'scripts/docker-compose.test.ts', '**/node_modules/**'],
          globalSetup: ['testing/global-setup.ts'],
          env: { TZ: 'UTC' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          env: { TZ: 'UTC' },
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
