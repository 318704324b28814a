// ESLint for the whole repository: `npm run lint` checks, `npm run format` fixes what can be fixed.
// Layout is Prettier's (.prettierrc.json); the only layout rule here is the line length, for the
// comments and strings Prettier cannot break. Dead exports are knip's job (knip.json).
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import * as espree from 'espree';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import prettierConfig from './.prettierrc.json' with { type: 'json' };

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'test-artifacts/', '.sandbox/', 'package-*.zip'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/max-len': [
        'error',
        { code: prettierConfig.printWidth, tabWidth: 2, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
      // A `_`-prefixed name is unused on purpose (a parameter kept for its position, a key left out of a rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The product: the library runs in a Workers-style isolate and the views in a browser.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^node:', message: 'src/ runs on Web APIs only: no Node built-ins.' }] },
      ],
    },
  },
  {
    files: ['src/view/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    // Build scripts, the benchmark and the tests run in Node and load built CommonJS bundles by path.
    files: ['scripts/**', 'test/**', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The Node.js version check runs first, on any Node.js however old: ES5 syntax only.
    files: ['scripts/checkNode.cjs'],
    languageOptions: { parser: espree, ecmaVersion: 5, sourceType: 'script' },
  },
);
