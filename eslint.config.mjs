import nx from '@nx/eslint-plugin';

/**
 * Module boundaries: the edges the architecture wants, nothing else (no '*').
 *  - scope: the API never imports web code and vice versa; both may use `scope:shared`.
 *  - type:  apps sit on top; a bounded module may use platform libs and util libs and
 *           other modules only through their public index (deep imports are refused by
 *           the rule itself); platform libs never depend on modules.
 *  - `type:testing` (test-only libraries) is reachable from spec files and e2e projects only.
 */
/** Which tags each tag may depend on. `type:testing` (test-only libraries) is added for spec files below. */
const allowed = {
  'type:app': ['type:module', 'type:platform', 'type:ui', 'type:data-access', 'type:util'],
  'type:e2e': ['type:util', 'type:data-access', 'type:testing'],
  'type:module': ['type:module', 'type:platform', 'type:util'],
  'type:platform': ['type:platform', 'type:util'],
  'type:testing': ['type:testing', 'type:platform', 'type:ui', 'type:data-access', 'type:util'],
  'type:ui': ['type:ui', 'type:util', 'type:data-access'],
  'type:data-access': ['type:data-access', 'type:util'],
  'type:util': ['type:util'],
};
const boundaries = (extra = []) => [
  'error',
  {
    enforceBuildableLibDependency: true,
    banTransitiveDependencies: false,
    allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
    depConstraints: [
      { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
      { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      ...Object.entries(allowed).map(([sourceTag, tags]) => ({
        sourceTag,
        onlyDependOnLibsWithTags: [...new Set([...tags, ...extra])],
      })),
    ],
  },
];
/** Test files: the only production-tagged code that may use the test-only libraries. */
const SPEC_FILES = [
  '**/*.spec.ts',
  '**/*.spec.tsx',
  '**/*.int-spec.ts',
  '**/*.stress-spec.ts',
  'apps/api/src/stress/**',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/vite.config.*.timestamp*', '**/generated/**', '.data/**', 'test-results/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(),
      // Decorator metadata (validation, OpenAPI) needs explicit property types under isolated transpilation.
      '@typescript-eslint/no-inferrable-types': ['error', { ignoreProperties: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: SPEC_FILES,
    rules: { '@nx/enforce-module-boundaries': boundaries(['type:testing']) },
  },
];
