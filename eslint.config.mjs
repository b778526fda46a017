import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'coverage/',
      '.staging/',
      '.store/',
      'test/workspace/runtime/.deno-cache/',
      // Deno modules the runtime loads in place of jsr ones (setup.mjs), not this project's code.
      'test/workspace/runtime/shims/',
      'test/browser/output/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/unit/**/*.ts'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    // Fakes and assertions on UIKit JSON read loosely typed structures on purpose.
    files: ['test/unit/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@rocket.chat/*'] }],
    },
  },
  {
    // The tooling in plain JavaScript run by Node: the local workspace, the integration and
    // browser tests, .tools. CommonJS (`require`) in .js/.cjs, ES modules in .mjs.
    files: ['**/*.{js,cjs,mjs,jsx}'],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'commonjs',
      globals: { ...globals.node },
    },
    rules: {
      ...js.configs.recommended.rules,
      // CommonJS is these files' module system.
      '@typescript-eslint/no-require-imports': 'off',
      // `const crypto = require('node:crypto')` names the module as Node does its global.
      'no-redeclare': ['error', { builtinGlobals: false }],
      // The typescript-eslint rule reports unused names; `_name` marks one left out on purpose
      // (e.g. a field dropped from a rest copy).
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
  {
    files: ['test/**/*.{js,ts}'],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    // Functions the browser tests hand to `page.evaluate` run in the page.
    files: ['test/browser/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The playground page: ES modules and JSX in the browser.
    files: ['test/workspace/playground/src/**/*.{js,jsx}'],
    languageOptions: {
      sourceType: 'module',
      globals: { ...globals.browser },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
);
