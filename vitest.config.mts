import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests import the workspace packages from source (the '@baton/source' export condition), not dist/.
  resolve: { conditions: ['@baton/source'] },
  ssr: { resolve: { conditions: ['@baton/source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'tools/*/src/**/*.test.ts',
            'tools/scripts/*.test.ts',
          ],
          testTimeout: 30_000,
          // Unit tests first, then the e2e tests, each group with its own number of workers.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Each e2e test copies a prepared Nx workspace and runs real nx and git in it: two cores, two forks.
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'compat',
          include: ['test/compat/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 900_000,
          // One cell at a time: each makes or copies a real workspace and runs nx, npm and git in it.
          pool: 'forks',
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
