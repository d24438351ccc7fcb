import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // shared/ is pure domain code: nothing from electron/, renderer/, Node or the DOM.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', '**/renderer/**', 'electron', 'node:*', 'fs', 'path', 'os', 'react', 'react-dom'], message: 'shared/ must stay pure: no Node, DOM, Electron or UI imports.' },
          ],
        },
      ],
    },
  },
  {
    // Only the shell may import electron; db, api and server stay testable in plain Node.
    files: ['electron/db/**/*.ts', 'electron/api/**/*.ts', 'electron/server/**/*.ts', 'electron/cli/**/*.ts', 'electron/exports/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/electron/**', 'electron', 'node:*', 'better-sqlite3'], message: 'The renderer talks to the main side only through renderer/src/api.ts.' }] }],
    },
  },
)
