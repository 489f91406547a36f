// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Each layer may only reach the layers DESIGN.md allows. */
const electronOnlyInAdapters = {
  name: 'electron',
  message: "Only main/electron/ and preload/ may import 'electron' (DESIGN.md, line 4).",
};
const noMainFromRenderer = {
  group: ['**/main', '**/main/**'],
  message: 'renderer/ talks to main only through the preload contract.',
};
const noRendererFromMain = {
  group: ['**/renderer', '**/renderer/**'],
  message: 'main/ must not depend on the UI; share types through preload/contract.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      'assets/icons/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electronOnlyInAdapters] }],
    },
  },
  {
    files: ['main/electron/**', 'preload/**', 'tests/fakes/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['main/**'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronOnlyInAdapters], patterns: [noRendererFromMain] },
      ],
    },
  },
  {
    files: ['main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRendererFromMain] }] },
  },
  {
    files: ['preload/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noRendererFromMain, noMainFromRenderer] }],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInAdapters],
          patterns: [
            noMainFromRenderer,
            {
              group: ['node:*'],
              message: 'The renderer has no Node; ask main through the bridge.',
            },
          ],
        },
      ],
    },
  },
);
