/**
 * Integration tier: every `*.int-spec.ts` of the API and its libraries, against a real
 * PostgreSQL (embedded, started once per run by the global setup; one database per worker).
 */
const { esmTransform, transformIgnorePatterns } = require('../../tools/test/esm-packages.cjs');

module.exports = {
  displayName: 'api-int',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/../../libs/api'],
  testMatch: ['**/*.int-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  transform: { ...esmTransform, '^.+\\.(ts|mts|cts|html)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/../../tools/test/pg-global-setup.mjs',
  globalTeardown: '<rootDir>/../../tools/test/pg-global-teardown.mjs',
  maxWorkers: 2,
  testTimeout: 60000,
};
