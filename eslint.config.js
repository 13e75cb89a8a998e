// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Import boundaries per folder (see STYLE.md): the renderer is untrusted and browser-only. */
const boundary = (files, patterns, message, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }, ...extra] }],
  },
});

/** What code that runs under plain Node (the backend, the preview) may not import. */
const NODE_ONLY = ['electron', 'electron/*', '**/renderer/**', '**/electron/main/**'];

export default tseslint.config(
  {
    ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', '.cache/', 'shared/text/t2s-data.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['info', 'warn', 'error'] }],
    },
  },
  {
    // electron-builder loads its hooks with require().
    files: ['build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Command-line tools print their results.
    files: ['scripts/**', 'electron/preview/cli.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // No React Compiler here, so its library-compatibility notice does not apply.
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/incompatible-library': 'off' },
  },
  boundary(
    ['renderer/**/*.{ts,tsx}'],
    [
      'electron',
      'electron/*',
      'node:*',
      'better-sqlite3',
      'drizzle-orm',
      'drizzle-orm/*',
      '**/db/**',
      '**/electron/backend/**',
      '**/electron/main/**',
      '**/electron/preview/**',
      'fs',
      'path',
      'child_process',
    ],
    'The renderer may import only shared/ and the preload types; everything else goes through window.api.',
    [{ group: ['**/shared/**'], message: 'Import shared/ as @shared/… (the alias in vite.config.ts and tsconfig.web.json).' }],
  ),
  boundary(
    ['shared/**/*.ts'],
    [
      'electron',
      'electron/*',
      'node:*',
      'better-sqlite3',
      'drizzle-orm',
      'drizzle-orm/*',
      'react',
      'antd',
      '**/db/**',
      '**/electron/**',
      '**/renderer/**',
      'fs',
      'path',
    ],
    'shared/ is pure code used by both sides: no Electron, Node, database or UI imports.',
  ),
  boundary(
    ['db/**/*.ts'],
    ['electron', 'electron/*', 'react', 'antd', '**/electron/**', '**/renderer/**'],
    'db/ takes the database as a parameter and never imports Electron or UI code.',
  ),
  boundary(
    ['electron/backend/**/*.ts', 'electron/preview/**/*.ts'],
    NODE_ONLY,
    'electron/backend and the preview run under plain Node (tests, preview): no Electron imports.',
  ),
  {
    // A handler file is the map of one contract namespace: what two of them share lives in
    // use-cases/ or guards.ts, and use cases never reach back into the maps. (A later block
    // replaces the rule for its files, so the Node-only patterns are repeated.)
    files: ['electron/backend/handlers/*.ts'],
    ignores: ['electron/backend/handlers/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_ONLY, message: 'electron/backend runs under plain Node: no Electron imports.' },
            {
              regex: '^\\./|/handlers(/|$)',
              message: 'Handler files do not import each other: move what they share to use-cases/ or guards.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    ignores: ['electron/backend/handlers/**', 'electron/backend/core.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_ONLY, message: 'electron/backend runs under plain Node: no Electron imports.' },
            {
              regex: '/handlers(/|$)',
              message: 'Only the dispatcher wiring imports handlers/: use cases and documents call each other directly.',
            },
          ],
        },
      ],
    },
  },
  boundary(
    ['electron/preload/**/*.ts'],
    [
      'node:*',
      'better-sqlite3',
      'drizzle-orm',
      'drizzle-orm/*',
      '**/db/**',
      '**/electron/backend/**',
      '**/electron/main/**',
      '**/renderer/**',
      'zod',
    ],
    'The sandboxed preload bundles only the method list and the IPC invoke.',
  ),
  prettier,
);
