/** jest: esbuild transpiles each file on its own (type checking is `npm run check`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': '<rootDir>/scripts/jest-esbuild.cjs' },
  testTimeout: 60000,
};
