/** jest: ts-jest transpiles each file on its own (type checking is `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', verbatimModuleSyntax: false },
      },
    ],
  },
  testTimeout: 60000,
};
