import { defineConfig } from 'vitest/config'

// Three layers: pure rules (fast), Payload on a temporary SQLite file, and the built server driven in Chromium.
// --conditions=production: see bin/campaign.mjs (Lexical's top-level await on Node 20).
const shared = { environment: 'node' as const, execArgv: ['--conditions=production'] }

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        resolve: { tsconfigPaths: true },
        test: { ...shared, name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        resolve: { tsconfigPaths: true },
        test: {
          ...shared,
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          // *.sqlite.test.ts reach into the SQLite file itself (triggers that fail a save half-way, row counts):
          // they have no MongoDB form, so `npm run test:mongo` leaves them out.
          exclude: process.env.TEST_DATABASE === 'mongodb' ? ['tests/int/**/*.sqlite.test.ts'] : [],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { tsconfigPaths: true },
        test: {
          ...shared,
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // Each file starts its own production server; one at a time keeps the 2-core machine steady.
          fileParallelism: false,
        },
      },
    ],
  },
})
