/**
 * jest with jest-light-runner: each worker is one plain Node.js process that runs test file after test
 * file, TypeScript loaded by tsx (`node --import tsx`, see package.json) — ExcelJS, zod and the core are
 * loaded and compiled once per worker instead of once per file, which takes the suite from ~200 s to
 * ~120 s on two cores. What that gives up: jest's per-file sandbox (module state is shared between the
 * files of a worker: the source keeps none but pure caches) and jest's own time limits (given back by
 * test/setup/timeouts.ts). `npm run test:isolated` runs the same tests under jest's own runner, one
 * sandbox per file, with the esbuild transform below. test/setup/runner.mjs is the light runner with its
 * start-up handshake mended (a second worker could wait for ever for its settings).
 */
module.exports = {
  runner: '<rootDir>/test/setup/runner.mjs',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/timeouts.ts'],
  transform: { '^.+\\.tsx?$': '<rootDir>/scripts/jest-esbuild.cjs' },
  testTimeout: 60000,
};
