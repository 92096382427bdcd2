// Lint: typescript-eslint's recommended rules, no `any`, and the one-way dependency rule
// domain ← i18n ← workbook ← app ← adapters ← taskpane/cli, so a wrong-way import fails the build;
// the `Office` and `Excel` globals exist only in src/adapters/office.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ring = (folder, forbiddenFolders, forbiddenPackages = []) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbiddenFolders.map((f) => ({ group: [`**/${f}`, `**/${f}/**`], message: `src/${folder} must not import from src/${f} (dependencies point inward).` })),
          ...forbiddenPackages.map((p) => ({ group: [p, `${p}/**`], message: `src/${folder} must not depend on ${p}.` })),
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', '*.cjs', '*.mjs', 'webpack.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // CommonJS tooling files that jest loads directly (the esbuild transform).
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Sheet text must never reach the page as markup: React escapes text; these would bypass it.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Never write HTML from strings: render text through React.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never write HTML from strings: render text through React.' },
        { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'document.write is not allowed.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never write HTML from strings: render text through React.' },
      ],
    },
  },
  ring('domain', ['i18n', 'workbook', 'app', 'adapters', 'taskpane', 'cli'], ['exceljs', 'react', 'react-dom', '@fluentui/*', 'node:*', 'jszip']),
  ring('i18n', ['workbook', 'app', 'adapters', 'taskpane', 'cli'], ['exceljs', 'react', 'react-dom', '@fluentui/*', 'node:*', 'jszip']),
  ring('workbook', ['app', 'adapters', 'taskpane', 'cli'], ['exceljs', 'react', 'react-dom', '@fluentui/*', 'node:*']),
  ring('app', ['adapters', 'taskpane', 'cli'], ['exceljs', 'react', 'react-dom', '@fluentui/*', 'node:*']),
  ring('adapters', ['taskpane', 'cli'], ['react', 'react-dom', '@fluentui/*']),
  ring('taskpane', ['cli']),
  ring('cli', ['taskpane', 'adapters/office'], ['react', 'react-dom', '@fluentui/*']),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/adapters/office/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'office.js is reached only through src/adapters/office.' },
        { name: 'Excel', message: 'office.js is reached only through src/adapters/office.' },
      ],
    },
  },
);
