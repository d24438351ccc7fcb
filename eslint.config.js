import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { SHARED_LAYERS } from './build/sharedLayers.mjs'

const PURE = {
  group: ['**/electron/**', '**/renderer/**', 'electron', 'node:*', 'fs', 'path', 'os', 'react', 'react-dom'],
  message: 'shared/ must stay pure: no Node, DOM, Electron or UI imports.',
}

/**
 * One block per layer of shared/ and folder depth inside it: a relative import that climbs to
 * shared/ (depth + 1 times "../") must name a layer the layer may import.
 */
function sharedLayerZones() {
  return Object.entries(SHARED_LAYERS).flatMap(([layer, allowed]) =>
    [0, 1, 2, 3].map((depth) => ({
      files: [`shared/${layer}/${'*/'.repeat(depth)}*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              PURE,
              {
                regex: `^(\\.\\./){${depth + 1}}(?!(${allowed.join('|')})(/|$))`,
                message: `shared/${layer} may import only ${allowed.map((a) => `shared/${a}`).join(', ')} (build/sharedLayers.mjs).`,
              },
            ],
          },
        ],
      },
    })),
  )
}

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
  // shared/ is pure domain code (nothing from electron/, renderer/, Node or the DOM), in layers.
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [PURE] }] } },
  ...sharedLayerZones(),
  {
    // Only the shell (main/, preload/) may import electron: the rest stays testable in plain Node.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'The main side does not import the renderer.' }],
        },
      ],
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
