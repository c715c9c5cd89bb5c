// Lint: TypeScript rules plus the layer boundaries of architecture.md §2. A wrong import fails `npm test`
// twice over: here, and in the per-layer tsconfigs (core/shared compile with no Node or DOM types).
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const LAYERS = ['core', 'shared', 'server', 'main', 'preload', 'renderer', 'host', 'cli']

/** A relative import that climbs up to src/ and enters one of `layers`. */
const layerPattern = (layers, message, extra = {}) => ({
  regex: `^(\\.\\./)+(${layers.join('|')})(/|$)`,
  message,
  ...extra
})
const others = (...allowed) => LAYERS.filter((l) => !allowed.includes(l))

const nodeBuiltins = {
  regex: `^(node:.*|${builtinModules.join('|').replaceAll('/', '\\/')})(/.*)?$`,
  message: 'This layer must stay free of Node APIs.'
}
const electronPkg = {
  regex: '^electron(/.*)?$',
  message: 'Only src/main and src/preload may import electron.'
}
const sqlitePkg = { regex: '^better-sqlite3$', message: 'Only src/server touches SQLite.' }
const reactPkg = { regex: '^react(-dom)?(/.*)?$', message: 'React belongs to the renderer.' }

const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] }
})

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bin/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
      ],
      'no-console': ['error', { allow: ['error', 'warn'] }]
    }
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' }
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        require: 'readonly',
        __dirname: 'readonly',
        module: 'writable'
      }
    }
  },
  {
    files: ['src/preload/index.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' }
  },
  // ── Layer boundaries ──
  restrict(
    ['src/core/**'],
    [
      layerPattern(others('core'), 'core is pure domain logic: it imports no other layer.'),
      nodeBuiltins,
      electronPkg,
      sqlitePkg,
      reactPkg
    ],
    ['src/core/**/*.test.ts', 'src/core/**/*.test-support.ts']
  ),
  restrict(
    ['src/core/**/*.test.ts', 'src/core/**/*.test-support.ts'],
    [layerPattern(others('core'), 'core tests test core.'), electronPkg, reactPkg]
  ),
  restrict(
    ['src/shared/**'],
    [
      layerPattern(others('core', 'shared'), 'shared is the contract: it may import core only.'),
      nodeBuiltins,
      electronPkg,
      sqlitePkg,
      reactPkg
    ],
    ['src/shared/**/*.test.ts']
  ),
  restrict(
    ['src/server/**'],
    [
      layerPattern(others('core', 'shared', 'server'), 'server may import core and shared only.'),
      electronPkg,
      reactPkg
    ]
  ),
  restrict(
    ['src/main/**'],
    [
      layerPattern(
        others('core', 'shared', 'server', 'main'),
        'main may import server, shared and core.'
      ),
      reactPkg
    ]
  ),
  restrict(
    ['src/preload/**'],
    [
      layerPattern(
        others('shared', 'preload'),
        'preload is sandboxed: electron and type-only shared imports.'
      ),
      layerPattern(['shared'], 'preload may import only types from shared.', {
        allowTypeImports: true
      }),
      { regex: '^(?!electron$)[^.]', message: 'preload runs sandboxed: no npm packages.' }
    ]
  ),
  restrict(
    ['src/renderer/**'],
    [
      layerPattern(
        others('core', 'shared', 'renderer'),
        'renderer talks to the server through lib/api only.'
      ),
      nodeBuiltins,
      electronPkg,
      sqlitePkg
    ]
  ),
  restrict(
    ['src/host/**', 'src/cli/**'],
    [
      layerPattern(
        others('core', 'shared', 'server', 'host', 'cli'),
        'host and cli may import server, shared and core.'
      ),
      electronPkg,
      reactPkg
    ]
  )
)
